//===- PyIROps.h - PyIR operations ------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the pyir operations and the resource that models raising
// a Python exception.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIROPS_H
#define PYIR_DIALECT_PYIR_IR_PYIROPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferIntRangeInterface.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

namespace pyir {
/// The side-effect resource written by an op that may raise. A pass that
/// proves a check redundant removes the effect by dropping the check.
struct ExceptionResource
    : public mlir::SideEffects::Resource::Base<ExceptionResource> {
  llvm::StringRef getName() final { return "<PyIRException>"; }
};
} // namespace pyir

#include "pyir/Dialect/PyIR/IR/PyIRInterfaces.h.inc"

#define GET_ATTRDEF_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIRAttrs.h.inc"

#define GET_OP_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIROps.h.inc"

#endif // PYIR_DIALECT_PYIR_IR_PYIROPS_H
