//===- PyIRTypes.h - PyIR types and enums -----------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the pyir types, the enums and the helpers that classify
// the builtin scalar types the dialect uses.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRTYPES_H
#define PYIR_DIALECT_PYIR_IR_PYIRTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

#include "pyir/Dialect/PyIR/IR/PyIREnums.h.inc"

#define GET_TYPEDEF_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIROpsTypes.h.inc"

namespace pyir {

/// Whether `type` is Python's `int`: the signless 64-bit integer.
bool isPyInt(mlir::Type type);
/// Whether `type` is a PyIR integer: `int` (i64) or a fixed-width siN/uiN.
bool isPyIntegerType(mlir::Type type);
/// Whether `type` is a PyIR float: f32 or f64.
bool isPyFloatType(mlir::Type type);
/// Whether `type` is `bool` (i1).
bool isPyBoolType(mlir::Type type);
/// Whether `type` is a valid view element type (a fixed-width scalar).
bool isViewElementType(mlir::Type type);
/// Whether the integer type is unsigned (uiN). `int` (i64) is signed.
bool isUnsignedIntegerType(mlir::Type type);
/// Whether `type` is a view or a tuple with a view among its elements: a
/// value with an array's owner (docs/CBackend.md, "Arrays").
bool containsView(mlir::Type type);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYIRTYPES_H
