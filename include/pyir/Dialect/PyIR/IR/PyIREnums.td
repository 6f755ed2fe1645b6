//===- PyIREnums.td - PyIR enums and enum attributes --------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRENUMS_TD
#define PYIR_DIALECT_PYIR_IR_PYIRENUMS_TD

include "pyir/Dialect/PyIR/IR/PyIRBase.td"
include "mlir/IR/EnumAttr.td"

def PyIR_OverflowMode : I32EnumAttr<"OverflowMode",
    "what integer arithmetic does when the result does not fit its type", [
      I32EnumAttrCase<"checked", 0>,
      I32EnumAttrCase<"wrap", 1>
    ]> {
  let cppNamespace = "::pyir";
  let genSpecializedAttr = 0;
}
def PyIR_OverflowModeAttr : EnumAttr<PyIR_Dialect, PyIR_OverflowMode,
                                     "overflow">;

def PyIR_CmpPredicate : I32EnumAttr<"CmpPredicate",
    "a Python comparison operator", [
      I32EnumAttrCase<"lt", 0>, I32EnumAttrCase<"le", 1>,
      I32EnumAttrCase<"eq", 2>, I32EnumAttrCase<"ne", 3>,
      I32EnumAttrCase<"gt", 4>, I32EnumAttrCase<"ge", 5>
    ]> {
  let cppNamespace = "::pyir";
  let genSpecializedAttr = 0;
}
def PyIR_CmpPredicateAttr : EnumAttr<PyIR_Dialect, PyIR_CmpPredicate,
                                     "cmp">;

// The runtime's PYIR_EXCEPTION_KINDS (include/pyir/Runtime/pyir_errors.h) is
// the definition; PyIRDialect.cpp fails to compile unless these cases are the
// same names with the same values.
def PyIR_ExceptionKind : I32EnumAttr<"ExceptionKind",
    "a builtin Python exception type", [
      I32EnumAttrCase<"ValueError", 0>,
      I32EnumAttrCase<"TypeError", 1>,
      I32EnumAttrCase<"IndexError", 2>,
      I32EnumAttrCase<"KeyError", 3>,
      I32EnumAttrCase<"ZeroDivisionError", 4>,
      I32EnumAttrCase<"OverflowError", 5>,
      I32EnumAttrCase<"ArithmeticError", 6>,
      I32EnumAttrCase<"RuntimeError", 7>,
      I32EnumAttrCase<"AssertionError", 8>,
      I32EnumAttrCase<"NotImplementedError", 9>,
      I32EnumAttrCase<"MemoryError", 10>
    ]> {
  let cppNamespace = "::pyir";
  let genSpecializedAttr = 0;
}
def PyIR_ExceptionKindAttr : EnumAttr<PyIR_Dialect, PyIR_ExceptionKind,
                                      "exception">;

def PyIR_UnaryMathFn : I32EnumAttr<"UnaryMathFn",
    "a one-argument function of Python's math module", [
      I32EnumAttrCase<"sqrt", 0>, I32EnumAttrCase<"exp", 1>,
      I32EnumAttrCase<"expm1", 2>, I32EnumAttrCase<"log", 3>,
      I32EnumAttrCase<"log1p", 4>, I32EnumAttrCase<"log2", 5>,
      I32EnumAttrCase<"log10", 6>, I32EnumAttrCase<"sin", 7>,
      I32EnumAttrCase<"cos", 8>, I32EnumAttrCase<"tan", 9>,
      I32EnumAttrCase<"asin", 10>, I32EnumAttrCase<"acos", 11>,
      I32EnumAttrCase<"atan", 12>, I32EnumAttrCase<"sinh", 13>,
      I32EnumAttrCase<"cosh", 14>, I32EnumAttrCase<"tanh", 15>,
      I32EnumAttrCase<"fabs", 16>, I32EnumAttrCase<"floor", 17>,
      I32EnumAttrCase<"ceil", 18>, I32EnumAttrCase<"trunc", 19>,
      I32EnumAttrCase<"isnan", 20>, I32EnumAttrCase<"isinf", 21>,
      I32EnumAttrCase<"isfinite", 22>, I32EnumAttrCase<"erf", 23>,
      I32EnumAttrCase<"erfc", 24>, I32EnumAttrCase<"gamma", 25>,
      I32EnumAttrCase<"lgamma", 26>, I32EnumAttrCase<"acosh", 27>,
      I32EnumAttrCase<"asinh", 28>, I32EnumAttrCase<"atanh", 29>,
      I32EnumAttrCase<"cbrt", 30>, I32EnumAttrCase<"exp2", 31>,
      // math.frexp(x) and math.modf(x), one op per element of the tuple.
      I32EnumAttrCase<"frexp_mantissa", 32>,
      I32EnumAttrCase<"frexp_exponent", 33>,
      I32EnumAttrCase<"modf_fraction", 34>,
      I32EnumAttrCase<"modf_integer", 35>,
      // Functions of an `int` (i64).
      I32EnumAttrCase<"factorial", 36>, I32EnumAttrCase<"isqrt", 37>
    ]> {
  let cppNamespace = "::pyir";
  let genSpecializedAttr = 0;
}
def PyIR_UnaryMathFnAttr : EnumAttr<PyIR_Dialect, PyIR_UnaryMathFn,
                                    "unary_math_fn">;

def PyIR_BinaryMathFn : I32EnumAttr<"BinaryMathFn",
    "a two-argument function of Python's math module", [
      I32EnumAttrCase<"pow", 0>, I32EnumAttrCase<"atan2", 1>,
      I32EnumAttrCase<"hypot", 2>, I32EnumAttrCase<"copysign", 3>,
      I32EnumAttrCase<"fmod", 4>, I32EnumAttrCase<"log", 5>,
      // A float and an `int`.
      I32EnumAttrCase<"ldexp", 6>,
      // Functions of two `int`s (i64).
      I32EnumAttrCase<"gcd", 7>, I32EnumAttrCase<"lcm", 8>,
      I32EnumAttrCase<"comb", 9>, I32EnumAttrCase<"perm", 10>
    ]> {
  let cppNamespace = "::pyir";
  let genSpecializedAttr = 0;
}
def PyIR_BinaryMathFnAttr : EnumAttr<PyIR_Dialect, PyIR_BinaryMathFn,
                                     "binary_math_fn">;

#endif // PYIR_DIALECT_PYIR_IR_PYIRENUMS_TD
