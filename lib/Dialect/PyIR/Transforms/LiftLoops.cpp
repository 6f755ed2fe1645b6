//===- LiftLoops.cpp - pyir-lift-loops --------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-lift-loops: CFG to scf, then the frontend's
// canonical counted loops to scf.for.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/Analysis/BoundsProver.h"
#include "pyir/Dialect/PyIR/Transforms/BoundedRewrite.h"
#include "pyir/Dialect/PyIR/Transforms/LiftingPreconditions.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Conversion/ControlFlowToSCF/ControlFlowToSCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/Utils/InferIntRangeCommon.h"
#include "mlir/Transforms/CFGToSCF.h"
#include "llvm/ADT/ScopeExit.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRLIFTLOOPS
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;

using pyir::lookupRange;

/// The range of `value` when it is `p + c` (c a constant, through
/// arith.addi/subi) and `p >= low`, or nullopt.
static std::optional<ConstantIntRanges>
getRangeAbove(DataFlowSolver &solver, Value value, Value p, const APInt &low) {
  unsigned width = low.getBitWidth();
  APInt offset = APInt::getZero(width);
  for (unsigned step = 0; value != p; ++step) {
    Operation *op = value.getDefiningOp();
    APInt c;
    if (step == pyir::kMaxChainSteps || !op ||
        !isa<arith::AddIOp, arith::SubIOp>(op) ||
        !matchPattern(op->getOperand(1), m_ConstantInt(&c)))
      return std::nullopt;
    c = c.sext(width);
    offset += isa<arith::AddIOp>(op) ? c : -c;
    value = op->getOperand(0);
  }
  std::optional<ConstantIntRanges> range = lookupRange(solver, p);
  if (!range)
    return std::nullopt;
  unsigned bits = range->smax().getBitWidth();
  APInt lo = low + offset, hi = range->smax().sext(width) + offset;
  // Every intermediate sum lies between the extremes of p (>= low) plus
  // partial offsets; require the final ones, with a margin, to fit.
  APInt min = APInt::getSignedMinValue(bits).sext(width);
  APInt max = APInt::getSignedMaxValue(bits).sext(width);
  if (lo.slt(min) || hi.sgt(max) || lo.sgt(hi))
    return std::nullopt;
  return ConstantIntRanges::fromSigned(lo.trunc(bits), hi.trunc(bits));
}

/// The range of a trip count. The frontend computes it as
/// `select(stop > start, f(stop), 0)`, where interval analysis loses the
/// condition: this refines the arms with it. For `select(a > b, a, b)` (a
/// maximum) and for an arm `p + c` under `p > k` (k a constant), where the
/// arm is at least `k + 1 + c`.
static std::optional<ConstantIntRanges> getCountRange(DataFlowSolver &solver,
                                                      Value count) {
  auto select = count.getDefiningOp<arith::SelectOp>();
  auto cmp = select ? select.getCondition().getDefiningOp<arith::CmpIOp>()
                    : arith::CmpIOp();
  if (!cmp || (cmp.getPredicate() != arith::CmpIPredicate::sgt &&
               cmp.getPredicate() != arith::CmpIPredicate::sge))
    return lookupRange(solver, count);
  std::optional<ConstantIntRanges> a =
      lookupRange(solver, select.getTrueValue());
  std::optional<ConstantIntRanges> b =
      lookupRange(solver, select.getFalseValue());
  if (!a || !b)
    return std::nullopt;
  if (cmp.getLhs() == select.getTrueValue() &&
      cmp.getRhs() == select.getFalseValue())
    return intrange::inferMaxS({*a, *b});
  APInt k;
  if (matchPattern(cmp.getRhs(), m_ConstantInt(&k))) {
    unsigned width = k.getBitWidth() + 8;
    APInt low = k.sext(width);
    if (cmp.getPredicate() == arith::CmpIPredicate::sgt)
      low += 1;
    if (std::optional<ConstantIntRanges> refined =
            getRangeAbove(solver, select.getTrueValue(), cmp.getLhs(), low))
      a = refined;
  }
  return a->rangeUnion(*b);
}

/// Rewrites the `ult` exit test of a canonical counted scf.while to `slt`
/// when both sides provably stay in [0, 2**(N-1)):
///
///   scf.while (%k = %init, ...) {
///     %c = arith.cmpi ult, %k, %count    // %count defined above the loop
///     scf.condition(%c) %k, ...
///   } do {
///   ^bb0(%k2, ...):
///     ...
///     scf.yield (arith.addi %k2, %step), ...  // %step a constant >= 1
///   }
///
/// %init >= 0 and 0 <= %count <= MAX (signed) by range analysis. The body
/// runs with %k2 <u %count <= MAX, so %k2 + %step <= MAX + %step - 1, which
/// the test `smax(count) + step - 1 <= MAX` keeps from wrapping; hence %k is
/// always in [0, MAX] and `ult` equals `slt` on it.
static bool makeCounterCompareSigned(DataFlowSolver &solver,
                                     scf::WhileOp loop) {
  Block *before = loop.getBeforeBody();
  scf::ConditionOp condition = loop.getConditionOp();
  auto cmp = condition.getCondition().getDefiningOp<arith::CmpIOp>();
  if (!cmp || cmp->getBlock() != before ||
      cmp.getPredicate() != arith::CmpIPredicate::ult)
    return false;
  auto counter = dyn_cast<BlockArgument>(cmp.getLhs());
  if (!counter || counter.getOwner() != before)
    return false;
  unsigned index = counter.getArgNumber();
  Value count = cmp.getRhs();
  if (loop->isAncestor(count.getParentRegion()->getParentOp()))
    return false;
  if (condition.getArgs().size() <= index ||
      condition.getArgs()[index] != counter)
    return false;
  Block *after = loop.getAfterBody();
  Value next = loop.getYieldOp().getResults()[index];
  auto add = next.getDefiningOp<arith::AddIOp>();
  if (!add || add.getLhs() != after->getArgument(index))
    return false;
  APInt step;
  if (!matchPattern(add.getRhs(), m_ConstantInt(&step)) ||
      !step.isStrictlyPositive())
    return false;
  std::optional<ConstantIntRanges> initRange =
      lookupRange(solver, loop.getInits()[index]);
  std::optional<ConstantIntRanges> countRange = getCountRange(solver, count);
  if (!initRange || !countRange || initRange->smin().isNegative() ||
      countRange->smin().isNegative())
    return false;
  unsigned width = step.getBitWidth();
  APInt last = countRange->smax().sext(width + 2) + step.sext(width + 2) - 1;
  if (last.sgt(APInt::getSignedMaxValue(width).sext(width + 2)))
    return false;
  cmp.setPredicate(arith::CmpIPredicate::slt);
  return true;
}

/// Whether a lifted function is as plain as the CF form it came from: it
/// has a loop (an scf.for, or an scf.while, whose body knows the loop
/// condition), the loops are scf.for or scf.while (which convert-scf-to-cf
/// lowers back exactly), no helper value or multi-way switch was needed,
/// and no tuple or view is joined by an scf op: lowered back, that would be
/// a block argument, which the frontend never emits (it passes a tuple's
/// elements one by one) and the backends do not take.
static bool isCleanlyLifted(func::FuncOp func) {
  bool hasLoop = false;
  auto isAggregate = [](Type type) {
    return isa<TupleType, pyir::ViewType>(type);
  };
  WalkResult result = func.walk([&](Operation *op) {
    if (isa<scf::ForOp, scf::WhileOp>(op))
      hasLoop = true;
    if (isa<scf::SCFDialect>(op->getDialect())) {
      if (llvm::any_of(op->getResultTypes(), isAggregate))
        return WalkResult::interrupt();
      for (Region &region : op->getRegions())
        for (Block &block : region)
          if (llvm::any_of(block.getArgumentTypes(), isAggregate))
            return WalkResult::interrupt();
    }
    if (isa<scf::IndexSwitchOp, ub::PoisonOp>(op))
      return WalkResult::interrupt();
    for (Type type : op->getResultTypes())
      if (type.isIndex())
        return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return hasLoop && !result.wasInterrupted();
}

namespace {
/// The initial values of a loop and the region arguments they enter, or
/// nothing for other ops.
std::optional<std::pair<SmallVector<Value>, SmallVector<BlockArgument>>>
getLoopCarried(Operation *op) {
  if (auto loop = dyn_cast<scf::WhileOp>(op))
    return std::make_pair(
        SmallVector<Value>(loop.getInits()),
        SmallVector<BlockArgument>(loop.getBeforeArguments()));
  if (auto loop = dyn_cast<scf::ForOp>(op)) {
    SmallVector<Value> inits = {loop.getLowerBound()};
    llvm::append_range(inits, loop.getInitArgs());
    SmallVector<BlockArgument> args = {
        cast<BlockArgument>(loop.getInductionVar())};
    llvm::append_range(args, loop.getRegionIterArgs());
    return std::make_pair(inits, args);
  }
  return std::nullopt;
}

/// Keeps the Python names of loop-carried variables (the frontend's
/// NameLocs on block arguments, which the CFG-to-SCF lifting copies onto
/// scf.while's "before" arguments) when a pattern replaces a loop by a new
/// one: the canonicalizations that drop loop arguments, and the uplift of
/// scf.while to scf.for, give the new loop fresh arguments. The new loop's
/// initial values are those of the old one, less some, in order: an
/// argument takes the location of the old argument its initial value came
/// in by. The old loop's arguments may be gone when it is replaced (its
/// region moved), so each loop's (initial value, location) pairs are
/// recorded beforehand. Only locations change; the C printer then names
/// the variables after Python's at -O2 too.
class LoopNameKeeper : public RewriterBase::Listener {
public:
  /// Records the loops of `root` (call before each rewrite).
  void record(Operation *root) {
    names.clear();
    root->walk([&](Operation *op) { recordLoop(op); });
  }

private:
  void recordLoop(Operation *op) {
    auto carried = getLoopCarried(op);
    if (!carried)
      return;
    auto &entry = names[op];
    entry.clear();
    for (auto [init, arg] : llvm::zip(carried->first, carried->second))
      entry.push_back({init, arg.getLoc()});
  }

  void notifyOperationErased(Operation *op) override { names.erase(op); }

  void notifyOperationReplaced(Operation *op, ValueRange values) override {
    auto it = names.find(op);
    if (it == names.end())
      return;
    // (A result nobody used may be replaced by no value.)
    Operation *replacement = nullptr;
    for (Value value : values)
      if (auto result = dyn_cast_if_present<OpResult>(value);
          result && getLoopCarried(result.getOwner())) {
        replacement = result.getOwner();
        break;
      }
    auto fresh = replacement ? getLoopCarried(replacement) : std::nullopt;
    if (!fresh)
      return;
    ArrayRef<std::pair<Value, Location>> old = it->second;
    unsigned next = 0;
    for (auto [init, arg] : llvm::zip(fresh->first, fresh->second)) {
      while (next < old.size() && old[next].first != init)
        ++next;
      if (next == old.size())
        break;
      if (isa<NameLoc>(old[next].second) && !isa<NameLoc>(arg.getLoc()))
        arg.setLoc(old[next].second);
      ++next;
    }
    recordLoop(replacement);
  }

  DenseMap<Operation *, SmallVector<std::pair<Value, Location>>> names;
};

struct LiftLoopsPass : public pyir::impl::PyIRLiftLoopsBase<LiftLoopsPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet canonical(context);
    pyir::populateAllCanonicalizationPatterns(canonical);
    canonicalPatterns = FrozenRewritePatternSet(std::move(canonical));
    RewritePatternSet uplift(context);
    scf::populateUpliftWhileToForPatterns(uplift);
    upliftPatterns = FrozenRewritePatternSet(std::move(uplift));
    return success();
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    // A single block has no loop.
    if (func.isExternal() || func.getBody().hasOneBlock() ||
        pyir::isUnsafeToLift(func.getBody()))
      return;
    // Lift a copy: a failed lifting leaves its region in an unspecified
    // state, and a lifting that does not give plain scf.for loops is not
    // kept.
    auto copy = cast<func::FuncOp>(func->clone());
    llvm::scope_exit eraseCopy([&] { copy->erase(); });
    if (!tryLift(copy))
      return;
    func.getBody().takeBody(copy.getBody());
  }

  bool tryLift(func::FuncOp func) {
    ControlFlowToSCFTransformation transformation;
    DominanceInfo dominance(func);
    FailureOr<bool> changed =
        transformCFGToSCF(func.getBody(), transformation, dominance);
    if (failed(changed) || !*changed)
      return false;
    // A rewriting that does not converge leaves the function unlifted.
    LoopNameKeeper names;
    pyir::BoundedRewriteConfig keepNames;
    keepNames.listener = &names;
    names.record(func);
    if (failed(pyir::applyPatternsBounded(func, canonicalPatterns, keepNames)))
      return false;

    DataFlowSolver solver(pyir::getRangeSolverConfig());
    pyir::loadRangeAnalyses(solver);
    if (failed(solver.initializeAndRun(func)))
      return false;
    func.walk([&](scf::WhileOp loop) {
      (void)makeCounterCompareSigned(solver, loop);
    });

    names.record(func);
    if (failed(pyir::applyPatternsBounded(func, upliftPatterns, keepNames)))
      return false;
    names.record(func);
    if (failed(pyir::applyPatternsBounded(func, canonicalPatterns, keepNames)))
      return false;
    return isCleanlyLifted(func);
  }

  FrozenRewritePatternSet canonicalPatterns;
  FrozenRewritePatternSet upliftPatterns;
};
} // namespace
