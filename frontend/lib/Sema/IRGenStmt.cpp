//===- IRGenStmt.cpp - Statements to pyir dialect ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for the typed statements Sema leaves: assignments (plain,
// annotated, augmented), `return`, `if`, `raise`, `assert`, and
// `break`/`continue` (which branch to the targets of the innermost loop; the
// loops are in IRGenLoop.cpp).
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
  // Values are shared within a statement only.
  values.clear();
  elementAddresses.clear();
  switch (stmt->getKind()) {
  case ast::Stmt::Kind::Expr: {
    const ast::Expr *value = llvm::cast<ast::ExprStmt>(stmt)->getValue();
    // Docstrings, bare strings and `...` do nothing.
    if (!isa<ast::StringLiteralExpr, ast::EllipsisLiteralExpr>(value))
      emitExpr(value);
    return;
  }
  case ast::Stmt::Kind::Assign:
    return emitAssign(llvm::cast<ast::AssignStmt>(stmt));
  case ast::Stmt::Kind::AnnAssign: {
    auto *ann = llvm::cast<ast::AnnAssignStmt>(stmt);
    // A declaration without a value only gives the variable its type.
    if (ann->getValue()) {
      auto *target = llvm::cast<ast::NameExpr>(ann->getTarget());
      writeLocal(varOf(target->getDecl()), emitBoundValue(ann->getValue()));
    }
    return;
  }
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
    assert(!loops.empty() && "Sema rejects break and continue outside loops");
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
  case ast::Stmt::Kind::FunctionDef:
    break;
  }
  llvm_unreachable("Sema rejects this statement in a function");
}

/// A tuple holding a view that a call did not make: its views point into
/// other slots, so binding them needs references of their own.
static bool isTupleOfViewsNotFromCall(const ast::Expr *value) {
  return value->getType().isTuple() && value->getType().containsView() &&
         !ast::isFunctionCall(value);
}

void FunctionGen::preEvaluate(const ast::Expr *value, bool copyViews) {
  if (auto *tuple = dyn_cast<ast::TupleExpr>(value)) {
    for (const ast::Expr *element : tuple->getElts()) {
      preEvaluate(element, /*copyViews=*/false);
      // Another local's view: a reference of its own until the targets
      // are bound (see emitAssign).
      if (copyViews && element->getType().isView() &&
          !ast::makesNewView(element))
        values[element] =
            ViewRefOp::create(b, m.loc(element->getLoc()), emitExpr(element));
    }
    return;
  }
  if (auto *c = dyn_cast<ast::ConstantExpr>(value); c && c->isFromLiteral())
    return;
  mlir::Value result = emitExpr(value);
  if (copyViews && !ast::isFunctionCall(value))
    values[value] = copyViewElements(result);
}

mlir::Value FunctionGen::copyViewElements(mlir::Value tuple) {
  auto type = llvm::cast<mlir::TupleType>(tuple.getType());
  llvm::SmallVector<mlir::Value> elements;
  for (auto [index, element] : llvm::enumerate(type.getTypes())) {
    mlir::Value value = TupleGetOp::create(b, tuple.getLoc(), tuple, index);
    if (isa<ViewType>(element))
      value = ViewRefOp::create(b, tuple.getLoc(), value);
    elements.push_back(value);
  }
  return TupleOp::create(b, tuple.getLoc(), elements);
}

void FunctionGen::emitAssign(const ast::AssignStmt *stmt) {
  // The value is evaluated before any target (`a, b = b, a + b`); each
  // binding then converts its part of it, after the target's own
  // subexpressions (a view's indices) are evaluated.
  //
  // Unpacking views (`a, b = b, a`) binds each target to a reference of
  // its own, which its binding writes into its slot (docs/CBackend.md,
  // "Arrays"): a view of the value that is another local's must first be
  // copied, or binding `a` would rewrite what `b` is bound to next. A
  // call's tuple is exempt: its slots are written once all is read.
  const ast::Expr *value = stmt->getValue();
  bool unpacksViews =
      isTupleOfViewsNotFromCall(value) &&
      llvm::any_of(stmt->getTargets(), llvm::IsaPred<ast::TupleExpr>);
  preEvaluate(value, unpacksViews);
  for (const ast::Binding &binding : stmt->getBindings()) {
    if (auto *name = dyn_cast<ast::NameExpr>(binding.target)) {
      writeLocal(varOf(name->getDecl()),
                 emitBoundValue(binding.value, unpacksViews));
      continue;
    }
    auto *sub = llvm::cast<ast::SubscriptExpr>(binding.target);
    auto [view, indices] = emitElementAddress(sub);
    mlir::Value value = emitExpr(binding.value);
    StoreOp::create(b, m.loc(sub->getLoc()), value, view, indices,
                    fn.directives.boundscheck, fn.directives.wraparound);
  }
}

mlir::Value FunctionGen::emitBoundValue(const ast::Expr *value,
                                        bool copyViews) {
  mlir::Value result = emitExpr(value);
  // A view local owns its view through a slot that only its own binding
  // rebinds (docs/CBackend.md, "Arrays"): another view's value gets a
  // reference of its own, and so does each view of a tuple but a call's.
  if (isa<ViewType>(result.getType()) &&
      (copyViews || !ast::makesNewView(value)))
    return ViewRefOp::create(b, m.loc(value->getLoc()), result);
  if (isTupleOfViewsNotFromCall(value))
    return copyViewElements(result);
  return result;
}

void FunctionGen::emitAugAssign(const ast::AugAssignStmt *stmt) {
  // The operation reads the target node: a subscript's view and indices
  // are evaluated once, for the load and the store.
  mlir::Value result = emitExpr(stmt->getResult());
  if (auto *name = dyn_cast<ast::NameExpr>(stmt->getTarget()))
    return writeLocal(varOf(name->getDecl()), result);
  auto *sub = llvm::cast<ast::SubscriptExpr>(stmt->getTarget());
  auto [view, indices] = emitElementAddress(sub);
  StoreOp::create(b, m.loc(sub->getLoc()), result, view, indices,
                  fn.directives.boundscheck, fn.directives.wraparound);
}

void FunctionGen::emitReturn(const ast::ReturnStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  if (!stmt->getValue() || isa<ast::NoneLiteralExpr>(stmt->getValue()))
    emitReturnOp(l, {});
  else
    emitReturnOp(l, emitExpr(stmt->getValue()));
  startUnreachable();
}

void FunctionGen::emitIf(const ast::IfStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
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

void FunctionGen::emitRaise(const ast::RaiseStmt *stmt) {
  std::optional<ExceptionKind> kind =
      symbolizeExceptionKind(stmt->getExceptionName());
  assert(kind && "Sema accepts the builtin exceptions only");
  raise(m.loc(stmt->getLoc()), *kind, stmt->getMessage());
}

void FunctionGen::emitAssert(const ast::AssertStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
  llvm::StringRef message;
  if (const ast::Expr *msg = stmt->getMsg())
    message = llvm::cast<ast::StringLiteralExpr>(msg)->getValue();
  // `assert False` always raises: nothing after it runs.
  mlir::BoolAttr constant;
  if (mlir::matchPattern(cond, mlir::m_Constant(&constant)) &&
      !constant.getValue())
    return raise(m.loc(stmt->getLoc()), ExceptionKind::AssertionError, message);
  AssertOp::create(
      b, m.loc(stmt->getLoc()), cond, ExceptionKind::AssertionError,
      message.empty() ? mlir::StringAttr() : b.getStringAttr(message));
}
