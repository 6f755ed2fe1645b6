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
  if (!cond)
    cond = arith::ConstantOp::create(b, l, b.getBoolAttr(false));
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
  if (auto *call = dyn_cast<ast::CallExpr>(stmt->getIter())) {
    llvm::StringRef callee = call->getCalleeName();
    if (lookupBuiltin(callee) == BI_range && !lookupVar(callee) &&
        !m.info.globals.count(callee))
      return emitForRange(stmt, call);
  }
  TypedValue iter = emitExpr(stmt->getIter());
  if (!iter)
    return;
  if (iter.type.isView() && iter.type.getRank() == 1)
    return emitForView(stmt, iter);
  diag.error(stmt->getIter()->getRange(),
             "a for loop iterates over range(...) or a 1-D view, not " +
                 iter.type.str());
}

void FunctionGen::emitForRange(const ast::ForStmt *stmt,
                               const ast::CallExpr *range) {
  mlir::Location l = m.loc(stmt->getLoc());
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
  llvm::SmallVector<mlir::Value, 3> bounds;
  for (const ast::Expr *arg : range->getArgs()) {
    TypedValue v = emitExpr(arg);
    if (!v)
      return;
    if (!v.type.isInteger() && !v.type.isBool()) {
      diag.error(arg->getRange(),
                 "range() arguments must be integers, not " + v.type.str());
      return;
    }
    TypedValue asInt = convert(v, Type::integer(), arg->getRange());
    if (!asInt)
      return;
    bounds.push_back(asInt.value);
  }
  mlir::Value start, stop, step;
  std::optional<int64_t> constStep = 1;
  if (bounds.size() == 1) {
    start = intConst(0, l);
    stop = bounds[0];
    step = intConst(1, l);
  } else {
    start = bounds[0];
    stop = bounds[1];
    if (bounds.size() == 3) {
      step = bounds[2];
      constStep.reset();
      if (std::optional<APInt> lit = Sema::getIntLiteral(range->getArgs()[2]))
        constStep = lit->getSExtValue();
    } else {
      step = intConst(1, l);
    }
  }
  if (constStep && *constStep == 0) {
    diag.error(range->getArgs()[2]->getRange(),
               "range() arg 3 must not be zero");
    return;
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
    assignVar(target, TypedValue{i, Type::integer(), {}});
  });
}

void FunctionGen::emitForView(const ast::ForStmt *stmt, TypedValue view) {
  mlir::Location l = m.loc(stmt->getLoc());
  auto *target = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!target) {
    diag.error(stmt->getTarget()->getRange(),
               "the target of a for loop over a view must be a name");
    return;
  }
  mlir::Value count = DimOp::create(b, l, view.value, 0);
  emitCountedLoop(stmt, count, arith::CmpIPredicate::slt, [&](mlir::Value k) {
    // The counter is always in range: no check needed.
    mlir::Value element = LoadOp::create(b, l, view.value, k,
                                         /*boundscheck=*/false,
                                         /*wraparound=*/false);
    assignVar(target,
              TypedValue{element, Type::scalar(view.type.getScalarKind()), {}});
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
