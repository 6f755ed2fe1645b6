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

#include "pyir/InitPyIRDialects.h"

#include "mlir/Dialect/EmitC/Transforms/Passes.h"
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
  pyir::registerLowerToCPipeline();
  mlir::emitc::registerEmitCPasses();

  mlir::DialectRegistry registry;
  pyir::registerPyIRDialects(registry);

  llvm::cl::AddExtraVersionPrinter(printVersion);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "PyIR optimizer driver\n", registry));
}
