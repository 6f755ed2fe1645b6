//===- Toolchain.h - pyirc: every C compiler invocation ---------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

//
// pyirc runs the C compilers (no library under lib/ spawns a process), with
// one flag policy: the flags that keep floats bit-identical to the
// interpreter's (-ffp-contract=off, never -ffast-math) everywhere.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TOOLS_PYIRC_TOOLCHAIN_H
#define PYIR_TOOLS_PYIRC_TOOLCHAIN_H

#include "pyir/Target/JITExport/JITExport.h"

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <utility>

/// A CPython version: (major, minor).
using PythonVersion = std::pair<unsigned, unsigned>;

/// The oldest CPython that PyIR modules support (docs/CBackend.md).
inline constexpr PythonVersion kMinimumPython{3, 9};

/// What the target interpreter's sysconfig says about building extensions.
struct PythonConfig {
  std::string python;     ///< Absolute path of the interpreter.
  PythonVersion version;  ///< Its version (CPython: other interpreters are
                          ///< refused by queryPython).
  std::string cc;         ///< sysconfig CC (may include flags).
  std::string cflags;     ///< sysconfig CFLAGS.
  std::string ccshared;   ///< sysconfig CCSHARED (e.g. -fPIC).
  std::string includeDir; ///< Directory of Python.h.
  std::string extSuffix;  ///< e.g. .cpython-311-x86_64-linux-gnu.so
  std::string abi3Suffix; ///< e.g. .abi3.so; empty if it loads none.
};

namespace pyirc {

/// How to compile the generated C file.
struct CompileOptions {
  unsigned optLevel = 2;        ///< -O<level> for the C compiler.
  bool sanitizeAddress = false; ///< -fsanitize=address,undefined.
  bool debugInfo = false;       ///< -g.
  /// With debugInfo: the directory the debug information's relative source
  /// paths (the `#line` ones, `pkg/sub/mod.py`) are relative to, the
  /// directory above the module's outermost package; empty: the current
  /// directory (the C compiler's).
  std::string sourceRoot;
  /// -march=<targetCPU> when not empty ("native": the build machine).
  std::string targetCPU;
  /// When not empty, the C compiler's vectorisation report goes to this
  /// file (--annotate): GCC's -fopt-info-vec-all, or clang's
  /// -Rpass*=loop-vectorize remarks (its standard error).
  std::string vectorizerReport;
  /// Set to the compiler that ran (its path), for the report.
  std::string *compilerUsed = nullptr;
};

/// Parses "3.11" (major.minor, nothing else) into `out`; false if it is not
/// such a version.
bool parsePythonVersion(llvm::StringRef text, PythonVersion &out);

/// Queries `python` (a name on PATH or a path); prints an error and returns
/// nullopt on failure.
std::optional<PythonConfig> queryPython(llvm::StringRef python);

/// Compiles and links `cFile` into the extension `outputPath`; returns the
/// process exit status (0 on success), after printing any error.
int compileExtension(const PythonConfig &config, llvm::StringRef cFile,
                     llvm::StringRef outputPath,
                     const CompileOptions &options = {});

/// Builds the JIT export's native artifacts from `cFile` (its <name>_abi.c)
/// into `outDir`: lib<name>_abi.so with `cc`, and LLVM 14 bitcode with
/// clang-14 (what Numba 0.56's llvmlite reads). A missing or failing
/// compiler drops what it builds, with a warning.
pyir::NativeArtifacts buildJITNativeArtifacts(llvm::StringRef name,
                                              llvm::StringRef cFile,
                                              llvm::StringRef outDir);

} // namespace pyirc

#endif // PYIR_TOOLS_PYIRC_TOOLCHAIN_H
