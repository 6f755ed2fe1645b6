//===- ViewEffects.h - View parameters a function reads/writes -*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The one definition of "function f reads / writes its view parameter k",
// shared by the C backend (the glue marks written buffers) and the JIT
// export (the manifest's effects, the Python reference's copies).
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_ANALYSIS_VIEWEFFECTS_H
#define PYIR_DIALECT_PYIR_ANALYSIS_VIEWEFFECTS_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

namespace pyir {

struct ViewParamEffects {
  bool read = false;    ///< loaded from (pyir.load), here or in a callee
  bool written = false; ///< stored into (pyir.store), here or in a callee
  /// Returned, whole or in part, as the result (bit 0) or as element k of
  /// a tuple result (bit k): what callers do with that result is done to
  /// the parameter.
  uint64_t returned = 0;
};

/// The effects of every function of a module on its view parameters: a
/// parameter is read or written where one of its values is, following block
/// arguments, unrealized casts (a `::1` view passed on as strided), slices
/// and references (pyir.subview, pyir.view_ref), tuples (pyir.tuple,
/// pyir.tuple_get: element by element) and calls
/// to functions of the module (a fixpoint over the call graph, so recursion
/// is fine). Parameters that are not views have no effects.
class ViewEffects {
public:
  explicit ViewEffects(mlir::ModuleOp module);

  /// The effects of parameter `index` of function `function` (none if the
  /// function or the parameter is unknown).
  ViewParamEffects get(llvm::StringRef function, unsigned index) const;

private:
  llvm::StringMap<llvm::SmallVector<ViewParamEffects>> effects;
};

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_ANALYSIS_VIEWEFFECTS_H
