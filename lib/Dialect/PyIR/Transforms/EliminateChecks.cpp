//===- EliminateChecks.cpp - pyir-eliminate-checks --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-eliminate-checks: overflow, wrap-around and
// bounds checks that integer range analysis (plus a small symbolic prover
// for `i < len(a)` and the bounds of loop counters) shows can never fire
// are dropped.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIRIntRange.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRELIMINATECHECKS
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;
using namespace pyir;

//===----------------------------------------------------------------------===//
// Loop counters
//===----------------------------------------------------------------------===//

namespace {

/// The values a loop counter takes: an scf.for iter_arg that every
/// iteration changes by a constant in [minStep, maxStep] (0 when a path
/// leaves it alone) through exact additions (`count += 1` under an `if`).
/// After k iterations it lies in [init.lo + k * min(minStep, 0), init.hi +
/// k * max(maxStep, 0)], and k is below the trip count, which the loop's
/// bounds limit: a counter incremented at most once per iteration of a
/// loop over at most 2**63 - 1 values, from 0, cannot overflow. Integer
/// range analysis cannot see this (it widens the loop-carried value to the
/// whole range).
class LoopCounters {
public:
  /// Records the exact additions: the checked ones, before the pass makes
  /// any of them `wrap` (an increment is only known when it is exact, and
  /// a `wrap` op the user asked for, `@overflowcheck(False)`, is not).
  LoopCounters(const BoundsProver &prover, Operation *root) : prover(prover) {
    root->walk([&](Operation *op) {
      auto mode = op->getAttrOfType<OverflowModeAttr>("overflow");
      if (isa<AddOp, SubOp>(op) && mode &&
          mode.getValue() == OverflowMode::checked &&
          op->getResult(0).getType().isSignlessInteger(64))
        exact.insert(op);
    });
  }

  /// The signed bounds (kWideBits bits) of the values `value` takes, if it
  /// is the iter_arg of a loop counter.
  std::optional<std::pair<APInt, APInt>> getBounds(Value value) const {
    // Asked for every operand of every checked op: computed once per value.
    auto [it, inserted] = bounds.try_emplace(value);
    if (inserted)
      it->second = computeBounds(value);
    return it->second;
  }

private:
  std::optional<std::pair<APInt, APInt>> computeBounds(Value value) const {
    auto arg = dyn_cast<BlockArgument>(value);
    auto loop = arg ? dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp())
                    : scf::ForOp();
    if (!loop || arg.getOwner() != loop.getBody() || arg.getArgNumber() == 0 ||
        loop.getUnsignedCmp())
      return std::nullopt;
    unsigned index = arg.getArgNumber() - 1;
    APInt minStep(kWideBits, 0), maxStep(kWideBits, 0);
    Value yielded = loop.getBody()->getTerminator()->getOperand(index);
    if (!addSteps(yielded, arg, minStep, maxStep, /*depth=*/0))
      return std::nullopt;
    // Iterations completed before any one: at most the trip count - 1.
    auto [lbLo, lbHi] = prover.getSignedBounds(loop.getLowerBound());
    auto [ubLo, ubHi] = prover.getSignedBounds(loop.getUpperBound());
    auto [stepLo, stepHi] = prover.getSignedBounds(loop.getStep());
    if (!stepLo.isStrictlyPositive())
      return std::nullopt;
    APInt span = ubHi - lbLo;
    APInt before(kWideBits, 0);
    if (span.isStrictlyPositive())
      before = (span + stepLo - 1).sdiv(stepLo) - 1;
    auto [initLo, initHi] = prover.getSignedBounds(loop.getInitArgs()[index]);
    APInt zero(kWideBits, 0);
    APInt lo = initLo + before * (minStep.slt(zero) ? minStep : zero);
    APInt hi = initHi + before * (maxStep.sgt(zero) ? maxStep : zero);
    return std::pair(lo, hi);
  }

  /// Widens [minStep, maxStep] by what `yielded` adds to `counter`, through
  /// the results of scf.if; false if that is not a constant.
  bool addSteps(Value yielded, BlockArgument counter, APInt &minStep,
                APInt &maxStep, unsigned depth) const {
    if (depth > 8)
      return false;
    auto widen = [&](const APInt &step) {
      minStep = llvm::APIntOps::smin(minStep, step);
      maxStep = llvm::APIntOps::smax(maxStep, step);
      return true;
    };
    if (yielded == counter)
      return widen(APInt(kWideBits, 0));
    Operation *op = yielded.getDefiningOp();
    if (!op)
      return false;
    if (auto ifOp = dyn_cast<scf::IfOp>(op)) {
      unsigned r = cast<OpResult>(yielded).getResultNumber();
      return !ifOp.getElseRegion().empty() &&
             addSteps(ifOp.thenYield().getOperand(r), counter, minStep, maxStep,
                      depth + 1) &&
             addSteps(ifOp.elseYield().getOperand(r), counter, minStep, maxStep,
                      depth + 1);
    }
    if (!exact.contains(op))
      return false;
    APInt constant;
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (isa<AddOp>(op) && rhs == counter)
      std::swap(lhs, rhs);
    if (lhs != counter || !matchPattern(rhs, m_ConstantInt(&constant)))
      return false;
    APInt step = constant.sext(kWideBits);
    return widen(isa<SubOp>(op) ? -step : step);
  }

  const BoundsProver &prover;
  DenseSet<Operation *> exact;
  mutable DenseMap<Value, std::optional<std::pair<APInt, APInt>>> bounds;
};

} // namespace

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
struct EliminateChecksPass
    : public pyir::impl::PyIREliminateChecksBase<EliminateChecksPass> {
  using Base::Base;

  void runOnOperation() override {
    DominanceInfo dominance(getOperation());
    mergeRepeatedChecks(dominance);
    DataFlowSolver solver(pyir::getRangeSolverConfig());
    loadRangeAnalyses(solver);
    if (failed(solver.initializeAndRun(getOperation())))
      return signalPassFailure();
    BoundsProver prover(solver, &dominance);
    LoopCounters counters(prover, getOperation());

    // Dropping a check never changes a range (a dropped overflow check had
    // an exact result that fits; a dropped index check did not fire), so
    // the analysis stays valid while the ops are updated one by one.
    getOperation().walk([&](Operation *op) {
      if (isa<AddOp, SubOp, MulOp, NegOp, AbsOp, ShlOp, CastOp>(op))
        eliminateOverflowCheck(prover, counters, op);
      else if (isa<FloorDivOp, ModOp, TrueDivOp>(op))
        eliminateDivisionChecks(prover, op);
      else if (auto load = dyn_cast<LoadOp>(op))
        eliminateIndexChecks(prover, load);
      else if (auto store = dyn_cast<StoreOp>(op))
        eliminateIndexChecks(prover, store);
    });
  }

  /// A checked operation repeated where an identical one dominates it
  /// (`i + j` twice in one expression, or again after inlining) cannot
  /// raise: the first one did not, on the same operands. It is replaced by
  /// the first one's result. (CSE does not merge them: raising is an
  /// effect.) Only arithmetic: a load depends on memory, not only on its
  /// operands; but whether an index is in bounds depends only on the view
  /// (whose shape never changes) and the index, so an access dominated by
  /// one to the same element (`bins[k] += 1`) drops its bounds check (not
  /// its wrap-around: a negative index is still counted from the end).
  void mergeRepeatedChecks(DominanceInfo &dominance) {
    DenseMap<llvm::hash_code, SmallVector<Operation *>> seen;
    SmallVector<Operation *> repeated;
    DenseMap<llvm::hash_code, SmallVector<Operation *>> accesses;
    auto checkedAccess = [&](Operation *op, Value view, ValueRange indices) {
      llvm::hash_code hash = llvm::hash_combine(
          view.getAsOpaquePointer(),
          llvm::hash_combine_range(indices.begin(), indices.end()));
      SmallVector<Operation *> &candidates = accesses[hash];
      // The first access checked its index against the range the second
      // accepts, or a narrower one ([0, n) without wrap-around).
      auto sameElement = [&](Operation *first) {
        auto [firstView, firstIndices] = getAccess(first);
        return firstView == view && firstIndices == indices &&
               (!getWraparound(first) || getWraparound(op)) &&
               dominance.properlyDominates(first, op);
      };
      bool dominated = llvm::any_of(candidates, sameElement);
      candidates.push_back(op);
      return dominated;
    };
    getOperation().walk([&](Operation *op) {
      if (auto load = dyn_cast<LoadOp>(op)) {
        if (load.getBoundscheck() &&
            checkedAccess(op, load.getView(), load.getIndices()))
          load.setBoundscheck(false);
        return;
      }
      if (auto store = dyn_cast<StoreOp>(op)) {
        if (store.getBoundscheck() &&
            checkedAccess(op, store.getView(), store.getIndices()))
          store.setBoundscheck(false);
        return;
      }
      auto mayRaise = dyn_cast<MayRaiseOpInterface>(op);
      if (!mayRaise || !mayRaise.mayRaise() || !isValueOfOperands(op))
        return;
      llvm::hash_code hash = OperationEquivalence::computeHash(
          op, OperationEquivalence::directHashValue,
          OperationEquivalence::ignoreHashValue,
          OperationEquivalence::IgnoreLocations);
      SmallVector<Operation *> &candidates = seen[hash];
      for (Operation *first : candidates) {
        if (OperationEquivalence::isEquivalentTo(
                first, op, OperationEquivalence::IgnoreLocations) &&
            dominance.properlyDominates(first, op)) {
          op->replaceAllUsesWith(first);
          repeated.push_back(op);
          return;
        }
      }
      candidates.push_back(op);
    });
    for (Operation *op : repeated)
      op->erase();
  }

  /// Whether `op` computes a value of its operands alone, raising aside:
  /// its only effect is on ExceptionResource (the arithmetic, math, casts
  /// and round; not an access, which reads or writes a view).
  static bool isValueOfOperands(Operation *op) {
    auto memory = dyn_cast<MemoryEffectOpInterface>(op);
    if (!memory || op->getNumResults() == 0 || op->getNumRegions() != 0)
      return false;
    SmallVector<MemoryEffects::EffectInstance> effects;
    memory.getEffects(effects);
    return llvm::all_of(effects, [](const MemoryEffects::EffectInstance &e) {
      return isa<ExceptionResource>(e.getResource());
    });
  }

  static bool getWraparound(Operation *op) {
    if (auto load = dyn_cast<LoadOp>(op))
      return load.getWraparound();
    return cast<StoreOp>(op).getWraparound();
  }

  /// The view and indices of a pyir.load or pyir.store.
  static std::pair<Value, ValueRange> getAccess(Operation *op) {
    if (auto load = dyn_cast<LoadOp>(op))
      return {load.getView(), load.getIndices()};
    auto store = cast<StoreOp>(op);
    return {store.getView(), store.getIndices()};
  }

  static void eliminateOverflowCheck(const BoundsProver &prover,
                                     const LoopCounters &counters,
                                     Operation *op) {
    Type type = op->getResult(0).getType();
    if (!isPyIntegerType(type))
      return;
    auto overflow = op->getAttrOfType<OverflowModeAttr>("overflow");
    if (!overflow || overflow.getValue() != OverflowMode::checked)
      return;
    SmallVector<ConstantIntRanges> ranges;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    for (Value operand : op->getOperands()) {
      std::optional<ConstantIntRanges> range =
          prover.getRangeAt(operand, facts);
      if (!range)
        return;
      if (auto bounds = counters.getBounds(operand))
        range = range->intersection(narrowTo64(*bounds));
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

  /// Signed bounds of kWideBits bits as an i64 range (clamped: an i64
  /// holds nothing beyond).
  static ConstantIntRanges narrowTo64(const std::pair<APInt, APInt> &bounds) {
    APInt min = APInt::getSignedMinValue(64).sext(kWideBits);
    APInt max = APInt::getSignedMaxValue(64).sext(kWideBits);
    auto clamp = [&](const APInt &v) {
      return llvm::APIntOps::smin(llvm::APIntOps::smax(v, min), max).trunc(64);
    };
    return ConstantIntRanges::fromSigned(clamp(bounds.first),
                                         clamp(bounds.second));
  }

  /// A divisor proven non-zero drops the zero check; an integer floor
  /// division or modulo whose operands exclude -2**63 // -1 cannot
  /// overflow.
  static void eliminateDivisionChecks(const BoundsProver &prover,
                                      Operation *op) {
    if (op->hasAttr("cdivision"))
      return;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    if (!PyIRDialect::hasNonzeroDivisor(op) && prover.isNonZeroAt(rhs, facts))
      op->setAttr(PyIRDialect::getNonzeroDivisorAttrName(),
                  UnitAttr::get(op->getContext()));
    auto overflow = op->getAttrOfType<OverflowModeAttr>("overflow");
    if (!overflow || overflow.getValue() != OverflowMode::checked ||
        !isPyIntegerType(lhs.getType()))
      return;
    std::optional<ConstantIntRanges> lhsRange = prover.getRangeAt(lhs, facts);
    std::optional<ConstantIntRanges> rhsRange = prover.getRangeAt(rhs, facts);
    bool lhsNotMin = lhsRange && !lhsRange->smin().isMinSignedValue();
    bool rhsNotMinusOne = rhsRange && (!rhsRange->smin().isNegative() ||
                                       rhsRange->smax().slt(APInt::getAllOnes(
                                           rhsRange->smax().getBitWidth())));
    if (lhsNotMin || rhsNotMinusOne)
      op->setAttr("overflow",
                  OverflowModeAttr::get(op->getContext(), OverflowMode::wrap));
  }

  template <typename AccessOp>
  static void eliminateIndexChecks(const BoundsProver &prover, AccessOp op) {
    bool allInBounds = true, allNonNegative = true;
    SmallVector<BranchFact> facts = prover.getBranchFacts(op);
    for (auto [axis, index] : llvm::enumerate(op.getIndices())) {
      bool inBounds = prover.isInBounds(index, op.getView(), axis, facts);
      allInBounds &= inBounds;
      allNonNegative &= inBounds || prover.isNonNegativeAt(index, facts);
    }
    if (allNonNegative && op.getWraparound())
      op.setWraparound(false);
    if (allInBounds && op.getBoundscheck())
      op.setBoundscheck(false);
  }
};
} // namespace
