//===- SemaStmt.cpp - Type checking of statements ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Sema for function bodies: the driver (Sema::checkFunctionBodies), the
// variables (a name's type is that of its first assignment), and the
// statements: assignments (plain, annotated, augmented), `return`, `if`,
// `while`, `for` over `range(...)` or a view, `raise`, `assert`, `break` and
// `continue`. Expressions are in SemaExpr.cpp, calls in SemaCall.cpp.
//
// What needs the control-flow graph (a variable read before it is assigned
// on some path, the end of a function reachable without a `return`) is
// checked on the IR: see FlowDiagnostics.cpp.
//
//===----------------------------------------------------------------------===//

#include "SemaInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

void Sema::checkFunctionBodies(ModuleInfo &info, ast::ASTContext &context) {
  for (FunctionInfo &fn : info.functions) {
    bool signatureOk = !fn.returnType.isError();
    for (const ParamInfo &p : fn.params)
      signatureOk &= !p.type.isError();
    if (!signatureOk)
      continue;
    FunctionChecker(*this, info, fn, fn.def, context).check();
  }
}

bool FunctionChecker::check() {
  unsigned errorsBefore = diag.getNumErrors();
  std::vector<ast::VarDecl *> params;
  for (const ParamInfo &p : fn.params)
    params.push_back(declareVar(p.name, p.type, p.loc));
  def->setParamDecls(std::move(params));
  checkBlock(def->getBody());
  bool ok = diag.getNumErrors() == errorsBefore && !reportedElsewhere;
  def->setChecked(ok);
  return ok;
}

void FunctionChecker::checkBlock(llvm::ArrayRef<ast::Stmt *> body) {
  for (ast::Stmt *stmt : body)
    checkStmt(stmt);
}

void FunctionChecker::checkStmt(ast::Stmt *stmt) {
  switch (stmt->getKind()) {
  case ast::Stmt::Kind::Expr: {
    auto *exprStmt = llvm::cast<ast::ExprStmt>(stmt);
    ast::Expr *value = exprStmt->getValue();
    // Docstrings, bare strings and `...` do nothing.
    if (isa<ast::StringLiteralExpr, ast::EllipsisLiteralExpr>(value))
      return;
    if (auto *call = dyn_cast<ast::CallExpr>(value)) {
      // A call to a function returning None is fine as a statement.
      if (auto *callee = dyn_cast<ast::NameExpr>(call->getFunc())) {
        auto it = info.globals.find(callee->getName());
        if (!lookupVar(callee->getName()) && it != info.globals.end() &&
            it->second.kind == GlobalName::Kind::Function) {
          checkModuleCall(call, it->second.index);
          return;
        }
      }
    }
    if (Typed v = checkExpr(value))
      exprStmt->setValue(v.expr);
    return;
  }
  case ast::Stmt::Kind::Assign:
    return checkAssign(llvm::cast<ast::AssignStmt>(stmt));
  case ast::Stmt::Kind::AnnAssign:
    return checkAnnAssign(llvm::cast<ast::AnnAssignStmt>(stmt));
  case ast::Stmt::Kind::AugAssign:
    return checkAugAssign(llvm::cast<ast::AugAssignStmt>(stmt));
  case ast::Stmt::Kind::Return:
    return checkReturn(llvm::cast<ast::ReturnStmt>(stmt));
  case ast::Stmt::Kind::If:
    return checkIf(llvm::cast<ast::IfStmt>(stmt));
  case ast::Stmt::Kind::While:
    return checkWhile(llvm::cast<ast::WhileStmt>(stmt));
  case ast::Stmt::Kind::For:
    return checkFor(llvm::cast<ast::ForStmt>(stmt));
  case ast::Stmt::Kind::Break:
  case ast::Stmt::Kind::Continue:
    if (loopDepth == 0)
      diag.error(stmt->getRange(),
                 llvm::Twine("'") +
                     (isa<ast::BreakStmt>(stmt) ? "break" : "continue") +
                     "' outside a loop");
    return;
  case ast::Stmt::Kind::Pass:
    return;
  case ast::Stmt::Kind::Assert:
    return checkAssert(llvm::cast<ast::AssertStmt>(stmt));
  case ast::Stmt::Kind::Raise:
    return checkRaise(llvm::cast<ast::RaiseStmt>(stmt));
  case ast::Stmt::Kind::Import:
  case ast::Stmt::Kind::ImportFrom:
    diag.error(stmt->getRange(), "imports are only supported at module level");
    return;
  case ast::Stmt::Kind::FunctionDef:
    diag.error(stmt->getRange(), "nested functions are not supported");
    return;
  }
}

//===----------------------------------------------------------------------===//
// Assignments
//===----------------------------------------------------------------------===//

ast::VarDecl *FunctionChecker::assignTarget(ast::NameExpr *target,
                                            const Typed &value,
                                            std::optional<Type> declared) {
  llvm::StringRef name = target->getName();
  ast::VarDecl *var = lookupVar(name);
  if (!var) {
    if (info.globals.count(name)) {
      diag.error(target->getRange(),
                 "'" + name +
                     "' is a module-level name; a function cannot "
                     "assign it (use another local name)");
      return nullptr;
    }
    Type type = declared ? *declared : value.type;
    if (!declared && value.type.isView()) {
      diag.error(target->getRange(),
                 "a view cannot be assigned to a local variable; index the "
                 "parameter directly");
      return nullptr;
    }
    if (type.isNone()) {
      diag.error(target->getRange(),
                 "cannot assign the result of a function returning None");
      return nullptr;
    }
    if (type.isError())
      return nullptr;
    var = declareVar(name, type, target->getLoc());
  } else if (declared && *declared != var->getType()) {
    diag.error(target->getRange(), "'" + name + "' is redeclared as " +
                                       declared->str() + "; it was " +
                                       var->getType().str());
    diag.note(var->getLoc(), "'" + name + "' first assigned here");
    return nullptr;
  }
  target->setDecl(var);
  target->setType(var->getType());
  if (!value)
    return nullptr;
  if (!isAssignable(var->getType(), value)) {
    diag.error(target->getRange(),
               "cannot assign a value of type " + value.type.str() + " to '" +
                   name + "' of type " + var->getType().str() +
                   "; a variable keeps the type of its first assignment");
    if (var->getLoc().isValid())
      diag.note(var->getLoc(), "'" + name + "' first assigned here as " +
                                   var->getType().str());
    return nullptr;
  }
  return var;
}

ast::Expr *FunctionChecker::assignVar(ast::NameExpr *target, Typed value,
                                      std::optional<Type> declared) {
  ast::VarDecl *var = assignTarget(target, value, declared);
  if (!var)
    return nullptr;
  return convert(value, var->getType(), target->getRange()).expr;
}

void FunctionChecker::checkAssign(ast::AssignStmt *stmt) {
  Typed value = checkOperand(stmt->getValue());
  if (value)
    stmt->setValue(value.expr);
  std::vector<ast::Binding> bindings;
  for (ast::Expr *target : stmt->getTargets())
    checkAssignTo(target, value, stmt->getRange(), bindings);
  stmt->setBindings(std::move(bindings));
}

void FunctionChecker::checkAssignTo(ast::Expr *target, const Typed &value,
                                    SMRange range,
                                    std::vector<ast::Binding> &bindings) {
  if (auto *name = dyn_cast<ast::NameExpr>(target)) {
    if (ast::Expr *converted = assignVar(name, value))
      bindings.push_back({name, converted});
    return;
  }
  if (auto *tuple = dyn_cast<ast::TupleExpr>(target)) {
    if (value.type.isError())
      return;
    if (!value.type.isTuple() ||
        value.type.getElements().size() != tuple->getElts().size()) {
      diag.error(range, "cannot unpack a value of type " + value.type.str() +
                            " into " + std::to_string(tuple->getElts().size()) +
                            " targets");
      return;
    }
    for (auto [index, elt] : llvm::enumerate(tuple->getElts())) {
      // The elements of a tuple expression keep their literals.
      Typed element = value.elements.empty()
                          ? typed(context.create<ast::TupleElementExpr>(
                                      target->getRange(), value.expr, index),
                                  value.type.getElements()[index])
                          : value.elements[index];
      checkAssignTo(elt, element, range, bindings);
    }
    return;
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    Typed view = checkIndices(sub);
    if (!view || !value)
      return;
    Type element = Type::scalar(view.type.getScalarKind());
    sub->setType(element);
    // Stores into an f32 view round, as every buffer exporter does.
    bool roundsToF32 = element.is(ScalarKind::F32) && value.type.isFloat();
    if (!roundsToF32 &&
        !Sema::isAssignable(element, value.type, value.literal)) {
      diag.error(range, "cannot store a value of type " + value.type.str() +
                            " into an element of " + view.type.str() +
                            "; convert it explicitly, e.g. " +
                            getName(element.getScalarKind()) + "(x)");
      return;
    }
    if (Typed converted = convert(value, element, range, !roundsToF32))
      bindings.push_back({sub, converted.expr});
    return;
  }
  diag.error(target->getRange(),
             "cannot assign to this expression; PyIR assigns to names, "
             "tuples of names and view elements");
}

void FunctionChecker::checkAnnAssign(ast::AnnAssignStmt *stmt) {
  auto *name = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!name) {
    diag.error(stmt->getTarget()->getRange(),
               "only a local name can be annotated");
    return;
  }
  Type declared = sema.resolveAnnotation(stmt->getAnnotation(), info,
                                         /*allowNone=*/false);
  if (declared.isError())
    return;
  if (declared.isView()) {
    diag.error(stmt->getAnnotation()->getRange(),
               "a local variable cannot be a view; index the parameter "
               "directly");
    return;
  }
  if (!stmt->getValue()) {
    if (!lookupVar(name->getName()))
      declareVar(name->getName(), declared, name->getLoc());
    return;
  }
  if (ast::Expr *converted =
          assignVar(name, checkOperand(stmt->getValue()), declared))
    stmt->setValue(converted);
}

void FunctionChecker::checkAugAssign(ast::AugAssignStmt *stmt) {
  ast::Expr *target = stmt->getTarget();
  if (auto *name = dyn_cast<ast::NameExpr>(target)) {
    // The operation reads the target node itself.
    Typed current = checkName(name);
    Typed rhs = checkOperand(stmt->getValue());
    if (!current || !rhs)
      return;
    Typed result = checkBinaryOp(stmt->getOp(), current, rhs, stmt->getRange(),
                                 stmt->getOpLoc());
    if (!result)
      return;
    result.literal.reset();
    if (ast::Expr *converted = assignVar(name, result))
      stmt->setResult(converted);
    return;
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    // The index is evaluated once, as in Python: the operation loads
    // through the target node, whose view and indices the store reuses.
    Typed view = checkIndices(sub);
    if (!view)
      return;
    Type element = Type::scalar(view.type.getScalarKind());
    Typed current = typed(sub, element);
    Typed rhs = checkOperand(stmt->getValue());
    if (!rhs)
      return;
    Typed result = checkBinaryOp(stmt->getOp(), current, rhs, stmt->getRange(),
                                 stmt->getOpLoc());
    if (!result)
      return;
    bool roundsToF32 = element.is(ScalarKind::F32) && result.type.isFloat();
    if (!roundsToF32 &&
        !Sema::isAssignable(element, result.type, std::nullopt)) {
      diag.error(stmt->getRange(), "the result of type " + result.type.str() +
                                       " cannot be stored into an element of " +
                                       view.type.str() +
                                       "; convert it explicitly");
      return;
    }
    if (Typed converted =
            convert(result, element, stmt->getRange(), !roundsToF32))
      stmt->setResult(converted.expr);
    return;
  }
  diag.error(target->getRange(), "cannot assign to this expression");
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

void FunctionChecker::checkReturn(ast::ReturnStmt *stmt) {
  if (!stmt->getValue() || isa<ast::NoneLiteralExpr>(stmt->getValue())) {
    if (!fn.returnType.isNone())
      diag.error(stmt->getRange(), "function '" + fn.name + "' must return " +
                                       fn.returnType.str() + ", not None");
    return;
  }
  Typed value = checkOperand(stmt->getValue());
  if (fn.returnType.isNone()) {
    diag.error(stmt->getValue()->getRange(),
               "function '" + fn.name +
                   "' is annotated '-> None' but returns a value");
    return;
  }
  if (!value)
    return;
  if (!isAssignable(fn.returnType, value)) {
    diag.error(stmt->getValue()->getRange(),
               "returns a value of type " + value.type.str() +
                   " but function '" + fn.name + "' is annotated -> " +
                   fn.returnType.str());
    return;
  }
  if (Typed converted = convert(value, fn.returnType, stmt->getRange()))
    stmt->setValue(converted.expr);
}

void FunctionChecker::checkIf(ast::IfStmt *stmt) {
  if (ast::Expr *cond = checkCondition(stmt->getTest()))
    stmt->setTest(cond);
  checkBlock(stmt->getBody());
  checkBlock(stmt->getOrElse());
}

void FunctionChecker::checkWhile(ast::WhileStmt *stmt) {
  if (ast::Expr *cond = checkCondition(stmt->getTest()))
    stmt->setTest(cond);
  ++loopDepth;
  checkBlock(stmt->getBody());
  --loopDepth;
  checkBlock(stmt->getOrElse());
}

void FunctionChecker::checkFor(ast::ForStmt *stmt) {
  if (auto *call = dyn_cast<ast::CallExpr>(stmt->getIter())) {
    llvm::StringRef callee = call->getCalleeName();
    if (lookupBuiltin(callee) == BI_range && !lookupVar(callee) &&
        !info.globals.count(callee))
      return checkForRange(stmt, call);
  }
  Typed iter = checkExpr(stmt->getIter());
  if (!iter)
    return;
  if (iter.type.isView() && iter.type.getRank() == 1)
    return checkForView(stmt, iter);
  diag.error(stmt->getIter()->getRange(),
             "a for loop iterates over range(...) or a 1-D view, not " +
                 iter.type.str());
}

void FunctionChecker::checkForRange(ast::ForStmt *stmt, ast::CallExpr *range) {
  auto *target = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!target) {
    diag.error(stmt->getTarget()->getRange(),
               "the target of a for loop over range() must be a name");
    return;
  }
  const BuiltinInfo &info = getBuiltinInfo(BI_range);
  if (!range->getKeywords().empty() || range->getArgs().size() < info.minArgs ||
      range->getArgs().size() > info.maxArgs) {
    diag.error(range->getRange(),
               info.name + "() takes " + llvm::Twine(info.minArgs) + " to " +
                   llvm::Twine(info.maxArgs) + " positional integer arguments");
    return;
  }
  // The bounds are evaluated once, left to right.
  std::vector<ast::Expr *> bounds;
  for (ast::Expr *arg : range->getArgs()) {
    Typed v = checkExpr(arg);
    if (!v)
      return;
    if (!v.type.isInteger() && !v.type.isBool()) {
      diag.error(arg->getRange(),
                 "range() arguments must be integers, not " + v.type.str());
      return;
    }
    Typed asInt = convert(v, Type::integer(), arg->getRange());
    if (!asInt)
      return;
    bounds.push_back(asInt.expr);
  }
  std::optional<int64_t> constStep = 1;
  if (bounds.size() == 3) {
    constStep.reset();
    if (std::optional<APInt> lit = Sema::getIntLiteral(range->getArgs()[2]))
      constStep = lit->getSExtValue();
  }
  if (constStep && *constStep == 0) {
    diag.error(range->getArgs()[2]->getRange(),
               "range() arg 3 must not be zero");
    return;
  }
  stmt->setRange(std::move(bounds), constStep);
  checkLoopTarget(stmt, Type::integer());
  checkLoopBody(stmt);
}

void FunctionChecker::checkForView(ast::ForStmt *stmt, const Typed &view) {
  if (!isa<ast::NameExpr>(stmt->getTarget())) {
    diag.error(stmt->getTarget()->getRange(),
               "the target of a for loop over a view must be a name");
    return;
  }
  stmt->setIter(view.expr);
  checkLoopTarget(stmt, Type::scalar(view.type.getScalarKind()));
  checkLoopBody(stmt);
}

void FunctionChecker::checkLoopTarget(ast::ForStmt *stmt, const Type &type) {
  // IR generation converts each value to the variable's type (a widening,
  // when the variable was assigned before the loop).
  auto *target = llvm::cast<ast::NameExpr>(stmt->getTarget());
  assignTarget(target, Typed{target, type, {}});
}

void FunctionChecker::checkLoopBody(ast::ForStmt *stmt) {
  ++loopDepth;
  checkBlock(stmt->getBody());
  --loopDepth;
  checkBlock(stmt->getOrElse());
}

/// "ValueError, TypeError, ... and NotImplementedError": the exceptions a
/// `raise` accepts, in the order of the ExceptionKind enum.
static std::string raisableExceptionNames() {
  std::string names;
  uint32_t last = getMaxEnumValForExceptionKind();
  for (uint32_t k = 0; k <= last; ++k) {
    if (k)
      names += k == last ? " and " : ", ";
    names += stringifyExceptionKind(*symbolizeExceptionKind(k));
  }
  return names;
}

void FunctionChecker::checkRaise(ast::RaiseStmt *stmt) {
  const ast::Expr *exc = stmt->getExc();
  if (!exc) {
    diag.error(stmt->getRange(), "a bare 'raise' needs an active exception; "
                                 "PyIR has no try/except");
    return;
  }
  const ast::Expr *callee = exc;
  const ast::CallExpr *call = dyn_cast<ast::CallExpr>(exc);
  if (call)
    callee = call->getFunc();
  auto *name = dyn_cast<ast::NameExpr>(callee);
  if (!name || lookupVar(name->getName()) ||
      info.globals.count(name->getName()) ||
      !symbolizeExceptionKind(name->getName())) {
    diag.error(callee->getRange(), "PyIR raises the builtin exceptions " +
                                       raisableExceptionNames());
    return;
  }
  std::string message;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1) {
      diag.error(call->getRange(),
                 "an exception takes at most one argument, a string literal");
      return;
    }
    if (!call->getArgs().empty()) {
      auto *str = dyn_cast<ast::StringLiteralExpr>(call->getArgs()[0]);
      if (!str || str->isBytes()) {
        diag.error(call->getArgs()[0]->getRange(),
                   "the exception message must be a string literal");
        return;
      }
      message = str->getValue().str();
    }
  }
  stmt->setException(name->getName().str(), std::move(message));
}

void FunctionChecker::checkAssert(ast::AssertStmt *stmt) {
  ast::Expr *cond = checkCondition(stmt->getTest());
  if (const ast::Expr *msg = stmt->getMsg()) {
    auto *str = dyn_cast<ast::StringLiteralExpr>(msg);
    if (!str || str->isBytes()) {
      diag.error(msg->getRange(),
                 "the assert message must be a string literal");
      return;
    }
  }
  if (cond)
    stmt->setTest(cond);
}
