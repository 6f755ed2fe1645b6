//===- pyir-translate.cpp - PyIR translation driver -------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// mlir-translate for PyIR's C targets: prints a module that pyir-opt
// --pyir-lower-to-c produced as the C core or the CPython extension's C
// file, so that the targets are tested on .mlir input.
//
//===----------------------------------------------------------------------===//

#include "pyir/Target/CPython/CPythonEmitter.h"

#include "ToolVersion.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  pyir::registerCPythonTranslations();
  pyir::setToolVersionPrinter("pyir-translate");
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "PyIR translation driver\n"));
}
