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

/// Whether a `return` leaves a loop besides the loop's exit (two return
/// blocks entered from blocks on a cycle of the CFG) and one of these
/// return blocks reads an op result defined in a block on a cycle. MLIR
/// 22's CFG-to-SCF transformation crashes on this shape (a condition
/// CSE'd out of the loop body and read by an early return: fuzz finding,
/// issue #10).
bool hasReturnInsideLoop(mlir::Region &body);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_LIFTINGPRECONDITIONS_H
