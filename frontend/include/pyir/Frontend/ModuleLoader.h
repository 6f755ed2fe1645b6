//===- ModuleLoader.h - Finding and reading imported modules ----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `from .other import f` of another PyIR module (language.md §10): where its
// source is and what it declares. The loader finds the `.py` file, parses
// it into the same SourceMgr and ASTContext (so its diagnostics are located
// in it) and analyses its module level (signatures, not bodies: those are
// compiled with it); each file once, an import cycle reported.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_MODULELOADER_H
#define PYIR_FRONTEND_MODULELOADER_H

#include "pyir/Frontend/Sema.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <memory>
#include <string>
#include <vector>

namespace pyir {
namespace frontend {

class DiagnosticEngine;

class ModuleLoader {
public:
  ModuleLoader(llvm::SourceMgr &sourceMgr, ast::ASTContext &context,
               DiagnosticEngine &diag, std::vector<std::string> includeDirs)
      : sourceMgr(sourceMgr), context(context), diag(diag),
        includeDirs(std::move(includeDirs)) {}

  /// The source file of the module `from <level dots><name> import` names
  /// in the file `importer`, or "" (then `searched` lists the candidates).
  /// Relative: the importer's directory and its parents, one per dot beyond
  /// the first. Absolute: the package root (the first directory upward from
  /// the importer's without `__init__.py`), then each include directory.
  /// `name.py` or `name/__init__.py` below it.
  std::string find(llvm::StringRef importer, llvm::StringRef name,
                   unsigned level, std::string &searched) const;

  /// The module in `path`, analysed (the first time). Reports an import
  /// cycle or errors in it at `range`, and returns null then.
  std::shared_ptr<const ImportedModule> load(llvm::StringRef path,
                                             llvm::StringRef name,
                                             unsigned level,
                                             llvm::SMRange range);

  /// The file being compiled: the start of every cycle.
  void setRoot(llvm::StringRef path);

private:
  llvm::SourceMgr &sourceMgr;
  ast::ASTContext &context;
  DiagnosticEngine &diag;
  std::vector<std::string> includeDirs;
  /// Analysed modules by real path (null: had errors).
  llvm::StringMap<std::shared_ptr<const ImportedModule>> loaded;
  /// The real paths being loaded, outermost first.
  std::vector<std::string> stack;
};

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_MODULELOADER_H
