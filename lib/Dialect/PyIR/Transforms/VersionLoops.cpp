//===- VersionLoops.cpp - pyir-version-loops --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-version-loops: a loop nest whose bounds checks
// hold whenever a few loop-invariant comparisons do (e.g. `len(a) <=
// len(b)` for `for i in range(len(a)): b[i]`) is duplicated behind an
// `scf.if` on those comparisons; the copy that runs when they hold has no
// bounds checks, the other one is the original loop. Overflow checks are
// versioned the same way on the trip counts: `(i + j) * (i + j + 1)` over
// `i, j in range(n)` cannot overflow when `n <= 2**30`.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIRIntRange.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRVERSIONLOOPS
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;
using namespace pyir;

/// Marks the original (checked) copy of a versioned loop while the pass
/// runs, so that it is neither versioned again nor searched for accesses.
static constexpr StringLiteral kCheckedCopyAttr = "pyir.checked_copy";

/// Loop nests larger than this are not duplicated.
static constexpr unsigned kMaxVersionedOps = 2000;
/// Versionings per function (each doubles a loop nest).
static constexpr unsigned kMaxVersionings = 8;
/// Overflow versioning assumes `ub <= 2**k` for the loops of a nest, for
/// the largest k in [kMinLimitLog2, kMaxLimitLog2] under which the checks
/// it removes are proven: below 2**20 iterations the checked loop runs.
static constexpr unsigned kMinLimitLog2 = 20;
static constexpr unsigned kMaxLimitLog2 = 62;
/// How deep the evaluation of an operand under the assumption looks.
static constexpr unsigned kMaxEvalDepth = 16;
/// Offsets are kept far from the i64 limits so that `dim - offset` cannot
/// wrap.
static constexpr int64_t kMaxOffset = int64_t(1) << 40;

namespace {
/// `lb + minOffset >= 0` and `ub + maxOffset <= dim(view, axis)` for the
/// bounds `lb`, `ub` of a counted loop: then `iv + c` is a valid index for
/// every c in [minOffset, maxOffset].
struct Requirement {
  Value view;
  int64_t axis;
  Value lowerBound, upperBound;
  int64_t minOffset, maxOffset;

  bool isSameRange(const Requirement &other) const {
    return view == other.view && axis == other.axis &&
           lowerBound == other.lowerBound && upperBound == other.upperBound;
  }
};
} // namespace

/// Adds `requirement` to `requirements`, merged with one on the same range.
static void addRequirement(SmallVectorImpl<Requirement> &requirements,
                           const Requirement &requirement) {
  for (Requirement &existing : requirements) {
    if (existing.isSameRange(requirement)) {
      existing.minOffset = std::min(existing.minOffset, requirement.minOffset);
      existing.maxOffset = std::max(existing.maxOffset, requirement.maxOffset);
      return;
    }
  }
  requirements.push_back(requirement);
}

/// Adds to `requirements` what makes every index of `access` valid, with
/// conditions computable before `loop`; false if some index cannot be
/// covered that way. A lower bound defined in `loop` is accepted when the
/// prover already knows its comparison (buildGuard then omits it).
template <typename AccessOp>
static bool collectRequirements(const BoundsProver &prover,
                                LoopLikeOpInterface loop, AccessOp access,
                                SmallVectorImpl<Requirement> &requirements) {
  Value view = access.getView();
  if (!loop.isDefinedOutsideOfLoop(view))
    return false;
  auto lowerBoundUsable = [&](Value lowerBound, int64_t minOffset) {
    return loop.isDefinedOutsideOfLoop(lowerBound) ||
           !(prover.getSignedBounds(lowerBound).first +
             APInt(kWideBits, minOffset, /*isSigned=*/true))
                .isNegative();
  };
  SmallVector<BranchFact> facts = prover.getBranchFacts(access);
  SmallVector<Requirement> found;
  for (auto [axis, index] : llvm::enumerate(access.getIndices())) {
    if (prover.isInBounds(index, view, axis, facts))
      continue;
    auto [base, offset] = prover.decompose(index);
    if (offset.sgt(kMaxOffset) || offset.slt(-kMaxOffset))
      return false;
    int64_t c = offset.getSExtValue();
    // iv + c for lb <= iv < ub: lb + c >= 0 and ub + c <= dim.
    if (scf::ForOp counted = prover.getCountedLoop(base)) {
      if (!loop->isAncestor(counted) ||
          !lowerBoundUsable(counted.getLowerBound(), c) ||
          !loop.isDefinedOutsideOfLoop(counted.getUpperBound()))
        return false;
      found.push_back({view, int64_t(axis), counted.getLowerBound(),
                       counted.getUpperBound(), c, c});
      continue;
    }
    // An element of range(start, stop, step) + c, within [low + lowOffset,
    // high + highOffset] + c: low + lowOffset + c >= 0 and high +
    // highOffset + c + 1 <= dim, for each alternative (the step's sign).
    SmallVector<SteppedElementBounds, 2> stepped =
        prover.getSteppedElementBounds(base, facts);
    if (stepped.empty())
      return false;
    for (const SteppedElementBounds &bounds : stepped) {
      int64_t minOffset = c + bounds.lowOffset;
      int64_t maxOffset = c + bounds.highOffset + 1;
      if (!lowerBoundUsable(bounds.low, minOffset) ||
          !loop.isDefinedOutsideOfLoop(bounds.high))
        return false;
      found.push_back(
          {view, int64_t(axis), bounds.low, bounds.high, minOffset, maxOffset});
    }
  }
  for (const Requirement &requirement : found)
    addRequirement(requirements, requirement);
  return true;
}

/// The accesses under `loop` (outside checked copies) with a bounds check
/// that `requirements` make redundant.
static SmallVector<Operation *>
findCoverableAccesses(const BoundsProver &prover, LoopLikeOpInterface loop,
                      SmallVectorImpl<Requirement> &requirements) {
  SmallVector<Operation *> accesses;
  for (Region &region : loop->getRegions()) {
    region.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->hasAttr(kCheckedCopyAttr))
        return WalkResult::skip();
      bool covered = false;
      if (auto load = dyn_cast<LoadOp>(op); load && load.getBoundscheck())
        covered = collectRequirements(prover, loop, load, requirements);
      else if (auto store = dyn_cast<StoreOp>(op);
               store && store.getBoundscheck())
        covered = collectRequirements(prover, loop, store, requirements);
      if (covered)
        accesses.push_back(op);
      return WalkResult::advance();
    });
  }
  return accesses;
}

/// The i1 value, computed before `loop`, that holds when every requirement
/// does (omitting comparisons the prover already knows).
static Value buildGuard(OpBuilder &builder, Location loc,
                        const BoundsProver &prover,
                        ArrayRef<Requirement> requirements) {
  Type i64 = builder.getI64Type();
  auto constant = [&](int64_t value) -> Value {
    return arith::ConstantOp::create(builder, loc, i64,
                                     builder.getI64IntegerAttr(value));
  };
  Value guard;
  auto conjoin = [&](Value condition) {
    guard =
        guard
            ? arith::AndIOp::create(builder, loc, guard, condition).getResult()
            : condition;
  };
  for (const Requirement &req : requirements) {
    // lb + minOffset >= 0, i.e. lb >= -minOffset.
    APInt lowest = prover.getSignedBounds(req.lowerBound).first;
    if ((lowest + APInt(kWideBits, req.minOffset, /*isSigned=*/true))
            .isNegative())
      conjoin(arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::sge,
                                    req.lowerBound, constant(-req.minOffset)));
    // ub + maxOffset <= dim, i.e. ub <= dim - maxOffset. dim is in
    // [0, 2**63), so dim - maxOffset cannot wrap below; above, when it would
    // pass 2**63 - 1, every ub satisfies the requirement.
    Value dim = DimOp::create(builder, loc, req.view,
                              builder.getI64IntegerAttr(req.axis));
    Value limit =
        req.maxOffset == 0
            ? dim
            : arith::SubIOp::create(builder, loc, dim, constant(req.maxOffset))
                  .getResult();
    Value fits = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::sle,
                                       req.upperBound, limit);
    if (req.maxOffset < 0) {
      Value saturated = arith::CmpIOp::create(
          builder, loc, arith::CmpIPredicate::sgt, dim,
          constant(std::numeric_limits<int64_t>::max() + req.maxOffset));
      fits = arith::OrIOp::create(builder, loc, saturated, fits);
    }
    conjoin(fits);
  }
  return guard;
}

/// Replaces `loop` with `scf.if guard { copy } else { loop }`; `relax` is
/// called on the copy of each op of `relaxed` (it drops their checks).
static void versionLoop(Operation *loop, Value guard,
                        ArrayRef<Operation *> relaxed,
                        function_ref<void(Operation *)> relax) {
  OpBuilder builder(loop);
  Location loc = loop->getLoc();
  auto ifOp = scf::IfOp::create(builder, loc, loop->getResultTypes(), guard,
                                /*addThenBlock=*/true, /*addElseBlock=*/true);

  builder.setInsertionPointToStart(ifOp.thenBlock());
  IRMapping mapping;
  Operation *unchecked = builder.clone(*loop, mapping);
  scf::YieldOp::create(builder, loc, unchecked->getResults());
  for (Operation *op : relaxed)
    relax(mapping.lookup(op));

  loop->replaceAllUsesWith(ifOp.getResults());
  builder.setInsertionPointToStart(ifOp.elseBlock());
  auto yield = scf::YieldOp::create(builder, loc, loop->getResults());
  loop->moveBefore(yield);
  loop->setAttr(kCheckedCopyAttr, builder.getUnitAttr());
}

/// Drops the bounds check and wrap-around of a pyir.load or pyir.store.
static void dropIndexChecks(Operation *access) {
  llvm::TypeSwitch<Operation *>(access).Case<LoadOp, StoreOp>([](auto copy) {
    copy.setBoundscheck(false);
    copy.setWraparound(false);
  });
}

//===----------------------------------------------------------------------===//
// Overflow checks under a limit on the trip counts
//===----------------------------------------------------------------------===//

namespace {
/// The ranges of i64 values under `loop` on the iterations where every
/// counted loop of the nest whose upper bound is defined outside `loop`
/// has `ub <= limit`: its induction variable is then below `limit`. Sums,
/// differences and products are recomputed from their operands' ranges;
/// any other value has the range integer range analysis gives it (true on
/// every iteration, so on these too).
class LimitedRanges {
public:
  LimitedRanges(const BoundsProver &prover, LoopLikeOpInterface loop,
                APInt limit)
      : prover(prover), loop(loop), limit(limit) {}

  std::optional<ConstantIntRanges> get(Value value, unsigned depth = 0) {
    if (auto it = cache.find(value); it != cache.end())
      return it->second;
    std::optional<ConstantIntRanges> range = compute(value, depth);
    cache[value] = range;
    return range;
  }

  /// The upper bounds the ranges assumed `<= limit`.
  ArrayRef<Value> getAssumedBounds() const { return assumed.getArrayRef(); }

private:
  std::optional<ConstantIntRanges> compute(Value value, unsigned depth) {
    std::optional<ConstantIntRanges> known = prover.getRange(value);
    if (!known || !value.getType().isSignlessInteger(64) ||
        depth > kMaxEvalDepth)
      return known;
    if (scf::ForOp counted = prover.getCountedLoop(value)) {
      Value ub = counted.getUpperBound();
      if (!loop->isAncestor(counted) || !loop.isDefinedOutsideOfLoop(ub))
        return known;
      APInt below = limit - 1;
      if (known->smax().sle(below))
        return known;
      assumed.insert(ub);
      if (known->smin().sgt(below))
        return known;
      return ConstantIntRanges::fromSigned(known->smin(), below);
    }
    Operation *op = value.getDefiningOp();
    if (!isa_and_present<AddOp, SubOp, MulOp, NegOp>(op) ||
        !loop->isAncestor(op))
      return known;
    SmallVector<ConstantIntRanges> operands;
    for (Value operand : op->getOperands()) {
      std::optional<ConstantIntRanges> range = get(operand, depth + 1);
      if (!range)
        return known;
      operands.push_back(*range);
    }
    // A result that may wrap (or raise) keeps the analysis's range.
    std::optional<IntInterval> exact = getExactResultInterval(op, operands);
    if (!exact || mayOverflow(op, operands))
      return known;
    return known->intersection(ConstantIntRanges::fromSigned(
        exact->lo.trunc(64), exact->hi.trunc(64)));
  }

  const BoundsProver &prover;
  LoopLikeOpInterface loop;
  APInt limit;
  DenseMap<Value, std::optional<ConstantIntRanges>> cache;
  llvm::SetVector<Value> assumed;
};
} // namespace

/// Whether `op` is a checked i64 sum, difference, product or negation.
static bool isCheckedArithmetic(Operation *op) {
  auto mode = op->getAttrOfType<OverflowModeAttr>("overflow");
  return isa<AddOp, SubOp, MulOp, NegOp>(op) && mode &&
         mode.getValue() == OverflowMode::checked &&
         op->getResult(0).getType().isSignlessInteger(64);
}

/// The checked ops of `candidates` that cannot overflow when the trip
/// counts of the nest under `loop` are at most 2**limitLog2; `bounds`
/// receives the upper bounds that must then be <= 2**limitLog2.
static SmallVector<Operation *>
proveUnderLimit(const BoundsProver &prover, LoopLikeOpInterface loop,
                ArrayRef<Operation *> candidates, unsigned limitLog2,
                SmallVectorImpl<Value> &bounds) {
  LimitedRanges ranges(prover, loop, APInt::getOneBitSet(64, limitLog2));
  SmallVector<Operation *> proven;
  for (Operation *op : candidates) {
    SmallVector<ConstantIntRanges> operands;
    for (Value operand : op->getOperands())
      if (std::optional<ConstantIntRanges> range = ranges.get(operand))
        operands.push_back(*range);
    if (operands.size() == op->getNumOperands() && !mayOverflow(op, operands))
      proven.push_back(op);
  }
  bounds.assign(ranges.getAssumedBounds().begin(),
                ranges.getAssumedBounds().end());
  return proven;
}

/// Versions `loop` if some of its overflow checks are proven by a limit on
/// the trip counts of its nest; false if none is.
static bool versionOverflowChecks(const BoundsProver &prover,
                                  LoopLikeOpInterface loop) {
  SmallVector<Operation *> candidates;
  for (Region &region : loop->getRegions()) {
    region.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->hasAttr(kCheckedCopyAttr))
        return WalkResult::skip();
      if (isCheckedArithmetic(op))
        candidates.push_back(op);
      return WalkResult::advance();
    });
  }
  if (candidates.empty())
    return false;
  // What the smallest limit proves, under the largest limit that proves it
  // (the proven set only shrinks as the limit grows).
  SmallVector<Value> bounds;
  SmallVector<Operation *> target =
      proveUnderLimit(prover, loop, candidates, kMinLimitLog2, bounds);
  if (target.empty() || bounds.empty())
    return false;
  unsigned limitLog2 = kMaxLimitLog2;
  while (proveUnderLimit(prover, loop, target, limitLog2, bounds).size() !=
         target.size())
    --limitLog2;
  OpBuilder builder(loop);
  Location loc = loop.getLoc();
  Value limit = arith::ConstantOp::create(
      builder, loc, builder.getI64Type(),
      builder.getI64IntegerAttr(int64_t(1) << limitLog2));
  Value guard;
  for (Value ub : bounds) {
    Value fits = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::sle,
                                       ub, limit);
    guard = guard ? arith::AndIOp::create(builder, loc, guard, fits).getResult()
                  : fits;
  }
  versionLoop(loop, guard, target, [](Operation *copy) {
    copy->setAttr("overflow", OverflowModeAttr::get(copy->getContext(),
                                                    OverflowMode::wrap));
  });
  return true;
}

/// The loops the pass duplicates: counted loops and while loops (a `range`
/// with a step of unknown sign, a `while` around a stepped `range`).
static bool isVersionable(Operation *op) {
  return isa<scf::ForOp, scf::WhileOp>(op);
}

namespace {
struct VersionLoopsPass
    : public pyir::impl::PyIRVersionLoopsBase<VersionLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    // Without a loop there is nothing to version: skip the analysis.
    if (func.isExternal() || !func.walk([](Operation *op) {
                                    return isVersionable(op)
                                               ? WalkResult::interrupt()
                                               : WalkResult::advance();
                                  })
                                  .wasInterrupted())
      return;
    // Version one loop at a time, outermost first, re-running the analysis
    // on the new IR (the unchecked copy's inner loops may be versioned in a
    // later round with conditions that depend on an outer induction
    // variable).
    for (unsigned round = 0; round < kMaxVersionings; ++round) {
      DataFlowSolver solver(pyir::getRangeSolverConfig());
      loadRangeAnalyses(solver);
      if (failed(solver.initializeAndRun(func)))
        return signalPassFailure();
      if (!versionFirstLoop(BoundsProver(solver)))
        break;
    }
    func.walk([](Operation *op) { op->removeAttr(kCheckedCopyAttr); });
  }

  /// Versions the first loop, in pre-order, with a coverable access.
  bool versionFirstLoop(const BoundsProver &prover) {
    bool changed = false;
    getOperation().walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->hasAttr(kCheckedCopyAttr))
        return WalkResult::skip();
      if (!isVersionable(op))
        return WalkResult::advance();
      auto loop = cast<LoopLikeOpInterface>(op);
      unsigned size = 0;
      loop->walk([&](Operation *) { ++size; });
      if (size > kMaxVersionedOps)
        return WalkResult::advance();
      SmallVector<Requirement> requirements;
      SmallVector<Operation *> accesses =
          findCoverableAccesses(prover, loop, requirements);
      if (!accesses.empty() && !requirements.empty()) {
        OpBuilder builder(loop);
        Value guard = buildGuard(builder, loop->getLoc(), prover, requirements);
        versionLoop(loop, guard, accesses, dropIndexChecks);
        changed = true;
      } else {
        changed = versionOverflowChecks(prover, loop);
      }
      return changed ? WalkResult::interrupt() : WalkResult::advance();
    });
    return changed;
  }
};
} // namespace
