//===- InitPyIRDialects.h - The dialects PyIR's tools use -------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The dialects and dialect extensions PyIR's drivers register: the pyir
// dialect, the upstream dialects it is used with, and func's inliner
// extension (without it MLIR's inliner cannot inline a func.call: pyirc
// lacked it and never inlined, while pyir-opt did). Shared by pyirc,
// pyir-opt and pyir-opt-fuzzer, so that they optimise alike.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_INITPYIRDIALECTS_H
#define PYIR_INITPYIRDIALECTS_H

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/DialectRegistry.h"

namespace pyir {

inline void registerPyIRDialects(mlir::DialectRegistry &registry) {
  registry.insert<pyir::PyIRDialect, mlir::arith::ArithDialect,
                  mlir::cf::ControlFlowDialect, mlir::emitc::EmitCDialect,
                  mlir::func::FuncDialect, mlir::math::MathDialect,
                  mlir::scf::SCFDialect, mlir::ub::UBDialect>();
  mlir::func::registerInlinerExtension(registry);
}

} // namespace pyir

#endif // PYIR_INITPYIRDIALECTS_H
