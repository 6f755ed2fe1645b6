//===- EliminateChecks.cpp - pyir-eliminate-checks --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-eliminate-checks: overflow, wrap-around and
// bounds checks that integer range analysis (plus a small symbolic prover
// for `i < len(a)`) shows can never fire are dropped.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/IR/PyIRIntRange.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/IR/Matchers.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRELIMINATECHECKS
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;
using namespace pyir;

namespace {
/// Width of the exact arithmetic on i64 bounds below.
constexpr unsigned kWide = 130;
/// How deep the symbolic prover looks through select/min/max.
constexpr unsigned kMaxDepth = 6;

/// Proves facts about i64 values from integer range analysis and the shape
/// of the IR. Every answer `true` is a proof; `false` means "unknown".
class Prover {
public:
  explicit Prover(DataFlowSolver &solver) : solver(solver) {}

  /// The range of `value`, or nullopt if unknown (also for values the
  /// analysis considers unreachable: no fact is derived from those).
  std::optional<ConstantIntRanges> getRange(Value value) const {
    auto *lattice =
        solver.lookupState<dataflow::IntegerValueRangeLattice>(value);
    if (!lattice || lattice->getValue().isUninitialized())
      return std::nullopt;
    return lattice->getValue().getValue();
  }

  /// The signed bounds of an i64 `value` in kWide bits (full range when
  /// unknown).
  std::pair<APInt, APInt> getSignedBounds(Value value) const {
    if (std::optional<ConstantIntRanges> range = getRange(value))
      return {range->smin().sext(kWide), range->smax().sext(kWide)};
    return {APInt::getSignedMinValue(64).sext(kWide),
            APInt::getSignedMaxValue(64).sext(kWide)};
  }

  bool isNonNegative(Value value) const {
    std::optional<ConstantIntRanges> range = getRange(value);
    return range && !range->smin().isNegative();
  }

  /// Whether `index` is always in [0, dim(view, axis)).
  bool isInBounds(Value index, Value view, int64_t axis) const;

private:
  /// `value` as `base + offset` for a constant `offset`, looking through
  /// additions and subtractions of constants that provably do not wrap
  /// (checked pyir ops are exact whenever they produce a value).
  std::pair<Value, APInt> decompose(Value value) const;

  /// Whether `a` and `b` always hold the same value: the same SSA value, or
  /// `pyir.dim` of the same view and axis.
  static bool isSameValue(Value a, Value b);

  /// Whether `value <= target + c`, or (when `emptyBelow` is set) `value <=
  /// *emptyBelow`, which makes the loop bounded by `value` run no iteration.
  bool isBoundedBy(Value value, Value target, APInt c,
                   std::optional<APInt> emptyBelow, unsigned depth) const;

  /// The scf.for whose induction variable is `value`, if its iterations
  /// provably satisfy lb <= iv < ub (signed comparison, step > 0 and the
  /// last increment does not wrap).
  scf::ForOp getCountedLoop(Value value) const;

  DataFlowSolver &solver;
};
} // namespace

static bool isI64(Value value) { return value.getType().isInteger(64); }

std::pair<Value, APInt> Prover::decompose(Value value) const {
  APInt offset = APInt::getZero(kWide);
  APInt minI64 = APInt::getSignedMinValue(64).sext(kWide);
  APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWide);
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
    APInt c = constant.sext(kWide);
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

bool Prover::isSameValue(Value a, Value b) {
  if (a == b)
    return true;
  auto dimA = a.getDefiningOp<DimOp>(), dimB = b.getDefiningOp<DimOp>();
  return dimA && dimB && dimA.getView() == dimB.getView() &&
         dimA.getAxis() == dimB.getAxis();
}

bool Prover::isBoundedBy(Value value, Value target, APInt c,
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

scf::ForOp Prover::getCountedLoop(Value value) const {
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
  if ((ubHi - 1 + stepHi).sgt(APInt::getSignedMaxValue(64).sext(kWide)))
    return {};
  return loop;
}

bool Prover::isInBounds(Value index, Value view, int64_t axis) const {
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
    APInt minI64 = APInt::getSignedMinValue(64).sext(kWide);
    APInt maxI64 = APInt::getSignedMaxValue(64).sext(kWide);
    if ((xLo - ivHi).slt(minI64) || (xHi - ivLo).sgt(maxI64))
      return false;
    APInt lbLo = getSignedBounds(loop.getLowerBound()).first;
    APInt one = APInt(kWide, 1);
    return isBoundedBy(x, dim, lbLo - offset - one, std::nullopt, 0) &&
           isBoundedBy(loop.getUpperBound(), x, offset + one, lbLo, 0);
  }
  return false;
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
struct EliminateChecksPass
    : public pyir::impl::PyIREliminateChecksBase<EliminateChecksPass> {
  using Base::Base;

  void runOnOperation() override {
    DataFlowSolver solver;
    solver.load<dataflow::DeadCodeAnalysis>();
    solver.load<dataflow::SparseConstantPropagation>();
    solver.load<dataflow::IntegerRangeAnalysis>();
    if (failed(solver.initializeAndRun(getOperation())))
      return signalPassFailure();
    Prover prover(solver);

    // Dropping a check never changes a range (a dropped overflow check had
    // an exact result that fits; a dropped index check did not fire), so
    // the analysis stays valid while the ops are updated one by one.
    getOperation().walk([&](Operation *op) {
      if (isa<AddOp, SubOp, MulOp, NegOp, AbsOp, ShlOp, CastOp>(op))
        eliminateOverflowCheck(prover, op);
      else if (auto load = dyn_cast<LoadOp>(op))
        eliminateIndexChecks(prover, load);
      else if (auto store = dyn_cast<StoreOp>(op))
        eliminateIndexChecks(prover, store);
    });
  }

  static void eliminateOverflowCheck(const Prover &prover, Operation *op) {
    Type type = op->getResult(0).getType();
    if (!isPyIntegerType(type))
      return;
    auto overflow = op->getAttrOfType<OverflowModeAttr>("overflow");
    if (!overflow || overflow.getValue() != OverflowMode::checked)
      return;
    SmallVector<ConstantIntRanges> ranges;
    for (Value operand : op->getOperands()) {
      std::optional<ConstantIntRanges> range = prover.getRange(operand);
      if (!range)
        return;
      ranges.push_back(*range);
    }
    if (auto cast = dyn_cast<CastOp>(op)) {
      // An integer (or bool) converted to an integer type it fits.
      Type from = cast.getInput().getType();
      if (!isPyIntegerType(from) && !isPyBoolType(from))
        return;
      IntInterval value = getInterval(ranges[0], from);
      IntInterval bounds = getTypeInterval(type);
      unsigned width =
          std::max(value.lo.getBitWidth(), bounds.lo.getBitWidth());
      if (!isContained({value.lo.sext(width), value.hi.sext(width)},
                       {bounds.lo.sext(width), bounds.hi.sext(width)}))
        return;
    } else if (mayOverflow(op, ranges)) {
      return;
    }
    op->setAttr("overflow",
                OverflowModeAttr::get(op->getContext(), OverflowMode::wrap));
  }

  template <typename AccessOp>
  static void eliminateIndexChecks(const Prover &prover, AccessOp op) {
    bool allInBounds = true, allNonNegative = true;
    for (auto [axis, index] : llvm::enumerate(op.getIndices())) {
      bool inBounds = prover.isInBounds(index, op.getView(), axis);
      allInBounds &= inBounds;
      allNonNegative &= inBounds || prover.isNonNegative(index);
    }
    if (allNonNegative && op.getWraparound())
      op.setWraparound(false);
    if (allInBounds && op.getBoundscheck())
      op.setBoundscheck(false);
  }
};
} // namespace
