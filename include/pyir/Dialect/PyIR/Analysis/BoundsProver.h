//===- BoundsProver.h - Facts about i64 values for checks -------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The prover shared by pyir-eliminate-checks and pyir-version-loops: integer
// range analysis plus a small symbolic prover for `i < len(a)`.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_ANALYSIS_BOUNDSPROVER_H
#define PYIR_DIALECT_PYIR_ANALYSIS_BOUNDSPROVER_H

#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Dominance.h"

namespace pyir {

/// Width of the exact arithmetic on i64 bounds below.
constexpr unsigned kWideBits = 130;

/// How many `+ c`/`- c` steps a walk up a def chain takes. In unreachable
/// code an op may use its own result (`%x = arith.addi %x, %c`): a chain
/// can be a cycle.
constexpr unsigned kMaxChainSteps = 64;

/// Loads the analyses the prover reads (dead code, sparse constants, integer
/// ranges) into `solver`.
void loadRangeAnalyses(mlir::DataFlowSolver &solver);

/// The solver configuration of every range analysis in PyIR's passes: each
/// function on its own. Across calls, a recursive call such as `f(n + 1)`
/// feeds its argument's range back into itself, one wider per round (the
/// analysis widens only values that reach a terminator): ~2**63 rounds.
mlir::DataFlowConfig getRangeSolverConfig();

/// The range `solver` computed for `value`, or nullopt if unknown.
std::optional<mlir::ConstantIntRanges> lookupRange(mlir::DataFlowSolver &solver,
                                                   mlir::Value value);

/// The comparison of `value = select(cmpi p, a, b), a, b)` (a maximum or a
/// minimum, e.g. the frontend's trip count `max(count, 0)`), or a null op.
mlir::arith::CmpIOp matchCompareSelect(mlir::Value value);

/// `lhs predicate rhs`, known to hold where an operation executes.
struct BranchFact {
  mlir::arith::CmpIPredicate predicate;
  mlir::Value lhs, rhs;
};

/// What an element `start + k * step` of `range(start, stop, step)` is
/// known to satisfy (k its counter): `start <= value <= stop - 1` when
/// ascending, `stop + 1 <= value <= start` when descending; i.e. `low +
/// lowOffset <= value <= high + highOffset`.
struct SteppedElementBounds {
  mlir::Value low;
  int64_t lowOffset;
  mlir::Value high;
  int64_t highOffset;
};

/// Proves facts about i64 values from integer range analysis, the
/// conditions of the branches that lead to an operation, and the shape of
/// the IR. Every answer `true` is a proof; `false` means "unknown".
class BoundsProver {
public:
  /// Without `dominance`, only the conditions of enclosing scf.if regions
  /// and of single-predecessor chains are used.
  BoundsProver(mlir::DataFlowSolver &solver,
               mlir::DominanceInfo *dominance = nullptr)
      : solver(solver), dominance(dominance) {}

  /// The range of `value`, or nullopt if unknown (also for values the
  /// analysis considers unreachable: no fact is derived from those).
  std::optional<mlir::ConstantIntRanges> getRange(mlir::Value value) const;

  /// The signed bounds of an i64 `value` in kWideBits bits (full range when
  /// unknown).
  std::pair<llvm::APInt, llvm::APInt> getSignedBounds(mlir::Value value) const;

  bool isNonNegative(mlir::Value value) const;

  /// The conditions known to hold where `at` executes: those of the
  /// `cf.cond_br` edges into single-predecessor blocks that dominate it and
  /// of the enclosing `scf.if` regions, as integer comparisons.
  llvm::SmallVector<BranchFact> getBranchFacts(mlir::Operation *at) const;

  /// The range of an i64 `value` where `at` executes: integer range
  /// analysis narrowed by `facts` (from getBranchFacts(at)).
  std::optional<mlir::ConstantIntRanges>
  getRangeAt(mlir::Value value, llvm::ArrayRef<BranchFact> facts) const;

  /// Whether `value` (an integer, or a float converted from one or
  /// constant) is never zero under `facts`.
  bool isNonZeroAt(mlir::Value value, llvm::ArrayRef<BranchFact> facts) const;

  /// Whether an i64 `value` is >= 0 under `facts`: value = base + offset
  /// (decompose) with base + offset >= 0 for the narrowed range of base.
  bool isNonNegativeAt(mlir::Value value,
                       llvm::ArrayRef<BranchFact> facts) const;

  /// Whether `index` is always in [0, dim(view, axis)) where the access
  /// executes, given the branch `facts` that hold there.
  bool isInBounds(mlir::Value index, mlir::Value view, int64_t axis,
                  llvm::ArrayRef<BranchFact> facts = {}) const;

  /// `value` as `base + offset` for a constant `offset` (kWideBits bits),
  /// looking through additions and subtractions of constants that provably
  /// do not wrap (checked pyir ops are exact whenever they produce a value).
  /// With `facts`, the ranges that show "does not wrap" are narrowed by
  /// them (valid where the facts hold: the sums use the same SSA values).
  std::pair<mlir::Value, llvm::APInt>
  decompose(mlir::Value value, llvm::ArrayRef<BranchFact> facts = {}) const;

  /// The bounds of `value` if it is the element `start + k * step` of a
  /// `range(start, stop, step)` loop as the frontend lowers it: a counter k
  /// with `k <u count` among `facts`, count = `(stop - start - 1) /u step +
  /// 1` if start < stop (ascending; mirrored when descending, chosen by a
  /// select on `step > 0`). One alternative when the step's sign is known
  /// where `facts` hold, two (ascending, descending) when it is not, none
  /// when `value` is not such an element.
  llvm::SmallVector<SteppedElementBounds, 2>
  getSteppedElementBounds(mlir::Value value,
                          llvm::ArrayRef<BranchFact> facts) const;

  /// The scf.for whose induction variable is `value`, if its iterations
  /// provably satisfy lb <= iv < ub (signed comparison, step > 0 and the
  /// last increment does not wrap).
  mlir::scf::ForOp getCountedLoop(mlir::Value value) const;

private:
  /// Whether `value >= bound` (kWideBits bits) where `facts` hold.
  bool isAtLeast(mlir::Value value, const llvm::APInt &bound,
                 llvm::ArrayRef<BranchFact> facts) const;

  /// Adds what holds in the body of `loop`: lb < ub, and x > lb when ub is
  /// max(x, c) with c <= lb.
  void addLoopFacts(mlir::scf::ForOp loop,
                    llvm::SmallVectorImpl<BranchFact> &facts) const;

  /// Adds what holds in the after-region of `loop`: the condition of its
  /// scf.condition, on the forwarded values.
  void addWhileFacts(mlir::scf::WhileOp loop,
                     llvm::SmallVectorImpl<BranchFact> &facts) const;

  /// Whether `a` and `b` always hold the same value: the same SSA value, or
  /// `pyir.dim` of the same view and axis.
  static bool isSameValue(mlir::Value a, mlir::Value b);

  /// Whether `value <= target + c`, or (when `emptyBelow` is set) `value <=
  /// *emptyBelow`, which makes the loop bounded by `value` run no iteration.
  bool isBoundedBy(mlir::Value value, mlir::Value target, llvm::APInt c,
                   std::optional<llvm::APInt> emptyBelow, unsigned depth) const;

  mlir::DataFlowSolver &solver;
  mlir::DominanceInfo *dominance;
};

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_ANALYSIS_BOUNDSPROVER_H
