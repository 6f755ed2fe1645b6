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

#include "pyir/Conversion/Passes.h"
#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/InitPyIRDialects.h"

#include "ToolVersion.h"

#include "mlir/Dialect/EmitC/Transforms/Passes.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  pyir::registerPyIRPasses();
  pyir::registerPyIRPipelines();
  pyir::registerPyIRConversionPasses();
  pyir::registerLowerToCPipeline();
  mlir::emitc::registerEmitCPasses();

  mlir::DialectRegistry registry;
  pyir::registerPyIRDialects(registry);

  pyir::setToolVersionPrinter("pyir-opt");
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "PyIR optimizer driver\n", registry));
}
