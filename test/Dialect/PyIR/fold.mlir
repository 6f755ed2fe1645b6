// RUN: pyir-opt %s -canonicalize | FileCheck %s

// Constant folding of the pyir ops. Every expected value is CPython's (or,
// for fixed-width types, CPython's value modulo 2^N); an op whose run-time
// execution raises must not fold.

//===----------------------------------------------------------------------===//
// pyir.add, pyir.sub, pyir.mul
//===----------------------------------------------------------------------===//

// 2 + 3 == 5
// CHECK-LABEL: func.func @add_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant 5 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @add_checked() -> i64 {
  %a = pyir.constant 2 : i64
  %b = pyir.constant 3 : i64
  %r = pyir.add checked %a, %b : i64
  return %r : i64
}

// 2**63 - 1 + 1 raises OverflowError
// CHECK-LABEL: func.func @add_checked_overflow
// CHECK-DAG: %[[A:.*]] = pyir.constant 9223372036854775807 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 1 : i64
// CHECK: %[[R:.*]] = pyir.add checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @add_checked_overflow() -> i64 {
  %a = pyir.constant 9223372036854775807 : i64
  %b = pyir.constant 1 : i64
  %r = pyir.add checked %a, %b : i64
  return %r : i64
}

// (2**63 - 1 + 1) wrapped to int64 is -2**63
// CHECK-LABEL: func.func @add_wrap_i64
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @add_wrap_i64() -> i64 {
  %a = pyir.constant 9223372036854775807 : i64
  %b = pyir.constant 1 : i64
  %r = pyir.add wrap %a, %b : i64
  return %r : i64
}

// u8: (255 + 1) % 256 == 0
// CHECK-LABEL: func.func @add_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @add_wrap_ui8() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 1 : ui8
  %r = pyir.add wrap %a, %b : ui8
  return %r : ui8
}

// i8: 127 + 1 wraps to -128
// CHECK-LABEL: func.func @add_wrap_si8
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @add_wrap_si8() -> si8 {
  %a = pyir.constant 127 : si8
  %b = pyir.constant 1 : si8
  %r = pyir.add wrap %a, %b : si8
  return %r : si8
}

// fixed width wraps (`checked` is only for int): u8: 255 + 1 wraps to 0
// CHECK-LABEL: func.func @add_ui8_overflow_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @add_ui8_overflow_wrap() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 1 : ui8
  %r = pyir.add wrap %a, %b : ui8
  return %r : ui8
}

// fixed width wraps (`checked` is only for int): u64: 2**64 - 2 + 1
// CHECK-LABEL: func.func @add_ui64_max_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 18446744073709551615 : ui64
// CHECK-NEXT: return %[[R]] : ui64
func.func @add_ui64_max_wrap() -> ui64 {
  %a = pyir.constant 18446744073709551614 : ui64
  %b = pyir.constant 1 : ui64
  %r = pyir.add wrap %a, %b : ui64
  return %r : ui64
}

// 0.1 + 0.2 == 0.30000000000000004
// CHECK-LABEL: func.func @add_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0.30000000000000004 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @add_float() -> f64 {
  %a = pyir.constant 0.1 : f64
  %b = pyir.constant 0.2 : f64
  %r = pyir.add %a, %b : f64
  return %r : f64
}

// f32: 2**24 + 1 rounds to 2**24 (0x4B800000)
// CHECK-LABEL: func.func @add_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0x4B800000 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @add_f32() -> f32 {
  %a = pyir.constant 16777216.0 : f32
  %b = pyir.constant 1.0 : f32
  %r = pyir.add %a, %b : f32
  return %r : f32
}

// 3 - 5 == -2
// CHECK-LABEL: func.func @sub_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant -2 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @sub_checked() -> i64 {
  %a = pyir.constant 3 : i64
  %b = pyir.constant 5 : i64
  %r = pyir.sub checked %a, %b : i64
  return %r : i64
}

// -2**63 - 1 raises OverflowError
// CHECK-LABEL: func.func @sub_checked_overflow
// CHECK-DAG: %[[A:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 1 : i64
// CHECK: %[[R:.*]] = pyir.sub checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @sub_checked_overflow() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %b = pyir.constant 1 : i64
  %r = pyir.sub checked %a, %b : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): u8: 3 - 5 wraps to 254
// CHECK-LABEL: func.func @sub_ui8_negative_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 254 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @sub_ui8_negative_wrap() -> ui8 {
  %a = pyir.constant 3 : ui8
  %b = pyir.constant 5 : ui8
  %r = pyir.sub wrap %a, %b : ui8
  return %r : ui8
}

// u8: (0 - 1) % 256 == 255
// CHECK-LABEL: func.func @sub_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 255 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @sub_wrap_ui8() -> ui8 {
  %a = pyir.constant 0 : ui8
  %b = pyir.constant 1 : ui8
  %r = pyir.sub wrap %a, %b : ui8
  return %r : ui8
}

// 0.5 - 2.0 == -1.5
// CHECK-LABEL: func.func @sub_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1.500000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @sub_float() -> f64 {
  %a = pyir.constant 0.5 : f64
  %b = pyir.constant 2.0 : f64
  %r = pyir.sub %a, %b : f64
  return %r : f64
}

// -3 * 4 == -12
// CHECK-LABEL: func.func @mul_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant -12 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mul_checked() -> i64 {
  %a = pyir.constant -3 : i64
  %b = pyir.constant 4 : i64
  %r = pyir.mul checked %a, %b : i64
  return %r : i64
}

// 2**32 * 2**32 raises OverflowError
// CHECK-LABEL: func.func @mul_checked_overflow
// CHECK-DAG: %[[A:.*]] = pyir.constant 4294967296 : i64
// CHECK: %[[R:.*]] = pyir.mul checked %[[A]], %[[A]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mul_checked_overflow() -> i64 {
  %a = pyir.constant 4294967296 : i64
  %b = pyir.constant 4294967296 : i64
  %r = pyir.mul checked %a, %b : i64
  return %r : i64
}

// 2**32 * 2**32 wraps to 0
// CHECK-LABEL: func.func @mul_wrap_i64
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mul_wrap_i64() -> i64 {
  %a = pyir.constant 4294967296 : i64
  %b = pyir.constant 4294967296 : i64
  %r = pyir.mul wrap %a, %b : i64
  return %r : i64
}

// i8: 16 * 8 == 128 wraps to -128
// CHECK-LABEL: func.func @mul_wrap_si8
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @mul_wrap_si8() -> si8 {
  %a = pyir.constant 16 : si8
  %b = pyir.constant 8 : si8
  %r = pyir.mul wrap %a, %b : si8
  return %r : si8
}

// fixed width wraps (`checked` is only for int): i8: 16 * 8 wraps to -128
// CHECK-LABEL: func.func @mul_si8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @mul_si8_wrap() -> si8 {
  %a = pyir.constant 16 : si8
  %b = pyir.constant 8 : si8
  %r = pyir.mul wrap %a, %b : si8
  return %r : si8
}

// 1.5 * -2.0 == -3.0
// CHECK-LABEL: func.func @mul_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant -3.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @mul_float() -> f64 {
  %a = pyir.constant 1.5 : f64
  %b = pyir.constant -2.0 : f64
  %r = pyir.mul %a, %b : f64
  return %r : f64
}

// x + 0, 0 + x, x - 0 and x * 1 are x for integers, also when checked.
// CHECK-LABEL: func.func @int_identities
// CHECK-SAME: (%[[X:.*]]: i64)
// CHECK-NOT: pyir.add
// CHECK-NOT: pyir.sub
// CHECK-NOT: pyir.mul
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]] : i64, i64, i64, i64
func.func @int_identities(%x: i64) -> (i64, i64, i64, i64) {
  %zero = pyir.constant 0 : i64
  %one = pyir.constant 1 : i64
  %0 = pyir.add checked %x, %zero : i64
  %1 = pyir.add checked %zero, %x : i64
  %2 = pyir.sub checked %x, %zero : i64
  %3 = pyir.mul checked %one, %x : i64
  return %0, %1, %2, %3 : i64, i64, i64, i64
}

// x + 0.0 is not x for x == -0.0; x * 1.0 would be, but float identities are
// not folded: the op must stay.
// CHECK-LABEL: func.func @float_add_zero_stays
// CHECK: pyir.add
func.func @float_add_zero_stays(%x: f64) -> f64 {
  %zero = pyir.constant 0.0 : f64
  %0 = pyir.add %x, %zero : f64
  return %0 : f64
}

//===----------------------------------------------------------------------===//
// pyir.pow
//===----------------------------------------------------------------------===//

// 2 ** 62
// CHECK-LABEL: func.func @pow_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant 4611686018427387904 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked() -> i64 {
  %a = pyir.constant 2 : i64
  %b = pyir.constant 62 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// (-2) ** 63 == -2**63 fits
// CHECK-LABEL: func.func @pow_checked_negative_base
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked_negative_base() -> i64 {
  %a = pyir.constant -2 : i64
  %b = pyir.constant 63 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// (-3) ** 39 == -4052555153018976267
// CHECK-LABEL: func.func @pow_checked_odd
// CHECK-NEXT: %[[R:.*]] = pyir.constant -4052555153018976267 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked_odd() -> i64 {
  %a = pyir.constant -3 : i64
  %b = pyir.constant 39 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// 2 ** 63 raises OverflowError
// CHECK-LABEL: func.func @pow_checked_overflow
// CHECK-DAG: %[[A:.*]] = pyir.constant 2 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 63 : i64
// CHECK: %[[R:.*]] = pyir.pow checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked_overflow() -> i64 {
  %a = pyir.constant 2 : i64
  %b = pyir.constant 63 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// 2 ** 64 raises OverflowError (it is 0 mod 2**64)
// CHECK-LABEL: func.func @pow_checked_overflow_64
// CHECK-DAG: %[[A:.*]] = pyir.constant 2 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 64 : i64
// CHECK: %[[R:.*]] = pyir.pow checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked_overflow_64() -> i64 {
  %a = pyir.constant 2 : i64
  %b = pyir.constant 64 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): i8: 2 ** 8 wraps to 0
// CHECK-LABEL: func.func @pow_si8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @pow_si8_wrap() -> si8 {
  %a = pyir.constant 2 : si8
  %b = pyir.constant 8 : si8
  %r = pyir.pow wrap %a, %b : si8
  return %r : si8
}

// fixed width wraps (`checked` is only for int): u8: 16 ** 2 wraps to 0
// CHECK-LABEL: func.func @pow_ui8_square_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @pow_ui8_square_wrap() -> ui8 {
  %a = pyir.constant 16 : ui8
  %b = pyir.constant 2 : ui8
  %r = pyir.pow wrap %a, %b : ui8
  return %r : ui8
}

// fixed width wraps (`checked` is only for int): u8: 3 ** 5 == 243
// CHECK-LABEL: func.func @pow_ui8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 243 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @pow_ui8_wrap() -> ui8 {
  %a = pyir.constant 3 : ui8
  %b = pyir.constant 5 : ui8
  %r = pyir.pow wrap %a, %b : ui8
  return %r : ui8
}

// u8: 3 ** 6 % 256 == 217
// CHECK-LABEL: func.func @pow_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 217 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @pow_wrap_ui8() -> ui8 {
  %a = pyir.constant 3 : ui8
  %b = pyir.constant 6 : ui8
  %r = pyir.pow wrap %a, %b : ui8
  return %r : ui8
}

// i8: 2 ** 7 == 128 wraps to -128
// CHECK-LABEL: func.func @pow_wrap_si8
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @pow_wrap_si8() -> si8 {
  %a = pyir.constant 2 : si8
  %b = pyir.constant 7 : si8
  %r = pyir.pow wrap %a, %b : si8
  return %r : si8
}

// i8: 2 ** 8 wraps to 0
// CHECK-LABEL: func.func @pow_wrap_si8_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @pow_wrap_si8_zero() -> si8 {
  %a = pyir.constant 2 : si8
  %b = pyir.constant 8 : si8
  %r = pyir.pow wrap %a, %b : si8
  return %r : si8
}

// pow(3, 2**40 + 5, 2**64) == 8295520562453676275
// CHECK-LABEL: func.func @pow_wrap_huge_exponent
// CHECK-NEXT: %[[R:.*]] = pyir.constant 8295520562453676275 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_wrap_huge_exponent() -> i64 {
  %a = pyir.constant 3 : i64
  %b = pyir.constant 1099511627781 : i64
  %r = pyir.pow wrap %a, %b : i64
  return %r : i64
}

// (-1) ** (2**62 + 1) == -1
// CHECK-LABEL: func.func @pow_checked_one_huge_exponent
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_checked_one_huge_exponent() -> i64 {
  %a = pyir.constant -1 : i64
  %b = pyir.constant 4611686018427387905 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// 0 ** 0 == 1
// CHECK-LABEL: func.func @pow_zero_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_zero_zero() -> i64 {
  %a = pyir.constant 0 : i64
  %r = pyir.pow checked %a, %a : i64
  return %r : i64
}

// 2 ** -1: ValueError in PyIR (CPython returns 0.5)
// CHECK-LABEL: func.func @pow_negative_exponent
// CHECK-DAG: %[[A:.*]] = pyir.constant 2 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : i64
// CHECK: %[[R:.*]] = pyir.pow checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_negative_exponent() -> i64 {
  %a = pyir.constant 2 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// wrap does not make 2 ** -1 valid
// CHECK-LABEL: func.func @pow_negative_exponent_wrap
// CHECK-DAG: %[[A:.*]] = pyir.constant 2 : si32
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : si32
// CHECK: %[[R:.*]] = pyir.pow wrap %[[A]], %[[B]] : si32
// CHECK-NEXT: return %[[R]] : si32
func.func @pow_negative_exponent_wrap() -> si32 {
  %a = pyir.constant 2 : si32
  %b = pyir.constant -1 : si32
  %r = pyir.pow wrap %a, %b : si32
  return %r : si32
}

// 0 ** -1 raises ZeroDivisionError
// CHECK-LABEL: func.func @pow_zero_negative_exponent
// CHECK-DAG: %[[A:.*]] = pyir.constant 0 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : i64
// CHECK: %[[R:.*]] = pyir.pow checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @pow_zero_negative_exponent() -> i64 {
  %a = pyir.constant 0 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.pow checked %a, %b : i64
  return %r : i64
}

// float powers are left to run time (libm, CPython's special cases)
// CHECK-LABEL: func.func @pow_float
// CHECK-DAG: %[[A:.*]] = pyir.constant 2.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant 5.000000e-01 : f64
// CHECK: %[[R:.*]] = pyir.pow %[[A]], %[[B]] : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @pow_float() -> f64 {
  %a = pyir.constant 2.0 : f64
  %b = pyir.constant 0.5 : f64
  %r = pyir.pow %a, %b : f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.floordiv, pyir.mod
//===----------------------------------------------------------------------===//

// -7 // 2 == -4
// CHECK-LABEL: func.func @floordiv_floor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -4 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_floor() -> i64 {
  %a = pyir.constant -7 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.floordiv checked %a, %b : i64
  return %r : i64
}

// -7 % 2 == 1
// CHECK-LABEL: func.func @mod_floor
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mod_floor() -> i64 {
  %a = pyir.constant -7 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.mod checked %a, %b : i64
  return %r : i64
}

// 7 % -2 == -1
// CHECK-LABEL: func.func @mod_negative_divisor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mod_negative_divisor() -> i64 {
  %a = pyir.constant 7 : i64
  %b = pyir.constant -2 : i64
  %r = pyir.mod checked %a, %b : i64
  return %r : i64
}

// 7 // -2 == -4
// CHECK-LABEL: func.func @floordiv_negative_divisor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -4 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_negative_divisor() -> i64 {
  %a = pyir.constant 7 : i64
  %b = pyir.constant -2 : i64
  %r = pyir.floordiv checked %a, %b : i64
  return %r : i64
}

// -8 // 2 == -4
// CHECK-LABEL: func.func @floordiv_exact
// CHECK-NEXT: %[[R:.*]] = pyir.constant -4 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_exact() -> i64 {
  %a = pyir.constant -8 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.floordiv checked %a, %b : i64
  return %r : i64
}

// C: -7 / 2 == -3
// CHECK-LABEL: func.func @floordiv_cdivision
// CHECK-NEXT: %[[R:.*]] = pyir.constant -3 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_cdivision() -> i64 {
  %a = pyir.constant -7 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.floordiv wrap cdivision %a, %b : i64
  return %r : i64
}

// C: -7 % 2 == -1
// CHECK-LABEL: func.func @mod_cdivision
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mod_cdivision() -> i64 {
  %a = pyir.constant -7 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.mod wrap cdivision %a, %b : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): u8: 200 // 7 == 28
// CHECK-LABEL: func.func @floordiv_ui8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 28 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @floordiv_ui8_wrap() -> ui8 {
  %a = pyir.constant 200 : ui8
  %b = pyir.constant 7 : ui8
  %r = pyir.floordiv wrap %a, %b : ui8
  return %r : ui8
}

// fixed width wraps (`checked` is only for int): u8: 200 % 7 == 4
// CHECK-LABEL: func.func @mod_ui8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 4 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @mod_ui8_wrap() -> ui8 {
  %a = pyir.constant 200 : ui8
  %b = pyir.constant 7 : ui8
  %r = pyir.mod wrap %a, %b : ui8
  return %r : ui8
}

// 7 // 0 raises ZeroDivisionError
// CHECK-LABEL: func.func @floordiv_by_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 7 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0 : i64
// CHECK: %[[R:.*]] = pyir.floordiv checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_by_zero() -> i64 {
  %a = pyir.constant 7 : i64
  %b = pyir.constant 0 : i64
  %r = pyir.floordiv checked %a, %b : i64
  return %r : i64
}

// 7 % 0 raises ZeroDivisionError
// CHECK-LABEL: func.func @mod_by_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 7 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0 : i64
// CHECK: %[[R:.*]] = pyir.mod wrap %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mod_by_zero() -> i64 {
  %a = pyir.constant 7 : i64
  %b = pyir.constant 0 : i64
  %r = pyir.mod wrap %a, %b : i64
  return %r : i64
}

// C: 7 / 0 is undefined; not folded
// CHECK-LABEL: func.func @floordiv_by_zero_cdivision
// CHECK-DAG: %[[A:.*]] = pyir.constant 7 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0 : i64
// CHECK: %[[R:.*]] = pyir.floordiv wrap cdivision %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_by_zero_cdivision() -> i64 {
  %a = pyir.constant 7 : i64
  %b = pyir.constant 0 : i64
  %r = pyir.floordiv wrap cdivision %a, %b : i64
  return %r : i64
}

// -2**63 // -1 == 2**63 raises OverflowError
// CHECK-LABEL: func.func @floordiv_min_by_minus_one
// CHECK-DAG: %[[A:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : i64
// CHECK: %[[R:.*]] = pyir.floordiv checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_min_by_minus_one() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.floordiv checked %a, %b : i64
  return %r : i64
}

// -2**63 // -1 wraps to -2**63
// CHECK-LABEL: func.func @floordiv_min_by_minus_one_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floordiv_min_by_minus_one_wrap() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.floordiv wrap %a, %b : i64
  return %r : i64
}

// -2**63 % -1 == 0
// CHECK-LABEL: func.func @mod_min_by_minus_one
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @mod_min_by_minus_one() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.mod checked %a, %b : i64
  return %r : i64
}

// -7.0 % 2.0 == 1.0
// CHECK-LABEL: func.func @fmod_floor
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_floor() -> f64 {
  %a = pyir.constant -7.0 : f64
  %b = pyir.constant 2.0 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// -7.0 // 2.0 == -4.0
// CHECK-LABEL: func.func @ffloordiv_floor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -4.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @ffloordiv_floor() -> f64 {
  %a = pyir.constant -7.0 : f64
  %b = pyir.constant 2.0 : f64
  %r = pyir.floordiv %a, %b : f64
  return %r : f64
}

// 5.0 % -2.0 == -1.0
// CHECK-LABEL: func.func @fmod_negative_divisor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_negative_divisor() -> f64 {
  %a = pyir.constant 5.0 : f64
  %b = pyir.constant -2.0 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// 5.0 // -2.0 == -3.0
// CHECK-LABEL: func.func @ffloordiv_negative_divisor
// CHECK-NEXT: %[[R:.*]] = pyir.constant -3.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @ffloordiv_negative_divisor() -> f64 {
  %a = pyir.constant 5.0 : f64
  %b = pyir.constant -2.0 : f64
  %r = pyir.floordiv %a, %b : f64
  return %r : f64
}

// 6.0 % -3.0 == -0.0 (sign of the divisor)
// CHECK-LABEL: func.func @fmod_zero_sign
// CHECK-NEXT: %[[R:.*]] = pyir.constant -0.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_zero_sign() -> f64 {
  %a = pyir.constant 6.0 : f64
  %b = pyir.constant -3.0 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// -0.0 % 5.0 == 0.0
// CHECK-LABEL: func.func @fmod_neg_zero_dividend
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_neg_zero_dividend() -> f64 {
  %a = pyir.constant -0.0 : f64
  %b = pyir.constant 5.0 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// -5.0 % inf == inf
// CHECK-LABEL: func.func @fmod_by_inf
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0x7FF0000000000000 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_by_inf() -> f64 {
  %a = pyir.constant -5.0 : f64
  %b = pyir.constant 0x7FF0000000000000 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// -5.0 // inf == -1.0
// CHECK-LABEL: func.func @ffloordiv_by_inf
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @ffloordiv_by_inf() -> f64 {
  %a = pyir.constant -5.0 : f64
  %b = pyir.constant 0x7FF0000000000000 : f64
  %r = pyir.floordiv %a, %b : f64
  return %r : f64
}

// f32: -7.0 % 2.0 == 1.0
// CHECK-LABEL: func.func @fmod_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.000000e+00 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @fmod_f32() -> f32 {
  %a = pyir.constant -7.0 : f32
  %b = pyir.constant 2.0 : f32
  %r = pyir.mod %a, %b : f32
  return %r : f32
}

// 5.0 % -0.0 raises ZeroDivisionError
// CHECK-LABEL: func.func @fmod_by_negative_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 5.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant -0.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.mod %[[A]], %[[B]] : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_by_negative_zero() -> f64 {
  %a = pyir.constant 5.0 : f64
  %b = pyir.constant -0.0 : f64
  %r = pyir.mod %a, %b : f64
  return %r : f64
}

// 5.0 // 0.0 raises ZeroDivisionError
// CHECK-LABEL: func.func @ffloordiv_by_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 5.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.floordiv %[[A]], %[[B]] : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @ffloordiv_by_zero() -> f64 {
  %a = pyir.constant 5.0 : f64
  %b = pyir.constant 0.0 : f64
  %r = pyir.floordiv %a, %b : f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.truediv
//===----------------------------------------------------------------------===//

// 1 / 3 == 0.3333333333333333
// CHECK-LABEL: func.func @truediv_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0.33333333333333331 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_int() -> f64 {
  %a = pyir.constant 1 : i64
  %b = pyir.constant 3 : i64
  %r = pyir.truediv %a, %b : i64 -> f64
  return %r : f64
}

// -7 / 2 == -3.5
// CHECK-LABEL: func.func @truediv_int_exact
// CHECK-NEXT: %[[R:.*]] = pyir.constant -3.500000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_int_exact() -> f64 {
  %a = pyir.constant -7 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.truediv %a, %b : i64 -> f64
  return %r : f64
}

// u8: 255 / 2 == 127.5
// CHECK-LABEL: func.func @truediv_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.275000e+02 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_ui8() -> f64 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 2 : ui8
  %r = pyir.truediv %a, %b : ui8 -> f64
  return %r : f64
}

// 1 / 0 raises ZeroDivisionError
// CHECK-LABEL: func.func @truediv_int_by_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 1 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0 : i64
// CHECK: %[[R:.*]] = pyir.truediv %[[A]], %[[B]] : i64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_int_by_zero() -> f64 {
  %a = pyir.constant 1 : i64
  %b = pyir.constant 0 : i64
  %r = pyir.truediv %a, %b : i64 -> f64
  return %r : f64
}

// 1.0 / 4.0 == 0.25
// CHECK-LABEL: func.func @truediv_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant 2.500000e-01 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_float() -> f64 {
  %a = pyir.constant 1.0 : f64
  %b = pyir.constant 4.0 : f64
  %r = pyir.truediv %a, %b : f64 -> f64
  return %r : f64
}

// f32(1.0 / 3.0) == 0.3333333432674408
// CHECK-LABEL: func.func @truediv_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0.333333343 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @truediv_f32() -> f32 {
  %a = pyir.constant 1.0 : f32
  %b = pyir.constant 3.0 : f32
  %r = pyir.truediv %a, %b : f32 -> f32
  return %r : f32
}

// 1.0 / 0.0 raises ZeroDivisionError
// CHECK-LABEL: func.func @truediv_float_by_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 1.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.truediv %[[A]], %[[B]] : f64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_float_by_zero() -> f64 {
  %a = pyir.constant 1.0 : f64
  %b = pyir.constant 0.0 : f64
  %r = pyir.truediv %a, %b : f64 -> f64
  return %r : f64
}

// 1.0 / -0.0 raises ZeroDivisionError
// CHECK-LABEL: func.func @truediv_float_by_negative_zero
// CHECK-DAG: %[[A:.*]] = pyir.constant 1.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant -0.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.truediv %[[A]], %[[B]] : f64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @truediv_float_by_negative_zero() -> f64 {
  %a = pyir.constant 1.0 : f64
  %b = pyir.constant -0.0 : f64
  %r = pyir.truediv %a, %b : f64 -> f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.neg, pyir.abs
//===----------------------------------------------------------------------===//

// -(-2**63) raises OverflowError
// CHECK-LABEL: func.func @neg_checked_min
// CHECK-DAG: %[[A:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK: %[[R:.*]] = pyir.neg checked %[[A]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @neg_checked_min() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %r = pyir.neg checked %a : i64
  return %r : i64
}

// -(-2**63) wraps to -2**63
// CHECK-LABEL: func.func @neg_wrap_min
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @neg_wrap_min() -> i64 {
  %a = pyir.constant -9223372036854775808 : i64
  %r = pyir.neg wrap %a : i64
  return %r : i64
}

// -(5) == -5
// CHECK-LABEL: func.func @neg_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant -5 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @neg_checked() -> i64 {
  %a = pyir.constant 5 : i64
  %r = pyir.neg checked %a : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): u8: -5 wraps to 251
// CHECK-LABEL: func.func @neg_ui8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 251 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @neg_ui8_wrap() -> ui8 {
  %a = pyir.constant 5 : ui8
  %r = pyir.neg wrap %a : ui8
  return %r : ui8
}

// fixed width wraps (`checked` is only for int): u8: -0 == 0
// CHECK-LABEL: func.func @neg_ui8_zero_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @neg_ui8_zero_wrap() -> ui8 {
  %a = pyir.constant 0 : ui8
  %r = pyir.neg wrap %a : ui8
  return %r : ui8
}

// u8: -5 % 256 == 251
// CHECK-LABEL: func.func @neg_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 251 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @neg_wrap_ui8() -> ui8 {
  %a = pyir.constant 5 : ui8
  %r = pyir.neg wrap %a : ui8
  return %r : ui8
}

// -(0.0) == -0.0
// CHECK-LABEL: func.func @neg_float_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant -0.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @neg_float_zero() -> f64 {
  %a = pyir.constant 0.0 : f64
  %r = pyir.neg %a : f64
  return %r : f64
}

// abs(-7) == 7
// CHECK-LABEL: func.func @abs_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant 7 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @abs_checked() -> i64 {
  %a = pyir.constant -7 : i64
  %r = pyir.abs checked %a : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): i8: abs(-128) wraps to -128
// CHECK-LABEL: func.func @abs_si8_min_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @abs_si8_min_wrap() -> si8 {
  %a = pyir.constant -128 : si8
  %r = pyir.abs wrap %a : si8
  return %r : si8
}

// i8: abs(-128) wraps to -128
// CHECK-LABEL: func.func @abs_wrap_si8_min
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @abs_wrap_si8_min() -> si8 {
  %a = pyir.constant -128 : si8
  %r = pyir.abs wrap %a : si8
  return %r : si8
}

// fixed width wraps (`checked` is only for int): u8: abs(200) == 200
// CHECK-LABEL: func.func @abs_ui8_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 200 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @abs_ui8_wrap() -> ui8 {
  %a = pyir.constant 200 : ui8
  %r = pyir.abs wrap %a : ui8
  return %r : ui8
}

// abs(-0.0) == 0.0
// CHECK-LABEL: func.func @abs_float_neg_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @abs_float_neg_zero() -> f64 {
  %a = pyir.constant -0.0 : f64
  %r = pyir.abs %a : f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.and, pyir.or, pyir.xor, pyir.invert
//===----------------------------------------------------------------------===//

// 12 & 10 == 8
// CHECK-LABEL: func.func @and_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 8 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @and_int() -> i64 {
  %a = pyir.constant 12 : i64
  %b = pyir.constant 10 : i64
  %r = pyir.and %a, %b : i64
  return %r : i64
}

// -1 & 255 == 255
// CHECK-LABEL: func.func @and_negative
// CHECK-NEXT: %[[R:.*]] = pyir.constant 255 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @and_negative() -> i64 {
  %a = pyir.constant -1 : i64
  %b = pyir.constant 255 : i64
  %r = pyir.and %a, %b : i64
  return %r : i64
}

// 12 | 10 == 14
// CHECK-LABEL: func.func @or_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 14 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @or_int() -> i64 {
  %a = pyir.constant 12 : i64
  %b = pyir.constant 10 : i64
  %r = pyir.or %a, %b : i64
  return %r : i64
}

// 12 ^ 10 == 6
// CHECK-LABEL: func.func @xor_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 6 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @xor_int() -> i64 {
  %a = pyir.constant 12 : i64
  %b = pyir.constant 10 : i64
  %r = pyir.xor %a, %b : i64
  return %r : i64
}

// True & False == False
// CHECK-LABEL: func.func @and_bool
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @and_bool() -> i1 {
  %a = pyir.constant true
  %b = pyir.constant false
  %r = pyir.and %a, %b : i1
  return %r : i1
}

// True | False == True
// CHECK-LABEL: func.func @or_bool
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @or_bool() -> i1 {
  %a = pyir.constant true
  %b = pyir.constant false
  %r = pyir.or %a, %b : i1
  return %r : i1
}

// True ^ True == False
// CHECK-LABEL: func.func @xor_bool
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @xor_bool() -> i1 {
  %a = pyir.constant true
  %r = pyir.xor %a, %a : i1
  return %r : i1
}

// u8: ~5 % 256 == 250
// CHECK-LABEL: func.func @invert_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 250 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @invert_ui8() -> ui8 {
  %a = pyir.constant 5 : ui8
  %r = pyir.invert %a : ui8
  return %r : ui8
}

// ~5 == -6
// CHECK-LABEL: func.func @invert_si8
// CHECK-NEXT: %[[R:.*]] = pyir.constant -6 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @invert_si8() -> si8 {
  %a = pyir.constant 5 : si8
  %r = pyir.invert %a : si8
  return %r : si8
}

// ~0 == -1
// CHECK-LABEL: func.func @invert_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @invert_zero() -> i64 {
  %a = pyir.constant 0 : i64
  %r = pyir.invert %a : i64
  return %r : i64
}

//===----------------------------------------------------------------------===//
// pyir.shl, pyir.shr
//===----------------------------------------------------------------------===//

// 1 << 62
// CHECK-LABEL: func.func @shl_checked
// CHECK-NEXT: %[[R:.*]] = pyir.constant 4611686018427387904 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_checked() -> i64 {
  %a = pyir.constant 1 : i64
  %b = pyir.constant 62 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// 1 << 63 raises OverflowError
// CHECK-LABEL: func.func @shl_checked_overflow
// CHECK-DAG: %[[A:.*]] = pyir.constant 1 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 63 : i64
// CHECK: %[[R:.*]] = pyir.shl checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_checked_overflow() -> i64 {
  %a = pyir.constant 1 : i64
  %b = pyir.constant 63 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// -1 << 63 == -2**63 fits
// CHECK-LABEL: func.func @shl_checked_min
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_checked_min() -> i64 {
  %a = pyir.constant -1 : i64
  %b = pyir.constant 63 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// 3 << 64 raises OverflowError
// CHECK-LABEL: func.func @shl_checked_big_count
// CHECK-DAG: %[[A:.*]] = pyir.constant 3 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant 64 : i64
// CHECK: %[[R:.*]] = pyir.shl checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_checked_big_count() -> i64 {
  %a = pyir.constant 3 : i64
  %b = pyir.constant 64 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// 0 << 100 == 0
// CHECK-LABEL: func.func @shl_checked_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_checked_zero() -> i64 {
  %a = pyir.constant 0 : i64
  %b = pyir.constant 100 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// fixed width wraps (`checked` is only for int): u8: 255 << 1 wraps to 254
// CHECK-LABEL: func.func @shl_ui8_overflow_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant 254 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @shl_ui8_overflow_wrap() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 1 : ui8
  %r = pyir.shl wrap %a, %b : ui8
  return %r : ui8
}

// u8: (255 << 4) % 256 == 240
// CHECK-LABEL: func.func @shl_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 240 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @shl_wrap_ui8() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 4 : ui8
  %r = pyir.shl wrap %a, %b : ui8
  return %r : ui8
}

// i8: 1 << 7 == 128 wraps to -128
// CHECK-LABEL: func.func @shl_wrap_si8
// CHECK-NEXT: %[[R:.*]] = pyir.constant -128 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @shl_wrap_si8() -> si8 {
  %a = pyir.constant 1 : si8
  %b = pyir.constant 7 : si8
  %r = pyir.shl wrap %a, %b : si8
  return %r : si8
}

// i8: 1 << 9 wraps to 0
// CHECK-LABEL: func.func @shl_wrap_si8_wide
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @shl_wrap_si8_wide() -> si8 {
  %a = pyir.constant 1 : si8
  %b = pyir.constant 9 : si8
  %r = pyir.shl wrap %a, %b : si8
  return %r : si8
}

// 1 << -1 raises ValueError
// CHECK-LABEL: func.func @shl_negative_count
// CHECK-DAG: %[[A:.*]] = pyir.constant 1 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : i64
// CHECK: %[[R:.*]] = pyir.shl checked %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shl_negative_count() -> i64 {
  %a = pyir.constant 1 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.shl checked %a, %b : i64
  return %r : i64
}

// i8: 1 << -1 raises ValueError also with wrap
// CHECK-LABEL: func.func @shl_negative_count_wrap
// CHECK-DAG: %[[A:.*]] = pyir.constant 1 : si8
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : si8
// CHECK: %[[R:.*]] = pyir.shl wrap %[[A]], %[[B]] : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @shl_negative_count_wrap() -> si8 {
  %a = pyir.constant 1 : si8
  %b = pyir.constant -1 : si8
  %r = pyir.shl wrap %a, %b : si8
  return %r : si8
}

// -17 >> 2 == -5
// CHECK-LABEL: func.func @shr_negative
// CHECK-NEXT: %[[R:.*]] = pyir.constant -5 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shr_negative() -> i64 {
  %a = pyir.constant -17 : i64
  %b = pyir.constant 2 : i64
  %r = pyir.shr %a, %b : i64
  return %r : i64
}

// -17 >> 100 == -1
// CHECK-LABEL: func.func @shr_negative_big_count
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shr_negative_big_count() -> i64 {
  %a = pyir.constant -17 : i64
  %b = pyir.constant 100 : i64
  %r = pyir.shr %a, %b : i64
  return %r : i64
}

// 17 >> 100 == 0
// CHECK-LABEL: func.func @shr_positive_big_count
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shr_positive_big_count() -> i64 {
  %a = pyir.constant 17 : i64
  %b = pyir.constant 100 : i64
  %r = pyir.shr %a, %b : i64
  return %r : i64
}

// u8: 255 >> 4 == 15 (logical)
// CHECK-LABEL: func.func @shr_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 15 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @shr_ui8() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 4 : ui8
  %r = pyir.shr %a, %b : ui8
  return %r : ui8
}

// u8: 255 >> 8 == 0
// CHECK-LABEL: func.func @shr_ui8_width
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @shr_ui8_width() -> ui8 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant 8 : ui8
  %r = pyir.shr %a, %b : ui8
  return %r : ui8
}

// i8: -128 >> 7 == -1 (arithmetic)
// CHECK-LABEL: func.func @shr_si8_min
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : si8
// CHECK-NEXT: return %[[R]] : si8
func.func @shr_si8_min() -> si8 {
  %a = pyir.constant -128 : si8
  %b = pyir.constant 7 : si8
  %r = pyir.shr %a, %b : si8
  return %r : si8
}

// 8 >> -1 raises ValueError
// CHECK-LABEL: func.func @shr_negative_count
// CHECK-DAG: %[[A:.*]] = pyir.constant 8 : i64
// CHECK-DAG: %[[B:.*]] = pyir.constant -1 : i64
// CHECK: %[[R:.*]] = pyir.shr %[[A]], %[[B]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @shr_negative_count() -> i64 {
  %a = pyir.constant 8 : i64
  %b = pyir.constant -1 : i64
  %r = pyir.shr %a, %b : i64
  return %r : i64
}

//===----------------------------------------------------------------------===//
// pyir.cmp
//===----------------------------------------------------------------------===//

// 2**53 + 1 != 2.0**53 (exact, not via float)
// CHECK-LABEL: func.func @cmp_int_float_exact_ne
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_int_float_exact_ne() -> i1 {
  %a = pyir.constant 9007199254740993 : i64
  %b = pyir.constant 9007199254740992.0 : f64
  %r = pyir.cmp ne %a, %b : i64, f64
  return %r : i1
}

// 2**53 + 1 == 2.0**53 is False
// CHECK-LABEL: func.func @cmp_int_float_exact_eq
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_int_float_exact_eq() -> i1 {
  %a = pyir.constant 9007199254740993 : i64
  %b = pyir.constant 9007199254740992.0 : f64
  %r = pyir.cmp eq %a, %b : i64, f64
  return %r : i1
}

// 2**53 + 1 > 2.0**53
// CHECK-LABEL: func.func @cmp_int_float_exact_gt
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_int_float_exact_gt() -> i1 {
  %a = pyir.constant 9007199254740993 : i64
  %b = pyir.constant 9007199254740992.0 : f64
  %r = pyir.cmp gt %a, %b : i64, f64
  return %r : i1
}

// 2.0**53 < 2**53 + 1
// CHECK-LABEL: func.func @cmp_float_int_exact_lt
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_float_int_exact_lt() -> i1 {
  %a = pyir.constant 9007199254740992.0 : f64
  %b = pyir.constant 9007199254740993 : i64
  %r = pyir.cmp lt %a, %b : f64, i64
  return %r : i1
}

// 3 <= 3.0
// CHECK-LABEL: func.func @cmp_int_float_le
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_int_float_le() -> i1 {
  %a = pyir.constant 3 : i64
  %b = pyir.constant 3.0 : f64
  %r = pyir.cmp le %a, %b : i64, f64
  return %r : i1
}

// nan != nan
// CHECK-LABEL: func.func @cmp_nan_ne
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_nan_ne() -> i1 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.cmp ne %a, %a : f64, f64
  return %r : i1
}

// nan == nan is False
// CHECK-LABEL: func.func @cmp_nan_eq
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_nan_eq() -> i1 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.cmp eq %a, %a : f64, f64
  return %r : i1
}

// nan >= 1 is False
// CHECK-LABEL: func.func @cmp_nan_ge
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_nan_ge() -> i1 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %b = pyir.constant 1 : i64
  %r = pyir.cmp ge %a, %b : f64, i64
  return %r : i1
}

// -0.0 == 0.0
// CHECK-LABEL: func.func @cmp_signed_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_signed_zero() -> i1 {
  %a = pyir.constant -0.0 : f64
  %b = pyir.constant 0.0 : f64
  %r = pyir.cmp eq %a, %b : f64, f64
  return %r : i1
}

// u8 255 > i8 -1 (values, not bits)
// CHECK-LABEL: func.func @cmp_unsigned_signed
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_unsigned_signed() -> i1 {
  %a = pyir.constant 255 : ui8
  %b = pyir.constant -1 : si8
  %r = pyir.cmp gt %a, %b : ui8, si8
  return %r : i1
}

// 2**64 - 1 == -1 is False (same bits)
// CHECK-LABEL: func.func @cmp_ui64_max_vs_minus_one
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_ui64_max_vs_minus_one() -> i1 {
  %a = pyir.constant 18446744073709551615 : ui64
  %b = pyir.constant -1 : i64
  %r = pyir.cmp eq %a, %b : ui64, i64
  return %r : i1
}

// True > False
// CHECK-LABEL: func.func @cmp_bool
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @cmp_bool() -> i1 {
  %a = pyir.constant true
  %b = pyir.constant false
  %r = pyir.cmp gt %a, %b : i1, i1
  return %r : i1
}

//===----------------------------------------------------------------------===//
// pyir.cast
//===----------------------------------------------------------------------===//

// int(2.9) == 2
// CHECK-LABEL: func.func @cast_float_to_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 2 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_float_to_int() -> i64 {
  %a = pyir.constant 2.9 : f64
  %r = pyir.cast checked %a : f64 to i64
  return %r : i64
}

// int(-2.9) == -2
// CHECK-LABEL: func.func @cast_negative_float_to_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant -2 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_negative_float_to_int() -> i64 {
  %a = pyir.constant -2.9 : f64
  %r = pyir.cast checked %a : f64 to i64
  return %r : i64
}

// int(nan) raises ValueError
// CHECK-LABEL: func.func @cast_nan_to_int
// CHECK-DAG: %[[A:.*]] = pyir.constant 0x7FF8000000000000 : f64
// CHECK: %[[R:.*]] = pyir.cast checked %[[A]] : f64 to i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_nan_to_int() -> i64 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.cast checked %a : f64 to i64
  return %r : i64
}

// u8(nan) raises ValueError also with wrap
// CHECK-LABEL: func.func @cast_nan_to_int_wrap
// CHECK-DAG: %[[A:.*]] = pyir.constant 0x7FF8000000000000 : f64
// CHECK: %[[R:.*]] = pyir.cast wrap %[[A]] : f64 to ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @cast_nan_to_int_wrap() -> ui8 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.cast wrap %a : f64 to ui8
  return %r : ui8
}

// int(inf) raises OverflowError
// CHECK-LABEL: func.func @cast_inf_to_int
// CHECK-DAG: %[[A:.*]] = pyir.constant 0x7FF0000000000000 : f64
// CHECK: %[[R:.*]] = pyir.cast checked %[[A]] : f64 to i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_inf_to_int() -> i64 {
  %a = pyir.constant 0x7FF0000000000000 : f64
  %r = pyir.cast checked %a : f64 to i64
  return %r : i64
}

// i8(-inf) raises OverflowError also with wrap
// CHECK-LABEL: func.func @cast_neg_inf_to_int_wrap
// CHECK-DAG: %[[A:.*]] = pyir.constant 0xFFF0000000000000 : f64
// CHECK: %[[R:.*]] = pyir.cast wrap %[[A]] : f64 to si8
// CHECK-NEXT: return %[[R]] : si8
func.func @cast_neg_inf_to_int_wrap() -> si8 {
  %a = pyir.constant 0xFFF0000000000000 : f64
  %r = pyir.cast wrap %a : f64 to si8
  return %r : si8
}

// int(1e19) does not fit int64: OverflowError
// CHECK-LABEL: func.func @cast_float_out_of_range
// CHECK-DAG: %[[A:.*]] = pyir.constant 1.000000e+19 : f64
// CHECK: %[[R:.*]] = pyir.cast checked %[[A]] : f64 to i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_float_out_of_range() -> i64 {
  %a = pyir.constant 1.000000e+19 : f64
  %r = pyir.cast checked %a : f64 to i64
  return %r : i64
}

// u64: int(1e19) == 10000000000000000000 fits
// CHECK-LABEL: func.func @cast_float_to_ui64
// CHECK-NEXT: %[[R:.*]] = pyir.constant 10000000000000000000 : ui64
// CHECK-NEXT: return %[[R]] : ui64
func.func @cast_float_to_ui64() -> ui64 {
  %a = pyir.constant 1.000000e+19 : f64
  %r = pyir.cast checked %a : f64 to ui64
  return %r : ui64
}

// u8(300.7) == int(300.7) % 256 == 44
// CHECK-LABEL: func.func @cast_float_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 44 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @cast_float_wrap_ui8() -> ui8 {
  %a = pyir.constant 300.7 : f64
  %r = pyir.cast wrap %a : f64 to ui8
  return %r : ui8
}

// u8(-1.5) == int(-1.5) % 256 == 255
// CHECK-LABEL: func.func @cast_negative_float_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 255 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @cast_negative_float_wrap_ui8() -> ui8 {
  %a = pyir.constant -1.5 : f64
  %r = pyir.cast wrap %a : f64 to ui8
  return %r : ui8
}

// u8(300) == 44
// CHECK-LABEL: func.func @cast_int_wrap_ui8
// CHECK-NEXT: %[[R:.*]] = pyir.constant 44 : ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @cast_int_wrap_ui8() -> ui8 {
  %a = pyir.constant 300 : i64
  %r = pyir.cast wrap %a : i64 to ui8
  return %r : ui8
}

// checked u8: 300 does not fit
// CHECK-LABEL: func.func @cast_int_checked_ui8
// CHECK-DAG: %[[A:.*]] = pyir.constant 300 : i64
// CHECK: %[[R:.*]] = pyir.cast checked %[[A]] : i64 to ui8
// CHECK-NEXT: return %[[R]] : ui8
func.func @cast_int_checked_ui8() -> ui8 {
  %a = pyir.constant 300 : i64
  %r = pyir.cast checked %a : i64 to ui8
  return %r : ui8
}

// int from u64 2**64 - 1 raises OverflowError
// CHECK-LABEL: func.func @cast_ui64_to_int
// CHECK-DAG: %[[A:.*]] = pyir.constant 18446744073709551615 : ui64
// CHECK: %[[R:.*]] = pyir.cast checked %[[A]] : ui64 to i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_ui64_to_int() -> i64 {
  %a = pyir.constant 18446744073709551615 : ui64
  %r = pyir.cast checked %a : ui64 to i64
  return %r : i64
}

// i64 from u64 2**64 - 1 wraps to -1
// CHECK-LABEL: func.func @cast_ui64_to_int_wrap
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @cast_ui64_to_int_wrap() -> i64 {
  %a = pyir.constant 18446744073709551615 : ui64
  %r = pyir.cast wrap %a : ui64 to i64
  return %r : i64
}

// float(-1) == -1.0
// CHECK-LABEL: func.func @cast_int_to_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @cast_int_to_float() -> f64 {
  %a = pyir.constant -1 : i64
  %r = pyir.cast %a : i64 to f64
  return %r : f64
}

// float(2**53 + 1) == 2.0**53 (0x4340000000000000), ties to even
// CHECK-LABEL: func.func @cast_int_to_float_rounds
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0x4340000000000000 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @cast_int_to_float_rounds() -> f64 {
  %a = pyir.constant 9007199254740993 : i64
  %r = pyir.cast %a : i64 to f64
  return %r : f64
}

// float(2**64 - 1) == 1.8446744073709552e+19
// CHECK-LABEL: func.func @cast_ui64_to_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.8446744073709552E+19 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @cast_ui64_to_float() -> f64 {
  %a = pyir.constant 18446744073709551615 : ui64
  %r = pyir.cast %a : ui64 to f64
  return %r : f64
}

// f32(2**24 + 1) == 2.0**24 (0x4B800000)
// CHECK-LABEL: func.func @cast_int_to_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0x4B800000 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @cast_int_to_f32() -> f32 {
  %a = pyir.constant 16777217 : i64
  %r = pyir.cast %a : i64 to f32
  return %r : f32
}

// f32(0.1) == 0.10000000149011612
// CHECK-LABEL: func.func @cast_f64_to_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.000000e-01 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @cast_f64_to_f32() -> f32 {
  %a = pyir.constant 0.1 : f64
  %r = pyir.cast %a : f64 to f32
  return %r : f32
}

// i16(True) == 1
// CHECK-LABEL: func.func @cast_bool_to_int
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1 : si16
// CHECK-NEXT: return %[[R]] : si16
func.func @cast_bool_to_int() -> si16 {
  %a = pyir.constant true
  %r = pyir.cast wrap %a : i1 to si16
  return %r : si16
}

// float(True) == 1.0
// CHECK-LABEL: func.func @cast_bool_to_float
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @cast_bool_to_float() -> f64 {
  %a = pyir.constant true
  %r = pyir.cast %a : i1 to f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.math_unary, pyir.math_binary
//===----------------------------------------------------------------------===//

// math.sqrt(2.0) == 1.4142135623730951
// CHECK-LABEL: func.func @sqrt
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.4142135623730951 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @sqrt() -> f64 {
  %a = pyir.constant 2.0 : f64
  %r = pyir.math_unary sqrt %a : f64 -> f64
  return %r : f64
}

// f32: sqrt(2) == 1.4142135381698608
// CHECK-LABEL: func.func @sqrt_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.41421354 : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @sqrt_f32() -> f32 {
  %a = pyir.constant 2.0 : f32
  %r = pyir.math_unary sqrt %a : f32 -> f32
  return %r : f32
}

// math.sqrt(-0.0) == -0.0
// CHECK-LABEL: func.func @sqrt_neg_zero
// CHECK-NEXT: %[[R:.*]] = pyir.constant -0.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @sqrt_neg_zero() -> f64 {
  %a = pyir.constant -0.0 : f64
  %r = pyir.math_unary sqrt %a : f64 -> f64
  return %r : f64
}

// math.sqrt(-1.0) raises ValueError
// CHECK-LABEL: func.func @sqrt_negative
// CHECK-DAG: %[[A:.*]] = pyir.constant -1.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.math_unary sqrt %[[A]] : f64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @sqrt_negative() -> f64 {
  %a = pyir.constant -1.0 : f64
  %r = pyir.math_unary sqrt %a : f64 -> f64
  return %r : f64
}

// math.sqrt(-inf) raises ValueError
// CHECK-LABEL: func.func @sqrt_neg_inf
// CHECK-DAG: %[[A:.*]] = pyir.constant 0xFFF0000000000000 : f64
// CHECK: %[[R:.*]] = pyir.math_unary sqrt %[[A]] : f64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @sqrt_neg_inf() -> f64 {
  %a = pyir.constant 0xFFF0000000000000 : f64
  %r = pyir.math_unary sqrt %a : f64 -> f64
  return %r : f64
}

// math.floor(-0.5) == -1
// CHECK-LABEL: func.func @floor_negative
// CHECK-NEXT: %[[R:.*]] = pyir.constant -1 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_negative() -> i64 {
  %a = pyir.constant -0.5 : f64
  %r = pyir.math_unary floor %a : f64 -> i64
  return %r : i64
}

// math.ceil(-0.5) == 0
// CHECK-LABEL: func.func @ceil_negative
// CHECK-NEXT: %[[R:.*]] = pyir.constant 0 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @ceil_negative() -> i64 {
  %a = pyir.constant -0.5 : f64
  %r = pyir.math_unary ceil %a : f64 -> i64
  return %r : i64
}

// math.trunc(-2.5) == -2
// CHECK-LABEL: func.func @trunc_negative
// CHECK-NEXT: %[[R:.*]] = pyir.constant -2 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @trunc_negative() -> i64 {
  %a = pyir.constant -2.5 : f64
  %r = pyir.math_unary trunc %a : f64 -> i64
  return %r : i64
}

// math.floor(2.5) == 2
// CHECK-LABEL: func.func @floor_positive
// CHECK-NEXT: %[[R:.*]] = pyir.constant 2 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_positive() -> i64 {
  %a = pyir.constant 2.5 : f64
  %r = pyir.math_unary floor %a : f64 -> i64
  return %r : i64
}

// math.ceil(2.5) == 3
// CHECK-LABEL: func.func @ceil_positive
// CHECK-NEXT: %[[R:.*]] = pyir.constant 3 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @ceil_positive() -> i64 {
  %a = pyir.constant 2.5 : f64
  %r = pyir.math_unary ceil %a : f64 -> i64
  return %r : i64
}

// f32: math.floor(-2.5) == -3
// CHECK-LABEL: func.func @floor_f32
// CHECK-NEXT: %[[R:.*]] = pyir.constant -3 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_f32() -> i64 {
  %a = pyir.constant -2.5 : f32
  %r = pyir.math_unary floor %a : f32 -> i64
  return %r : i64
}

// math.floor(-2.0**63) == -2**63 fits
// CHECK-LABEL: func.func @floor_min
// CHECK-NEXT: %[[R:.*]] = pyir.constant -9223372036854775808 : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_min() -> i64 {
  %a = pyir.constant -9.2233720368547758E+18 : f64
  %r = pyir.math_unary floor %a : f64 -> i64
  return %r : i64
}

// math.floor(2.0**63) does not fit int64: OverflowError
// CHECK-LABEL: func.func @floor_too_big
// CHECK-DAG: %[[A:.*]] = pyir.constant 9.2233720368547758E+18 : f64
// CHECK: %[[R:.*]] = pyir.math_unary floor %[[A]] : f64 -> i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_too_big() -> i64 {
  %a = pyir.constant 9.2233720368547758E+18 : f64
  %r = pyir.math_unary floor %a : f64 -> i64
  return %r : i64
}

// math.floor(nan) raises ValueError
// CHECK-LABEL: func.func @floor_nan
// CHECK-DAG: %[[A:.*]] = pyir.constant 0x7FF8000000000000 : f64
// CHECK: %[[R:.*]] = pyir.math_unary floor %[[A]] : f64 -> i64
// CHECK-NEXT: return %[[R]] : i64
func.func @floor_nan() -> i64 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.math_unary floor %a : f64 -> i64
  return %r : i64
}

// math.ceil(inf) raises OverflowError
// CHECK-LABEL: func.func @ceil_inf
// CHECK-DAG: %[[A:.*]] = pyir.constant 0x7FF0000000000000 : f64
// CHECK: %[[R:.*]] = pyir.math_unary ceil %[[A]] : f64 -> i64
// CHECK-NEXT: return %[[R]] : i64
func.func @ceil_inf() -> i64 {
  %a = pyir.constant 0x7FF0000000000000 : f64
  %r = pyir.math_unary ceil %a : f64 -> i64
  return %r : i64
}

// math.trunc(1e300) does not fit int64: OverflowError
// CHECK-LABEL: func.func @trunc_huge
// CHECK-DAG: %[[A:.*]] = pyir.constant 1.000000e+300 : f64
// CHECK: %[[R:.*]] = pyir.math_unary trunc %[[A]] : f64 -> i64
// CHECK-NEXT: return %[[R]] : i64
func.func @trunc_huge() -> i64 {
  %a = pyir.constant 1.000000e+300 : f64
  %r = pyir.math_unary trunc %a : f64 -> i64
  return %r : i64
}

// math.fabs(-1.5) == 1.5
// CHECK-LABEL: func.func @fabs
// CHECK-NEXT: %[[R:.*]] = pyir.constant 1.500000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fabs() -> f64 {
  %a = pyir.constant -1.5 : f64
  %r = pyir.math_unary fabs %a : f64 -> f64
  return %r : f64
}

// math.isnan(nan)
// CHECK-LABEL: func.func @isnan
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @isnan() -> i1 {
  %a = pyir.constant 0x7FF8000000000000 : f64
  %r = pyir.math_unary isnan %a : f64 -> i1
  return %r : i1
}

// math.isinf(-inf)
// CHECK-LABEL: func.func @isinf
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @isinf() -> i1 {
  %a = pyir.constant 0xFFF0000000000000 : f64
  %r = pyir.math_unary isinf %a : f64 -> i1
  return %r : i1
}

// math.isfinite(inf) is False
// CHECK-LABEL: func.func @isfinite_inf
// CHECK-NEXT: %[[R:.*]] = pyir.constant false
// CHECK-NEXT: return %[[R]] : i1
func.func @isfinite_inf() -> i1 {
  %a = pyir.constant 0x7FF0000000000000 : f64
  %r = pyir.math_unary isfinite %a : f64 -> i1
  return %r : i1
}

// math.isfinite(1.0)
// CHECK-LABEL: func.func @isfinite
// CHECK-NEXT: %[[R:.*]] = pyir.constant true
// CHECK-NEXT: return %[[R]] : i1
func.func @isfinite() -> i1 {
  %a = pyir.constant 1.0 : f32
  %r = pyir.math_unary isfinite %a : f32 -> i1
  return %r : i1
}

// libm results are left to run time
// CHECK-LABEL: func.func @exp_not_folded
// CHECK-DAG: %[[A:.*]] = pyir.constant 2.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.math_unary exp %[[A]] : f64 -> f64
// CHECK-NEXT: return %[[R]] : f64
func.func @exp_not_folded() -> f64 {
  %a = pyir.constant 2.0 : f64
  %r = pyir.math_unary exp %a : f64 -> f64
  return %r : f64
}

// math.copysign(2.0, -0.0) == -2.0
// CHECK-LABEL: func.func @copysign
// CHECK-NEXT: %[[R:.*]] = pyir.constant -2.000000e+00 : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @copysign() -> f64 {
  %a = pyir.constant 2.0 : f64
  %b = pyir.constant -0.0 : f64
  %r = pyir.math_binary copysign %a, %b : f64
  return %r : f64
}

// math.fmod(1.0, 0.0) raises ValueError
// CHECK-LABEL: func.func @fmod_zero_not_folded
// CHECK-DAG: %[[A:.*]] = pyir.constant 1.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = pyir.constant 0.000000e+00 : f64
// CHECK: %[[R:.*]] = pyir.math_binary fmod %[[A]], %[[B]] : f64
// CHECK-NEXT: return %[[R]] : f64
func.func @fmod_zero_not_folded() -> f64 {
  %a = pyir.constant 1.0 : f64
  %b = pyir.constant 0.0 : f64
  %r = pyir.math_binary fmod %a, %b : f64
  return %r : f64
}

//===----------------------------------------------------------------------===//
// pyir.tuple_get, pyir.assert
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @tuple_get_of_tuple
// CHECK-SAME: (%[[A:.*]]: i64, %[[X:.*]]: f64)
// CHECK-NOT: pyir.tuple
// CHECK: return %[[X]], %[[A]] : f64, i64
func.func @tuple_get_of_tuple(%a: i64, %x: f64) -> (f64, i64) {
  %t = pyir.tuple %a, %x : i64, f64
  %0 = pyir.tuple_get %t[1] : tuple<i64, f64> -> f64
  %1 = pyir.tuple_get %t[0] : tuple<i64, f64> -> i64
  return %0, %1 : f64, i64
}

// A tuple that is not built here stays read.
// CHECK-LABEL: func.func @tuple_get_of_argument
// CHECK: pyir.tuple_get
func.func @tuple_get_of_argument(%t: tuple<i64, f64>) -> i64 {
  %0 = pyir.tuple_get %t[0] : tuple<i64, f64> -> i64
  return %0 : i64
}

// An assert of a true constant never raises and goes away; an assert of a
// false one always raises and stays.
// CHECK-LABEL: func.func @assert_constant
// CHECK: %[[F:.*]] = pyir.constant false
// CHECK-NOT: "never"
// CHECK: pyir.assert %[[F]], AssertionError "always"
// CHECK-NEXT: return
func.func @assert_constant() {
  %t = pyir.constant true
  pyir.assert %t, AssertionError "never"
  %f = pyir.constant false
  pyir.assert %f, AssertionError "always"
  return
}

//===----------------------------------------------------------------------===//
// Dead code: an unused op that may raise stays, an unused pure one goes
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @unused_ops
// CHECK-SAME: (%[[A:.*]]: i64, %[[V:.*]]: !pyir.view<f64, 1>, %[[X:.*]]: f64, %[[U:.*]]: ui8)
// CHECK: pyir.add checked %[[A]], %[[A]] : i64
// CHECK: pyir.load %[[V]][%[[A]]] boundscheck : !pyir.view<f64, 1>
// CHECK: pyir.floordiv checked %[[A]], %[[A]] : i64
// CHECK: pyir.truediv %[[X]], %[[X]] : f64 -> f64
// CHECK: pyir.cast checked %[[X]] : f64 to i64
// CHECK: pyir.shl checked %[[A]], %[[A]] : i64
// CHECK: pyir.pow wrap %[[A]], %[[A]] : i64
// CHECK: pyir.math_unary sqrt %[[X]] : f64 -> f64
// CHECK: pyir.round %[[X]] : f64 -> i64
// CHECK-NOT: pyir.add wrap
// CHECK-NOT: pyir.add %
// CHECK-NOT: pyir.load %[[V]][%[[A]]] :
// CHECK-NOT: pyir.load %[[V]][%[[A]]] wraparound
// CHECK-NOT: pyir.pow wrap %[[U]]
// CHECK-NOT: pyir.cast %
// CHECK-NOT: pyir.math_unary fabs
// CHECK-NOT: pyir.cmp
// CHECK: return
func.func @unused_ops(%a: i64, %v: !pyir.view<f64, 1>, %x: f64, %u: ui8) {
  // May raise: kept.
  %0 = pyir.add checked %a, %a : i64
  %1 = pyir.load %v[%a] boundscheck : !pyir.view<f64, 1>
  %2 = pyir.floordiv checked %a, %a : i64
  %3 = pyir.truediv %x, %x : f64 -> f64
  %4 = pyir.cast checked %x : f64 to i64
  %5 = pyir.shl checked %a, %a : i64
  %6 = pyir.pow wrap %a, %a : i64
  %7 = pyir.math_unary sqrt %x : f64 -> f64
  %8 = pyir.round %x : f64 -> i64
  // Cannot raise: erased.
  %10 = pyir.add wrap %a, %a : i64
  %11 = pyir.add %x, %x : f64
  %12 = pyir.load %v[%a] : !pyir.view<f64, 1>
  %13 = pyir.load %v[%a] wraparound : !pyir.view<f64, 1>
  %14 = pyir.pow wrap %u, %u : ui8
  %15 = pyir.cast %a : i64 to f64
  %16 = pyir.math_unary fabs %x : f64 -> f64
  %17 = pyir.cmp lt %a, %x : i64, f64
  return
}

// What an arithmetic op may raise is what its runtime function raises
// (include/pyir/Runtime/pyir_entries.h), less ZeroDivisionError for a
// divisor known nonzero: int floordiv still overflows (INT_MIN // -1), int
// mod cannot (INT_MIN % -1 == 0), a C division (cdivision) never raises, an
// unsigned shift or power has no negative count to refuse.
// CHECK-LABEL: func.func @unused_by_runtime_table
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64, %[[U:.*]]: ui16, %[[S:.*]]: si8)
// CHECK: pyir.floordiv checked %[[A]], %[[B]] {pyir.nonzero_divisor} : i64
// CHECK: pyir.mod checked %[[A]], %[[B]] : i64
// CHECK: pyir.shl wrap %[[S]], %[[S]] : si8
// CHECK: pyir.pow wrap %[[S]], %[[S]] : si8
// CHECK-NOT: pyir.mod checked %[[A]], %[[B]] {pyir.nonzero_divisor}
// CHECK-NOT: cdivision
// CHECK-NOT: %[[U]]
// CHECK: return
func.func @unused_by_runtime_table(%a: i64, %b: i64, %u: ui16, %s: si8) {
  // May raise: kept.
  %0 = pyir.floordiv checked %a, %b {pyir.nonzero_divisor} : i64
  %1 = pyir.mod checked %a, %b : i64
  %2 = pyir.shl wrap %s, %s : si8
  %3 = pyir.pow wrap %s, %s : si8
  // Cannot raise: erased.
  %10 = pyir.mod checked %a, %b {pyir.nonzero_divisor} : i64
  %11 = pyir.floordiv checked cdivision %a, %b : i64
  %12 = pyir.shl wrap %u, %u : ui16
  %13 = pyir.shr %u, %u : ui16
  %14 = pyir.pow wrap %u, %u : ui16
  %15 = pyir.truediv %u, %u {pyir.nonzero_divisor} : ui16 -> f64
  return
}

// A store is kept even without boundscheck: it writes memory.
// CHECK-LABEL: func.func @store_kept
// CHECK: pyir.store
func.func @store_kept(%v: !pyir.view<f64, 1>, %i: i64, %x: f64) {
  pyir.store %x, %v[%i] : !pyir.view<f64, 1>
  return
}

// A reference to a parameter is the parameter (the caller owns it for the
// whole call); one to a slice keeps its slot.
// CHECK-LABEL: func.func @view_ref_of_param
// CHECK-SAME: (%[[A:[^:]*]]: !pyir.view<f64, 1>, %[[I:[^:]*]]: i64)
// CHECK: %[[S:.*]] = pyir.subview %[[A]][%[[I]]] keys [1]
// CHECK-NEXT: %[[R:.*]] = pyir.view_ref %[[S]]
// CHECK-NEXT: return %[[A]], %[[R]]
func.func @view_ref_of_param(%a: !pyir.view<f64, 1>, %i: i64) -> (!pyir.view<f64, 1>, !pyir.view<f64, 1>) {
  %p = pyir.view_ref %a : !pyir.view<f64, 1>
  %s = pyir.subview %a[%i] keys [1] : !pyir.view<f64, 1> -> !pyir.view<f64, 1>
  %r = pyir.view_ref %s : !pyir.view<f64, 1>
  return %p, %r : !pyir.view<f64, 1>, !pyir.view<f64, 1>
}
