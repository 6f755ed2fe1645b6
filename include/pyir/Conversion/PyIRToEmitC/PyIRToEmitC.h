//===- PyIRToEmitC.h - pyir to EmitC conversion -----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H
#define PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Pass/Pass.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace pyir {

#define GEN_PASS_DECL_CONVERTPYIRTOEMITC
#define GEN_PASS_DECL_EMITCPARALLELBRANCHCOPIES
#include "pyir/Conversion/Passes.h.inc"

/// The C name of the core function for Python function `funcName` of module
/// `moduleName`: `pyir_<module>_<func>`.
std::string getCoreFunctionName(llvm::StringRef moduleName,
                                llvm::StringRef funcName);

} // namespace pyir

#endif // PYIR_CONVERSION_PYIRTOEMITC_PYIRTOEMITC_H
