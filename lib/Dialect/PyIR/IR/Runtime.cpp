//===- Runtime.cpp - Evaluating pyir ops with the C runtime -----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// pyir_core.h is valid C++17 with internal linkage only, so the compiler
// includes it and calls the very functions generated code calls.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Runtime/pyir_core.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace pyir;

std::string pyir::getRuntimeFixedName(Type type) {
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "";
    return (intType.isUnsigned() ? "u" : "i") +
           std::to_string(intType.getWidth());
  }
  if (type.isF64())
    return "f64";
  if (type.isF32())
    return "f32";
  return "";
}

std::string pyir::getRuntimeFamily(Type type,
                                   std::optional<OverflowMode> mode) {
  auto intType = dyn_cast<IntegerType>(type);
  if (intType && intType.isSignless() && intType.getWidth() == 64)
    return mode && *mode == OverflowMode::wrap ? "i64" : "int";
  if (type.isF64())
    return "float";
  return getRuntimeFixedName(type);
}

namespace {

// Calls of the two shapes of runtime functions: those that cannot raise
// return their result; the others return -1 when they raise (std::nullopt
// here: a fold must keep the exception).
template <typename T, typename R>
std::optional<R> call(R (*fn)(T, T), T a, T b) {
  return fn(a, b);
}
template <typename T, typename R>
std::optional<R> call(int (*fn)(T, T, R *, pyir_error *), T a, T b) {
  R out;
  pyir_error err;
  if (fn(a, b, &out, &err) != 0)
    return std::nullopt;
  return out;
}
template <typename T>
std::optional<T> call(T (*fn)(T), T a) {
  return fn(a);
}
template <typename T>
std::optional<T> call(int (*fn)(T, T *, pyir_error *), T a) {
  T out;
  pyir_error err;
  if (fn(a, &out, &err) != 0)
    return std::nullopt;
  return out;
}

template <typename T>
T toHost(const APInt &value) {
  return std::is_signed_v<T> ? T(value.getSExtValue())
                             : T(value.getZExtValue());
}

/// A runtime result back as an APInt of `width` bits (nullopt: it raised).
template <typename T>
std::optional<APInt> fromHost(std::optional<T> value, unsigned width) {
  if (!value)
    return std::nullopt;
  return APInt(width, uint64_t(*value), std::is_signed_v<T>);
}

/// The checks of a binary integer entry the runtime leaves to the caller:
/// C division (cdivision) by zero, and INT_MIN / -1, are undefined.
template <typename T>
bool isDefined(StringRef entry, T a, T b) {
  if (entry != "cdiv" && entry != "cmod")
    return true;
  if (b == 0)
    return false;
  return !(std::is_signed_v<T> && b == T(-1) &&
           a == std::numeric_limits<T>::min());
}

} // namespace

// Every integer family: X(family, C type). `int` is the checked int64.
#define PYIR_INT_FAMILY(NAME, T, SIGNEDNESS) X(NAME, T)
#define PYIR_RUNTIME_INT_FAMILIES(X)                                           \
  X(int, int64_t)                                                              \
  PYIR_FIXED_WIDTH_FAMILIES(PYIR_INT_FAMILY)

// The binary entries every integer family has: E(family, entry).
#define PYIR_RUNTIME_INT_BINARY_ENTRIES(E, FAMILY)                             \
  E(FAMILY, add)                                                               \
  E(FAMILY, sub)                                                               \
  E(FAMILY, mul)                                                               \
  E(FAMILY, pow)                                                               \
  E(FAMILY, floordiv)                                                          \
  E(FAMILY, mod)                                                               \
  E(FAMILY, cdiv)                                                              \
  E(FAMILY, cmod)                                                              \
  E(FAMILY, lshift)                                                            \
  E(FAMILY, rshift)

#define PYIR_CALL_BINARY(FAMILY, ENTRY)                                        \
  if (entry == #ENTRY)                                                         \
    result = call(pyir_##FAMILY##_##ENTRY, x, y);

std::optional<APInt>
pyir::evalRuntimeIntBinary(StringRef entry, Type type,
                           std::optional<OverflowMode> mode, const APInt &a,
                           const APInt &b) {
  std::string family = getRuntimeFamily(type, mode);
#define X(FAMILY, T)                                                           \
  if (family == #FAMILY) {                                                     \
    T x = toHost<T>(a), y = toHost<T>(b);                                      \
    if (!isDefined(entry, x, y))                                               \
      return std::nullopt;                                                     \
    std::optional<T> result;                                                   \
    PYIR_RUNTIME_INT_BINARY_ENTRIES(PYIR_CALL_BINARY, FAMILY)                  \
    return fromHost(result, a.getBitWidth());                                  \
  }
  PYIR_RUNTIME_INT_FAMILIES(X)
#undef X
  return std::nullopt;
}

std::optional<APInt> pyir::evalRuntimeIntUnary(StringRef entry, Type type,
                                               std::optional<OverflowMode> mode,
                                               const APInt &a) {
  std::string family = getRuntimeFamily(type, mode);
#define X(FAMILY, T)                                                           \
  if (family == #FAMILY)                                                       \
    return fromHost(entry == "neg"   ? call(pyir_##FAMILY##_neg, toHost<T>(a)) \
                    : entry == "abs" ? call(pyir_##FAMILY##_abs, toHost<T>(a)) \
                                     : std::nullopt,                           \
                    a.getBitWidth());
  PYIR_RUNTIME_INT_FAMILIES(X)
#undef X
  return std::nullopt;
}

std::optional<double>
pyir::evalRuntimeIntTrueDiv(Type type, std::optional<OverflowMode> mode,
                            const APInt &a, const APInt &b) {
  std::string family = getRuntimeFamily(type, mode);
#define X(FAMILY, T)                                                           \
  if (family == #FAMILY)                                                       \
    return call(pyir_##FAMILY##_truediv, toHost<T>(a), toHost<T>(b));
  PYIR_RUNTIME_INT_FAMILIES(X)
#undef X
  return std::nullopt;
}

namespace {
template <typename T, typename Fn>
std::optional<T> callFloatEntry(StringRef entry, T x, T y, Fn truediv,
                                Fn floordiv, Fn mod) {
  if (entry == "truediv")
    return call(truediv, x, y);
  if (entry == "floordiv")
    return call(floordiv, x, y);
  if (entry == "mod")
    return call(mod, x, y);
  return std::nullopt;
}
} // namespace

std::optional<double> pyir::evalRuntimeFloatBinary(StringRef entry, double a,
                                                   double b) {
  return callFloatEntry(entry, a, b, pyir_float_truediv, pyir_float_floordiv,
                        pyir_float_mod);
}

std::optional<APFloat> pyir::evalRuntimeFloatBinary(StringRef entry, Type type,
                                                    const APFloat &a,
                                                    const APFloat &b) {
  if (type.isF64()) {
    std::optional<double> result =
        evalRuntimeFloatBinary(entry, a.convertToDouble(), b.convertToDouble());
    return result ? std::optional<APFloat>(APFloat(*result)) : std::nullopt;
  }
  if (type.isF32()) {
    std::optional<float> result =
        callFloatEntry(entry, a.convertToFloat(), b.convertToFloat(),
                       pyir_f32_truediv, pyir_f32_floordiv, pyir_f32_mod);
    return result ? std::optional<APFloat>(APFloat(*result)) : std::nullopt;
  }
  return std::nullopt;
}
