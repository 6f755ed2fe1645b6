// RUN: pyir-opt %s -split-input-file -pyir-canonicalize | FileCheck %s

// An integer floor division by a constant 2**k is a shift right by k: the
// same value for every dividend (floor, also for negative ones), and it
// cannot raise.
// CHECK-LABEL: func.func @powers
// CHECK-DAG: %[[TWO:.*]] = pyir.constant 2 : i64
// CHECK-DAG: %[[SIX:.*]] = pyir.constant 6 : si8
// CHECK-DAG: %[[SEVEN:.*]] = pyir.constant 7 : ui8
// CHECK: pyir.shr %arg0, %[[TWO]] : i64
// CHECK: pyir.shr %arg1, %[[SIX]] : si8
// CHECK: pyir.shr %arg2, %[[SEVEN]] : ui8
func.func @powers(%x: i64, %y: si8, %z: ui8) -> (i64, si8, ui8) {
  %c4 = pyir.constant 4 : i64
  %c64 = pyir.constant 64 : si8
  %c128 = pyir.constant 128 : ui8
  %a = pyir.floordiv checked %x, %c4 : i64
  %b = pyir.floordiv wrap %y, %c64 : si8
  %c = pyir.floordiv wrap %z, %c128 : ui8
  return %a, %b, %c : i64, si8, ui8
}

// -----

// Not a shift: a divisor that is not a power of two, a negative one (-128
// is si8's 2**7 as a bit pattern), C division (truncation), a float.
// CHECK-LABEL: func.func @not_powers
// CHECK-NOT: pyir.shr
// CHECK: pyir.floordiv checked %arg0, %{{.*}} : i64
// CHECK: pyir.floordiv checked %arg0, %{{.*}} : i64
// CHECK: pyir.floordiv wrap %arg1, %{{.*}} : si8
// CHECK: pyir.floordiv checked cdivision %arg0, %{{.*}} : i64
// CHECK: pyir.floordiv %arg2, %{{.*}} : f64
// CHECK-NOT: pyir.shr
func.func @not_powers(%x: i64, %y: si8, %f: f64) -> (i64, i64, si8, i64, f64) {
  %c6 = pyir.constant 6 : i64
  %cm4 = pyir.constant -4 : i64
  %cm128 = pyir.constant -128 : si8
  %c4 = pyir.constant 4 : i64
  %f4 = pyir.constant 4.0 : f64
  %a = pyir.floordiv checked %x, %c6 : i64
  %b = pyir.floordiv checked %x, %cm4 : i64
  %c = pyir.floordiv wrap %y, %cm128 : si8
  %d = pyir.floordiv checked cdivision %x, %c4 : i64
  %e = pyir.floordiv %f, %f4 : f64
  return %a, %b, %c, %d, %e : i64, i64, si8, i64, f64
}
