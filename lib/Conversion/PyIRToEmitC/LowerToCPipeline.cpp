//===- LowerToCPipeline.cpp - pyir (CF form) to printable EmitC -----------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The pipeline the C targets' printers expect to have run; pyirc builds it,
// pyir-opt registers it as `pyir-lower-to-c`.
//
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

void pyir::buildLowerToCPipeline(OpPassManager &pm,
                                 const LowerToCOptions &options) {
  pm.addPass(createConvertPyIRToEmitC());
  // Last but for #line: the printed copies must be the parallel ones.
  pm.addPass(createEmitCParallelBranchCopies());
  if (options.lineDirectives)
    pm.addPass(createEmitCLineDirectives());
}

void pyir::registerLowerToCPipeline() {
  PassPipelineRegistration<LowerToCOptions>(
      "pyir-lower-to-c",
      "Lower an optimised pyir module (CF form) to the EmitC the C targets "
      "print: convert-pyir-to-emitc, pyir-emitc-parallel-copies, "
      "pyir-emitc-line-directives",
      buildLowerToCPipeline);
}
