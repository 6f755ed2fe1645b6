//===- Canonicalize.cpp - pyir-canonicalize ---------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements bounded greedy rewriting (BoundedRewrite.h) and the
// pyir-canonicalize pass built on it.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/BoundedRewrite.h"

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/RegionUtils.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRCANONICALIZE
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;

/// Whether `block` can be reached from the entry of its region.
static bool isReachable(Block *block) {
  Block *entry = &block->getParent()->front();
  SmallVector<Block *> worklist = {block};
  llvm::SmallPtrSet<Block *, 16> seen = {block};
  while (!worklist.empty()) {
    Block *current = worklist.pop_back_val();
    if (current == entry)
      return true;
    for (Block *pred : current->getPredecessors())
      if (seen.insert(pred).second)
        worklist.push_back(pred);
  }
  return false;
}

/// Whether every operand and result of `op` is of a type arith's patterns
/// are written for: signless integers (pyir's siN/uiN are not), index,
/// floats.
static bool hasOnlySignlessTypes(Operation *op) {
  auto isSignless = [](Type type) {
    auto integer = dyn_cast<IntegerType>(type);
    return !integer || integer.isSignless();
  };
  return llvm::all_of(op->getOperandTypes(), isSignless) &&
         llvm::all_of(op->getResultTypes(), isSignless);
}

static bool isInReachableBlock(Operation *op) {
  return isReachable(op->getBlock());
}

namespace {
/// Applies an upstream pattern only where it is sound on PyIR's IR:
///  * a control-flow (`cf`) pattern only to terminators of reachable blocks.
///    In a dead loop, `cf.br` canonicalization merges the latch into the
///    header (its single predecessor) and leaves an op using its own result
///    (`%next = arith.addi %next, %c1`, llvm-project PR #221037), which the
///    greedy driver then folds forever; folds are not counted by any bound.
///    Dead blocks are erased by region simplification instead;
///  * an `arith` pattern only to ops on signless types: `arith.select %c,
///    1, 0` on si8 (an `i8` joined at a branch) became `arith.extui` to si8,
///    which does not verify (fuzz finding, issue #10).
class GuardedPattern : public RewritePattern {
public:
  GuardedPattern(std::unique_ptr<RewritePattern> inner,
                 bool (*guard)(Operation *), MLIRContext *context)
      : RewritePattern(inner->getRootKind()->getStringRef(),
                       inner->getBenefit(), context),
        inner(std::move(inner)), guard(guard) {
    setDebugName(this->inner->getDebugName());
    setHasBoundedRewriteRecursion(this->inner->hasBoundedRewriteRecursion());
  }

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!guard(op))
      return rewriter.notifyMatchFailure(op, "not applicable to PyIR here");
    return inner->matchAndRewrite(op, rewriter);
  }

private:
  std::unique_ptr<RewritePattern> inner;
  bool (*guard)(Operation *);
};
} // namespace

void pyir::populateAllCanonicalizationPatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  RewritePatternSet collected(context);
  for (Dialect *dialect : context->getLoadedDialects())
    dialect->getCanonicalizationPatterns(collected);
  for (RegisteredOperationName op : context->getRegisteredOperations())
    op.getCanonicalizationPatterns(collected, context);
  for (std::unique_ptr<RewritePattern> &pattern :
       collected.getNativePatterns()) {
    std::optional<OperationName> root = pattern->getRootKind();
    StringRef dialect = root ? root->getDialectNamespace() : StringRef();
    if (dialect == cf::ControlFlowDialect::getDialectNamespace())
      pattern = std::make_unique<GuardedPattern>(std::move(pattern),
                                                 isInReachableBlock, context);
    else if (dialect == arith::ArithDialect::getDialectNamespace())
      pattern = std::make_unique<GuardedPattern>(std::move(pattern),
                                                 hasOnlySignlessTypes, context);
    patterns.add(std::move(pattern));
  }
}

LogicalResult
pyir::applyPatternsBounded(Operation *op,
                           const FrozenRewritePatternSet &patterns,
                           const BoundedRewriteConfig &bounds) {
  int64_t maxNumRewrites = bounds.maxNumRewrites;
  if (maxNumRewrites <= 0) {
    int64_t numOps = 0;
    op->walk([&](Operation *) { ++numOps; });
    maxNumRewrites = std::max<int64_t>(10000, 64 * numOps);
  }
  GreedyRewriteConfig config;
  config.setUseTopDownTraversal(bounds.topDown);
  config.setRegionSimplificationLevel(bounds.regionSimplification);
  config.setMaxIterations(bounds.maxIterations);
  config.setMaxNumRewrites(maxNumRewrites);
  config.setListener(bounds.listener);
  IRRewriter rewriter(op->getContext());
  for (unsigned round = 0; round < bounds.maxRounds; ++round) {
    // Folding an op that uses its own result (legal only where it cannot
    // run) never ends; patterns create such ops when a loop becomes dead.
    (void)eraseUnreachableBlocks(rewriter, op->getRegions());
    if (succeeded(applyPatternsGreedily(op, patterns, config)))
      return success();
  }
  return failure();
}

namespace {
struct CanonicalizePass
    : public pyir::impl::PyIRCanonicalizeBase<CanonicalizePass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet owning(context);
    pyir::populateAllCanonicalizationPatterns(owning);
    patterns = FrozenRewritePatternSet(std::move(owning));
    return success();
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    pyir::BoundedRewriteConfig bounds;
    bounds.topDown = true;
    bounds.regionSimplification = GreedySimplifyRegionLevel::Normal;
    bounds.maxIterations = maxIterations;
    bounds.maxNumRewrites = maxNumRewrites;
    bounds.maxRounds = maxRounds;
    if (succeeded(pyir::applyPatternsBounded(func, patterns, bounds)))
      return;
    func.emitError() << "canonicalization of '" << func.getSymName()
                     << "' did not converge in " << bounds.maxRounds
                     << " rounds (this is a compiler bug; please report it "
                        "with this file, or compile with -O0)";
    signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};
} // namespace
