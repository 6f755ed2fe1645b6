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
    setBinding(&fn.binding);
    if (!FunctionChecker(*this, info, fn, fn.def, context).check() &&
        fn.generic >= 0) {
      std::string types;
      for (const auto &[var, kind] : fn.binding)
        types += (types.empty() ? "" : ", ") + info.typeVars[var].name + " = " +
                 getTypeVarSpelling(kind).str();
      diag.report(fn.def->getNameLoc(), diag::note_in_specialization, fn.name,
                  fn.pyName, types);
    }
    setBinding(nullptr);
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
            (it->second.kind == GlobalName::Kind::Function ||
             it->second.kind == GlobalName::Kind::Imported)) {
          checkFunctionCall(call, it->second);
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
      diag.report(stmt->getRange(), diag::err_loop_control_outside_loop,
                  isa<ast::BreakStmt>(stmt) ? "break" : "continue");
    return;
  case ast::Stmt::Kind::Pass:
    return;
  case ast::Stmt::Kind::Assert:
    return checkAssert(llvm::cast<ast::AssertStmt>(stmt));
  case ast::Stmt::Kind::Raise:
    return checkRaise(llvm::cast<ast::RaiseStmt>(stmt));
  case ast::Stmt::Kind::Import:
  case ast::Stmt::Kind::ImportFrom:
    diag.report(stmt->getRange(), diag::err_nested_import);
    return;
  case ast::Stmt::Kind::FunctionDef:
    diag.report(stmt->getRange(), diag::err_nested_function);
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
      diag.report(target->getRange(), diag::err_assign_to_module_name, name);
      return nullptr;
    }
    Type type = declared ? *declared : value.type;
    if (type.isNone()) {
      diag.report(target->getRange(), diag::err_assign_none_result);
      return nullptr;
    }
    if (type.isError())
      return nullptr;
    var = declareVar(name, type, target->getLoc());
  } else if (declared && *declared != var->getType()) {
    diag.report(target->getRange(), diag::err_variable_redeclared, name,
                declared->str(), var->getType().str());
    diag.report(var->getLoc(), diag::note_first_assigned_here, name);
    return nullptr;
  }
  target->setDecl(var);
  target->setType(var->getType());
  if (!value)
    return nullptr;
  if (!isAssignable(var->getType(), value)) {
    diag.report(target->getRange(), diag::err_assign_type_mismatch,
                value.type.str(), name, var->getType().str());
    if (var->getLoc().isValid())
      diag.report(var->getLoc(), diag::note_first_assigned_here_as, name,
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
      diag.report(range, diag::err_unpack_count_mismatch, value.type.str(),
                  tuple->getElts().size());
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
      diag.report(range, diag::err_view_store_type_mismatch, value.type.str(),
                  view.type.str(), getName(element.getScalarKind()));
      return;
    }
    if (Typed converted = convert(value, element, range, !roundsToF32))
      bindings.push_back({sub, converted.expr});
    return;
  }
  diag.report(target->getRange(), diag::err_unsupported_assign_target);
}

void FunctionChecker::checkAnnAssign(ast::AnnAssignStmt *stmt) {
  auto *name = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!name) {
    diag.report(stmt->getTarget()->getRange(), diag::err_annotated_non_local);
    return;
  }
  Type declared = sema.resolveAnnotation(stmt->getAnnotation(), info,
                                         /*allowNone=*/false);
  if (declared.isError())
    return;
  // A view local is bound where it is declared (it has no empty state).
  if (declared.containsView() && !stmt->getValue()) {
    diag.report(stmt->getAnnotation()->getRange(),
                diag::err_view_local_without_value);
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
      diag.report(stmt->getRange(),
                  diag::err_augassign_view_store_type_mismatch,
                  result.type.str(), view.type.str());
      return;
    }
    if (Typed converted =
            convert(result, element, stmt->getRange(), !roundsToF32))
      stmt->setResult(converted.expr);
    return;
  }
  diag.report(target->getRange(), diag::err_unsupported_augassign_target);
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

void FunctionChecker::checkReturn(ast::ReturnStmt *stmt) {
  if (!stmt->getValue() || isa<ast::NoneLiteralExpr>(stmt->getValue())) {
    if (!fn.returnType.isNone())
      diag.report(stmt->getRange(), diag::err_return_none_from_value_function,
                  fn.name, fn.returnType.str());
    return;
  }
  Typed value = checkOperand(stmt->getValue());
  if (fn.returnType.isNone()) {
    diag.report(stmt->getValue()->getRange(),
                diag::err_return_value_from_none_function, fn.name);
    return;
  }
  if (!value)
    return;
  if (!isAssignable(fn.returnType, value)) {
    diag.report(stmt->getValue()->getRange(), diag::err_return_type_mismatch,
                value.type.str(), fn.name, fn.returnType.str());
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
  diag.report(stmt->getIter()->getRange(), diag::err_unsupported_for_iterable,
              iter.type.str());
}

void FunctionChecker::checkForRange(ast::ForStmt *stmt, ast::CallExpr *range) {
  auto *target = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!target) {
    diag.report(stmt->getTarget()->getRange(), diag::err_for_range_target);
    return;
  }
  const BuiltinInfo &info = getBuiltinInfo(BI_range);
  if (!range->getKeywords().empty() || range->getArgs().size() < info.minArgs ||
      range->getArgs().size() > info.maxArgs) {
    diag.report(range->getRange(), diag::err_range_arity, info.name,
                info.minArgs, info.maxArgs);
    return;
  }
  // The bounds are evaluated once, left to right.
  std::vector<ast::Expr *> bounds;
  for (ast::Expr *arg : range->getArgs()) {
    Typed v = checkExpr(arg);
    if (!v)
      return;
    if (!v.type.isInteger() && !v.type.isBool()) {
      diag.report(arg->getRange(), diag::err_range_arg_type, v.type.str());
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
    diag.report(range->getArgs()[2]->getRange(), diag::err_range_zero_step);
    return;
  }
  stmt->setRange(std::move(bounds), constStep);
  checkLoopTarget(stmt, Type::integer());
  checkLoopBody(stmt);
}

void FunctionChecker::checkForView(ast::ForStmt *stmt, const Typed &view) {
  if (!isa<ast::NameExpr>(stmt->getTarget())) {
    diag.report(stmt->getTarget()->getRange(), diag::err_for_view_target);
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
    diag.report(stmt->getRange(), diag::err_bare_raise);
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
    diag.report(callee->getRange(), diag::err_unsupported_exception,
                raisableExceptionNames());
    return;
  }
  std::string message;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1) {
      diag.report(call->getRange(), diag::err_exception_args);
      return;
    }
    if (!call->getArgs().empty()) {
      auto *str = dyn_cast<ast::StringLiteralExpr>(call->getArgs()[0]);
      if (!str || str->isBytes()) {
        diag.report(call->getArgs()[0]->getRange(),
                    diag::err_exception_message_not_literal);
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
      diag.report(msg->getRange(), diag::err_assert_message_not_literal);
      return;
    }
  }
  if (cond)
    stmt->setTest(cond);
}
