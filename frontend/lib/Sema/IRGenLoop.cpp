//===- IRGenLoop.cpp - Loops to pyir dialect --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for loops: `while`, and `for` over `range(...)` or over a view
// (both through one counted loop), with their `else` clauses and the targets
// of `break` and `continue`.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

void FunctionGen::emitWhile(const ast::WhileStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  mlir::Block *header = newBlock();
  mlir::Block *body = newBlock();
  mlir::Block *orElse = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *exit = newBlock();
  branch(l, header);
  setBlock(header);
  mlir::Value cond = emitCondition(stmt->getTest());
  condBranch(l, cond, body, {}, orElse ? orElse : exit, {});
  seal(body);
  setBlock(body);
  loops.push_back({exit, header});
  emitBlock(stmt->getBody());
  loops.pop_back();
  branch(l, header);
  seal(header);
  if (orElse) {
    seal(orElse);
    setBlock(orElse);
    emitBlock(stmt->getOrElse());
    branch(l, exit);
  }
  seal(exit);
  setBlock(exit);
}

void FunctionGen::emitFor(const ast::ForStmt *stmt) {
  if (stmt->isRange())
    return emitForRange(stmt);
  return emitForView(stmt);
}

void FunctionGen::bindLoopVariable(const ast::ForStmt *stmt, mlir::Value value,
                                   const Type &type) {
  const ast::VarDecl *decl =
      llvm::cast<ast::NameExpr>(stmt->getTarget())->getDecl();
  // A variable assigned before the loop keeps its type (Sema checked that
  // it takes the loop's values).
  if (decl->getType() != type)
    value = castScalar(value, type, decl->getType(),
                       m.loc(stmt->getTarget()->getLoc()));
  writeLocal(varOf(decl), value);
}

void FunctionGen::emitForRange(const ast::ForStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  // The bounds are evaluated once, left to right.
  llvm::SmallVector<mlir::Value, 3> bounds;
  for (const ast::Expr *bound : stmt->getRangeBounds())
    bounds.push_back(emitExpr(bound));
  mlir::Value start, stop, step;
  std::optional<int64_t> constStep = stmt->getConstantStep();
  if (bounds.size() == 1) {
    start = intConst(0, l);
    stop = bounds[0];
    step = intConst(1, l);
  } else {
    start = bounds[0];
    stop = bounds[1];
    step = bounds.size() == 3 ? bounds[2] : intConst(1, l);
  }
  mlir::Value zero = intConst(0, l);
  if (!constStep) {
    mlir::Value isZero =
        CmpOp::create(b, l, CmpPredicate::ne, step, zero).getResult();
    AssertOp::create(b, l, isZero, ExceptionKind::ValueError,
                     b.getStringAttr("range() arg 3 must not be zero"));
  }
  // The trip count, as an unsigned 64-bit number (a range may hold up to
  // 2**64 - 1 values): for step > 0, (stop - start - 1) / step + 1 when
  // start < stop; for step < 0 the mirror image.
  auto tripCount = [&](mlir::Value lo, mlir::Value hi,
                       mlir::Value stride) -> mlir::Value {
    mlir::Value one = intConst(1, l);
    mlir::Value diff = arith::SubIOp::create(b, l, hi, lo);
    mlir::Value diffMinusOne = arith::SubIOp::create(b, l, diff, one);
    mlir::Value quotient = arith::DivUIOp::create(b, l, diffMinusOne, stride);
    mlir::Value count = arith::AddIOp::create(b, l, quotient, one);
    mlir::Value nonEmpty =
        arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, lo, hi);
    return arith::SelectOp::create(b, l, nonEmpty, count, intConst(0, l));
  };
  mlir::Value count;
  if (constStep && *constStep > 0) {
    count = tripCount(start, stop, step);
  } else if (constStep) {
    count = tripCount(stop, start, arith::SubIOp::create(b, l, zero, step));
  } else {
    mlir::Value positive =
        arith::CmpIOp::create(b, l, arith::CmpIPredicate::sgt, step, zero);
    mlir::Value up = tripCount(start, stop, step);
    mlir::Value down =
        tripCount(stop, start, arith::SubIOp::create(b, l, zero, step));
    count = arith::SelectOp::create(b, l, positive, up, down);
  }

  emitCountedLoop(stmt, count, arith::CmpIPredicate::ult, [&](mlir::Value k) {
    mlir::Value offset = arith::MulIOp::create(b, l, k, step);
    mlir::Value i = arith::AddIOp::create(b, l, start, offset);
    bindLoopVariable(stmt, i, Type::integer());
  });
}

void FunctionGen::emitForView(const ast::ForStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  const ast::Expr *iter = stmt->getIter();
  mlir::Value view = emitExpr(iter);
  mlir::Value count = DimOp::create(b, l, view, 0);
  emitCountedLoop(stmt, count, arith::CmpIPredicate::slt, [&](mlir::Value k) {
    // The counter is always in range: no check needed.
    mlir::Value element = LoadOp::create(b, l, view, k,
                                         /*boundscheck=*/false,
                                         /*wraparound=*/false);
    bindLoopVariable(stmt, element,
                     Type::scalar(iter->getType().getScalarKind()));
  });
}

void FunctionGen::emitCountedLoop(
    const ast::ForStmt *stmt, mlir::Value count, arith::CmpIPredicate predicate,
    llvm::function_ref<void(mlir::Value)> bindIteration) {
  mlir::Location l = m.loc(stmt->getLoc());
  unsigned counter = declareHidden(Type::integer());
  // The counter's values carry the loop variable's name for the C printer
  // (`for i in range(n)` counts with i itself once start and step fold).
  mlir::Location counterLoc = l;
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(stmt->getTarget()))
    counterLoc = mlir::NameLoc::get(b.getStringAttr(name->getName()), l);
  writeVar(counter, cur, intConst(0, counterLoc));
  mlir::Block *header = newBlock();
  mlir::Block *bodyBlock = newBlock();
  mlir::Block *latch = newBlock();
  mlir::Block *orElse = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *exit = newBlock();
  branch(l, header);

  // header: continue while k < count.
  setBlock(header);
  mlir::Value k = readVar(counter, header, stmt->getLoc());
  if (auto arg = mlir::dyn_cast<mlir::BlockArgument>(k))
    arg.setLoc(counterLoc);
  mlir::Value more = arith::CmpIOp::create(b, l, predicate, k, count);
  condBranch(l, more, bodyBlock, {}, orElse ? orElse : exit, {});

  // body: bind the loop variable from k, then the statements; `break` goes
  // to exit (skipping the else clause), `continue` to the latch.
  setBlock(bodyBlock);
  seal(bodyBlock);
  bindIteration(readVar(counter, bodyBlock, stmt->getLoc()));
  loops.push_back({exit, latch});
  emitBlock(stmt->getBody());
  loops.pop_back();
  branch(l, latch);
  seal(latch);

  // latch: k += 1.
  setBlock(latch);
  mlir::Value kLatch = readVar(counter, latch, stmt->getLoc());
  writeVar(counter, latch,
           arith::AddIOp::create(b, counterLoc, kLatch, intConst(1, l)));
  branch(l, header);
  seal(header);
  if (orElse) {
    seal(orElse);
    setBlock(orElse);
    emitBlock(stmt->getOrElse());
    branch(l, exit);
  }
  seal(exit);
  setBlock(exit);
}
