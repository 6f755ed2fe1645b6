//===- CAPI.h - The capsules compiled modules share -------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Imports between compiled modules (docs/CBackend.md, "Imports"): each
// extension exports its public functions' C ABI entry points in
// `__pyir_capi__` (name -> PyCapsule named by the signature string); an
// extension that imports functions of another fills its function pointers
// from there when it is imported, checking each signature. Not installed.
//
//===----------------------------------------------------------------------===//

#ifndef LIB_TARGET_CPYTHON_CAPI_H
#define LIB_TARGET_CPYTHON_CAPI_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace pyir {

/// Writes `static int pyir_capi_export(PyObject *module)` (sets
/// `__pyir_capi__`) and `static int pyir_capi_import(PyObject *module)`
/// (fills the pointers of kCImportsAttr), both 0 or -1 with an exception,
/// and the thunks the capsules point to.
llvm::LogicalResult writeCAPIFunctions(mlir::ModuleOp module,
                                       llvm::raw_ostream &os);

} // namespace pyir

#endif // LIB_TARGET_CPYTHON_CAPI_H
