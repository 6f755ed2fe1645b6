//===- Inline.cpp - pyir-inline ---------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-inline: MLIR's inliner with PyIR's policy
// (`pyir.inline` callees always, other callees up to a size limit).
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "mlir/Analysis/CallGraph.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/Inliner.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRINLINE
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;

namespace {
struct InlinePass : public pyir::impl::PyIRInlineBase<InlinePass> {
  using Base::Base;

  /// Runs `pipeline` on `op` (Pass::runPipeline is protected).
  LogicalResult runNestedPipeline(OpPassManager &pipeline, Operation *op) {
    return runPipeline(pipeline, op);
  }

  bool isProfitable(const Inliner::ResolvedCall &call) const {
    Region *region = call.targetNode->getCallableRegion();
    if (!region)
      return false;
    Operation *callee = region->getParentOp();
    // A callee with several blocks returns through a block argument of the
    // caller per result; a tuple there is no value the backends take (the
    // frontend and loop lifting keep a tuple across blocks as its scalars).
    auto function = dyn_cast<FunctionOpInterface>(callee);
    if (!region->hasOneBlock() && function &&
        llvm::any_of(function.getResultTypes(), llvm::IsaPred<TupleType>))
      return false;
    // A view result (alone or in a tuple) is an array with its owner:
    // inlined, a returned parameter would alias the caller's view local
    // without a reference of its own (the C backend's slots,
    // docs/CBackend.md "Arrays").
    if (function && llvm::any_of(function.getResultTypes(), pyir::containsView))
      return false;
    if (callee->hasAttr(pyir::PyIRDialect::InlineAttrHelper::getNameStr()))
      return true;
    if (maxCalleeOps == 0)
      return false;
    unsigned numOps = 0;
    region->walk([&](Operation *) { ++numOps; });
    return numOps <= maxCalleeOps;
  }

  void runOnOperation() override {
    CallGraph &callGraph = getAnalysis<CallGraph>();
    // No pipeline on the callees: the optimisation pipeline simplifies the
    // result afterwards.
    InlinerConfig config;
    auto runPipelineHelper = [](Pass &pass, OpPassManager &pipeline,
                                Operation *op) {
      return static_cast<InlinePass &>(pass).runNestedPipeline(pipeline, op);
    };
    Inliner inliner(getOperation(), callGraph, *this, getAnalysisManager(),
                    runPipelineHelper, config,
                    [this](const Inliner::ResolvedCall &call) {
                      return isProfitable(call);
                    });
    if (failed(inliner.doInlining()))
      return signalPassFailure();
  }
};
} // namespace
