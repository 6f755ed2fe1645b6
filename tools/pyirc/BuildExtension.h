//===- BuildExtension.h - pyirc: C file to CPython extension ----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TOOLS_PYIRC_BUILDEXTENSION_H
#define PYIR_TOOLS_PYIRC_BUILDEXTENSION_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

/// What the target interpreter's sysconfig says about building extensions.
struct PythonConfig {
  std::string python;     ///< Absolute path of the interpreter.
  std::string cc;         ///< sysconfig CC (may include flags).
  std::string cflags;     ///< sysconfig CFLAGS.
  std::string ccshared;   ///< sysconfig CCSHARED (e.g. -fPIC).
  std::string includeDir; ///< Directory of Python.h.
  std::string extSuffix;  ///< e.g. .cpython-311-x86_64-linux-gnu.so
};

namespace pyirc {

/// How to compile the generated C file.
struct CompileOptions {
  unsigned optLevel = 2;        ///< -O<level> for the C compiler.
  bool sanitizeAddress = false; ///< -fsanitize=address,undefined.
  bool debugInfo = false;       ///< -g.
};

/// Queries `python` (a name on PATH or a path); prints an error and returns
/// nullopt on failure.
std::optional<PythonConfig> queryPython(llvm::StringRef python);

/// Compiles and links `cFile` into the extension `outputPath`; returns the
/// process exit status (0 on success), after printing any error.
int compileExtension(const PythonConfig &config, llvm::StringRef cFile,
                     llvm::StringRef outputPath,
                     const CompileOptions &options = {});

} // namespace pyirc

#endif // PYIR_TOOLS_PYIRC_BUILDEXTENSION_H
