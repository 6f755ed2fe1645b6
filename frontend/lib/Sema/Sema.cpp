//===- Sema.cpp - PyIR semantic analysis ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The module-level analysis: imports, constants, directives (decorators and
// `# pyir:` comments), function signatures. The type rules are in
// SemaTypes.cpp.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Sema.h"

#include "pyir/Frontend/Builtins.h"
#include "pyir/Frontend/Diagnostics.h"

#include "llvm/ADT/StringSwitch.h"

#include <cmath>

using namespace pyir;
using namespace pyir::frontend;
using llvm::APInt;
using llvm::dyn_cast;
using llvm::isa;

static const char *const kDirectives[] = {"boundscheck", "wraparound",
                                          "cdivision",   "overflowcheck",
                                          "nogil",       "inline"};

static bool contains(llvm::ArrayRef<const char *> list, llvm::StringRef name) {
  for (const char *entry : list)
    if (name == entry)
      return true;
  return false;
}

static bool isPyIRMember(llvm::StringRef name) {
  ScalarKind kind;
  return lookupPyIRTypeName(name, kind) || contains(kDirectives, name);
}

//===----------------------------------------------------------------------===//
// Module-level analysis
//===----------------------------------------------------------------------===//

void Sema::declareGlobal(ModuleInfo &info, llvm::StringRef name, GlobalName g) {
  auto it = info.globals.find(name);
  if (it != info.globals.end()) {
    // Re-importing the same thing is harmless; anything else is a conflict.
    if (it->second.kind == g.kind && it->second.member == g.member &&
        g.kind != GlobalName::Kind::Function &&
        g.kind != GlobalName::Kind::Constant)
      return;
    diag.error(g.range, "'" + name +
                            "' is already defined in this module; "
                            "a name refers to one thing in PyIR");
    diag.note(it->second.range.Start, "previous definition is here");
    return;
  }
  info.globals.try_emplace(name, std::move(g));
}

void Sema::analyzeImport(const ast::Stmt *stmt, ModuleInfo &info) {
  if (auto *imp = dyn_cast<ast::ImportStmt>(stmt)) {
    for (const ast::Alias &alias : imp->getNames()) {
      GlobalName g{GlobalName::Kind::MathModule, 0, "", alias.range};
      if (alias.name == "math")
        g.kind = GlobalName::Kind::MathModule;
      else if (alias.name == "pyir")
        g.kind = GlobalName::Kind::PyIRModule;
      else if (alias.name == "typing")
        g.kind = GlobalName::Kind::TypingModule;
      else {
        diag.error(alias.range, "importing '" + alias.name +
                                    "' is not supported: a PyIR module may "
                                    "import math, pyir and typing");
        continue;
      }
      declareGlobal(info, alias.getBoundName(), g);
    }
    return;
  }
  auto *from = llvm::cast<ast::ImportFromStmt>(stmt);
  llvm::StringRef module = from->getModule();
  if (module == "__future__")
    return;
  for (const ast::Alias &alias : from->getNames()) {
    GlobalName g{GlobalName::Kind::MathMember, 0, alias.name, alias.range};
    if (module == "math") {
      if (!lookupMathMember(alias.name)) {
        diag.error(alias.range, "math." + alias.name +
                                    " is not supported by PyIR; see the "
                                    "language reference for the math "
                                    "functions it compiles");
        continue;
      }
    } else if (module == "pyir") {
      g.kind = GlobalName::Kind::PyIRMember;
      if (!isPyIRMember(alias.name)) {
        diag.error(alias.range, "pyir has no '" + alias.name +
                                    "'; it provides the types i8..u64, f32, "
                                    "f64 and the directives boundscheck, "
                                    "wraparound, cdivision, overflowcheck, "
                                    "nogil, inline");
        continue;
      }
    } else if (module == "typing" && alias.name == "Final") {
      g.kind = GlobalName::Kind::Final;
    } else {
      diag.error(from->getModuleRange(),
                 "importing from '" + module +
                     "' is not supported: a PyIR module may import from "
                     "math, pyir and typing (Final)");
      return;
    }
    declareGlobal(info, alias.getBoundName(), g);
  }
}

void Sema::analyzeConstant(const ast::Stmt *stmt, ModuleInfo &info) {
  const ast::Expr *target = nullptr, *value = nullptr;
  if (auto *assign = dyn_cast<ast::AssignStmt>(stmt)) {
    if (assign->getTargets().size() != 1) {
      diag.error(stmt->getRange(), "a module constant is assigned one name "
                                   "at a time");
      return;
    }
    target = assign->getTargets()[0];
    value = assign->getValue();
  } else {
    auto *ann = llvm::cast<ast::AnnAssignStmt>(stmt);
    target = ann->getTarget();
    value = ann->getValue();
    if (!value) {
      diag.error(stmt->getRange(), "a module constant needs a value");
      return;
    }
  }
  auto *name = dyn_cast<ast::NameExpr>(target);
  if (!name) {
    diag.error(target->getRange(),
               "only names can be assigned at module level");
    return;
  }
  // `N: Final = 3` keeps the value's type; `X: float = 1` converts;
  // `M: u64 = (1 << 64) - 1` is a u64 (the value must fit it).
  Type declared = Type::error();
  if (auto *ann = dyn_cast<ast::AnnAssignStmt>(stmt)) {
    const ast::Expr *annotation = ann->getAnnotation();
    bool isFinal = false;
    if (auto *n = dyn_cast<ast::NameExpr>(annotation)) {
      auto it = info.globals.find(n->getName());
      isFinal = it != info.globals.end() &&
                it->second.kind == GlobalName::Kind::Final;
    } else if (auto *a = dyn_cast<ast::AttributeExpr>(annotation)) {
      if (auto *base = dyn_cast<ast::NameExpr>(a->getValue())) {
        auto it = info.globals.find(base->getName());
        isFinal = a->getAttr() == "Final" && it != info.globals.end() &&
                  it->second.kind == GlobalName::Kind::TypingModule;
      }
    }
    if (!isFinal) {
      declared = resolveAnnotation(annotation, info, false);
      if (declared.isError())
        return;
    }
  }
  std::optional<ConstValue> constant =
      evaluateConstant(value, info, /*report=*/true, declared);
  if (!constant)
    return;
  if (!declared.isError() && declared != constant->type) {
    if (declared.isFloat() && constant->type.isInt()) {
      constant->floatValue = double(constant->intValue.getSExtValue());
      constant->type = declared;
    } else {
      diag.error(value->getRange(), "constant of type " + constant->type.str() +
                                        " does not match its annotation " +
                                        declared.str());
      return;
    }
  }
  ConstantInfo c{name->getName().str(), *constant, name->getRange()};
  declareGlobal(info, name->getName(),
                {GlobalName::Kind::Constant, unsigned(info.constants.size()),
                 "", name->getRange()});
  info.constants.push_back(std::move(c));
}

bool Sema::applyDirective(const ast::Expr *decorator, const ModuleInfo &info,
                          Directives &directives) {
  const ast::Expr *callee = decorator;
  const ast::CallExpr *call = dyn_cast<ast::CallExpr>(decorator);
  if (call)
    callee = call->getFunc();
  std::string directive;
  if (auto *n = dyn_cast<ast::NameExpr>(callee)) {
    auto it = info.globals.find(n->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::PyIRMember &&
        contains(kDirectives, it->second.member))
      directive = it->second.member;
  } else if (auto *a = dyn_cast<ast::AttributeExpr>(callee)) {
    if (auto *base = dyn_cast<ast::NameExpr>(a->getValue())) {
      auto it = info.globals.find(base->getName());
      if (it != info.globals.end() &&
          it->second.kind == GlobalName::Kind::PyIRModule &&
          contains(kDirectives, a->getAttr()))
        directive = a->getAttr().str();
    }
  }
  if (directive.empty()) {
    diag.error(decorator->getRange(),
               "only pyir directives (boundscheck, wraparound, cdivision, "
               "overflowcheck, nogil, inline) can decorate a function");
    return false;
  }
  bool value = true;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1 ||
        (call->getArgs().empty() && directive != "nogil" &&
         directive != "inline")) {
      diag.error(decorator->getRange(),
                 "@" + directive + " takes one argument, True or False");
      return false;
    }
    if (!call->getArgs().empty()) {
      auto *flag = dyn_cast<ast::BoolLiteralExpr>(call->getArgs()[0]);
      if (!flag) {
        diag.error(call->getArgs()[0]->getRange(),
                   "the argument of @" + directive +
                       " must be the literal True or False");
        return false;
      }
      value = flag->getValue();
    }
  } else if (directive != "nogil" && directive != "inline") {
    diag.error(decorator->getRange(),
               "@" + directive + " needs its flag: write @" + directive +
                   "(False) or @" + directive + "(True)");
    return false;
  }
  if (directive == "boundscheck")
    directives.boundscheck = value;
  else if (directive == "wraparound")
    directives.wraparound = value;
  else if (directive == "cdivision")
    directives.cdivision = value;
  else if (directive == "overflowcheck")
    directives.overflowcheck = value;
  else if (directive == "nogil")
    directives.nogil = value;
  else
    directives.inlineHint = value;
  return true;
}

void Sema::applyModuleDirectives(const ast::Module &module, ModuleInfo &info) {
  // `# pyir: boundscheck=False, wraparound=False` on a line of its own, at
  // module level; it applies to the whole module. A directive anywhere else
  // is an error rather than silently ignored.
  SeenDirectives seen;
  for (const ast::Directive &directive : module.getDirectives()) {
    if (!directive.atModuleLevel) {
      diag.error(directive.range,
                 "a '# pyir:' directive comment applies to the module "
                 "and must be on a line of its own, in the first "
                 "column, outside functions; for one function, use a "
                 "decorator such as @boundscheck(False)");
      continue;
    }
    if (llvm::all_of(directive.items, [](const ast::DirectiveItem &item) {
          return item.text.empty();
        }))
      diag.error(directive.range,
                 "'# pyir:' lists directives, e.g. "
                 "'# pyir: boundscheck=False, wraparound=False'");
    for (const ast::DirectiveItem &item : directive.items)
      applyModuleDirectiveItem(item, info, seen);
  }
}

void Sema::applyModuleDirectiveItem(const ast::DirectiveItem &item,
                                    ModuleInfo &info, SeenDirectives &seen) {
  llvm::StringRef key = item.key;
  llvm::SMLoc keyLoc = item.getKeyLoc();
  if (item.value != "True" && item.value != "False") {
    diag.error(keyLoc,
               "module directive '" + key + "' needs the value True or False");
    return;
  }
  bool flag = item.value == "True";
  bool *target = llvm::StringSwitch<bool *>(key)
                     .Case("boundscheck", &info.directives.boundscheck)
                     .Case("wraparound", &info.directives.wraparound)
                     .Case("cdivision", &info.directives.cdivision)
                     .Case("overflowcheck", &info.directives.overflowcheck)
                     .Case("nogil", &info.directives.nogil)
                     .Default(nullptr);
  if (!target) {
    diag.error(keyLoc, "unknown module directive '" + key +
                           "'; expected boundscheck, wraparound, "
                           "cdivision, overflowcheck or nogil");
    return;
  }
  auto [it, inserted] = seen.try_emplace(key, flag, keyLoc);
  if (!inserted && it->second.first != flag) {
    diag.error(keyLoc,
               "module directive '" + key + "' contradicts an earlier one");
    diag.note(it->second.second, "'" + key + "' is set here");
    return;
  }
  *target = flag;
}

void Sema::analyzeFunction(ast::FunctionDefStmt *def, ModuleInfo &info) {
  FunctionInfo fn;
  fn.def = def;
  fn.name = def->getName().str();
  fn.isPublic = !def->getName().starts_with("_");
  fn.directives = info.directives;
  for (const ast::Expr *decorator : def->getDecorators())
    applyDirective(decorator, info, fn.directives);
  for (const ast::Param &param : def->getParams()) {
    ParamInfo p;
    p.name = param.name;
    p.loc = param.nameLoc;
    if (!param.annotation) {
      diag.error(param.range, "parameter '" + param.name +
                                  "' needs a type annotation, e.g. '" +
                                  param.name + ": int'");
      p.type = Type::error();
    } else {
      p.type = resolveAnnotation(param.annotation, info, false);
      // The argument conversion from Python objects has no tuples.
      if (p.type.isTuple() && fn.isPublic) {
        diag.error(param.annotation->getRange(),
                   "a public function cannot take a tuple parameter; pass "
                   "the elements as separate parameters (a private '_name' "
                   "function can take one)");
        p.type = Type::error();
      }
    }
    if (param.defaultValue) {
      p.defaultValue = evaluateConstant(param.defaultValue, info, true, p.type);
      if (p.defaultValue && !p.type.isError() &&
          p.defaultValue->type != p.type) {
        std::optional<APInt> literal = getIntLiteral(param.defaultValue);
        if (p.type.isFloat() && p.defaultValue->type.isInt()) {
          p.defaultValue->floatValue =
              double(p.defaultValue->intValue.getSExtValue());
          p.defaultValue->type = p.type;
        } else if (literal && p.type.isFixedInteger() &&
                   literalFits(*literal, p.type.getScalarKind())) {
          p.defaultValue->type = p.type;
        } else {
          diag.error(param.defaultValue->getRange(),
                     "default value of type " + p.defaultValue->type.str() +
                         " does not match the parameter type " + p.type.str());
        }
      }
    }
    fn.params.push_back(std::move(p));
  }
  if (!def->getReturns()) {
    diag.error(def->getNameLoc(),
               "function '" + def->getName() +
                   "' needs a return annotation ('-> None' if it returns "
                   "nothing)");
    fn.returnType = Type::error();
  } else {
    fn.returnType = resolveAnnotation(def->getReturns(), info, true);
    // A view is borrowed from an argument for the duration of the call;
    // returning one would hand out a buffer the call has released.
    if (fn.returnType.isView()) {
      diag.error(def->getReturns()->getRange(),
                 "a function cannot return a view (" + fn.returnType.str() +
                     "); views are parameters only: return scalars or a "
                     "tuple of scalars, or write into a view parameter");
      fn.returnType = Type::error();
    }
  }
  declareGlobal(info, def->getName(),
                {GlobalName::Kind::Function, unsigned(info.functions.size()),
                 "", llvm::SMRange(def->getNameLoc(), def->getNameLoc())});
  info.functions.push_back(std::move(fn));
}

bool Sema::analyzeModule(const ast::Module &module, ModuleInfo &info) {
  unsigned errorsBefore = diag.getNumErrors();
  info.name = module.getName().str();
  if (std::optional<llvm::StringRef> doc = module.getDocstring())
    info.doc = doc->str();
  applyModuleDirectives(module, info);
  llvm::ArrayRef<ast::Stmt *> body = module.getBody();
  // Imports and constants first, in order; then every signature, so that
  // functions may call each other in any order.
  for (size_t i = 0; i < body.size(); ++i) {
    const ast::Stmt *stmt = body[i];
    switch (stmt->getKind()) {
    case ast::Stmt::Kind::Import:
    case ast::Stmt::Kind::ImportFrom:
      analyzeImport(stmt, info);
      break;
    case ast::Stmt::Kind::Assign:
    case ast::Stmt::Kind::AnnAssign:
      analyzeConstant(stmt, info);
      break;
    case ast::Stmt::Kind::FunctionDef:
    case ast::Stmt::Kind::Pass:
      break;
    case ast::Stmt::Kind::Expr: {
      auto *value = llvm::cast<ast::ExprStmt>(stmt)->getValue();
      if (isa<ast::StringLiteralExpr, ast::EllipsisLiteralExpr>(value))
        break;
      [[fallthrough]];
    }
    default:
      diag.error(stmt->getRange(),
                 "only imports, constants and function definitions are "
                 "supported at module level");
    }
  }
  for (ast::Stmt *stmt : body)
    if (auto *def = dyn_cast<ast::FunctionDefStmt>(stmt))
      analyzeFunction(def, info);
  return diag.getNumErrors() == errorsBefore;
}
