//===- Runtime.h - The C runtime as the dialect sees it ---------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The operations of the C runtime (include/pyir/Runtime/pyir_core.h) are
// named pyir_<family>_<entry>: the family comes from the operand type and
// the overflow mode, the entry from the op. The lowering to EmitC calls them
// by name; the folders evaluate constants by calling the same functions, so
// that a fold computes what the compiled code computes (as LLVM folds libm
// calls with the host's libm) and there is no second implementation of a
// Python rule to keep in agreement. Which functions exist, their shape and
// what they raise come from one table, include/pyir/Runtime/pyir_entries.h.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_RUNTIME_H
#define PYIR_DIALECT_PYIR_IR_RUNTIME_H

#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/Types.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"

#include <optional>
#include <string>

namespace pyir {

/// The runtime's name for the fixed-width family of a type: i8..i64,
/// u8..u64, f32, f64; "" for other types.
std::string getRuntimeFixedName(mlir::Type type);

/// The runtime family of an arithmetic op on `type`: "int" (checked int64),
/// "i64" (`int` with overflowcheck=False), "float", or the fixed-width name;
/// "" when the runtime has none.
std::string getRuntimeFamily(mlir::Type type, std::optional<OverflowMode> mode);

/// The result type R of a runtime function (pyir_entries.h's Result).
enum class RuntimeResult { Same, F64, I64, Bool };

/// A function of the runtime's table (pyir_entries.h).
struct RuntimeFunction {
  llvm::StringLiteral family;
  /// The family's C type T: int8_t ... uint64_t, float, double (bool for
  /// the comparisons).
  llvm::StringLiteral cType;
  llvm::StringLiteral entry;
  unsigned arity;
  /// The C types of the `arity` operands: T for the arithmetic entries;
  /// int64_t, uint64_t, double or int (a comparison predicate) for the
  /// conversions (pyir_entries.h's Operands).
  llvm::StringRef operandCTypes[4];
  /// `int f(..., R *out, pyir_error *err)` rather than `R f(...)`.
  bool raising;
  RuntimeResult result;
  /// The exception kinds of the messages it may raise, one bit per
  /// ExceptionKind value (computed from pyir_entries.h when the compiler
  /// builds).
  uint32_t raisedKinds;

  /// pyir_<family>_<entry>.
  std::string getSymbol() const;
  /// T when it is a floating type (f64, f32); null for integer families,
  /// whose T is the operands' own type.
  mlir::FloatType getFloatOperandType(mlir::MLIRContext *context) const;
  /// R, given T.
  mlir::Type getResultType(mlir::Type operandType) const;
  /// The type a call passes as operand `i` (of C type int64_t, uint64_t,
  /// double or int); null for other C types (those of an arithmetic entry,
  /// which takes its operands in the op's own type).
  mlir::Type getOperandType(unsigned i, mlir::MLIRContext *context) const;
  /// Whether operand `i` is the op's comparison predicate (PYIR_CMP_*).
  bool isPredicateOperand(unsigned i) const;
};

/// The table's pyir_<family>_<entry>, or nullptr.
const RuntimeFunction *lookupRuntimeFunction(llvm::StringRef family,
                                             llvm::StringRef entry);

/// The runtime function an arithmetic op (add, sub, mul, pow, floordiv, mod,
/// truediv, neg, abs, shl, shr), a math op (math_unary, math_binary), a
/// cast, round or a comparison calls; nullptr for the ones C computes with
/// an operator (float +, -, *, unary -, a cast to a float, a comparison
/// whose operands C compares exactly) and for other ops.
const RuntimeFunction *getRuntimeFunction(mlir::Operation *op);

/// The exception kinds an op with a runtime function may raise: those of its
/// runtime function, less ZeroDivisionError when the divisor is known nonzero
/// (or promised by `cdivision`). One bit per ExceptionKind value.
uint32_t getRuntimeRaisedKinds(mlir::Operation *op);
/// The same as a list.
void getRuntimeRaisedKinds(mlir::Operation *op,
                           llvm::SmallVectorImpl<ExceptionKind> &kinds);

/// pyir_<family>_<entry>(a, b) on integer constants of `type` (`a` and `b`
/// have its width); `entry` is one of add, sub, mul, pow, floordiv, mod,
/// cdiv, cmod, lshift, rshift. std::nullopt when the call raises (the exception
/// must stay in the program) or the family has no such entry.
std::optional<llvm::APInt>
evalRuntimeIntBinary(llvm::StringRef entry, mlir::Type type,
                     std::optional<OverflowMode> mode, const llvm::APInt &a,
                     const llvm::APInt &b);

/// pyir_<family>_neg / _abs on an integer constant of `type`.
std::optional<llvm::APInt> evalRuntimeIntUnary(llvm::StringRef entry,
                                               mlir::Type type,
                                               std::optional<OverflowMode> mode,
                                               const llvm::APInt &a);

/// pyir_<family>_truediv of two integer constants of `type` (a double).
std::optional<double> evalRuntimeIntTrueDiv(mlir::Type type,
                                            std::optional<OverflowMode> mode,
                                            const llvm::APInt &a,
                                            const llvm::APInt &b);

/// pyir_float_<entry> / pyir_f32_<entry> (truediv, floordiv, mod) on float
/// constants of `type`. Not pow: its result is libm's, which may differ
/// between the compiling and the running machine.
std::optional<llvm::APFloat> evalRuntimeFloatBinary(llvm::StringRef entry,
                                                    mlir::Type type,
                                                    const llvm::APFloat &a,
                                                    const llvm::APFloat &b);

/// The same on host doubles (pyir_float_<entry>).
std::optional<double> evalRuntimeFloatBinary(llvm::StringRef entry, double a,
                                             double b);

/// A math op (math_unary, math_binary, math_isclose) on constant operands,
/// evaluated by its runtime function when that is exact, with no libm
/// rounding (frexp, modf, ldexp, isclose and the functions of ints): its
/// result as an attribute of the op's result type; null when an operand is
/// not a constant, the function is not exact, or it raises.
mlir::Attribute evalExactMath(mlir::Operation *op,
                              llvm::ArrayRef<mlir::Attribute> operands);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_RUNTIME_H
