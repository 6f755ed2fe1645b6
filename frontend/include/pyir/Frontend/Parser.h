//===- Parser.h - PyIR parser -----------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the entry points of the recursive-descent parser. The
// parser builds the AST of AST.h for the supported language and rejects
// every other Python construct by name, with its location. It recovers at
// the next statement so that one run reports several errors.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_PARSER_H
#define PYIR_FRONTEND_PARSER_H

#include "pyir/Frontend/AST.h"

#include <functional>
#include <memory>

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace pyir {
namespace frontend {

class DiagnosticEngine;

/// Maximum height of an expression tree (e.g. the length of a chain
/// `a + b + c + ...`); deeper trees are rejected so that recursive walks in
/// Sema and IRGen cannot exhaust the stack.
constexpr unsigned kMaxExprHeight = 1000;

/// The name of the module in a buffer: the stem of its identifier (the file
/// name without .py), as the module is imported.
std::string getModuleNameFor(llvm::StringRef bufferIdentifier);

/// Lex and parse buffer `bufferID` of `sourceMgr`. Always returns a module
/// (empty or partial on errors); check `diag.hadError()`. The module is named
/// by getModuleNameFor. Nodes are owned by `context`.
ast::Module *parseModule(llvm::SourceMgr &sourceMgr, unsigned bufferID,
                         ast::ASTContext &context, DiagnosticEngine &diag);

/// Copies of the function definitions of `module` (parsed from buffer
/// `bufferID` without errors): `copier(def, k)` is the `k`th copy of `def`
/// (k >= 1), a fresh untyped tree owned by `context`, parsed from the
/// buffer again the first time copy `k` of any function is asked for. Sema
/// types each further specialisation of a generic function in one
/// (Sema::FunctionCopier).
std::function<ast::FunctionDefStmt *(const ast::FunctionDefStmt *, unsigned)>
makeFunctionCopier(llvm::SourceMgr &sourceMgr, unsigned bufferID,
                   const ast::Module &module, ast::ASTContext &context);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_PARSER_H
