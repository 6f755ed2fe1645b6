//===- Frontend.cpp - The frontend's entry points ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The frontend as one call: parse, Sema (the module level, then every body:
// the typed AST), IR generation with the flow diagnostics, verification.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/IRGen.h"
#include "pyir/Frontend/MixedModule.h"
#include "pyir/Frontend/ModuleLoader.h"
#include "pyir/Frontend/Parser.h"
#include "pyir/Frontend/Sema.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"

using namespace pyir;
using namespace pyir::frontend;

ast::Module *pyir::frontend::checkModule(
    llvm::SourceMgr &sourceMgr, unsigned bufferID, ast::ASTContext &context,
    ModuleInfo &info, DiagnosticEngine &diag,
    const std::vector<std::string> &includeDirs, bool forceBoundscheck) {
  info.path = sourceMgr.getMemoryBuffer(bufferID)->getBufferIdentifier().str();
  info.forceBoundscheck = forceBoundscheck;
  // A mixed module: the frontend reads the compiled part (MixedModule.h).
  bufferID = prepareMixedModule(sourceMgr, bufferID, info.mixed);
  ast::Module *module = parseModule(sourceMgr, bufferID, context, diag);
  if (!module || diag.hadError())
    return nullptr;
  // The PyIR modules it imports from are read into the same SourceMgr and
  // AST context: their declarations live as long as this module's.
  ModuleLoader loader(sourceMgr, context, diag, includeDirs);
  loader.setRoot(info.path);
  Sema sema(diag, makeFunctionCopier(sourceMgr, bufferID, *module, context),
            &loader);
  sema.analyzeModule(*module, info);
  // The bodies are checked even after declaration errors, to report their
  // errors too.
  sema.checkFunctionBodies(info, context);
  return module;
}

mlir::OwningOpRef<mlir::ModuleOp> pyir::frontend::compileToPyIR(
    llvm::SourceMgr &sourceMgr, unsigned bufferID, mlir::MLIRContext &context,
    DiagnosticEngine &diag, const std::vector<std::string> &includeDirs,
    bool forceBoundscheck) {
  ast::ASTContext astContext;
  ModuleInfo info;
  ast::Module *module = checkModule(sourceMgr, bufferID, astContext, info, diag,
                                    includeDirs, forceBoundscheck);
  if (!module)
    return nullptr;
  // The bodies without type errors get their flow diagnostics too.
  mlir::OwningOpRef<mlir::ModuleOp> result =
      generateIR(*module, info, diag, sourceMgr, context);
  if (!result || diag.hadError())
    return nullptr;
  // The generated IR must verify; a failure here is a compiler bug.
  mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
    diag.report(llvm::SMLoc(), diag::err_generated_ir_does_not_verify, d.str());
    return mlir::success();
  });
  if (mlir::failed(mlir::verify(*result)))
    return nullptr;
  return result;
}
