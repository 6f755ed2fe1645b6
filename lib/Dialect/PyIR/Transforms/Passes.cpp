//===- Passes.cpp - PyIR module-level passes --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements pyir-verify-version.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/Transforms/Passes.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/IR/Builders.h"

namespace pyir {
#define GEN_PASS_DEF_PYIRVERIFYVERSION
#include "pyir/Dialect/PyIR/Transforms/Passes.h.inc"
} // namespace pyir

using namespace mlir;

namespace {
struct VerifyVersionPass
    : public pyir::impl::PyIRVerifyVersionBase<VerifyVersionPass> {
  using Base::Base;
  void runOnOperation() override {
    ModuleOp module = getOperation();
    StringRef name = pyir::PyIRDialect::getVersionAttrName();
    if (module->hasAttr(name))
      return;
    if (!stamp) {
      module.emitError() << "module has no '" << name
                         << "' attribute: cannot tell which pyir dialect "
                            "version it was written for";
      return signalPassFailure();
    }
    module->setAttr(
        name,
        StringAttr::get(&getContext(), pyir::PyIRDialect::getCurrentVersion()));
  }
};
} // namespace
