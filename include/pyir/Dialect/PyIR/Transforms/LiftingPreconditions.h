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

/// Whether two `return`s are reached from a loop (blocks off every cycle
/// of the CFG but reachable from one: the loop's exit paths) and a block
/// on those paths reads an op result defined in a block on a cycle. MLIR
/// 22's CFG-to-SCF transformation crashes on this shape (fuzz findings,
/// issue #10: a condition CSE'd out of the loop body read by an early
/// return; a conditional expression over loop values in a multi-block
/// early return).
bool hasReturnInsideLoop(mlir::Region &body);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_LIFTINGPRECONDITIONS_H
