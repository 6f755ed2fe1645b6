//===- CorePrinter.h - The core's C functions from EmitC --------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_LIB_TARGET_CPYTHON_COREPRINTER_H
#define PYIR_LIB_TARGET_CPYTHON_COREPRINTER_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::emitc {
class FuncOp;
} // namespace mlir::emitc

namespace pyir {

/// Prints the prototypes and the definitions of the functions of `module`
/// (EmitC in CF form, as pyir-lower-to-c leaves it) as C: Python names,
/// declarations where values are defined, single-use expressions folded
/// into their users. The exported ABI's wrappers come last, after
/// printABIRenames(rename=false); with `internalLinkage` (the extension,
/// whose `__pyir_capi__` capsules point to them) they are `static` too.
/// The function pointers of kCImportsAttr come first.
/// Fails with an error on an op it does not print.
llvm::LogicalResult printCoreFunctions(mlir::ModuleOp module,
                                       llvm::raw_ostream &os,
                                       bool internalLinkage);

/// Prints `#define <ABI symbol> pyir__runtime_<ABI symbol>` for each
/// exported ABI wrapper (`rename`, before the embedded runtime) or the
/// matching `#undef`s (before the wrappers), so that an ABI symbol that is
/// also a runtime function's name (module `int`, function `add`) does not
/// collide with it.
void printABIRenames(mlir::ModuleOp module, llvm::raw_ostream &os, bool rename);

} // namespace pyir

#endif // PYIR_LIB_TARGET_CPYTHON_COREPRINTER_H
