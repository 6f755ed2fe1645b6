//===- BoundsProver.cpp - facts about i64 values for check removal --------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace pyir;

/// How deep the symbolic prover looks through select/min/max.
static constexpr unsigned kMaxDepth = 6;

void pyir::loadRangeAnalyses(DataFlowSolver &solver) {
  solver.load<dataflow::DeadCodeAnalysis>();
  solver.load<dataflow::SparseConstantPropagation>();
  solver.load<dataflow::IntegerRangeAnalysis>();
}

std::optional<ConstantIntRanges> BoundsProver::getRange(Value value) const {
  auto *lattice = solver.lookupState<dataflow::IntegerValueRangeLattice>(value);
  if (!lattice || lattice->getValue().isUninitialized())
    return std::nullopt;
  return lattice->getValue().getValue();
}

std::pair<APInt, APInt> BoundsProver::getSignedBounds(Value value) const {
  if (std::optional<ConstantIntRanges> range = getRange(value))
    return {range->smin().sext(kWideBits), range->smax().sext(kWideBits)};
  return {APInt::getSignedMinValue(64).sext(kWideBits),
          APInt::getSignedMaxValue(64).sext(kWideBits)};
}

bool BoundsProver::isNonNegative(Value value) const {
  std::optional<ConstantIntRanges> range = getRange(value);
  return range && !range->smin().isNegative();
}

static bool isI64(Value value) { return value.getType().isInteger(64); }

std::pair<Value, APInt> BoundsProver::decompose(Value value) const {
  APInt offset = APInt::getZero(kWideBits);
  APInt minI64 = APInt::getSignedMinValue(64).sext(kWideBits);
  APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWideBits);
  while (isI64(value)) {
    Operation *op = value.getDefiningOp();
    if (!op)
      break;
    bool isAdd = isa<arith::AddIOp, AddOp>(op);
    bool isSub = isa<arith::SubIOp, SubOp>(op);
    if (!isAdd && !isSub)
      break;
    // Checked pyir ops either raise or give the exact result; wrapping ones
    // are exact when the result cannot leave the i64 range.
    bool exact = false;
    if (auto add = dyn_cast<AddOp>(op))
      exact = add.mayRaise();
    if (auto sub = dyn_cast<SubOp>(op))
      exact = sub.mayRaise();
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    APInt constant;
    Value rest;
    if (matchPattern(rhs, m_ConstantInt(&constant))) {
      rest = lhs;
    } else if (isAdd && matchPattern(lhs, m_ConstantInt(&constant))) {
      rest = rhs;
    } else {
      break;
    }
    APInt c = constant.sext(kWideBits);
    if (isSub)
      c = -c;
    if (!exact) {
      auto [lo, hi] = getSignedBounds(rest);
      if ((lo + c).slt(minI64) || (hi + c).sgt(maxI64))
        break;
    }
    offset += c;
    value = rest;
  }
  return {value, offset};
}

bool BoundsProver::isSameValue(Value a, Value b) {
  if (a == b)
    return true;
  auto dimA = a.getDefiningOp<DimOp>(), dimB = b.getDefiningOp<DimOp>();
  return dimA && dimB && dimA.getView() == dimB.getView() &&
         dimA.getAxis() == dimB.getAxis();
}

bool BoundsProver::isBoundedBy(Value value, Value target, APInt c,
                               std::optional<APInt> emptyBelow,
                               unsigned depth) const {
  if (depth > kMaxDepth || !isI64(value))
    return false;
  auto [lo, hi] = getSignedBounds(value);
  // The loop does not run when its upper bound is at most its lower bound.
  if (emptyBelow && hi.sle(*emptyBelow))
    return true;
  // Interval fallback: max(value) <= min(target) + c.
  if (hi.sle(getSignedBounds(target).first + c))
    return true;

  Value base, targetBase;
  APInt offset, targetOffset;
  std::tie(base, offset) = decompose(value);
  std::tie(targetBase, targetOffset) = decompose(target);
  // value = base + offset <= targetBase + targetOffset + c
  //   <=> base <= targetBase + (targetOffset + c - offset)
  APInt need = targetOffset + c - offset;
  std::optional<APInt> baseEmpty;
  if (emptyBelow)
    baseEmpty = *emptyBelow - offset;
  if (isSameValue(base, targetBase))
    return !need.isNegative();

  Operation *op = base.getDefiningOp();
  if (!op)
    return false;
  auto both = [&](Value a, Value b) {
    return isBoundedBy(a, targetBase, need, baseEmpty, depth + 1) &&
           isBoundedBy(b, targetBase, need, baseEmpty, depth + 1);
  };
  auto either = [&](Value a, Value b) {
    return isBoundedBy(a, targetBase, need, baseEmpty, depth + 1) ||
           isBoundedBy(b, targetBase, need, baseEmpty, depth + 1);
  };
  if (auto select = dyn_cast<arith::SelectOp>(op))
    return both(select.getTrueValue(), select.getFalseValue());
  if (auto max = dyn_cast<arith::MaxSIOp>(op))
    return both(max.getLhs(), max.getRhs());
  if (auto min = dyn_cast<arith::MinSIOp>(op))
    return either(min.getLhs(), min.getRhs());
  return false;
}

scf::ForOp BoundsProver::getCountedLoop(Value value) const {
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg)
    return {};
  auto loop = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
  if (!loop || loop.getInductionVar() != arg || loop.getUnsignedCmp() ||
      !isI64(arg))
    return {};
  auto [stepLo, stepHi] = getSignedBounds(loop.getStep());
  if (!stepLo.isStrictlyPositive())
    return {};
  // The last iteration has iv <= ub - 1; iv + step must not wrap, or the
  // loop would go on with a small iv.
  APInt ubHi = getSignedBounds(loop.getUpperBound()).second;
  if ((ubHi - 1 + stepHi).sgt(APInt::getSignedMaxValue(64).sext(kWideBits)))
    return {};
  return loop;
}

bool BoundsProver::isInBounds(Value index, Value view, int64_t axis) const {
  if (!isI64(index))
    return false;
  // A pyir.dim of the view and axis to compare with; any one will do (all
  // are equal), and one is created next to the access when needed.
  auto findDim = [&]() -> Value {
    for (Operation *user : view.getUsers())
      if (auto dim = dyn_cast<DimOp>(user);
          dim && int64_t(dim.getAxis()) == axis)
        return dim.getResult();
    return {};
  };
  Value dim = findDim();
  if (!dim)
    return false;
  auto [base, offset] = decompose(index);

  // index = iv + offset with lb <= iv < ub: 0 <= index needs lb + offset >= 0
  // (range analysis sees it), index < dim needs ub + offset <= dim.
  if (scf::ForOp loop = getCountedLoop(base)) {
    APInt lbLo = getSignedBounds(loop.getLowerBound()).first;
    if ((lbLo + offset).isNegative())
      return false;
    return isBoundedBy(loop.getUpperBound(), dim, -offset, lbLo, 0);
  }

  // index = x - iv + offset with lb <= iv < ub (a range with a negative
  // step, `i = start - k`): index <= x - lb + offset < dim needs
  // x <= dim - 1 + lb - offset; index >= x - ub + 1 + offset >= 0 needs
  // ub <= x + offset + 1 (or an empty loop).
  if (auto sub = base.getDefiningOp<arith::SubIOp>()) {
    Value x = sub.getLhs();
    scf::ForOp loop = getCountedLoop(sub.getRhs());
    if (!loop || !isI64(x))
      return false;
    // x - iv must not wrap.
    auto [xLo, xHi] = getSignedBounds(x);
    auto [ivLo, ivHi] = getSignedBounds(sub.getRhs());
    APInt minI64 = APInt::getSignedMinValue(64).sext(kWideBits);
    APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWideBits);
    if ((xLo - ivHi).slt(minI64) || (xHi - ivLo).sgt(maxI64))
      return false;
    APInt lbLo = getSignedBounds(loop.getLowerBound()).first;
    APInt one = APInt(kWideBits, 1);
    return isBoundedBy(x, dim, lbLo - offset - one, std::nullopt, 0) &&
           isBoundedBy(loop.getUpperBound(), x, offset + one, lbLo, 0);
  }
  return false;
}
