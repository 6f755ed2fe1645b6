//===- CPythonEmitter.h - pyir module to a CPython extension C file -*- C++
//-*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Prints a lowered module (pyir-lower-to-c) as one self-contained C file:
// the embedded runtime headers, the Python-free core (printed by
// lib/Target/CPython/CorePrinter.cpp) and the CPython glue (METH_FASTCALL
// wrappers, multi-phase module init). See docs/CBackend.md.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_TARGET_CPYTHON_CPYTHONEMITTER_H
#define PYIR_TARGET_CPYTHON_CPYTHONEMITTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

namespace pyir {

/// Writes the C source of the extension module to `os`. `module` is the
/// EmitC module pyir-lower-to-c made of an optimised pyir module
/// (pyir::buildLowerToCPipeline); it is not modified and no pass runs here.
/// How the CPython glue is written.
struct CPythonOptions {
  /// 0: the full C API of the interpreter the module is built for; else
  /// the limited API (stable ABI: one abi3 module for this CPython and
  /// every later one) of the version PY_VERSION_HEX-style, 0x030B0000 for
  /// 3.11 (Py_LIMITED_API).
  unsigned limitedAPI = 0;
};

/// The oldest limited API the glue compiles under: METH_FASTCALL |
/// METH_KEYWORDS and PyType_GetSlot on static types are in it from 3.10.
constexpr unsigned kMinimumLimitedAPI = 0x030A0000;
/// The buffer protocol (view parameters) is in the limited API from 3.11.
constexpr unsigned kBufferLimitedAPI = 0x030B0000;

llvm::LogicalResult translateToCPython(mlir::ModuleOp module,
                                       llvm::raw_ostream &os,
                                       const CPythonOptions &options);
/// The full C API.
llvm::LogicalResult translateToCPython(mlir::ModuleOp module,
                                       llvm::raw_ostream &os);

/// Writes the Python-free part of that file to `os`: the embedded runtime
/// headers (pyir_core.h, pyir_core_support.h) followed by the core, one C
/// function `int32_t pyir_<module>_<func>(params..., T *out..., pyir_error
/// *err)` per function (`static` for private ones, and for every one with
/// `internalLinkage`: the extension's callers are all in the file, so the C
/// compiler may inline them and no call goes through the PLT). It compiles
/// with a C compiler and libm alone; the JIT export reuses it as its C ABI.
llvm::LogicalResult translateToCCore(mlir::ModuleOp module,
                                     llvm::raw_ostream &os,
                                     bool internalLinkage = false);

/// Registers both as mlir-translate translations: `pyir-to-c-core` and
/// `pyir-to-cpython` (pyir-translate).
void registerCPythonTranslations();

} // namespace pyir

#endif // PYIR_TARGET_CPYTHON_CPYTHONEMITTER_H
