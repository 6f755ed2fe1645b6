//===- LiftingPreconditions.h - when CFG-to-SCF lifting is tried -*- C++-*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Shapes of control flow on which PyIR does not run MLIR's CFG-to-SCF
// transformation (pyir-lift-loops, the JIT export's structured reference).
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_TRANSFORMS_LIFTINGPRECONDITIONS_H
#define PYIR_DIALECT_PYIR_TRANSFORMS_LIFTINGPRECONDITIONS_H

#include "mlir/IR/Region.h"

namespace pyir {

/// Whether `body` has a shape on which MLIR 22's CFG-to-SCF transformation
/// (transformCFGToSCF) crashes or never terminates, depending on the order
/// of the blocks' use lists; such a function stays in CF form. Both shapes
/// read, outside a loop, an op result defined inside it (a value the
/// lifting must route out through the loop's exit):
///   - two `return`s are reached from a loop, and a block on the loop's
///     exit paths reads such a result (fuzz findings, issue #10: a
///     condition CSE'd out of the loop body read by an early return; a
///     conditional expression over loop values in a multi-block early
///     return);
///   - a block of an enclosing loop reads such a result of an inner loop
///     (fuzz finding, issue #11: a `break` condition of an inner loop tested
///     again after it, `-O2` never finished).
bool isUnsafeToLift(mlir::Region &body);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_LIFTINGPRECONDITIONS_H
