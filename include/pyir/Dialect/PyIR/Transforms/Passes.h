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

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"

namespace pyir {

#define GEN_PASS_DECL
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"

/// Appends the optimisation pipeline of level `level` (0 to 3, higher levels
/// are level 3) to `pm`, which must run on a builtin.module. Every level
/// starts with pyir-verify-version and ends with the module in CF form (no
/// scf ops), as the frontend emits it:
///  * 0: verification only;
///  * 1: canonicalize, cse;
///  * 2: inline `pyir.inline` and small functions, lift counted loops to
///    scf.for, eliminate proven checks, LICM, canonicalize, cse, lower back
///    to cf;
///  * 3: as 2 with a larger inlining threshold.
void buildOptimizationPipeline(mlir::OpPassManager &pm, unsigned level);

/// Registers the pipelines pyir-O0 ... pyir-O3 with the pass registry.
void registerPyIRPipelines();

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_H
