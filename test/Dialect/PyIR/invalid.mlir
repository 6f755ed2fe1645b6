// RUN: pyir-opt %s -split-input-file -verify-diagnostics --allow-unregistered-dialect

// One case per verifier error of the pyir dialect: the C++ verifiers of the
// ops, the view type and the dialect attribute, and the ODS constraints that
// carry meaning.

//===----------------------------------------------------------------------===//
// pyir.constant
//===----------------------------------------------------------------------===//

func.func @constant_type_mismatch() {
  // expected-error @+1 {{'pyir.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "pyir.constant"() <{value = 1 : i64}> : () -> f64
  return
}

// -----

func.func @constant_not_int_or_float() {
  // expected-error @+1 {{'pyir.constant' op value must be an integer or float attribute of a scalar type, got #foo<"bar"> : i64}}
  %0 = pyir.constant #foo<"bar"> : i64
  return
}

// -----

func.func @constant_not_scalar() {
  // expected-error @+1 {{'pyir.constant' op result #0 must be scalar}}
  %0 = pyir.constant 1 : i32
  return
}

// -----

//===----------------------------------------------------------------------===//
// Overflow modes
//===----------------------------------------------------------------------===//

func.func @add_int_without_overflow(%a: i64) {
  // expected-error @+1 {{'pyir.add' op on integers needs an overflow mode (`checked` or `wrap`)}}
  %0 = pyir.add %a, %a : i64
  return
}

// -----

func.func @sub_fixed_without_overflow(%a: ui8) {
  // expected-error @+1 {{'pyir.sub' op on integers needs an overflow mode}}
  %0 = pyir.sub %a, %a : ui8
  return
}

// -----

func.func @mul_float_with_overflow(%x: f64) {
  // expected-error @+1 {{'pyir.mul' op takes an overflow mode only on integers, not on 'f64'}}
  %0 = pyir.mul checked %x, %x : f64
  return
}

// -----

// `checked` is Python's int only: the fixed widths wrap (the C runtime has
// no checked fixed-width entries, so a checked si8 would silently wrap).
func.func @add_checked_fixed_width(%x: ui8) {
  // expected-error @+1 {{'pyir.add' op takes `checked` only on `int` (i64); fixed-width integers wrap, not 'ui8'}}
  %0 = pyir.add checked %x, %x : ui8
  return
}

// -----

func.func @floordiv_checked_fixed_width(%x: si64) {
  // expected-error @+1 {{'pyir.floordiv' op takes `checked` only on `int` (i64); fixed-width integers wrap, not 'si64'}}
  %0 = pyir.floordiv checked %x, %x : si64
  return
}

// -----

func.func @shl_checked_fixed_width(%x: si8) {
  // expected-error @+1 {{'pyir.shl' op takes `checked` only on `int` (i64); fixed-width integers wrap, not 'si8'}}
  %0 = pyir.shl checked %x, %x : si8
  return
}

// -----

func.func @abs_checked_fixed_width(%x: ui32) {
  // expected-error @+1 {{'pyir.abs' op takes `checked` only on `int` (i64); fixed-width integers wrap, not 'ui32'}}
  %0 = pyir.abs checked %x : ui32
  return
}

// -----

func.func @pow_float_with_overflow(%x: f32) {
  // expected-error @+1 {{'pyir.pow' op takes an overflow mode only on integers, not on 'f32'}}
  %0 = pyir.pow wrap %x, %x : f32
  return
}

// -----

func.func @pow_int_without_overflow(%a: si32) {
  // expected-error @+1 {{'pyir.pow' op on integers needs an overflow mode}}
  %0 = pyir.pow %a, %a : si32
  return
}

// -----

func.func @neg_int_without_overflow(%a: i64) {
  // expected-error @+1 {{'pyir.neg' op on integers needs an overflow mode}}
  %0 = pyir.neg %a : i64
  return
}

// -----

func.func @abs_float_with_overflow(%x: f64) {
  // expected-error @+1 {{'pyir.abs' op takes an overflow mode only on integers}}
  %0 = pyir.abs checked %x : f64
  return
}

// -----

func.func @add_mixed_types(%a: i64, %b: si64) {
  // expected-error @+1 {{'pyir.add' op requires the same type for all operands and results}}
  %0 = "pyir.add"(%a, %b) <{overflow = #pyir<overflow checked>}> : (i64, si64) -> i64
  return
}

// -----

func.func @add_not_numeric(%p: i1) {
  // expected-error @+1 {{'pyir.add' op operand #0 must be numeric}}
  %0 = pyir.add checked %p, %p : i1
  return
}

// -----

//===----------------------------------------------------------------------===//
// Division
//===----------------------------------------------------------------------===//

func.func @floordiv_int_without_overflow(%a: i64) {
  // expected-error @+1 {{'pyir.floordiv' op on integers needs an overflow mode}}
  %0 = pyir.floordiv %a, %a : i64
  return
}

// -----

func.func @mod_float_with_overflow(%x: f64) {
  // expected-error @+1 {{'pyir.mod' op takes an overflow mode only on integers}}
  %0 = pyir.mod checked %x, %x : f64
  return
}

// -----

func.func @floordiv_cdivision_on_float(%x: f64) {
  // expected-error @+1 {{'pyir.floordiv' op takes `cdivision` only on integers}}
  %0 = pyir.floordiv cdivision %x, %x : f64
  return
}

// -----

func.func @mod_cdivision_on_float(%x: f32) {
  // expected-error @+1 {{'pyir.mod' op takes `cdivision` only on integers}}
  %0 = pyir.mod cdivision %x, %x : f32
  return
}

// -----

func.func @truediv_int_result(%a: i64) {
  // expected-error @+1 {{'pyir.truediv' op result #0 must be float (f32 or f64)}}
  %0 = pyir.truediv %a, %a : i64 -> i64
  return
}

// -----

func.func @truediv_int_to_f32(%a: si32) {
  // expected-error @+1 {{'pyir.truediv' op result must be 'f64' for 'si32' operands}}
  %0 = pyir.truediv %a, %a : si32 -> f32
  return
}

// -----

func.func @truediv_f32_to_f64(%x: f32) {
  // expected-error @+1 {{'pyir.truediv' op result must be 'f32' for 'f32' operands}}
  %0 = pyir.truediv %x, %x : f32 -> f64
  return
}

// -----

func.func @truediv_cdivision_on_float(%x: f64) {
  // expected-error @+1 {{'pyir.truediv' op takes `cdivision` only on integers}}
  %0 = pyir.truediv cdivision %x, %x : f64 -> f64
  return
}

// -----

func.func @truediv_mixed_operands(%a: i64, %x: f64) {
  // expected-error @+1 {{'pyir.truediv' op failed to verify that all of {lhs, rhs} have same type}}
  %0 = "pyir.truediv"(%a, %x) : (i64, f64) -> f64
  return
}

// -----

//===----------------------------------------------------------------------===//
// Bitwise operations and shifts
//===----------------------------------------------------------------------===//

func.func @and_on_float(%x: f64) {
  // expected-error @+1 {{'pyir.and' op operand #0 must be integer or bool}}
  %0 = pyir.and %x, %x : f64
  return
}

// -----

func.func @invert_on_bool(%p: i1) {
  // expected-error @+1 {{'pyir.invert' op operand #0 must be integer (i64 for int, siN/uiN fixed width)}}
  %0 = pyir.invert %p : i1
  return
}

// -----

func.func @shl_without_overflow(%a: i64) {
  // expected-error @+1 {{expected keyword for what integer arithmetic does when the result does not fit its type}}
  %0 = pyir.shl %a, %a : i64
  return
}

// -----

func.func @shl_on_float(%x: f64) {
  // expected-error @+1 {{'pyir.shl' op operand #0 must be integer (i64 for int, siN/uiN fixed width)}}
  %0 = pyir.shl wrap %x, %x : f64
  return
}

// -----

func.func @shr_on_float(%x: f32) {
  // expected-error @+1 {{'pyir.shr' op operand #0 must be integer}}
  %0 = pyir.shr %x, %x : f32
  return
}

// -----

//===----------------------------------------------------------------------===//
// pyir.cmp
//===----------------------------------------------------------------------===//

func.func @cmp_bool_with_int(%p: i1, %a: i64) {
  // expected-error @+1 {{'pyir.cmp' op compares a bool only with a bool; convert the other operand first}}
  %0 = pyir.cmp eq %p, %a : i1, i64
  return
}

// -----

func.func @cmp_float_with_bool(%x: f64, %p: i1) {
  // expected-error @+1 {{'pyir.cmp' op compares a bool only with a bool}}
  %0 = pyir.cmp lt %x, %p : f64, i1
  return
}

// -----

func.func @cmp_unknown_predicate(%a: i64) {
  // expected-error @+1 {{expected one of [lt, le, eq, ne, gt, ge] for a Python comparison operator, got: slt}}
  %0 = pyir.cmp slt %a, %a : i64, i64
  return
}

// -----

func.func @cmp_not_scalar(%v: !pyir.view<f64, 1>) {
  // expected-error @+1 {{'pyir.cmp' op operand #0 must be scalar}}
  %0 = pyir.cmp eq %v, %v : !pyir.view<f64, 1>, !pyir.view<f64, 1>
  return
}

// -----

//===----------------------------------------------------------------------===//
// pyir.cast
//===----------------------------------------------------------------------===//

func.func @cast_to_itself(%a: i64) {
  // expected-error @+1 {{'pyir.cast' op casts 'i64' to itself}}
  %0 = pyir.cast checked %a : i64 to i64
  return
}

// -----

func.func @cast_float_to_itself(%x: f32) {
  // expected-error @+1 {{'pyir.cast' op casts 'f32' to itself}}
  %0 = pyir.cast %x : f32 to f32
  return
}

// -----

func.func @cast_to_int_without_overflow(%x: f64) {
  // expected-error @+1 {{'pyir.cast' op on integers needs an overflow mode}}
  %0 = pyir.cast %x : f64 to i64
  return
}

// -----

func.func @cast_to_float_with_overflow(%a: i64) {
  // expected-error @+1 {{'pyir.cast' op takes an overflow mode only on integers, not on 'f64'}}
  %0 = pyir.cast wrap %a : i64 to f64
  return
}

// -----

func.func @cast_to_bool(%a: i64) {
  // expected-error @+1 {{'pyir.cast' op result #0 must be numeric}}
  %0 = pyir.cast %a : i64 to i1
  return
}

// -----

//===----------------------------------------------------------------------===//
// pyir.round
//===----------------------------------------------------------------------===//

func.func @round_to_float_without_ndigits(%x: f64) {
  // expected-error @+1 {{'pyir.round' op result must be 'i64' without ndigits}}
  %0 = pyir.round %x : f64 -> f64
  return
}

// -----

func.func @round_to_int_with_ndigits(%x: f64, %d: i64) {
  // expected-error @+1 {{'pyir.round' op result must be 'f64' with ndigits}}
  %0 = pyir.round %x, %d : f64 -> i64
  return
}

// -----

func.func @round_f32_to_f64_with_ndigits(%x: f32, %d: i64) {
  // expected-error @+1 {{'pyir.round' op result must be 'f32' with ndigits}}
  %0 = pyir.round %x, %d : f32 -> f64
  return
}

// -----

func.func @round_int_operand(%a: i64) {
  // expected-error @+1 {{'pyir.round' op operand #0 must be float (f32 or f64)}}
  %0 = pyir.round %a : i64 -> i64
  return
}

// -----

//===----------------------------------------------------------------------===//
// math
//===----------------------------------------------------------------------===//

func.func @math_sqrt_to_int(%x: f64) {
  // expected-error @+1 {{'pyir.math_unary' op math.sqrt returns 'f64', not 'i64'}}
  %0 = pyir.math_unary sqrt %x : f64 -> i64
  return
}

// -----

func.func @math_sin_f32_to_f64(%x: f32) {
  // expected-error @+1 {{'pyir.math_unary' op math.sin returns 'f32', not 'f64'}}
  %0 = pyir.math_unary sin %x : f32 -> f64
  return
}

// -----

func.func @math_floor_to_float(%x: f64) {
  // expected-error @+1 {{'pyir.math_unary' op math.floor returns 'i64', not 'f64'}}
  %0 = pyir.math_unary floor %x : f64 -> f64
  return
}

// -----

func.func @math_isnan_to_int(%x: f64) {
  // expected-error @+1 {{'pyir.math_unary' op math.isnan returns 'i1', not 'i64'}}
  %0 = pyir.math_unary isnan %x : f64 -> i64
  return
}

// -----

func.func @math_unary_int_operand(%a: i64) {
  // expected-error @+1 {{'pyir.math_unary' op math.exp operand #0 must be a float, not 'i64'}}
  %0 = pyir.math_unary exp %a : i64 -> i64
  return
}

// -----

func.func @math_unary_float_of_int_fn(%x: f64) {
  // expected-error @+1 {{'pyir.math_unary' op math.factorial operand #0 must be i64, not 'f64'}}
  %0 = pyir.math_unary factorial %x : f64 -> f64
  return
}

// -----

func.func @math_unary_unknown_fn(%x: f64) {
  // expected-error @+1 {{expected one of [sqrt, exp, expm1, log, log1p, log2, log10, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, fabs, floor, ceil, trunc, isnan, isinf, isfinite, erf, erfc, gamma, lgamma, acosh, asinh, atanh, cbrt, exp2, frexp_mantissa, frexp_exponent, modf_fraction, modf_integer, factorial, isqrt] for a one-argument function of Python's math module, got: digamma}}
  %0 = pyir.math_unary digamma %x : f64 -> f64
  return
}

// -----

func.func @math_binary_int(%a: i64) {
  // expected-error @+1 {{'pyir.math_binary' op math.atan2 operand #0 must be a float, not 'i64'}}
  %0 = pyir.math_binary atan2 %a, %a : i64
  return
}

// -----

func.func @math_binary_ldexp_float_exponent(%x: f64) {
  // expected-error @+1 {{'pyir.math_binary' op math.ldexp operand #1 must be i64, not 'f64'}}
  %0 = pyir.math_binary ldexp %x, %x : f64
  return
}

// -----

func.func @math_binary_mixed(%x: f64, %y: f32) {
  // expected-error @+1 {{'pyir.math_binary' op failed to verify that all of {lhs, result} have same type}}
  %0 = "pyir.math_binary"(%y, %x) <{fn = #pyir<binary_math_fn hypot>}> : (f32, f64) -> f64
  return
}

// -----

//===----------------------------------------------------------------------===//
// The view type
//===----------------------------------------------------------------------===//

// expected-error @+1 {{view element type must be si8..si64, ui8..ui64, f32 or f64, got 'i64'}}
func.func @view_of_int(%v: !pyir.view<i64, 1>) {
  return
}

// -----

// expected-error @+1 {{view element type must be si8..si64, ui8..ui64, f32 or f64, got 'i1'}}
func.func @view_of_bool(%v: !pyir.view<i1, 1>) {
  return
}

// -----

// expected-error @+1 {{view element type must be si8..si64, ui8..ui64, f32 or f64, got 'f16'}}
func.func @view_of_f16(%v: !pyir.view<f16, 1>) {
  return
}

// -----

// expected-error @+1 {{view element type must be si8..si64, ui8..ui64, f32 or f64, got 'si128'}}
func.func @view_of_si128(%v: !pyir.view<si128, 1>) {
  return
}

// -----

// expected-error @+1 {{view rank must be between 1 and 4, got 0}}
func.func @view_rank_zero(%v: !pyir.view<f64, 0>) {
  return
}

// -----

// expected-error @+1 {{view rank must be between 1 and 4, got 5}}
func.func @view_rank_five(%v: !pyir.view<f64, 5>) {
  return
}

// -----

// expected-error @+1 {{expected 'contiguous'}}
func.func @view_bad_keyword(%v: !pyir.view<f64, 1, strided>) {
  return
}

// -----

//===----------------------------------------------------------------------===//
// pyir.dim, pyir.load, pyir.store
//===----------------------------------------------------------------------===//

func.func @dim_axis_too_large(%v: !pyir.view<f64, 2>) {
  // expected-error @+1 {{'pyir.dim' op axis 2 is out of range for a view of rank 2}}
  %0 = pyir.dim %v[2] : !pyir.view<f64, 2>
  return
}

// -----

func.func @dim_axis_negative(%v: !pyir.view<f64, 1>) {
  // expected-error @+1 {{'pyir.dim' op axis -1 is out of range for a view of rank 1}}
  %0 = pyir.dim %v[-1] : !pyir.view<f64, 1>
  return
}

// -----

func.func @load_too_few_indices(%v: !pyir.view<f64, 2>, %i: i64) {
  // expected-error @+1 {{'pyir.load' op needs 2 indices for '!pyir.view<f64, 2>', got 1}}
  %0 = pyir.load %v[%i] : !pyir.view<f64, 2>
  return
}

// -----

func.func @load_too_many_indices(%v: !pyir.view<f64, 1>, %i: i64) {
  // expected-error @+1 {{'pyir.load' op needs 1 indices for '!pyir.view<f64, 1>', got 2}}
  %0 = pyir.load %v[%i, %i] boundscheck : !pyir.view<f64, 1>
  return
}

// -----

func.func @load_wrong_result(%v: !pyir.view<f64, 1>, %i: i64) {
  // expected-error @+1 {{'pyir.load' op failed to verify that result type is the view's element type}}
  %0 = "pyir.load"(%v, %i) : (!pyir.view<f64, 1>, i64) -> f32
  return
}

// -----

func.func @load_index_not_int(%v: !pyir.view<f64, 1>, %i: si64) {
  // expected-error @+1 {{'pyir.load' op operand #1 must be variadic of int, but got 'si64'}}
  %0 = "pyir.load"(%v, %i) : (!pyir.view<f64, 1>, si64) -> f64
  return
}

// -----

func.func @store_too_few_indices(%v: !pyir.view<ui8, 3>, %i: i64, %b: ui8) {
  // expected-error @+1 {{'pyir.store' op needs 3 indices for '!pyir.view<ui8, 3>', got 2}}
  pyir.store %b, %v[%i, %i] : !pyir.view<ui8, 3>
  return
}

// -----

func.func @store_wrong_value(%v: !pyir.view<ui8, 1>, %i: i64, %a: i64) {
  // expected-error @+1 {{'pyir.store' op failed to verify that value type is the view's element type}}
  "pyir.store"(%a, %v, %i) : (i64, !pyir.view<ui8, 1>, i64) -> ()
  return
}

// -----

//===----------------------------------------------------------------------===//
// Tuples
//===----------------------------------------------------------------------===//

func.func @tuple_get_index_too_large(%t: tuple<i64, f64>) {
  // expected-error @+1 {{'pyir.tuple_get' op index 2 is out of range for 'tuple<i64, f64>'}}
  %0 = pyir.tuple_get %t[2] : tuple<i64, f64> -> i64
  return
}

// -----

func.func @tuple_get_index_negative(%t: tuple<i64, f64>) {
  // expected-error @+1 {{'pyir.tuple_get' op index -1 is out of range for 'tuple<i64, f64>'}}
  %0 = pyir.tuple_get %t[-1] : tuple<i64, f64> -> i64
  return
}

// -----

func.func @tuple_get_wrong_type(%t: tuple<i64, f64>) {
  // expected-error @+1 {{'pyir.tuple_get' op result type 'i64' does not match element 1 of 'tuple<i64, f64>'}}
  %0 = pyir.tuple_get %t[1] : tuple<i64, f64> -> i64
  return
}

// -----

func.func @tuple_of_tuple(%t: tuple<i64, i64>) {
  // expected-error @+1 {{'pyir.tuple' op operand #0 must be variadic of scalar or view}}
  %0 = pyir.tuple %t : tuple<i64, i64>
  return
}

// -----

func.func @tuple_wrong_result(%a: i64) {
  // expected-error @+2 {{'pyir.tuple' op inferred type(s) 'tuple<i64>' are incompatible with return type(s) of operation 'tuple<f64>'}}
  // expected-error @+1 {{'pyir.tuple' op failed to infer returned types}}
  %0 = "pyir.tuple"(%a) : (i64) -> tuple<f64>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Exceptions
//===----------------------------------------------------------------------===//

func.func @raise_unknown_exception() {
  // expected-error @+1 {{expected one of [ValueError, TypeError, IndexError, KeyError, ZeroDivisionError, OverflowError, ArithmeticError, RuntimeError, AssertionError, NotImplementedError, MemoryError] for a builtin Python exception type, got: StopIteration}}
  pyir.raise StopIteration
  return
}

// -----

func.func @assert_not_bool(%a: i64) {
  // expected-error @+1 {{'pyir.assert' op operand #0 must be 1-bit signless integer}}
  "pyir.assert"(%a) <{kind = #pyir<exception AssertionError>}> : (i64) -> ()
  return
}

// -----

//===----------------------------------------------------------------------===//
// The pyir.version attribute
//===----------------------------------------------------------------------===//

// expected-error @+1 {{'pyir.version' must be a string "MAJOR.MINOR"}}
module attributes {pyir.version = 1} {
}

// -----

// expected-error @+1 {{'pyir.version' must be a string "MAJOR.MINOR"}}
module attributes {pyir.version = "1"} {
}

// -----

// expected-error @+1 {{'pyir.version' must be a string "MAJOR.MINOR"}}
module attributes {pyir.version = "1.0.1"} {
}

// -----

// expected-error @+1 {{pyir dialect version 2.0 is not supported: this build reads version 1.x}}
module attributes {pyir.version = "2.0"} {
}

// -----

// expected-error @+1 {{pyir dialect version 0.9 is not supported: this build reads version 1.x}}
module attributes {pyir.version = "0.9"} {
}

// -----

// expected-error @+1 {{pyir dialect version 1.7 is newer than this build (1.6)}}
module attributes {pyir.version = "1.7"} {
}

// -----

// expected-error @+1 {{'pyir.version' is only valid on a builtin.module}}
func.func @version_on_func() attributes {pyir.version = "1.0"} {
  return
}

// -----

// expected-error @+1 {{unknown pyir attribute 'pyir.versoin' on an operation}}
module attributes {pyir.versoin = "1.0"} {
}

// -----

func.func @unknown_attr_on_op(%a: i64) {
  // expected-error @+1 {{unknown pyir attribute 'pyir.checked' on an operation}}
  %0 = pyir.add wrap %a, %a {pyir.checked} : i64
  return
}

// -----

func.func @nonzero_divisor_on_add(%a: i64) -> i64 {
  // expected-error @+1 {{'pyir.nonzero_divisor' must be a unit attribute on pyir.floordiv, pyir.mod or pyir.truediv}}
  %0 = pyir.add checked %a, %a {pyir.nonzero_divisor} : i64
  return %0 : i64
}

// -----

func.func @nonzero_divisor_not_unit(%a: f64) -> f64 {
  // expected-error @+1 {{'pyir.nonzero_divisor' must be a unit attribute on pyir.floordiv, pyir.mod or pyir.truediv}}
  %0 = pyir.truediv %a, %a {pyir.nonzero_divisor = true} : f64 -> f64
  return %0 : f64
}

// -----

// The Python signature convert-pyir-to-emitc keeps is for emitc.func only.
// expected-error @+1 {{'pyir.py_signature' must be a dictionary on an emitc.func}}
func.func @signature_on_func() attributes {pyir.py_signature = {name = "f"}} {
  return
}

// -----

// expected-error @+1 {{'pyir.py_signature' must be a dictionary on an emitc.func}}
emitc.func @signature_not_dictionary() attributes {pyir.py_signature = "f"} {
  emitc.return
}

// -----

// The Python signature is on the arguments (dialect 1.2).
// expected-error @+1 {{'pyir.arg_name' of argument 1 must be a non-empty string}}
func.func @empty_arg_name(%a: i64 {pyir.arg_name = "a"}, %b: i64 {pyir.arg_name = ""}) {
  return
}

// -----

// expected-error @+1 {{'pyir.arg_default' of argument 0 must be a constant of type 'f64'}}
func.func @default_of_other_type(%x: f64 {pyir.arg_name = "x", pyir.arg_default = 1 : i64}) {
  return
}

// -----

// expected-error @+1 {{unknown pyir argument attribute 'pyir.arg_names'}}
func.func @array_on_argument(%x: f64 {pyir.arg_names = ["x"]}) {
  return
}

// -----

// Dialect 1.0/1.1's arrays are still read, and still checked.
// expected-error @+1 {{'pyir.arg_names' must be an array with one entry per argument (2)}}
func.func @legacy_names_short(%a: i64, %b: i64) attributes {pyir.arg_names = ["a"]} {
  return
}

// -----

func.func @alloc_extent_count(%n: i64) -> !pyir.view<f64, 2, contiguous> {
  // expected-error @+1 {{'pyir.alloc' op needs 2 extents for '!pyir.view<f64, 2, contiguous>', got 1}}
  %a = pyir.alloc(%n) : !pyir.view<f64, 2, contiguous>
  return %a : !pyir.view<f64, 2, contiguous>
}

// -----

func.func @alloc_strided(%n: i64) -> !pyir.view<f64, 1> {
  // expected-error @+1 {{'pyir.alloc' op allocates C-contiguous arrays, not '!pyir.view<f64, 1>'}}
  %a = pyir.alloc(%n) : !pyir.view<f64, 1>
  return %a : !pyir.view<f64, 1>
}

// -----

func.func @subview_values(%a: !pyir.view<f64, 1>, %i: i64) -> !pyir.view<f64, 1> {
  // expected-error @+1 {{'pyir.subview' op keys take 2 values, got 1}}
  %b = pyir.subview %a[%i] keys [3] : !pyir.view<f64, 1> -> !pyir.view<f64, 1>
  return %b : !pyir.view<f64, 1>
}

// -----

func.func @subview_code(%a: !pyir.view<f64, 1>, %i: i64) -> !pyir.view<f64, 1> {
  // expected-error @+1 {{'pyir.subview' op key item 8 is neither an index (-1) nor a slice (0 to 7)}}
  %b = pyir.subview %a[%i] keys [8] : !pyir.view<f64, 1> -> !pyir.view<f64, 1>
  return %b : !pyir.view<f64, 1>
}

// -----

func.func @subview_element(%a: !pyir.view<f64, 1>, %i: i64) -> !pyir.view<f64, 1> {
  // expected-error @+1 {{'pyir.subview' op keys of 1 items do not slice a view of rank 1 (at most one item per axis, one slice kept)}}
  %b = pyir.subview %a[%i] keys [-1] : !pyir.view<f64, 1> -> !pyir.view<f64, 1>
  return %b : !pyir.view<f64, 1>
}

// -----

// The contiguity is what ViewSlicing.h proves, no more.
func.func @subview_contiguity(%a: !pyir.view<f64, 1, contiguous>, %s: i64) -> !pyir.view<f64, 1, contiguous> {
  // expected-error @+1 {{'pyir.subview' op result should be '!pyir.view<f64, 1>', not '!pyir.view<f64, 1, contiguous>'}}
  %b = pyir.subview %a[%s] keys [4] : !pyir.view<f64, 1, contiguous> -> !pyir.view<f64, 1, contiguous>
  return %b : !pyir.view<f64, 1, contiguous>
}

// -----

func.func @stride_axis(%a: !pyir.view<f64, 1>) -> i64 {
  // expected-error @+1 {{'pyir.stride' op axis 1 is out of range for a view of rank 1}}
  %s = pyir.stride %a[1] : !pyir.view<f64, 1>
  return %s : i64
}
