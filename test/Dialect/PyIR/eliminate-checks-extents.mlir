// RUN: pyir-opt %s -pyir-eliminate-checks | FileCheck %s

// An axis spans at most PY_SSIZE_T_MAX bytes: pyir.dim of an f64 view is
// below 2**60, so i + j of two indices below it cannot overflow (spectral
// norm's a(i, j)); of a u8 view it may be 2**63 - 1, and i + j may.
// CHECK-LABEL: func.func @extents
func.func @extents(%a: !pyir.view<f64, 1>, %b: !pyir.view<ui8, 1>) -> (i64, i64, i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %m = pyir.dim %b[0] : !pyir.view<ui8, 1>
  // CHECK: pyir.add wrap
  %s = pyir.add checked %n, %n : i64
  // CHECK: pyir.add checked
  %t = pyir.add checked %m, %m : i64
  // 2**60 * 2**60 may: the check stays.
  // CHECK: pyir.mul checked
  %p = pyir.mul checked %n, %n : i64
  return %s, %t, %p : i64, i64, i64
}
