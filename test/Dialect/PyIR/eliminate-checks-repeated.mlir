// RUN: pyir-opt %s -split-input-file -pyir-eliminate-checks | FileCheck %s

// A checked op repeated where an identical one dominates it cannot raise
// (the first did not, on the same operands): it is replaced by the first
// one's result. Each positive case has a negative twin.

// `(i + j) * (i + j + 1)` (spectral-norm's a(i, j)): one `i + j`, and the
// product then uses it twice.
// CHECK-LABEL: func.func @same_block
func.func @same_block(%i: i64, %j: i64) -> i64 {
  %c1 = pyir.constant 1 : i64
  // CHECK: %[[S:.*]] = pyir.add checked %arg0, %arg1 : i64
  // CHECK-NOT: pyir.add checked %arg0, %arg1
  // CHECK: %[[T:.*]] = pyir.add checked %[[S]], %{{.*}} : i64
  // CHECK: pyir.mul checked %[[S]], %[[T]] : i64
  %a = pyir.add checked %i, %j : i64
  %b = pyir.add checked %i, %j : i64
  %b1 = pyir.add checked %b, %c1 : i64
  %p = pyir.mul checked %a, %b1 : i64
  return %p : i64
}

// -----

// Dominated through a region: the second is inside an scf.if after the
// first. Twins: the first inside the branch does not dominate the second
// after it; operands in the other order (but for a commutative op: j * i
// is i * j), or another overflow mode, make another op.
// CHECK-LABEL: func.func @regions
func.func @regions(%c: i1, %i: i64, %j: i64) -> (i64, i64, i64, i64, i64, i64, i64) {
  // CHECK: %[[A:.*]] = pyir.mul checked %arg1, %arg2 : i64
  %a = pyir.mul checked %i, %j : i64
  // CHECK: pyir.sub checked %arg1, %arg2 : i64
  %s = pyir.sub checked %i, %j : i64
  // CHECK: scf.if
  // CHECK-NEXT: scf.yield %[[A]] : i64
  %r = scf.if %c -> (i64) {
    %b = pyir.mul checked %i, %j : i64
    scf.yield %b : i64
  } else {
    // CHECK: } else {
    // CHECK-NEXT: %[[IN:.*]] = pyir.floordiv checked %arg1, %arg2 : i64
    %d = pyir.floordiv checked %i, %j : i64
    scf.yield %d : i64
  }
  // CHECK: pyir.floordiv checked %arg1, %arg2 : i64
  %e = pyir.floordiv checked %i, %j : i64
  // CHECK-NOT: pyir.mul checked
  %f = pyir.mul checked %j, %i : i64
  // CHECK: pyir.sub checked %arg2, %arg1 : i64
  %t = pyir.sub checked %j, %i : i64
  // CHECK: pyir.mul wrap %arg1, %arg2 : i64
  %g = pyir.mul wrap %i, %j : i64
  // CHECK: return %[[A]], %{{.*}}, %{{.*}}, %[[A]],
  return %a, %r, %e, %f, %g, %s, %t : i64, i64, i64, i64, i64, i64, i64
}

// -----

// Loads are not merged (a store between them may change memory), but an
// access to an element another access already checked drops its bounds
// check (`bins[k] += 1`): the view's shape never changes. It keeps its
// wrap-around. Twins: another index, another view, an access the first
// one does not dominate, and a first access with wrap-around before one
// without (a negative index passed the first check, not the second).
// CHECK-LABEL: func.func @loads
func.func @loads(%v: !pyir.view<f64, 1>, %w: !pyir.view<f64, 1>, %i: i64, %j: i64, %x: f64, %c: i1) -> (f64, f64) {
  // CHECK: pyir.load %arg0[%arg2] boundscheck wraparound
  // CHECK-NEXT: pyir.store %{{.*}}, %arg0[%arg2] wraparound :
  // CHECK-NEXT: pyir.load %arg0[%arg2] wraparound :
  %a = pyir.load %v[%i] boundscheck wraparound : !pyir.view<f64, 1>
  pyir.store %x, %v[%i] boundscheck wraparound : !pyir.view<f64, 1>
  %b = pyir.load %v[%i] boundscheck wraparound : !pyir.view<f64, 1>
  // CHECK-NEXT: pyir.store %{{.*}}, %arg0[%arg3] boundscheck wraparound
  // CHECK-NEXT: pyir.store %{{.*}}, %arg1[%arg2] boundscheck wraparound
  pyir.store %x, %v[%j] boundscheck wraparound : !pyir.view<f64, 1>
  pyir.store %x, %w[%i] boundscheck wraparound : !pyir.view<f64, 1>
  // CHECK: scf.if
  // CHECK-NEXT: pyir.store %{{.*}}, %arg1[%arg3] boundscheck
  scf.if %c {
    pyir.store %x, %w[%j] boundscheck : !pyir.view<f64, 1>
  }
  // CHECK: pyir.store %{{.*}}, %arg1[%arg3] boundscheck :
  pyir.store %x, %w[%j] boundscheck : !pyir.view<f64, 1>
  // CHECK-NEXT: pyir.load %arg1[%arg2] boundscheck :
  %d = pyir.load %w[%i] boundscheck : !pyir.view<f64, 1>
  return %a, %b : f64, f64
}
