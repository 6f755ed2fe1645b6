//===- JITExport.h - The JIT export of a pyir module ------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `pyirc --emit=jit FILE.py -o DIR` writes a versioned export of a pyir
// module that JITs (Numba, PyPy) can inline: a manifest, the IR as MLIR text,
// MLIR bytecode and a JSON op graph, a pure-Python reference generated from
// the IR, and the Python-free C core as a plain C ABI (source, shared
// library, cffi declarations, LLVM 14 bitcode). See docs/interchange.md.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TARGET_JITEXPORT_JITEXPORT_H
#define PYIR_TARGET_JITEXPORT_JITEXPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <string>

namespace pyir {

/// The version of the export format (manifest.json, <mod>.pyir.json).
/// Readers refuse an unknown major version.
constexpr const char *kJITExportFormatVersion = "1.6";

/// The native artifacts built from <mod>_abi.c, as file names inside the
/// export directory (empty: not built).
struct NativeArtifacts {
  std::string sharedLibrary;   ///< lib<mod>_abi.so
  std::string bitcode;         ///< <mod>_abi.llvm14.bc, for LLVM 14 readers
  std::string bitcodeCompiler; ///< the compiler that built it (clang-14)
  std::string bitcodeFlags;    ///< and its flags
};

struct JITExportOptions {
  /// The C core of the module for <mod>_abi.c: translateToCCore of its
  /// pyir-lower-to-c form without `#line` (the driver lowers a copy).
  std::string cCore;
  /// Builds the native artifacts of module `name` from `cFile` (the
  /// export's <mod>_abi.c) into `outDir`. Libraries spawn no processes: the
  /// driver does (tools/pyirc). Unset: the export has none.
  std::function<NativeArtifacts(llvm::StringRef name, llvm::StringRef cFile,
                                llvm::StringRef outDir)>
      buildNative;
  /// Functions whose inline cost exceeds this are marked call-only for
  /// PyPy (cffi instead of the Python reference).
  unsigned pypyInlineLimit = 400;
};

/// Writes the export of `module` (a verified pyir module; not modified)
/// into `outDir`, which is created if needed. Errors are reported as
/// diagnostics on the module.
llvm::LogicalResult exportJIT(mlir::ModuleOp module, llvm::StringRef outDir,
                              const JITExportOptions &options = {});

/// The JSON op graph of `module` (format documented in docs/interchange.md).
llvm::LogicalResult writeJSONIR(mlir::ModuleOp module, llvm::raw_ostream &os);

/// The pure-Python reference of `module`, generated from the IR.
llvm::LogicalResult writePythonReference(mlir::ModuleOp module,
                                         llvm::raw_ostream &os);

/// The annotation a user writes for `type` (`int`, `u8`, `f64[:, ::1]`,
/// `tuple[int, float]`); the spelling used in the manifest and the JSON IR.
std::string getPythonTypeName(mlir::Type type);

} // namespace pyir

#endif // PYIR_TARGET_JITEXPORT_JITEXPORT_H
