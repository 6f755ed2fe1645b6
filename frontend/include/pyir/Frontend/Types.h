//===- Types.h - PyIR source-level types ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the types of the PyIR language (language.md §2) as Sema
// sees them: `int`, `float`, `bool`, the fixed-width integers and `f32`,
// views, tuples and `None`. Each maps to one MLIR type of the pyir dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_TYPES_H
#define PYIR_FRONTEND_TYPES_H

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace pyir {
namespace frontend {

/// The scalar types. `Float` is Python's `float` (also spelled `f64`); `Int`
/// is Python's `int` (a checked 64-bit integer), distinct from the wrapping
/// fixed-width `I64`.
enum class ScalarKind {
  Bool,
  Int,
  I8,
  I16,
  I32,
  I64,
  U8,
  U16,
  U32,
  U64,
  F32,
  Float,
};

/// A PyIR source-level type.
class Type {
public:
  enum class Kind { Error, None, Scalar, View, Tuple };

  /// The type of an expression that already produced a diagnostic.
  static Type error() { return Type(Kind::Error); }
  static Type none() { return Type(Kind::None); }
  static Type scalar(ScalarKind scalar) {
    Type t(Kind::Scalar);
    t.scalarKind = scalar;
    return t;
  }
  static Type boolean() { return scalar(ScalarKind::Bool); }
  static Type integer() { return scalar(ScalarKind::Int); }
  static Type floating() { return scalar(ScalarKind::Float); }
  static Type view(ScalarKind element, unsigned rank, bool contiguous) {
    Type t(Kind::View);
    t.scalarKind = element;
    t.rank = rank;
    t.contiguous = contiguous;
    return t;
  }
  static Type tuple(std::vector<Type> elements) {
    Type t(Kind::Tuple);
    t.elements = std::move(elements);
    return t;
  }

  Type() : Type(Kind::Error) {}

  Kind getKind() const { return kind; }
  bool isError() const { return kind == Kind::Error; }
  bool isNone() const { return kind == Kind::None; }
  bool isScalar() const { return kind == Kind::Scalar; }
  bool isView() const { return kind == Kind::View; }
  bool isTuple() const { return kind == Kind::Tuple; }
  /// A view, or a tuple with a view among its elements: a value with an
  /// array's owner (docs/CBackend.md, "Arrays").
  bool containsView() const;

  /// The scalar kind of a scalar, or the element kind of a view.
  ScalarKind getScalarKind() const { return scalarKind; }
  unsigned getRank() const { return rank; }
  bool isContiguous() const { return contiguous; }
  llvm::ArrayRef<Type> getElements() const { return elements; }

  bool is(ScalarKind k) const { return isScalar() && scalarKind == k; }
  bool isBool() const { return is(ScalarKind::Bool); }
  bool isInt() const { return is(ScalarKind::Int); }
  /// `int` or a fixed-width integer (not bool).
  bool isInteger() const;
  /// A fixed-width integer iN/uN.
  bool isFixedInteger() const;
  bool isUnsigned() const;
  /// `float` or `f32`.
  bool isFloat() const;
  /// An integer or a float (not bool).
  bool isNumeric() const { return isInteger() || isFloat(); }

  bool operator==(const Type &other) const;
  bool operator!=(const Type &other) const { return !(*this == other); }

  /// The type as the user writes it: `int`, `u8`, `f64[:, ::1]`,
  /// `tuple[int, float]`.
  std::string str() const;

private:
  explicit Type(Kind kind) : kind(kind) {}

  Kind kind;
  ScalarKind scalarKind = ScalarKind::Int;
  unsigned rank = 0;
  bool contiguous = false;
  std::vector<Type> elements;
};

/// A compile-time constant: a module constant, a default value, a folded
/// literal.
struct ConstValue {
  Type type;
  /// The value of an integer (64 bits, two's complement) or bool.
  llvm::APInt intValue = llvm::APInt(64, 0);
  double floatValue = 0;
};

/// The width in bits of an integer or float scalar kind (Int: 64, Bool: 1).
unsigned getBitWidth(ScalarKind kind);
/// The spelling of a scalar kind: `int`, `float`, `bool`, `u8`, `f32`, ...
llvm::StringRef getName(ScalarKind kind);
/// Looks up a pyir type name (`i8`...`u64`, `f32`, `f64`); f64 is `float`.
bool lookupPyIRTypeName(llvm::StringRef name, ScalarKind &kind);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_TYPES_H
