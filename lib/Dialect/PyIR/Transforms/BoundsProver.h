//===- BoundsProver.h - facts about i64 values for check removal -*- C++
//-*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The prover shared by pyir-eliminate-checks and pyir-version-loops: integer
// range analysis plus a small symbolic prover for `i < len(a)`.
//
//===----------------------------------------------------------------------===//

#ifndef LIB_DIALECT_PYIR_TRANSFORMS_BOUNDSPROVER_H
#define LIB_DIALECT_PYIR_TRANSFORMS_BOUNDSPROVER_H

#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace pyir {

/// Width of the exact arithmetic on i64 bounds below.
constexpr unsigned kWideBits = 130;

/// Loads the analyses the prover reads (dead code, sparse constants, integer
/// ranges) into `solver`.
void loadRangeAnalyses(mlir::DataFlowSolver &solver);

/// Proves facts about i64 values from integer range analysis and the shape
/// of the IR. Every answer `true` is a proof; `false` means "unknown".
class BoundsProver {
public:
  explicit BoundsProver(mlir::DataFlowSolver &solver) : solver(solver) {}

  /// The range of `value`, or nullopt if unknown (also for values the
  /// analysis considers unreachable: no fact is derived from those).
  std::optional<mlir::ConstantIntRanges> getRange(mlir::Value value) const;

  /// The signed bounds of an i64 `value` in kWideBits bits (full range when
  /// unknown).
  std::pair<llvm::APInt, llvm::APInt> getSignedBounds(mlir::Value value) const;

  bool isNonNegative(mlir::Value value) const;

  /// Whether `index` is always in [0, dim(view, axis)).
  bool isInBounds(mlir::Value index, mlir::Value view, int64_t axis) const;

  /// `value` as `base + offset` for a constant `offset` (kWideBits bits),
  /// looking through additions and subtractions of constants that provably
  /// do not wrap (checked pyir ops are exact whenever they produce a value).
  std::pair<mlir::Value, llvm::APInt> decompose(mlir::Value value) const;

  /// The scf.for whose induction variable is `value`, if its iterations
  /// provably satisfy lb <= iv < ub (signed comparison, step > 0 and the
  /// last increment does not wrap).
  mlir::scf::ForOp getCountedLoop(mlir::Value value) const;

private:
  /// Whether `a` and `b` always hold the same value: the same SSA value, or
  /// `pyir.dim` of the same view and axis.
  static bool isSameValue(mlir::Value a, mlir::Value b);

  /// Whether `value <= target + c`, or (when `emptyBelow` is set) `value <=
  /// *emptyBelow`, which makes the loop bounded by `value` run no iteration.
  bool isBoundedBy(mlir::Value value, mlir::Value target, llvm::APInt c,
                   std::optional<llvm::APInt> emptyBelow, unsigned depth) const;

  mlir::DataFlowSolver &solver;
};

} // namespace pyir

#endif // LIB_DIALECT_PYIR_TRANSFORMS_BOUNDSPROVER_H
