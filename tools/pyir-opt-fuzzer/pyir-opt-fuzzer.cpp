//===- pyir-opt-fuzzer.cpp - libFuzzer target for pyir-opt ------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Parses arbitrary bytes as MLIR with the dialects pyir-opt registers. When
// the module parses and verifies, runs every optimisation pipeline
// (pyir-O0 ... pyir-O3) on a clone of it and translates each result to C
// (convert-pyir-to-emitc, the C emitter and the CPython glue). Diagnostics
// are swallowed: a pass or the translation may fail with an error, but
// nothing may crash, hang or trip a sanitizer, and a pass that succeeds must
// leave IR that verifies.
//
// Each input gets a fresh MLIRContext, so that a crash reproduces from its
// input alone.
//
//===----------------------------------------------------------------------===//

#include "pyir/InitPyIRDialects.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/Transforms/Passes.h"
#include "pyir/Target/CPython/CPythonEmitter.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// Verifies the IR after every pass that succeeds; a pass that reports
/// success on IR that does not verify is a bug, found at the pass itself
/// rather than at a later pass that trips on the broken IR.
struct VerifyAfterEachPass : public mlir::PassInstrumentation {
  void runAfterPass(mlir::Pass *pass, mlir::Operation *op) override {
    if (mlir::succeeded(mlir::verify(op)))
      return;
    std::fprintf(stderr,
                 "pyir-opt-fuzzer: pass '%s' succeeded on a verified module "
                 "but left IR that does not verify\n",
                 pass->getArgument().str().c_str());
    std::abort();
  }
};

} // namespace

static const mlir::DialectRegistry &getRegistry() {
  static const mlir::DialectRegistry *registry = [] {
    auto *r = new mlir::DialectRegistry();
    pyir::registerPyIRDialects(*r);
    return r;
  }();
  return *registry;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext context(getRegistry(),
                            mlir::MLIRContext::Threading::DISABLED);
  // Unregistered dialects are rejected, as by pyir-opt.
  context.allowUnregisteredDialects(false);
  mlir::ScopedDiagnosticHandler silence(
      &context, [](mlir::Diagnostic &) { return mlir::success(); });

  // The MLIR lexer reads the terminating NUL: copy the bytes into a
  // NUL-terminated buffer.
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          llvm::StringRef(reinterpret_cast<const char *>(data), size),
          "fuzz.mlir"),
      llvm::SMLoc());
  mlir::ParserConfig config(&context, /*verifyAfterParse=*/true);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(sourceMgr, config);
  if (!module)
    return 0;

  for (unsigned level = 0; level <= 3; ++level) {
    mlir::OwningOpRef<mlir::ModuleOp> clone(
        mlir::cast<mlir::ModuleOp>((*module)->clone()));
    mlir::PassManager pm(&context);
    // VerifyAfterEachPass verifies instead, and aborts when it fails.
    pm.enableVerifier(false);
    pm.addInstrumentation(std::make_unique<VerifyAfterEachPass>());
    pyir::buildOptimizationPipeline(pm, level);
    pyir::buildLowerToCPipeline(pm);
    if (mlir::failed(pm.run(*clone)))
      continue;
    std::string c;
    llvm::raw_string_ostream os(c);
    (void)pyir::translateToCPython(*clone, os);
  }
  return 0;
}
