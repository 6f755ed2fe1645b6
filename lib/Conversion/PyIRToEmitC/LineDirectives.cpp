//===- LineDirectives.cpp - #line directives for the C emitter ------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// An `emitc.verbatim` `#line` op before the ops of each new .py line, with
// the package-relative path. The C printer (lib/Target/CPython) prints the
// latest one before each statement it prints whose line differs from the
// last printed, so a statement folded into a later one takes that one's
// line.
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
        pyir::getCStringLiteral(pyir::getPackageRelativeSourcePath(module));
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
