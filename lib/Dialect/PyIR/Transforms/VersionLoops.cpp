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
// bounds checks, the other one is the original loop.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/IR/IRMapping.h"
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
/// covered that way.
template <typename AccessOp>
static bool collectRequirements(const BoundsProver &prover, scf::ForOp loop,
                                AccessOp access,
                                SmallVectorImpl<Requirement> &requirements) {
  Value view = access.getView();
  if (!loop.isDefinedOutsideOfLoop(view))
    return false;
  SmallVector<Requirement> found;
  for (auto [axis, index] : llvm::enumerate(access.getIndices())) {
    if (prover.isInBounds(index, view, axis))
      continue;
    auto [base, offset] = prover.decompose(index);
    scf::ForOp counted = prover.getCountedLoop(base);
    if (!counted || !loop->isAncestor(counted) ||
        !loop.isDefinedOutsideOfLoop(counted.getLowerBound()) ||
        !loop.isDefinedOutsideOfLoop(counted.getUpperBound()) ||
        offset.sgt(kMaxOffset) || offset.slt(-kMaxOffset))
      return false;
    int64_t c = offset.getSExtValue();
    found.push_back({view, int64_t(axis), counted.getLowerBound(),
                     counted.getUpperBound(), c, c});
  }
  for (const Requirement &requirement : found)
    addRequirement(requirements, requirement);
  return true;
}

/// The accesses under `loop` (outside checked copies) with a bounds check
/// that `requirements` make redundant.
static SmallVector<Operation *>
findCoverableAccesses(const BoundsProver &prover, scf::ForOp loop,
                      SmallVectorImpl<Requirement> &requirements) {
  SmallVector<Operation *> accesses;
  loop.getBody()->walk([&](Operation *op) {
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

/// Replaces `loop` with `scf.if guard { unchecked copy } else { loop }`.
static void versionLoop(scf::ForOp loop, Value guard,
                        ArrayRef<Operation *> accesses) {
  OpBuilder builder(loop);
  Location loc = loop.getLoc();
  auto ifOp = scf::IfOp::create(builder, loc, loop.getResultTypes(), guard,
                                /*addThenBlock=*/true, /*addElseBlock=*/true);

  builder.setInsertionPointToStart(ifOp.thenBlock());
  IRMapping mapping;
  Operation *unchecked = builder.clone(*loop, mapping);
  scf::YieldOp::create(builder, loc, unchecked->getResults());
  for (Operation *access : accesses)
    llvm::TypeSwitch<Operation *>(mapping.lookup(access))
        .Case<LoadOp, StoreOp>([](auto copy) {
          copy.setBoundscheck(false);
          copy.setWraparound(false);
        });

  loop->replaceAllUsesWith(ifOp.getResults());
  builder.setInsertionPointToStart(ifOp.elseBlock());
  auto yield = scf::YieldOp::create(builder, loc, loop.getResults());
  loop->moveBefore(yield);
  loop->setAttr(kCheckedCopyAttr, builder.getUnitAttr());
}

namespace {
struct VersionLoopsPass
    : public pyir::impl::PyIRVersionLoopsBase<VersionLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    // Without an scf.for there is nothing to version: skip the analysis.
    if (func.isExternal() ||
        !func.walk([](scf::ForOp) { return WalkResult::interrupt(); })
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
    func.walk([](scf::ForOp loop) { loop->removeAttr(kCheckedCopyAttr); });
  }

  /// Versions the first loop, in pre-order, with a coverable access.
  bool versionFirstLoop(const BoundsProver &prover) {
    bool changed = false;
    getOperation().walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->hasAttr(kCheckedCopyAttr))
        return WalkResult::skip();
      auto loop = dyn_cast<scf::ForOp>(op);
      if (!loop)
        return WalkResult::advance();
      SmallVector<Requirement> requirements;
      SmallVector<Operation *> accesses =
          findCoverableAccesses(prover, loop, requirements);
      if (accesses.empty() || requirements.empty())
        return WalkResult::advance();
      unsigned size = 0;
      loop->walk([&](Operation *) { ++size; });
      if (size > kMaxVersionedOps)
        return WalkResult::advance();
      OpBuilder builder(loop);
      Value guard = buildGuard(builder, loop.getLoc(), prover, requirements);
      versionLoop(loop, guard, accesses);
      changed = true;
      return WalkResult::interrupt();
    });
    return changed;
  }
};
} // namespace
