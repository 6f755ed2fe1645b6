//===- ToolVersion.h - The PyIR tools' --version ----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `pyirc --version`, `pyir-opt --version`, `pyir-translate --version`:
// PyIR's version first, then the dialect's and the LLVM/MLIR it was built
// with (docs/versioning.md). SetVersionPrinter replaces LLVM's banner, which
// AddExtraVersionPrinter would print first.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TOOLS_TOOLVERSION_H
#define PYIR_TOOLS_TOOLVERSION_H

#include "pyir/Config.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace pyir {

/// Makes `--version` print `<tool> (PyIR) X.Y.Z` and the versions under it.
inline void setToolVersionPrinter(const char *tool) {
  llvm::cl::SetVersionPrinter([tool](llvm::raw_ostream &os) {
    os << tool << " (PyIR) " << PYIR_VERSION << "\n  pyir dialect "
       << PyIRDialect::getCurrentVersion() << "\n  LLVM/MLIR "
       << LLVM_VERSION_STRING << "\n";
  });
}

} // namespace pyir

#endif // PYIR_TOOLS_TOOLVERSION_H
