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
class Module;
} // namespace ast

namespace frontend {

class DiagnosticEngine;
class Sema;
struct ModuleInfo;

/// Generates the pyir module for an analysed AST. Type errors found while
/// generating are reported; the result is null if any error was reported.
mlir::OwningOpRef<mlir::ModuleOp> generateIR(const ast::Module &module,
                                             const ModuleInfo &info, Sema &sema,
                                             llvm::SourceMgr &sourceMgr,
                                             mlir::MLIRContext &context);

/// The frontend: parses the buffer, analyses it and generates the verified
/// pyir module. Returns null after reporting errors through `diag`.
mlir::OwningOpRef<mlir::ModuleOp> compileToPyIR(llvm::SourceMgr &sourceMgr,
                                                unsigned bufferID,
                                                mlir::MLIRContext &context,
                                                DiagnosticEngine &diag);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_IRGEN_H
