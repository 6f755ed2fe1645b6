//===- BoundedRewrite.h - greedy rewriting that always ends -----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Greedy pattern application for PyIR's passes, bounded so that a pair of
// patterns undoing each other (or a fold on an op using its own result, legal
// in unreachable code) ends in a failure the caller reports, never in a hang.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_TRANSFORMS_BOUNDEDREWRITE_H
#define PYIR_DIALECT_PYIR_TRANSFORMS_BOUNDEDREWRITE_H

#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace pyir {

/// The canonicalization patterns of every loaded dialect and registered op,
/// as upstream `canonicalize` collects them.
void populateAllCanonicalizationPatterns(mlir::RewritePatternSet &patterns);

/// How applyPatternsBounded works and bounds its work. The defaults are
/// applyPatternsGreedily's; upstream canonicalize seeds top-down and
/// simplifies regions at the Normal level.
struct BoundedRewriteConfig {
  bool topDown = false;
  mlir::GreedySimplifyRegionLevel regionSimplification =
      mlir::GreedySimplifyRegionLevel::Aggressive;
  /// Sweeps over the op per round.
  int64_t maxIterations = 10;
  /// Rewrites per round; 0 means 64 per op (at least 10000).
  int64_t maxNumRewrites = 0;
  /// Rounds before giving up.
  unsigned maxRounds = 4;
  /// Told of every change, as the greedy driver's listener.
  mlir::RewriterBase::Listener *listener = nullptr;
};

/// Applies `patterns` greedily to the regions of `op`, with region
/// simplification, in rounds: each erases the unreachable blocks first, then
/// rewrites within `bounds`. Succeeds when a round converges; fails (without
/// a diagnostic) when none of `bounds.maxRounds` rounds did. `op` is valid IR
/// either way.
mlir::LogicalResult
applyPatternsBounded(mlir::Operation *op,
                     const mlir::FrozenRewritePatternSet &patterns,
                     const BoundedRewriteConfig &bounds = {});

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_BOUNDEDREWRITE_H
