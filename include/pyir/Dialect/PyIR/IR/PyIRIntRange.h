//===- PyIRIntRange.h - Integer ranges of pyir values -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Helpers shared by the InferIntRangeInterface implementations of the pyir
// ops and the passes that use integer range analysis to drop checks.
//
// A ConstantIntRanges bounds the bit pattern of a value both as a signed and
// as an unsigned number. A pyir integer type says which one is the value:
// `i64` (int) and `siN` are signed, `uiN` unsigned, `i1` (bool) is 0 or 1.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRINTRANGE_H
#define PYIR_DIALECT_PYIR_IR_PYIRINTRANGE_H

#include "mlir/IR/Operation.h"
#include "mlir/Interfaces/InferIntRangeInterface.h"

namespace pyir {

/// The mathematical values [lo, hi] of an integer range, in a width wide
/// enough that sums and products of two such values do not wrap.
struct IntInterval {
  llvm::APInt lo, hi;
};

/// The width of the IntIntervals used for a type of `bits` bits.
unsigned getIntervalWidth(unsigned bits);

/// The values of `range` read with the signedness of `type` (an integer
/// type), as an interval of getIntervalWidth(width of type) bits.
IntInterval getInterval(const mlir::ConstantIntRanges &range, mlir::Type type);

/// The values representable by the integer type `type`.
IntInterval getTypeInterval(mlir::Type type);

/// Whether `inner` is contained in `outer` (same widths).
bool isContained(const IntInterval &inner, const IntInterval &outer);

/// The exact mathematical result interval of the integer op `op` (pyir.add,
/// pyir.sub, pyir.mul, pyir.neg, pyir.abs or pyir.shl) for operands in
/// `operandRanges`, before any overflow handling, or nullopt if it cannot be
/// bounded (e.g. a shift count that may reach the bit width).
std::optional<IntInterval>
getExactResultInterval(mlir::Operation *op,
                       llvm::ArrayRef<mlir::ConstantIntRanges> operandRanges);

/// Whether the integer op `op` (see getExactResultInterval) may produce a
/// result outside its type for operands in `operandRanges`. When it may not,
/// `checked` and `wrap` give the same value.
bool mayOverflow(mlir::Operation *op,
                 llvm::ArrayRef<mlir::ConstantIntRanges> operandRanges);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYIRINTRANGE_H
