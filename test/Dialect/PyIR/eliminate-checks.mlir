// RUN: pyir-opt %s -split-input-file -pyir-eliminate-checks | FileCheck %s

// pyir-eliminate-checks drops a check only when integer range analysis (over
// the pyir ops' InferIntRangeInterface) or the symbolic i < dim prover shows
// it cannot fire. Each positive case has a negative twin.

// Overflow: operand ranges from constants, dim, floordiv/mod by positive
// constants, and/or/shr, cmp and cast.
// CHECK-LABEL: func.func @overflow
func.func @overflow(%a: !pyir.view<ui8, 1>, %x: i64, %b: ui8) -> (i64, i64, i64, i64, i64, i64, i64, i64, ui8) {
  %c1 = pyir.constant 1 : i64
  %c8 = pyir.constant 8 : i64
  %c255 = pyir.constant 255 : i64
  %n = pyir.dim %a[0] : !pyir.view<ui8, 1>
  // dim of a byte view <= 2**63 - 1, so dim + 1 may overflow; dim - 1 may
  // not (eliminate-checks-extents.mlir: wider items, smaller extents).
  // CHECK: pyir.add checked %{{.*}}, %{{.*}} : i64
  %0 = pyir.add checked %n, %c1 : i64
  // CHECK: pyir.sub wrap
  %1 = pyir.sub checked %n, %c1 : i64
  // x // 8 and x % 8 are small: their product with 8 fits. The divisor 8
  // is not zero and not -1: neither division raises.
  // CHECK: pyir.floordiv wrap %arg1, %{{.*}} {pyir.nonzero_divisor}
  // CHECK: pyir.mul wrap
  %q = pyir.floordiv checked %x, %c8 : i64
  %2 = pyir.mul checked %q, %c8 : i64
  // CHECK: pyir.mod wrap %arg1, %{{.*}} {pyir.nonzero_divisor}
  // CHECK: pyir.mul wrap
  %r = pyir.mod checked %x, %c8 : i64
  %3 = pyir.mul checked %r, %r : i64
  // x & 255 is in [0, 255]; x >> 8 is any int, negating it may overflow.
  // CHECK: pyir.neg wrap
  // CHECK: pyir.neg checked
  %m = pyir.and %x, %c255 : i64
  %4 = pyir.neg checked %m : i64
  %s = pyir.shr %x, %c8 : i64
  %5 = pyir.neg checked %s : i64
  // A parameter times itself may overflow.
  // CHECK: pyir.mul checked %arg1, %arg1
  %6 = pyir.mul checked %x, %x : i64
  // u8 -> int always fits; int -> u8 may not.
  // CHECK: pyir.cast wrap %arg2 : ui8 to i64
  // CHECK: pyir.cast checked %arg1 : i64 to ui8
  %7 = pyir.cast checked %b : ui8 to i64
  %8 = pyir.cast checked %x : i64 to ui8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i64, i64, i64, i64, i64, i64, i64, i64, ui8
}

// -----

// abs(x & 255) cannot overflow; abs(x) can (abs(-2**63)).
// CHECK-LABEL: func.func @abs_shl
func.func @abs_shl(%x: i64) -> (i64, i64, i64, i64) {
  %c3 = pyir.constant 3 : i64
  %c255 = pyir.constant 255 : i64
  %m = pyir.and %x, %c255 : i64
  // CHECK: pyir.abs wrap
  %0 = pyir.abs checked %m : i64
  // CHECK: pyir.abs checked %arg0
  %1 = pyir.abs checked %x : i64
  // (x & 255) << 3 fits; x << 3 may not.
  // CHECK: pyir.shl wrap
  // CHECK: pyir.shl checked %arg0
  %2 = pyir.shl checked %m, %c3 : i64
  %3 = pyir.shl checked %x, %c3 : i64
  return %0, %1, %2, %3 : i64, i64, i64, i64
}

// -----

// for i in range(len(a)): a[i]  (already lifted to scf.for): in bounds.
// CHECK-LABEL: func.func @in_bounds
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: pyir.store %{{.*}}, %arg0[%{{.*}}] : !pyir.view<f64, 1>
func.func @in_bounds(%a: !pyir.view<f64, 1>) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  scf.for %i = %c0 to %count step %c1 : i64 {
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    pyir.store %x, %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
  }
  return
}

// -----

// The bound is another view's length, a parameter, or one past the end:
// the bounds check stays (wraparound goes: i >= 0).
// CHECK-LABEL: func.func @not_the_dim
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
func.func @not_the_dim(%a: !pyir.view<f64, 1>, %b: !pyir.view<f64, 1>, %n: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %nb = pyir.dim %b[0] : !pyir.view<f64, 1>
  %na = pyir.dim %a[0] : !pyir.view<f64, 1>
  %na1 = arith.addi %na, %c1 : i64
  scf.for %i = %c0 to %nb step %c1 : i64 {
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
  }
  scf.for %i = %c0 to %n step %c1 : i64 {
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
  }
  scf.for %i = %c0 to %na step %c1 : i64 {
    %j = pyir.add checked %i, %c1 : i64
    %x = pyir.load %a[%j] boundscheck wraparound : !pyir.view<f64, 1>
  }
  return
}

// -----

// A possibly negative index keeps wraparound and boundscheck; a parameter
// index keeps both.
// CHECK-LABEL: func.func @negative_index
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound
// CHECK: pyir.load %arg0[%arg1] boundscheck wraparound
func.func @negative_index(%a: !pyir.view<f64, 1>, %k: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  scf.for %i = %c0 to %n step %c1 : i64 {
    %j = pyir.sub checked %i, %c1 : i64
    %x = pyir.load %a[%j] boundscheck wraparound : !pyir.view<f64, 1>
  }
  %y = pyir.load %a[%k] boundscheck wraparound : !pyir.view<f64, 1>
  return
}

// -----

// Axis matters: a 2-D view indexed with the loop over axis 0 in axis 1.
// CHECK-LABEL: func.func @axes
// CHECK: pyir.load %arg0[%[[I:.*]], %[[J:.*]]] : !pyir.view<f64, 2>
// CHECK: pyir.load %arg0[%[[J]], %[[I]]] boundscheck : !pyir.view<f64, 2>
func.func @axes(%a: !pyir.view<f64, 2>) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 2>
  %m = pyir.dim %a[1] : !pyir.view<f64, 2>
  scf.for %i = %c0 to %n step %c1 : i64 {
    scf.for %j = %c0 to %m step %c1 : i64 {
      %x = pyir.load %a[%i, %j] boundscheck wraparound : !pyir.view<f64, 2>
      %y = pyir.load %a[%j, %i] boundscheck wraparound : !pyir.view<f64, 2>
    }
  }
  return
}

// -----

// A step that may be zero or negative proves nothing about the bound.
// CHECK-LABEL: func.func @unknown_step
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck
func.func @unknown_step(%a: !pyir.view<f64, 1>, %s: i64) {
  %c0 = pyir.constant 0 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  scf.for %i = %c0 to %n step %s : i64 {
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
  }
  return
}

// -----

// Branch conditions: a CF-form counted loop (not lifted, e.g. because of an
// early return) runs its body only when k <u count, and count =
// max(len(a), 0) is in [0, 2**63): a[k] is in bounds, k + 1 cannot
// overflow. The block after the loop does not know k < count, only k >= 0
// (k grows from 0 by exact additions: the widening keeps the lower bound).
// CHECK-LABEL: func.func @cf_loop
// CHECK: ^bb2:
// CHECK-NEXT: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: pyir.add wrap
// CHECK: ^bb4:
// CHECK-NEXT: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
func.func @cf_loop(%a: !pyir.view<f64, 1>, %x: f64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  cf.br ^bb1(%c0 : i64)
^bb1(%k: i64):
  %more = arith.cmpi ult, %k, %count : i64
  cf.cond_br %more, ^bb2, ^bb4
^bb2:
  %v = pyir.load %a[%k] boundscheck wraparound : !pyir.view<f64, 1>
  %eq = pyir.cmp eq %v, %x : f64, f64
  cf.cond_br %eq, ^bb5, ^bb3
^bb3:
  %k1 = pyir.add checked %k, %c1 : i64
  cf.br ^bb1(%k1 : i64)
^bb4:
  %w = pyir.load %a[%k] boundscheck wraparound : !pyir.view<f64, 1>
  return %c0 : i64
^bb5:
  return %k : i64
}

// -----

// The twin: the count is a parameter that may be negative (k <u count says
// nothing about the sign of k) or beyond len(a): both checks stay.
// CHECK-LABEL: func.func @cf_loop_unknown_count
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound
func.func @cf_loop_unknown_count(%a: !pyir.view<f64, 1>, %count: i64) -> f64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %z = pyir.constant 0.0 : f64
  cf.br ^bb1(%c0 : i64)
^bb1(%k: i64):
  %more = arith.cmpi ult, %k, %count : i64
  cf.cond_br %more, ^bb2, ^bb3
^bb2:
  %v = pyir.load %a[%k] boundscheck wraparound : !pyir.view<f64, 1>
  %k1 = arith.addi %k, %c1 : i64
  cf.br ^bb1(%k1 : i64)
^bb3:
  return %z : f64
}

// -----

// fib: on the false edge of n < 2, n >= 2, so n - 1 and n - 2 cannot
// overflow; on the true edge n - 1 can (n = -2**63).
// CHECK-LABEL: func.func @fib_shape
// CHECK: ^bb1:
// CHECK-NEXT: pyir.sub checked
// CHECK: ^bb2:
// CHECK-NEXT: pyir.sub wrap
// CHECK-NEXT: pyir.sub wrap
func.func @fib_shape(%n: i64) -> (i64, i64) {
  %c1 = pyir.constant 1 : i64
  %c2 = pyir.constant 2 : i64
  %small = pyir.cmp lt %n, %c2 : i64, i64
  cf.cond_br %small, ^bb1, ^bb2
^bb1:
  %m = pyir.sub checked %n, %c1 : i64
  return %m, %m : i64, i64
^bb2:
  %a = pyir.sub checked %n, %c1 : i64
  %b = pyir.sub checked %n, %c2 : i64
  return %a, %b : i64, i64
}

// -----

// A block with two predecessors learns nothing from either edge.
// CHECK-LABEL: func.func @join
// CHECK: ^bb2:
// CHECK-NEXT: pyir.sub checked
func.func @join(%n: i64, %flag: i1) -> i64 {
  %c1 = pyir.constant 1 : i64
  %c2 = pyir.constant 2 : i64
  %small = pyir.cmp lt %n, %c2 : i64, i64
  cf.cond_br %small, ^bb1, ^bb2
^bb1:
  cf.br ^bb2
^bb2:
  %m = pyir.sub checked %n, %c1 : i64
  return %m : i64
}

// -----

// scf.if regions: x < len(a) and x >= 0 in the then-region of a nested if;
// in its else-region only x >= 0 is known (wraparound goes).
// CHECK-LABEL: func.func @if_regions
// CHECK: scf.if
// CHECK: scf.if
// CHECK-NEXT: pyir.load %arg0[%arg1] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK-NEXT: pyir.load %arg0[%arg1] boundscheck : !pyir.view<f64, 1>
func.func @if_regions(%a: !pyir.view<f64, 1>, %x: i64) -> f64 {
  %c0 = pyir.constant 0 : i64
  %z = pyir.constant 0.0 : f64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %nonneg = arith.cmpi sge, %x, %c0 : i64
  %r = scf.if %nonneg -> f64 {
    %below = pyir.cmp lt %x, %n : i64, i64
    %s = scf.if %below -> f64 {
      %v = pyir.load %a[%x] boundscheck wraparound : !pyir.view<f64, 1>
      scf.yield %v : f64
    } else {
      %v = pyir.load %a[%x] boundscheck wraparound : !pyir.view<f64, 1>
      scf.yield %v : f64
    }
    scf.yield %s : f64
  } else {
    scf.yield %z : f64
  }
  return %r : f64
}

// -----

// Divisors: a parameter may be zero (and -1); under `y > 0` it is neither.
// x // -1 cannot divide by zero but may overflow (x = -2**63). (x // w,
// not x // y, before the branch: an identical x // y there would make the
// one under the branch a repeat, eliminate-checks-repeated.mlir.)
// CHECK-LABEL: func.func @divisors
// CHECK: pyir.floordiv checked %arg0, %arg2 : i64
// CHECK: pyir.floordiv checked %arg0, %{{.*}} {pyir.nonzero_divisor} : i64
// CHECK: ^bb1:
// CHECK-NEXT: pyir.floordiv wrap %arg0, %arg1 {pyir.nonzero_divisor} : i64
// CHECK-NEXT: pyir.mod wrap %arg0, %arg1 {pyir.nonzero_divisor} : i64
// CHECK-NEXT: pyir.truediv %arg0, %arg1 {pyir.nonzero_divisor} : i64 -> f64
// CHECK: ^bb2:
// CHECK-NEXT: pyir.floordiv wrap cdivision %arg0, %arg1 : i64
func.func @divisors(%x: i64, %y: i64, %w: i64) -> (i64, i64, i64, i64, f64, i64) {
  %c0 = pyir.constant 0 : i64
  %m1 = pyir.constant -1 : i64
  %a = pyir.floordiv checked %x, %w : i64
  %b = pyir.floordiv checked %x, %m1 : i64
  %pos = pyir.cmp gt %y, %c0 : i64, i64
  cf.cond_br %pos, ^bb1, ^bb2
^bb1:
  %q = pyir.floordiv checked %x, %y : i64
  %r = pyir.mod checked %x, %y : i64
  %t = pyir.truediv %x, %y : i64 -> f64
  return %a, %b, %q, %r, %t, %c0 : i64, i64, i64, i64, f64, i64
^bb2:
  %c = pyir.floordiv wrap cdivision %x, %y : i64
  %z = pyir.constant 0.0 : f64
  return %a, %b, %c, %c, %z, %c : i64, i64, i64, i64, f64, i64
}

// -----

// Float divisors: float(n) in the body of `range(n)` (n >= 1 there) and a
// non-zero constant are not zero; float(n) before the loop and a float
// parameter may be.
// (y / float(n) before the loop: x / float(n) would make the one in the
// body a repeat.)
// CHECK-LABEL: func.func @float_divisors
// CHECK: pyir.truediv %arg2, %[[F:.*]] : f64 -> f64
// CHECK: pyir.truediv %arg1, %arg2 : f64 -> f64
// CHECK: scf.for
// CHECK: pyir.truediv %arg1, %[[F]] {pyir.nonzero_divisor} : f64 -> f64
// CHECK: pyir.floordiv %arg1, %{{.*}} {pyir.nonzero_divisor} : f64
// CHECK: pyir.mod %arg1, %arg2 : f64
func.func @float_divisors(%n: i64, %x: f64, %y: f64) -> f64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %half = pyir.constant 0.5 : f64
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  %f = pyir.cast %n : i64 to f64
  %a = pyir.truediv %y, %f : f64 -> f64
  %b = pyir.truediv %x, %y : f64 -> f64
  %s0 = pyir.add %a, %b : f64
  %r = scf.for %i = %c0 to %count step %c1 iter_args(%s = %s0) -> (f64) : i64 {
    %t = pyir.truediv %x, %f : f64 -> f64
    %u = pyir.floordiv %x, %half : f64
    %v = pyir.mod %x, %y : f64
    %s1 = pyir.add %s, %t : f64
    %s2 = pyir.add %s1, %u : f64
    %s3 = pyir.add %s2, %v : f64
    scf.yield %s3 : f64
  }
  return %r : f64
}

// -----

// scf.while: the body runs when the condition held, on the values it
// forwarded. `while i >= 0 and i < len(a)` (lifted `and`: an scf.if whose
// else yields false): a[i] is in bounds and i + 1 cannot overflow.
// CHECK-LABEL: func.func @while_and
// CHECK: } do {
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: pyir.add wrap
func.func @while_and(%a: !pyir.view<f64, 1>, %start: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %z = pyir.constant 0.0 : f64
  %false = arith.constant false
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %r = scf.while (%i = %start) : (i64) -> i64 {
    %nonneg = pyir.cmp ge %i, %c0 : i64, i64
    %c = scf.if %nonneg -> i1 {
      %below = pyir.cmp lt %i, %n : i64, i64
      scf.yield %below : i1
    } else {
      scf.yield %false : i1
    }
    scf.condition(%c) %i : i64
  } do {
  ^bb0(%j: i64):
    %v = pyir.load %a[%j] boundscheck wraparound : !pyir.view<f64, 1>
    %j1 = pyir.add checked %j, %c1 : i64
    scf.yield %j1 : i64
  }
  return %r : i64
}

// -----

// The twin: `while i >= 0 or i < len(a)` (the else yields true) proves
// nothing about i in the body.
// CHECK-LABEL: func.func @while_or
// CHECK: } do {
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound
// CHECK: pyir.add checked
func.func @while_or(%a: !pyir.view<f64, 1>, %start: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %true = arith.constant true
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %r = scf.while (%i = %start) : (i64) -> i64 {
    %nonneg = pyir.cmp ge %i, %c0 : i64, i64
    %c = scf.if %nonneg -> i1 {
      scf.yield %true : i1
    } else {
      %below = pyir.cmp lt %i, %n : i64, i64
      scf.yield %below : i1
    }
    scf.condition(%c) %i : i64
  } do {
  ^bb0(%j: i64):
    %v = pyir.load %a[%j] boundscheck wraparound : !pyir.view<f64, 1>
    %j1 = pyir.add checked %j, %c1 : i64
    scf.yield %j1 : i64
  }
  return %r : i64
}

// -----

// A branch on a u64 comparison is an unsigned fact: `p > 1` does not make
// `int(p)` fit (fuzz finding, issue #10: read as signed, the check went).
// The twin on a Python int does drop it.
// CHECK-LABEL: func.func @unsigned_fact
// CHECK: pyir.cast checked %arg0 : ui64 to i64
// CHECK-LABEL: func.func @signed_fact
// CHECK: pyir.neg wrap
func.func @unsigned_fact(%p: ui64) -> i64 {
  %c1 = pyir.constant 1 : ui64
  %c0 = pyir.constant 0 : i64
  %gt = pyir.cmp gt %p, %c1 : ui64, ui64
  cf.cond_br %gt, ^big, ^small
^big:
  %r = pyir.cast checked %p : ui64 to i64
  return %r : i64
^small:
  return %c0 : i64
}
func.func @signed_fact(%p: i64) -> i64 {
  %c1 = pyir.constant 1 : i64
  %c0 = pyir.constant 0 : i64
  %gt = pyir.cmp gt %p, %c1 : i64, i64
  cf.cond_br %gt, ^big, ^small
^big:
  %r = pyir.neg checked %p : i64
  return %r : i64
^small:
  return %c0 : i64
}
