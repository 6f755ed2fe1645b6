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
#include "pyir/Frontend/ModuleLoader.h"

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

/// The mark of a compiled function in a mixed module (MixedModule.h): no
/// directive, accepted bare on the functions the pre-scan kept.
static constexpr llvm::StringLiteral kCompileMark = "compile";

bool pyir::frontend::isPyIRMemberName(llvm::StringRef name) {
  ScalarKind kind;
  return lookupPyIRTypeName(name, kind) || contains(kDirectives, name) ||
         name == kCompileMark || lookupAllocName(name);
}

std::optional<unsigned> pyir::frontend::lookupAllocName(llvm::StringRef name) {
  if (name == "empty")
    return ast::CallExpr::AllocEmpty;
  if (name == "zeros")
    return ast::CallExpr::AllocZeros;
  if (name == "empty_like")
    return ast::CallExpr::AllocEmptyLike;
  return std::nullopt;
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
    diag.report(g.range, diag::err_redefinition, name);
    diag.report(it->second.range.Start, diag::note_previous_definition);
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
        diag.report(alias.range, diag::err_unsupported_import_module,
                    alias.name);
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
  bool builtinModule = from->getLevel() == 0 &&
                       llvm::is_contained({"math", "pyir", "typing"}, module);
  if (!builtinModule && analyzePyIRImport(from, info))
    return;
  for (const ast::Alias &alias : from->getNames()) {
    GlobalName g{GlobalName::Kind::MathMember, 0, alias.name, alias.range};
    if (module == "math") {
      if (!lookupMathMember(alias.name)) {
        diag.report(alias.range, diag::err_unsupported_math_import, alias.name);
        continue;
      }
    } else if ((module == "pyir" || module == "typing") &&
               alias.name == "TypeVar") {
      g.kind = GlobalName::Kind::TypeVarClass;
    } else if (module == "pyir") {
      g.kind = GlobalName::Kind::PyIRMember;
      if (!isPyIRMemberName(alias.name)) {
        diag.report(alias.range, diag::err_unknown_pyir_member, alias.name);
        continue;
      }
    } else if (module == "typing" && alias.name == "Final") {
      g.kind = GlobalName::Kind::Final;
    } else {
      diag.report(from->getModuleRange(),
                  diag::err_unsupported_import_from_module,
                  std::string(from->getLevel(), '.') + module.str());
      return;
    }
    declareGlobal(info, alias.getBoundName(), g);
  }
}

bool Sema::analyzePyIRImport(const ast::ImportFromStmt *from,
                             ModuleInfo &info) {
  if (!loader)
    return false;
  std::string searched;
  std::string path =
      loader->find(info.path, from->getModule(), from->getLevel(), searched);
  if (path.empty()) {
    // An absolute import of something else (`from numpy import x`) is the
    // unsupported import it always was; a relative one can only be PyIR.
    if (from->getLevel() == 0)
      return false;
    diag.report(from->getModuleRange(), diag::err_import_module_not_found,
                std::string(from->getLevel(), '.') + from->getModule().str(),
                searched);
    return true;
  }
  std::shared_ptr<const ImportedModule> imported = loader->load(
      path, from->getModule(), from->getLevel(), from->getModuleRange());
  if (!imported)
    return true;
  unsigned moduleIndex = info.imports.size();
  info.imports.push_back(imported);
  const ModuleInfo &other = imported->info;
  std::string spelling = imported->getSpelling();
  for (const ast::Alias &alias : from->getNames()) {
    auto it = other.globals.find(alias.name);
    if (it == other.globals.end() ||
        it->second.kind == GlobalName::Kind::Imported) {
      diag.report(alias.range, diag::err_import_name_not_found, spelling,
                  alias.name);
      continue;
    }
    if (it->second.kind != GlobalName::Kind::Function) {
      diag.report(alias.range, diag::err_import_name_not_function, spelling,
                  alias.name);
      continue;
    }
    const FunctionInfo &first = other.functions[it->second.index];
    if (!first.isPublic) {
      diag.report(alias.range, diag::err_import_name_private, spelling,
                  alias.name);
      diag.report(first.def->getNameLoc(), diag::note_imported_function,
                  alias.name);
      continue;
    }
    // Every specialisation of a generic function: a call chooses one.
    llvm::ArrayRef<unsigned> functions(it->second.index);
    if (first.generic >= 0)
      functions = other.generics[first.generic].specializations;
    for (unsigned f : functions)
      info.importedFunctions.push_back({moduleIndex, f});
    declareGlobal(
        info, alias.getBoundName(),
        {GlobalName::Kind::Imported, moduleIndex, alias.name, alias.range});
  }
  return true;
}

void Sema::analyzeConstant(const ast::Stmt *stmt, ModuleInfo &info) {
  const ast::Expr *target = nullptr, *value = nullptr;
  if (auto *assign = dyn_cast<ast::AssignStmt>(stmt)) {
    if (assign->getTargets().size() != 1) {
      diag.report(stmt->getRange(), diag::err_module_constant_targets);
      return;
    }
    target = assign->getTargets()[0];
    value = assign->getValue();
  } else {
    auto *ann = llvm::cast<ast::AnnAssignStmt>(stmt);
    target = ann->getTarget();
    value = ann->getValue();
    if (!value) {
      diag.report(stmt->getRange(), diag::err_module_constant_without_value);
      return;
    }
  }
  auto *name = dyn_cast<ast::NameExpr>(target);
  if (!name) {
    diag.report(target->getRange(), diag::err_module_level_target);
    return;
  }
  if (isa<ast::AssignStmt>(stmt) && analyzeTypeVar(name, value, info))
    return;
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
      diag.report(value->getRange(), diag::err_constant_annotation_mismatch,
                  constant->type.str(), declared.str());
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
  auto isDirective = [](llvm::StringRef name) {
    return contains(kDirectives, name) || name == kCompileMark;
  };
  if (auto *n = dyn_cast<ast::NameExpr>(callee)) {
    auto it = info.globals.find(n->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::PyIRMember &&
        isDirective(it->second.member))
      directive = it->second.member;
  } else if (auto *a = dyn_cast<ast::AttributeExpr>(callee)) {
    if (auto *base = dyn_cast<ast::NameExpr>(a->getValue())) {
      auto it = info.globals.find(base->getName());
      if (it != info.globals.end() &&
          it->second.kind == GlobalName::Kind::PyIRModule &&
          isDirective(a->getAttr()))
        directive = a->getAttr().str();
    }
  }
  // `@pyir.compile` marks the function in a mixed module and does nothing
  // else; it takes no arguments (interpreted, it is the identity).
  if (directive == kCompileMark && !call)
    return true;
  if (directive.empty() || directive == kCompileMark) {
    diag.report(decorator->getRange(), diag::err_invalid_decorator);
    return false;
  }
  bool value = true;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1 ||
        (call->getArgs().empty() && directive != "nogil" &&
         directive != "inline")) {
      diag.report(decorator->getRange(), diag::err_directive_decorator_args,
                  directive);
      return false;
    }
    if (!call->getArgs().empty()) {
      auto *flag = dyn_cast<ast::BoolLiteralExpr>(call->getArgs()[0]);
      if (!flag) {
        diag.report(call->getArgs()[0]->getRange(),
                    diag::err_directive_decorator_flag, directive);
        return false;
      }
      value = flag->getValue();
    }
  } else if (directive != "nogil" && directive != "inline") {
    diag.report(decorator->getRange(),
                diag::err_directive_decorator_without_flag, directive);
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
  // A mixed module's Python parts are not parsed: the pre-scan found theirs.
  if (info.mixed)
    for (llvm::SMLoc loc : info.mixed->misplacedDirectives)
      diag.report(loc, diag::err_misplaced_directive_comment);
  for (const ast::Directive &directive : module.getDirectives()) {
    if (!directive.atModuleLevel) {
      diag.report(directive.range, diag::err_misplaced_directive_comment);
      continue;
    }
    if (llvm::all_of(directive.items, [](const ast::DirectiveItem &item) {
          return item.text.empty();
        }))
      diag.report(directive.range, diag::err_empty_directive_comment);
    for (const ast::DirectiveItem &item : directive.items)
      applyModuleDirectiveItem(item, info, seen);
  }
}

void Sema::applyModuleDirectiveItem(const ast::DirectiveItem &item,
                                    ModuleInfo &info, SeenDirectives &seen) {
  llvm::StringRef key = item.key;
  llvm::SMLoc keyLoc = item.getKeyLoc();
  if (item.value != "True" && item.value != "False") {
    diag.report(keyLoc, diag::err_module_directive_value, key);
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
    diag.report(keyLoc, diag::err_unknown_module_directive, key);
    return;
  }
  auto [it, inserted] = seen.try_emplace(key, flag, keyLoc);
  if (!inserted && it->second.first != flag) {
    diag.report(keyLoc, diag::err_contradicting_module_directive, key);
    diag.report(it->second.second, diag::note_directive_set_here, key);
    return;
  }
  *target = flag;
}

/// Whether `callee` names TypeVar: `TypeVar` imported from pyir or typing,
/// `pyir.TypeVar`, `typing.TypeVar`.
static bool isTypeVarClass(const ast::Expr *callee, const ModuleInfo &info) {
  if (auto *n = dyn_cast<ast::NameExpr>(callee)) {
    auto it = info.globals.find(n->getName());
    return it != info.globals.end() &&
           it->second.kind == GlobalName::Kind::TypeVarClass;
  }
  if (auto *a = dyn_cast<ast::AttributeExpr>(callee))
    if (auto *base = dyn_cast<ast::NameExpr>(a->getValue())) {
      auto it = info.globals.find(base->getName());
      return a->getAttr() == "TypeVar" && it != info.globals.end() &&
             (it->second.kind == GlobalName::Kind::PyIRModule ||
              it->second.kind == GlobalName::Kind::TypingModule);
    }
  return false;
}

bool Sema::analyzeTypeVar(const ast::NameExpr *target, const ast::Expr *value,
                          ModuleInfo &info) {
  auto *call = dyn_cast<ast::CallExpr>(value);
  if (!call || !isTypeVarClass(call->getFunc(), info))
    return false;
  llvm::StringRef name = target->getName();
  llvm::ArrayRef<ast::Expr *> args = call->getArgs();
  auto *str =
      args.empty() ? nullptr : dyn_cast<ast::StringLiteralExpr>(args.front());
  if (!str || str->getValue() != name) {
    diag.report(args.empty() ? call->getRange() : args.front()->getRange(),
                diag::err_typevar_name, name);
    return true;
  }
  bool ok = true;
  for (const ast::Keyword &kw : call->getKeywords()) {
    diag.report(kw.range, diag::err_typevar_keyword, name, kw.name);
    ok = false;
  }
  if (args.size() < 3) {
    diag.report(call->getRange(), diag::err_typevar_without_constraints, name);
    return true;
  }
  TypeVarInfo tv{name.str(), {}, target->getRange()};
  for (const ast::Expr *arg : args.drop_front()) {
    auto *n = dyn_cast<ast::NameExpr>(arg);
    auto it = n ? info.globals.find(n->getName()) : info.globals.end();
    std::optional<ScalarKind> kind;
    if (it == info.globals.end() ||
        it->second.kind != GlobalName::Kind::TypeVar)
      kind = resolveScalar(arg, info);
    if (!kind) {
      diag.report(arg->getRange(), diag::err_typevar_constraint, name);
      ok = false;
      continue;
    }
    if (llvm::is_contained(tv.constraints, *kind)) {
      diag.report(arg->getRange(), diag::err_typevar_duplicate_constraint, name,
                  getTypeVarSpelling(*kind));
      ok = false;
      continue;
    }
    tv.constraints.push_back(*kind);
  }
  if (!ok)
    return true;
  declareGlobal(info, name,
                {GlobalName::Kind::TypeVar, unsigned(info.typeVars.size()), "",
                 target->getRange()});
  info.typeVars.push_back(std::move(tv));
  return true;
}

/// Adds to `vars` the type variables `annotation` names (a scalar `T`, a
/// view `T[:]`, a tuple element), in order of first mention.
static void collectTypeVars(const ast::Expr *annotation, const ModuleInfo &info,
                            std::vector<unsigned> &vars) {
  if (!annotation)
    return;
  if (auto *n = dyn_cast<ast::NameExpr>(annotation)) {
    auto it = info.globals.find(n->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::TypeVar &&
        !llvm::is_contained(vars, it->second.index))
      vars.push_back(it->second.index);
    return;
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(annotation)) {
    collectTypeVars(sub->getValue(), info, vars);
    for (const ast::Expr *index : sub->getIndices())
      collectTypeVars(index, info, vars);
  }
}

void Sema::analyzeFunction(ast::FunctionDefStmt *def, ModuleInfo &info) {
  std::vector<unsigned> vars;
  for (const ast::Param &param : def->getParams())
    collectTypeVars(param.annotation, info, vars);
  std::vector<unsigned> all = vars;
  collectTypeVars(def->getReturns(), info, all);
  llvm::SMRange nameRange(def->getNameLoc(), def->getNameLoc());
  // A call chooses the specialisation by its arguments' types.
  if (all.size() != vars.size()) {
    diag.report(def->getReturns()->getRange(), diag::err_typevar_only_in_result,
                info.typeVars[all[vars.size()]].name, def->getName());
    return;
  }
  unsigned first = info.functions.size();
  if (vars.empty()) {
    FunctionInfo fn;
    fn.name = fn.pyName = def->getName().str();
    analyzeSignature(def, info, fn);
    info.functions.push_back(std::move(fn));
  } else {
    // One specialisation per element of the cartesian product of the
    // constraints, the first variable varying slowest.
    size_t count = 1;
    for (unsigned v : vars)
      count *= info.typeVars[v].constraints.size();
    assert(copier && "generic functions need a FunctionCopier");
    if (count > kMaxSpecializations) {
      diag.report(nameRange, diag::err_too_many_specializations, def->getName(),
                  count, kMaxSpecializations);
      return;
    }
    unsigned genericIndex = info.generics.size();
    GenericInfo generic{def->getName().str(), {}, vars};
    for (size_t k = 0; k < count; ++k) {
      FunctionInfo fn;
      size_t rest = k;
      for (unsigned v : llvm::reverse(vars)) {
        const std::vector<ScalarKind> &c = info.typeVars[v].constraints;
        fn.binding.insert(fn.binding.begin(), {v, c[rest % c.size()]});
        rest /= c.size();
      }
      fn.pyName = def->getName().str();
      fn.name = getMangledName(fn.pyName, fn.binding);
      fn.generic = genericIndex;
      analyzeSignature(k == 0 ? def : copier(def, k), info, fn);
      generic.specializations.push_back(info.functions.size());
      info.functions.push_back(std::move(fn));
    }
    info.generics.push_back(std::move(generic));
  }
  declareGlobal(info, def->getName(),
                {GlobalName::Kind::Function, first, "", nameRange});
}

void Sema::analyzeSignature(ast::FunctionDefStmt *def, const ModuleInfo &info,
                            FunctionInfo &fn) {
  setBinding(&fn.binding);
  fn.def = def;
  fn.isPublic = !def->getName().starts_with("_");
  fn.directives = info.directives;
  for (const ast::Expr *decorator : def->getDecorators())
    applyDirective(decorator, info, fn.directives);
  fn.directives.boundscheck |= info.forceBoundscheck;
  for (const ast::Param &param : def->getParams()) {
    ParamInfo p;
    p.name = param.name;
    p.loc = param.nameLoc;
    if (!param.annotation) {
      diag.report(param.range, diag::err_param_without_annotation, param.name);
      p.type = Type::error();
    } else {
      p.type = resolveAnnotation(param.annotation, info, false);
      // The argument conversion from Python objects has no tuples.
      if (p.type.isTuple() && fn.isPublic) {
        diag.report(param.annotation->getRange(), diag::err_public_tuple_param);
        p.type = Type::error();
      }
      // Which views a function writes is known per view parameter
      // (ViewEffects): a view inside a tuple would escape it.
      if (p.type.isTuple() && p.type.containsView()) {
        diag.report(param.annotation->getRange(), diag::err_tuple_param_view);
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
          diag.report(param.defaultValue->getRange(),
                      diag::err_default_value_type_mismatch,
                      p.defaultValue->type.str(), p.type.str());
        }
      }
    }
    fn.params.push_back(std::move(p));
  }
  if (!def->getReturns()) {
    diag.report(def->getNameLoc(), diag::err_missing_return_annotation,
                def->getName());
    fn.returnType = Type::error();
  } else {
    // A view result is a new array or a view parameter, returned with a
    // reference to its owner (docs/CBackend.md, "Arrays").
    fn.returnType = resolveAnnotation(def->getReturns(), info, true);
  }
  setBinding(nullptr);
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
      diag.report(stmt->getRange(), diag::err_unsupported_module_stmt);
    }
  }
  for (ast::Stmt *stmt : body)
    if (auto *def = dyn_cast<ast::FunctionDefStmt>(stmt))
      analyzeFunction(def, info);
  // A specialisation's mangled name must not be a later definition's.
  for (const FunctionInfo &fn : info.functions)
    if (fn.generic >= 0) {
      auto it = info.globals.find(fn.name);
      if (it != info.globals.end() && it->second.range.Start.isValid())
        diag.report(it->second.range, diag::err_specialization_name_taken,
                    fn.name, fn.pyName);
    }
  return diag.getNumErrors() == errorsBefore;
}
