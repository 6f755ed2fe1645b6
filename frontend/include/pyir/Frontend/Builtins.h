//===- Builtins.h - Python builtins and math names --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the builtins and `math` names PyIR compiles, expanded
// from Builtins.def: their IDs, their arity, and the lookups by name (the
// only places that compare a name with a builtin's).
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_BUILTINS_H
#define PYIR_FRONTEND_BUILTINS_H

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace pyir::frontend {

/// A builtin function or a member of the `math` module.
enum BuiltinID : unsigned {
#define BUILTIN(ID, KIND, MINARGS, MAXARGS, FOLDED) BI_##ID,
#define MATH_FUNCTION(ID, MINARGS, MAXARGS, PARAMS) BI_math_##ID,
#define MATH_CONSTANT(ID, VALUE) BI_math_##ID,
#include "pyir/Frontend/Builtins.def"
  NumBuiltins
};

enum class BuiltinKind {
  /// A builtin function: `len(a)`.
  Function,
  /// `range`: only the iterable of a for loop.
  ForRange,
  /// A function of `math`: `math.sqrt(x)`.
  MathFunction,
  /// A constant of `math`: `math.pi`.
  MathConstant,
};

/// The maximum number of arguments of a builtin without one (min, max).
constexpr unsigned kVariadic = ~0u;

/// One row of Builtins.def.
struct BuiltinInfo {
  /// The Python name, without `math.`.
  llvm::StringRef name;
  BuiltinKind kind;
  /// The number of positional arguments a call takes (0 for a constant).
  unsigned minArgs, maxArgs;
  /// The constant folder evaluates it.
  bool folded;
  /// A math function's parameter kinds (Builtins.def's PARAMS); "" for the
  /// others.
  llvm::StringRef params = "";

  bool isVariadic() const { return maxArgs == kVariadic; }
};

const BuiltinInfo &getBuiltinInfo(BuiltinID id);

/// The builtin function called `name` (a BUILTIN row), if any.
std::optional<BuiltinID> lookupBuiltin(llvm::StringRef name);

/// The function or constant `name` of the `math` module (a MATH_FUNCTION or
/// MATH_CONSTANT row), if any.
std::optional<BuiltinID> lookupMathMember(llvm::StringRef name);

} // namespace pyir::frontend

#endif // PYIR_FRONTEND_BUILTINS_H
