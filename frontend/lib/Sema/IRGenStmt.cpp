//===- IRGenStmt.cpp - Statements to pyir dialect ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for statements: assignments (plain, annotated, augmented),
// `return`, `if`, `raise`, `assert`, and `break`/`continue` (which branch to
// the targets of the innermost loop; the loops are in IRGenLoop.cpp).
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

#include "mlir/IR/Matchers.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

void FunctionGen::emitBlock(llvm::ArrayRef<ast::Stmt *> body) {
  for (const ast::Stmt *stmt : body)
    emitStmt(stmt);
}

void FunctionGen::emitStmt(const ast::Stmt *stmt) {
  switch (stmt->getKind()) {
  case ast::Stmt::Kind::Expr: {
    const ast::Expr *value = llvm::cast<ast::ExprStmt>(stmt)->getValue();
    // Docstrings, bare strings and `...` do nothing.
    if (isa<ast::StringLiteralExpr, ast::EllipsisLiteralExpr>(value))
      return;
    if (auto *call = dyn_cast<ast::CallExpr>(value)) {
      // A call to a function returning None is fine as a statement.
      if (auto *callee = dyn_cast<ast::NameExpr>(call->getFunc())) {
        auto it = m.info.globals.find(callee->getName());
        if (!lookupVar(callee->getName()) && it != m.info.globals.end() &&
            it->second.kind == GlobalName::Kind::Function) {
          emitModuleCall(call, it->second.index);
          return;
        }
      }
    }
    emitExpr(value);
    return;
  }
  case ast::Stmt::Kind::Assign:
    return emitAssign(llvm::cast<ast::AssignStmt>(stmt));
  case ast::Stmt::Kind::AnnAssign:
    return emitAnnAssign(llvm::cast<ast::AnnAssignStmt>(stmt));
  case ast::Stmt::Kind::AugAssign:
    return emitAugAssign(llvm::cast<ast::AugAssignStmt>(stmt));
  case ast::Stmt::Kind::Return:
    return emitReturn(llvm::cast<ast::ReturnStmt>(stmt));
  case ast::Stmt::Kind::If:
    return emitIf(llvm::cast<ast::IfStmt>(stmt));
  case ast::Stmt::Kind::While:
    return emitWhile(llvm::cast<ast::WhileStmt>(stmt));
  case ast::Stmt::Kind::For:
    return emitFor(llvm::cast<ast::ForStmt>(stmt));
  case ast::Stmt::Kind::Break:
  case ast::Stmt::Kind::Continue: {
    if (loops.empty()) {
      diag.error(stmt->getRange(),
                 llvm::Twine("'") +
                     (isa<ast::BreakStmt>(stmt) ? "break" : "continue") +
                     "' outside a loop");
      return;
    }
    mlir::Block *target = isa<ast::BreakStmt>(stmt)
                              ? loops.back().breakTarget
                              : loops.back().continueTarget;
    branch(m.loc(stmt->getLoc()), target);
    startUnreachable();
    return;
  }
  case ast::Stmt::Kind::Pass:
    return;
  case ast::Stmt::Kind::Assert:
    return emitAssert(llvm::cast<ast::AssertStmt>(stmt));
  case ast::Stmt::Kind::Raise:
    return emitRaise(llvm::cast<ast::RaiseStmt>(stmt));
  case ast::Stmt::Kind::Import:
  case ast::Stmt::Kind::ImportFrom:
    diag.error(stmt->getRange(), "imports are only supported at module level");
    return;
  case ast::Stmt::Kind::FunctionDef:
    diag.error(stmt->getRange(), "nested functions are not supported");
    return;
  }
}

void FunctionGen::assignVar(const ast::NameExpr *target, TypedValue value,
                            std::optional<Type> declared) {
  llvm::StringRef name = target->getName();
  std::optional<unsigned> var = lookupVar(name);
  if (!var) {
    if (m.info.globals.count(name)) {
      diag.error(target->getRange(),
                 "'" + name +
                     "' is a module-level name; a function cannot "
                     "assign it (use another local name)");
      return;
    }
    Type type = declared ? *declared : value.type;
    if (!declared && value.type.isView()) {
      diag.error(target->getRange(),
                 "a view cannot be assigned to a local variable; index the "
                 "parameter directly");
      return;
    }
    if (type.isNone()) {
      diag.error(target->getRange(),
                 "cannot assign the result of a function returning None");
      return;
    }
    if (type.isError())
      return;
    var = declareVar(name, type, target->getLoc());
  } else if (declared && *declared != vars[*var].type) {
    diag.error(target->getRange(), "'" + name + "' is redeclared as " +
                                       declared->str() + "; it was " +
                                       vars[*var].type.str());
    diag.note(vars[*var].declLoc, "'" + name + "' first assigned here");
    return;
  }
  const Variable &v = vars[*var];
  if (!value)
    return;
  if (!isAssignable(v.type, value)) {
    diag.error(target->getRange(),
               "cannot assign a value of type " + value.type.str() + " to '" +
                   name + "' of type " + v.type.str() +
                   "; a variable keeps the type of its first assignment");
    if (v.declLoc.isValid())
      diag.note(v.declLoc,
                "'" + name + "' first assigned here as " + v.type.str());
    return;
  }
  TypedValue converted = convert(value, v.type, target->getRange());
  if (converted)
    writeLocal(*var, converted.value);
}

void FunctionGen::emitAssign(const ast::AssignStmt *stmt) {
  TypedValue value = emitOperand(stmt->getValue());
  for (const ast::Expr *target : stmt->getTargets())
    emitAssignTo(target, value, stmt->getRange());
}

void FunctionGen::emitAssignTo(const ast::Expr *target, TypedValue value,
                               SMRange range) {
  if (auto *name = dyn_cast<ast::NameExpr>(target))
    return assignVar(name, value);
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
    mlir::Location l = m.loc(target->getLoc());
    for (auto [index, elt] : llvm::enumerate(tuple->getElts())) {
      // The elements of a tuple expression keep their literals.
      TypedValue element =
          value.elements.empty()
              ? TypedValue{TupleGetOp::create(b, l, value.value, index),
                           value.type.getElements()[index],
                           {}}
              : value.elements[index];
      emitAssignTo(elt, element, range);
    }
    return;
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    TypedValue view;
    llvm::SmallVector<mlir::Value> indices;
    if (!emitIndices(sub, view, indices) || !value)
      return;
    Type element = Type::scalar(view.type.getScalarKind());
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
    TypedValue converted = convert(value, element, range, !roundsToF32);
    if (!converted)
      return;
    StoreOp::create(b, m.loc(target->getLoc()), converted.value, view.value,
                    indices, fn.directives.boundscheck,
                    fn.directives.wraparound);
    return;
  }
  diag.error(target->getRange(),
             "cannot assign to this expression; PyIR assigns to names, "
             "tuples of names and view elements");
}

void FunctionGen::emitAnnAssign(const ast::AnnAssignStmt *stmt) {
  auto *name = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!name) {
    diag.error(stmt->getTarget()->getRange(),
               "only a local name can be annotated");
    return;
  }
  Type declared = m.sema.resolveAnnotation(stmt->getAnnotation(), m.info,
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
  assignVar(name, emitOperand(stmt->getValue()), declared);
}

void FunctionGen::emitAugAssign(const ast::AugAssignStmt *stmt) {
  const ast::Expr *target = stmt->getTarget();
  if (auto *name = dyn_cast<ast::NameExpr>(target)) {
    TypedValue current = emitName(name);
    TypedValue rhs = emitOperand(stmt->getValue());
    if (!current || !rhs)
      return;
    TypedValue result = emitBinaryOp(stmt->getOp(), current, rhs,
                                     stmt->getRange(), stmt->getOpLoc());
    if (!result)
      return;
    result.literal.reset();
    return assignVar(name, result);
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    // The index is evaluated once, as in Python.
    TypedValue view;
    llvm::SmallVector<mlir::Value> indices;
    if (!emitIndices(sub, view, indices))
      return;
    mlir::Location l = m.loc(sub->getLoc());
    Type element = Type::scalar(view.type.getScalarKind());
    TypedValue current{LoadOp::create(b, l, view.value, indices,
                                      fn.directives.boundscheck,
                                      fn.directives.wraparound),
                       element,
                       {}};
    TypedValue rhs = emitOperand(stmt->getValue());
    if (!rhs)
      return;
    TypedValue result = emitBinaryOp(stmt->getOp(), current, rhs,
                                     stmt->getRange(), stmt->getOpLoc());
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
    TypedValue converted =
        convert(result, element, stmt->getRange(), !roundsToF32);
    if (converted)
      StoreOp::create(b, l, converted.value, view.value, indices,
                      fn.directives.boundscheck, fn.directives.wraparound);
    return;
  }
  diag.error(target->getRange(), "cannot assign to this expression");
}

void FunctionGen::emitReturn(const ast::ReturnStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  if (!stmt->getValue() || isa<ast::NoneLiteralExpr>(stmt->getValue())) {
    if (!fn.returnType.isNone())
      diag.error(stmt->getRange(), "function '" + fn.name + "' must return " +
                                       fn.returnType.str() + ", not None");
    else
      emitReturnOp(l, {});
    startUnreachable();
    return;
  }
  TypedValue value = emitOperand(stmt->getValue());
  if (fn.returnType.isNone()) {
    diag.error(stmt->getValue()->getRange(),
               "function '" + fn.name +
                   "' is annotated '-> None' but returns a value");
    startUnreachable();
    return;
  }
  if (value) {
    if (!isAssignable(fn.returnType, value)) {
      diag.error(stmt->getValue()->getRange(),
                 "returns a value of type " + value.type.str() +
                     " but function '" + fn.name + "' is annotated -> " +
                     fn.returnType.str());
    } else if (TypedValue converted =
                   convert(value, fn.returnType, stmt->getRange())) {
      emitReturnOp(l, converted.value);
    }
  }
  startUnreachable();
}

void FunctionGen::emitIf(const ast::IfStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
  if (!cond)
    cond = arith::ConstantOp::create(b, m.loc(stmt->getLoc()),
                                     b.getBoolAttr(false));
  mlir::Block *thenBlock = newBlock();
  mlir::Block *elseBlock = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *join = newBlock();
  condBranch(m.loc(stmt->getLoc()), cond, thenBlock, {},
             elseBlock ? elseBlock : join, {});
  seal(thenBlock);
  setBlock(thenBlock);
  emitBlock(stmt->getBody());
  branch(m.loc(stmt->getRange().End), join);
  if (elseBlock) {
    seal(elseBlock);
    setBlock(elseBlock);
    emitBlock(stmt->getOrElse());
    branch(m.loc(stmt->getRange().End), join);
  }
  seal(join);
  setBlock(join);
}

/// The exception kind a builtin exception name denotes.
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
void FunctionGen::raise(mlir::Location loc, ExceptionKind kind,
                        llvm::StringRef message) {
  RaiseOp::create(b, loc, kind,
                  message.empty() ? mlir::StringAttr()
                                  : b.getStringAttr(message));
  // The function ends with the exception; the return is never reached.
  if (fn.returnType.isNone())
    emitReturnOp(loc, {});
  else
    emitReturnOp(loc, dummyValueHere(fn.returnType, loc));
  startUnreachable();
}

void FunctionGen::endPathAfterError(const ast::Stmt *stmt) {
  // An invalid `raise` still ends its path, so that no follow-on error
  // ("may reach its end without returning") is reported for it.
  raise(m.loc(stmt->getLoc()), ExceptionKind::RuntimeError, "");
}

void FunctionGen::emitRaise(const ast::RaiseStmt *stmt) {
  const ast::Expr *exc = stmt->getExc();
  if (!exc) {
    diag.error(stmt->getRange(), "a bare 'raise' needs an active exception; "
                                 "PyIR has no try/except");
    return endPathAfterError(stmt);
  }
  const ast::Expr *callee = exc;
  const ast::CallExpr *call = dyn_cast<ast::CallExpr>(exc);
  if (call)
    callee = call->getFunc();
  auto *name = dyn_cast<ast::NameExpr>(callee);
  std::optional<ExceptionKind> kind;
  if (name && !lookupVar(name->getName()) &&
      !m.info.globals.count(name->getName()))
    kind = symbolizeExceptionKind(name->getName());
  if (!kind) {
    diag.error(callee->getRange(), "PyIR raises the builtin exceptions " +
                                       raisableExceptionNames());
    return endPathAfterError(stmt);
  }
  std::string message;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1) {
      diag.error(call->getRange(),
                 "an exception takes at most one argument, a string literal");
      return endPathAfterError(stmt);
    }
    if (!call->getArgs().empty()) {
      auto *str = dyn_cast<ast::StringLiteralExpr>(call->getArgs()[0]);
      if (!str || str->isBytes()) {
        diag.error(call->getArgs()[0]->getRange(),
                   "the exception message must be a string literal");
        return endPathAfterError(stmt);
      }
      message = str->getValue().str();
    }
  }
  raise(m.loc(stmt->getLoc()), *kind, message);
}

void FunctionGen::emitAssert(const ast::AssertStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
  std::string message;
  if (const ast::Expr *msg = stmt->getMsg()) {
    auto *str = dyn_cast<ast::StringLiteralExpr>(msg);
    if (!str || str->isBytes()) {
      diag.error(msg->getRange(),
                 "the assert message must be a string literal");
      return;
    }
    message = str->getValue().str();
  }
  if (!cond)
    return;
  // `assert False` always raises: nothing after it runs.
  mlir::BoolAttr constant;
  if (mlir::matchPattern(cond, mlir::m_Constant(&constant)) &&
      !constant.getValue())
    return raise(m.loc(stmt->getLoc()), ExceptionKind::AssertionError, message);
  AssertOp::create(
      b, m.loc(stmt->getLoc()), cond, ExceptionKind::AssertionError,
      message.empty() ? mlir::StringAttr() : b.getStringAttr(message));
}
