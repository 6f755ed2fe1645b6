//===- ASTPrinter.h - PyIR AST printer --------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the AST printer behind `pyirc --emit=ast`: one node a
// line, indented two spaces per level, with `<line:col>` of each node, e.g.
//
//   Module 'kernels' <1:1>
//     FunctionDef 'norm' <3:1>
//       Param 'a' <3:10>
//         Annotation
//           Subscript <3:13>
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_ASTPRINTER_H
#define PYIR_FRONTEND_ASTPRINTER_H

#include "pyir/Frontend/AST.h"

namespace llvm {
class raw_ostream;
class SourceMgr;
} // namespace llvm

namespace pyir {
namespace frontend {

/// Print a module.
void printAST(const ast::Module &module, const llvm::SourceMgr &sourceMgr,
              llvm::raw_ostream &os);
/// Print one statement or expression subtree, starting at `indent` levels.
void printAST(const ast::Stmt &stmt, const llvm::SourceMgr &sourceMgr,
              llvm::raw_ostream &os, unsigned indent = 0);
void printAST(const ast::Expr &expr, const llvm::SourceMgr &sourceMgr,
              llvm::raw_ostream &os, unsigned indent = 0);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_ASTPRINTER_H
