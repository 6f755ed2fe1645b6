//===- LineDirectives.cpp - #line directives for the C emitter ------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `emitc::translateToCpp` knows nothing of source locations; the only way
// to put `#line` into its output is an `emitc.verbatim` op before the ops
// of each new .py line.
//
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/Builders.h"

namespace pyir {
#define GEN_PASS_DEF_EMITCLINEDIRECTIVES
#include "pyir/Conversion/Passes.h.inc"
} // namespace pyir

using namespace mlir;

namespace {

struct EmitCLineDirectivesPass
    : pyir::impl::EmitCLineDirectivesBase<EmitCLineDirectivesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    std::string file =
        pyir::getCStringLiteral(pyir::getModuleSourcePath(module));
    OpBuilder builder(module.getContext());
    for (auto func : module.getOps<emitc::FuncOp>()) {
      for (Block &block : func.getBody()) {
        int last = -1;
        for (Operation &op : llvm::make_early_inc_range(block)) {
          int line = pyir::getSourceLine(op.getLoc());
          if (line <= 0 || line == last)
            continue;
          last = line;
          builder.setInsertionPoint(&op);
          emitc::VerbatimOp::create(builder, op.getLoc(),
                                    "#line " + std::to_string(line) + " " +
                                        file);
        }
      }
    }
  }
};

} // namespace
