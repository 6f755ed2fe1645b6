//===- Passes.h - PyIR passes -----------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the passes on the pyir dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_H
#define PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace pyir {

#define GEN_PASS_DECL
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_H
