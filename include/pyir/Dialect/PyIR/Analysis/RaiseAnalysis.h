//===- RaiseAnalysis.h - Which functions may raise, and what ---*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The one definition of "function f may raise exception E", its callees
// included: the C backend gives the functions that cannot raise a
// value-returning C signature (no status, no error record), the JIT export
// lists `may_raise` in the manifest.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_ANALYSIS_RAISEANALYSIS_H
#define PYIR_DIALECT_PYIR_ANALYSIS_RAISEANALYSIS_H

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <cstdint>

namespace pyir {

/// The exceptions each function of a module may raise: those of its ops
/// (MayRaiseOpInterface) and of the functions it calls (a fixpoint over the
/// call graph, so recursion is fine). A call to a function without a body
/// may raise anything.
class RaiseAnalysis {
public:
  explicit RaiseAnalysis(mlir::ModuleOp module);

  /// Whether `function` may raise (true for a function the module does not
  /// define: nothing is known of it).
  bool mayRaise(llvm::StringRef function) const;

  /// The kinds `function` may raise, in ExceptionKind order.
  llvm::SmallVector<ExceptionKind>
  getRaisedKinds(llvm::StringRef function) const;

private:
  /// Bit k: ExceptionKind k may be raised.
  llvm::StringMap<uint64_t> raised;
};

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_ANALYSIS_RAISEANALYSIS_H
