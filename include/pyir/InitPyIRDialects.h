//===- Registration.h - Dialects of pyir-opt --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The dialects pyir-opt registers: the pyir dialect and the upstream dialects
// it is used with. Shared with pyir-opt-fuzzer, which must accept what
// pyir-opt accepts.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TOOLS_PYIR_OPT_REGISTRATION_H
#define PYIR_TOOLS_PYIR_OPT_REGISTRATION_H

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

inline void registerPyIROptDialects(mlir::DialectRegistry &registry) {
  registry.insert<pyir::PyIRDialect, mlir::arith::ArithDialect,
                  mlir::cf::ControlFlowDialect, mlir::emitc::EmitCDialect,
                  mlir::func::FuncDialect, mlir::math::MathDialect,
                  mlir::scf::SCFDialect, mlir::ub::UBDialect>();
  mlir::func::registerInlinerExtension(registry);
}

} // namespace pyir

#endif // PYIR_TOOLS_PYIR_OPT_REGISTRATION_H
