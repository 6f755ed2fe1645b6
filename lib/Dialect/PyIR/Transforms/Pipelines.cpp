//===- Pipelines.cpp - PyIR optimisation pipelines --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file builds and registers the pyir-O0 ... pyir-O3 pipelines.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// Callees of at most this many ops are inlined at -O2 and -O3 (besides
/// `pyir.inline` ones, always inlined).
static constexpr unsigned kO2InlineLimit = 16;
static constexpr unsigned kO3InlineLimit = 64;

void pyir::buildOptimizationPipeline(OpPassManager &pm, unsigned level) {
  pm.addPass(createPyIRVerifyVersion());
  if (level == 0)
    return;
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addPass(createCSEPass());
  if (level == 1)
    return;

  PyIRInlineOptions inlineOptions;
  inlineOptions.maxCalleeOps = level >= 3 ? kO3InlineLimit : kO2InlineLimit;
  pm.addPass(createPyIRInline(inlineOptions));
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addNestedPass<func::FuncOp>(createPyIRLiftLoops());
  pm.addPass(createPyIREliminateChecks());
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addPass(createCSEPass());
  // Checks dropped above make ops speculatable and loads CSE-able; hoisting
  // also puts inner loops' bounds in front of the nest for versioning.
  pm.addPass(createLoopInvariantCodeMotionPass());
  pm.addNestedPass<func::FuncOp>(createPyIRVersionLoops());
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addPass(createCSEPass());
  pm.addPass(createLoopInvariantCodeMotionPass());
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addPass(createCSEPass());
  // Back to the CF form the backends take.
  pm.addPass(createSCFToControlFlowPass());
  pm.addNestedPass<func::FuncOp>(createPyIRCanonicalize());
  pm.addPass(createCSEPass());
}

void pyir::registerPyIRPipelines() {
  static const char *const descriptions[] = {
      "PyIR -O0: verify the dialect version only",
      "PyIR -O1: canonicalize (bounded) and CSE",
      ("PyIR -O2: inline, lift loops, eliminate proven checks, version "
       "loops, LICM, "
       "canonicalize, CSE, lower back to CF"),
      "PyIR -O3: -O2 with more aggressive inlining"};
  for (unsigned level = 0; level <= 3; ++level) {
    PassPipelineRegistration<>(
        ("pyir-O" + std::to_string(level)), descriptions[level],
        [level](OpPassManager &pm) { buildOptimizationPipeline(pm, level); });
  }
}
