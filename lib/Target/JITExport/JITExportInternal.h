//===- JITExportInternal.h - Shared pieces of the JIT export ----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The per-function facts the manifest, the JSON IR and the Python reference
// share: signature, effects (which exceptions, which views are read or
// written, following calls), semantics flags and inline cost.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_LIB_TARGET_JITEXPORT_JITEXPORTINTERNAL_H
#define PYIR_LIB_TARGET_JITEXPORT_JITEXPORTINTERNAL_H

#include "pyir/Target/JITExport/JITExport.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"

#include <set>
#include <string>

namespace pyir {

struct ParamSummary {
  std::string name;
  mlir::Type type;
  mlir::Attribute defaultValue; // null: required
  bool read = false;            // views: loaded from (here or in a callee)
  bool written = false;         // views: stored into (here or in a callee)
};

struct FunctionSummary {
  std::string name;
  std::string cSymbol;
  bool isPublic = true;
  bool nogil = false;
  bool inlineHint = false;
  std::string doc;
  /// A specialisation of a generic function (language.md §8): the Python
  /// name it shares ("" otherwise) and what each type variable stands for.
  std::string generic;
  llvm::SmallVector<std::pair<std::string, std::string>> binding;
  llvm::SmallVector<ParamSummary> params;
  llvm::SmallVector<mlir::Type> results;
  /// Exception type names the function may raise (callees included).
  std::set<std::string> raises;
  /// Overflow modes of `int` (i64) arithmetic: "checked", "wrap".
  std::set<std::string> intOverflow;
  bool cdivision = false;
  bool usesF32 = false;
  bool usesFixedWidth = false;
  /// Allocates arrays or returns a view (callees included): the native
  /// tiers, which have no owners for arrays, leave it out (docs/
  /// interchange.md, "Arrays").
  bool usesArrays = false;
  /// A tuple holding a view (language.md §11) in its body, its result or a
  /// callee's: Numba's tier 1 has no such tuples, so it is not offered.
  bool tupleViews = false;
  /// Ops in the body (constants excluded), callees' costs added once.
  unsigned cost = 0;
  llvm::SmallVector<std::string> callees;
  /// A function of another module (language.md §10): its `pyir.imported`.
  mlir::DictionaryAttr imported;
  /// The functions of other modules it calls, callees included (symbols).
  std::set<std::string> imports;
  /// Those its own body calls: symbol -> their `pyir.imported`.
  llvm::StringMap<mlir::DictionaryAttr> importedCallees;
};

struct ModuleInfo {
  std::string name;
  std::string dialectVersion;
  llvm::StringMap<FunctionSummary> functions;
  llvm::SmallVector<std::string> order; // functions in module order
};

ModuleInfo analyzeModule(mlir::ModuleOp module);

/// The operands `op` forwards to successor `index`.
mlir::OperandRange getSuccessorOperands(mlir::Operation &op, unsigned index);

/// An attribute as plain JSON (floats as {"float": "<hex>"}).
void writeJSONAttribute(llvm::json::OStream &j, mlir::Attribute attr);

/// A Python literal for a constant attribute in the Python reference
/// (getPythonLiteral; `_INF`, `(-_INF)`, `_NAN` from its prelude).
std::string getReferenceLiteral(mlir::Attribute attr);

/// The C type of a core parameter or result of `type`.
std::string getCTypeName(mlir::Type type);

} // namespace pyir

#endif // PYIR_LIB_TARGET_JITEXPORT_JITEXPORTINTERNAL_H
