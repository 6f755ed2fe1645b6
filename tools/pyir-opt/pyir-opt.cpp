//===- pyir-opt.cpp - PyIR optimizer driver ---------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// mlir-opt for PyIR: the pyir dialect, the upstream dialects it is used with,
// and every pyir pass.
//
//===----------------------------------------------------------------------===//

#include "pyir/Config.h"
#include "pyir/Conversion/Passes.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

static void printVersion(llvm::raw_ostream &os) {
  os << "PyIR version " << PYIR_VERSION << " (pyir dialect "
     << pyir::PyIRDialect::getCurrentVersion() << ")\n"
     << "LLVM version " << LLVM_VERSION_STRING << "\n";
}

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  pyir::registerPyIRPasses();
  pyir::registerPyIRPipelines();
  pyir::registerPyIRConversionPasses();

  mlir::DialectRegistry registry;
  registry.insert<pyir::PyIRDialect, mlir::arith::ArithDialect,
                  mlir::cf::ControlFlowDialect, mlir::emitc::EmitCDialect,
                  mlir::func::FuncDialect, mlir::math::MathDialect,
                  mlir::scf::SCFDialect, mlir::ub::UBDialect>();
  mlir::func::registerInlinerExtension(registry);

  llvm::cl::AddExtraVersionPrinter(printVersion);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "PyIR optimizer driver\n", registry));
}
