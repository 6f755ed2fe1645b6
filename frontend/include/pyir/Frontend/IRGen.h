//===- IRGen.h - PyIR AST to pyir dialect -----------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the generation of the pyir dialect from a checked AST,
// and the frontend's one public entry point, compileToPyIR.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_IRGEN_H
#define PYIR_FRONTEND_IRGEN_H

#include <string>
#include <vector>

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace pyir {
namespace ast {
class ASTContext;
class Module;
} // namespace ast

namespace frontend {

class DiagnosticEngine;
struct ModuleInfo;

/// Generates the pyir module for an AST Sema analysed and typed
/// (Sema::analyzeModule, Sema::checkFunctionBodies): the functions whose body
/// Sema accepted, with the flow diagnostics on their control flow (a variable
/// read before it is assigned, a missing return). The result is null if any
/// error was reported.
mlir::OwningOpRef<mlir::ModuleOp> generateIR(const ast::Module &module,
                                             const ModuleInfo &info,
                                             DiagnosticEngine &diag,
                                             llvm::SourceMgr &sourceMgr,
                                             mlir::MLIRContext &context);

/// Parses the buffer and checks it (Sema::analyzeModule, then every body):
/// the typed AST, owned by `context`, with the module's declarations in
/// `info`; errors are reported through `diag` (a body with errors is not
/// typed). Null if the buffer does not parse.
/// `includeDirs`: where `from pkg.other import f` looks for `pkg/other.py`
/// after the importing file's package root (ModuleLoader.h).
/// `forceBoundscheck`: ModuleInfo::forceBoundscheck (pyirc --debug).
ast::Module *checkModule(llvm::SourceMgr &sourceMgr, unsigned bufferID,
                         ast::ASTContext &context, ModuleInfo &info,
                         DiagnosticEngine &diag,
                         const std::vector<std::string> &includeDirs = {},
                         bool forceBoundscheck = false);

/// The frontend: parses the buffer, checks it and generates the verified
/// pyir module. Returns null after reporting errors through `diag`.
mlir::OwningOpRef<mlir::ModuleOp>
compileToPyIR(llvm::SourceMgr &sourceMgr, unsigned bufferID,
              mlir::MLIRContext &context, DiagnosticEngine &diag,
              const std::vector<std::string> &includeDirs = {},
              bool forceBoundscheck = false);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_IRGEN_H
