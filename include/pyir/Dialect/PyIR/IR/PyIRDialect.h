//===- PyIRDialect.h - PyIR dialect -----------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the pyir dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H
#define PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Dialect.h"

#include "pyir/Dialect/PyIR/IR/PyIROpsDialect.h.inc"

#endif // PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H
