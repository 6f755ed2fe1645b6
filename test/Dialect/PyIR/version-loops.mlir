// RUN: pyir-opt %s -split-input-file -pyir-version-loops | FileCheck %s

// pyir-version-loops duplicates a loop nest behind a guard made of
// loop-invariant comparisons under which its bounds checks cannot fire: the
// copy that runs when the guard holds has no checks, the other one is the
// original loop, unchanged.

// for i in range(len(a)): s += a[i] * b[i]: the guard is count <= len(b).
// CHECK-LABEL: func.func @dot
// CHECK: %[[COUNT:.*]] = arith.select
// CHECK: %[[NB:.*]] = pyir.dim %arg1[0]
// CHECK: %[[GUARD:.*]] = arith.cmpi sle, %[[COUNT]], %[[NB]]
// CHECK: scf.if %[[GUARD]] -> (f64) {
// CHECK:   scf.for %[[I:.*]] = %{{.*}} to %[[COUNT]]
// CHECK:     pyir.load %arg1[%[[I]]] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK:   scf.for %[[J:.*]] = %{{.*}} to %[[COUNT]]
// CHECK:     pyir.load %arg1[%[[J]]] boundscheck wraparound : !pyir.view<f64, 1>
// CHECK: }
// CHECK-NOT: pyir.checked_copy
func.func @dot(%a: !pyir.view<f64, 1>, %b: !pyir.view<f64, 1>) -> f64 {
  %s0 = pyir.constant 0.0 : f64
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  %r = scf.for %i = %c0 to %count step %c1 iter_args(%s = %s0) -> (f64) : i64 {
    %x = pyir.load %a[%i] : !pyir.view<f64, 1>
    %y = pyir.load %b[%i] boundscheck wraparound : !pyir.view<f64, 1>
    %p = pyir.mul %x, %y : f64
    %s1 = pyir.add %s, %p : f64
    scf.yield %s1 : f64
  }
  return %r : f64
}

// -----

// b[i - 1] and b[i + 1] over [lb, ub) (checked index arithmetic, as the
// frontend emits it, is exact): one requirement for the axis, from the
// smallest and the largest offset: lb - 1 >= 0 and ub + 1 <= len(b).
// CHECK-LABEL: func.func @offsets
// CHECK: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: %[[LOW:.*]] = arith.cmpi sge, %arg1, %[[ONE]] : i64
// CHECK: %[[NB:.*]] = pyir.dim %arg0[0]
// CHECK: %[[ONE2:.*]] = arith.constant 1 : i64
// CHECK: %[[LIMIT:.*]] = arith.subi %[[NB]], %[[ONE2]]
// CHECK: %[[HIGH:.*]] = arith.cmpi sle, %arg2, %[[LIMIT]]
// CHECK: %[[GUARD:.*]] = arith.andi %[[LOW]], %[[HIGH]]
// CHECK: scf.if %[[GUARD]]
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
func.func @offsets(%b: !pyir.view<f64, 1>, %lb: i64, %ub: i64) {
  %c1 = pyir.constant 1 : i64
  scf.for %i = %lb to %ub step %c1 : i64 {
    %im1 = pyir.sub checked %i, %c1 : i64
    %ip1 = pyir.add checked %i, %c1 : i64
    %x = pyir.load %b[%im1] boundscheck : !pyir.view<f64, 1>
    %y = pyir.load %b[%ip1] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  return
}

// -----

// A negative offset on the upper side: ub - 1 <= len(b) holds for any ub
// when len(b) > 2**63 - 2 (where len(b) + 1 would wrap), which the guard
// also accepts.
// CHECK-LABEL: func.func @negative_offset
// CHECK: %[[NB:.*]] = pyir.dim %arg0[0]
// CHECK: %[[MINUS:.*]] = arith.constant -1 : i64
// CHECK: %[[LIMIT:.*]] = arith.subi %[[NB]], %[[MINUS]]
// CHECK: %[[FITS:.*]] = arith.cmpi sle, %arg1, %[[LIMIT]]
// CHECK: %[[MAX:.*]] = arith.constant 9223372036854775806 : i64
// CHECK: %[[SAT:.*]] = arith.cmpi sgt, %[[NB]], %[[MAX]]
// CHECK: %[[HIGH:.*]] = arith.ori %[[SAT]], %[[FITS]]
// CHECK: scf.if %[[HIGH]]
func.func @negative_offset(%b: !pyir.view<f64, 1>, %ub: i64) {
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c1 to %ub step %c1 : i64 {
    %im1 = arith.subi %i, %c1 : i64
    %x = pyir.load %b[%im1] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  return
}

// -----

// A nest: one guard in front of the outer loop covers out[i, j] (the inner
// loop's bounds are defined outside the nest); the checked copy is the
// original nest.
// CHECK-LABEL: func.func @nest
// CHECK: scf.if
// CHECK:   scf.for
// CHECK:     scf.for
// CHECK:       pyir.store %{{.*}}, %arg0[%{{.*}}, %{{.*}}] : !pyir.view<f64, 2>
// CHECK: } else {
// CHECK:   scf.for
// CHECK:     scf.for
// CHECK:       pyir.store %{{.*}}, %arg0[%{{.*}}, %{{.*}}] boundscheck : !pyir.view<f64, 2>
// CHECK-NOT: scf.if
func.func @nest(%out: !pyir.view<f64, 2>, %n: i64, %m: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %z = pyir.constant 0.0 : f64
  scf.for %i = %c0 to %n step %c1 : i64 {
    scf.for %j = %c0 to %m step %c1 : i64 {
      pyir.store %z, %out[%i, %j] boundscheck : !pyir.view<f64, 2>
      scf.yield
    }
    scf.yield
  }
  return
}

// -----

// A triangular nest: the inner bound is the outer induction variable, so
// the guard for b[j] is built inside the outer loop, in front of the inner
// one.
// CHECK-LABEL: func.func @triangle
// CHECK: scf.for %[[I:.*]] =
// CHECK-NEXT: %[[NB:.*]] = pyir.dim %arg0[0]
// CHECK-NEXT: %[[GUARD:.*]] = arith.cmpi sle, %[[I]], %[[NB]]
// CHECK: scf.if %[[GUARD]] {
// CHECK:   pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK:   pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
func.func @triangle(%b: !pyir.view<f64, 1>, %n: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    scf.for %j = %c0 to %i step %c1 : i64 {
      %x = pyir.load %b[%j] boundscheck : !pyir.view<f64, 1>
      scf.yield
    }
    scf.yield
  }
  return
}

// -----

// Only the coverable access loses its check in the fast copy: a[k] with k a
// parameter keeps it in both copies.
// CHECK-LABEL: func.func @partly
// CHECK: scf.if
// CHECK: pyir.load %arg0[%arg1] boundscheck
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK: pyir.load %arg0[%arg1] boundscheck
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck
func.func @partly(%a: !pyir.view<f64, 1>, %k: i64, %n: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %x = pyir.load %a[%k] boundscheck : !pyir.view<f64, 1>
    %y = pyir.load %a[%i] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  return
}

// -----

// Nothing to gain: the index is not an induction variable plus a constant,
// the step is not known to be positive, or the loop is unsigned.
// CHECK-LABEL: func.func @not_versioned
// CHECK-NOT: scf.if
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck
// CHECK-NOT: scf.if
func.func @not_versioned(%a: !pyir.view<f64, 1>, %n: i64, %step: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %sq = arith.muli %i, %i : i64
    %x = pyir.load %a[%sq] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  scf.for %i = %c0 to %n step %step : i64 {
    %x = pyir.load %a[%i] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  scf.for unsigned %i = %c0 to %n step %c1 : i64 {
    %x = pyir.load %a[%i] boundscheck : !pyir.view<f64, 1>
    scf.yield
  }
  return
}

// -----

// Accesses already without checks: no versioning.
// CHECK-LABEL: func.func @already_unchecked
// CHECK-NOT: scf.if
func.func @already_unchecked(%a: !pyir.view<f64, 1>, %n: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %x = pyir.load %a[%i] : !pyir.view<f64, 1>
    scf.yield
  }
  return
}

// -----

// Overflow checks versioned on the trip counts: (i + j) * (i + j + 1) over
// i, j in [0, n) fits in i64 when n <= 2**30 (and not when n <= 2**31):
// the guard is n <= 2**30, the copy under it has a `wrap` product, the
// original keeps its check. The sum s + p is not proven under any limit
// (s is loop-carried): it stays checked in both copies.
// CHECK-LABEL: func.func @pairs
// CHECK: %[[LIMIT:.*]] = arith.constant 1073741824 : i64
// CHECK: %[[GUARD:.*]] = arith.cmpi sle, %arg0, %[[LIMIT]] : i64
// CHECK: scf.if %[[GUARD]] -> (i64) {
// CHECK:   pyir.mul wrap
// CHECK:   pyir.add checked
// CHECK: } else {
// CHECK:   pyir.mul checked
// CHECK:   pyir.add checked
// CHECK: }
// CHECK-NOT: pyir.checked_copy
func.func @pairs(%n: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%s = %c0) -> (i64) : i64 {
    %r2 = scf.for %j = %c0 to %n step %c1 iter_args(%t = %s) -> (i64) : i64 {
      %ij = pyir.add wrap %i, %j : i64
      %ij1 = pyir.add wrap %ij, %c1 : i64
      %p = pyir.mul checked %ij, %ij1 : i64
      %t1 = pyir.add checked %t, %p : i64
      scf.yield %t1 : i64
    }
    scf.yield %r2 : i64
  }
  return %r : i64
}

// -----

// The guard names every upper bound the proof assumed: i < n and j < m;
// i * j fits when both are at most 2**31.
// CHECK-LABEL: func.func @two_bounds
// CHECK: %[[LIMIT:.*]] = arith.constant 2147483648 : i64
// CHECK: %[[N:.*]] = arith.cmpi sle, %arg0, %[[LIMIT]] : i64
// CHECK: %[[M:.*]] = arith.cmpi sle, %arg1, %[[LIMIT]] : i64
// CHECK: %[[GUARD:.*]] = arith.andi %[[N]], %[[M]] : i1
// CHECK: scf.if %[[GUARD]] {
// CHECK:   pyir.mul wrap
// CHECK: } else {
// CHECK:   pyir.mul checked
func.func @two_bounds(%n: i64, %m: i64, %v: !pyir.view<si64, 1>) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    scf.for %j = %c0 to %m step %c1 : i64 {
      %p = pyir.mul checked %i, %j : i64
      %q = pyir.cast wrap %p : i64 to si64
      pyir.store %q, %v[%c0] : !pyir.view<si64, 1>
      scf.yield
    }
    scf.yield
  }
  return
}

// -----

// Not versioned: no limit on n makes i * x fit (x is any int).
// CHECK-LABEL: func.func @no_limit_helps
// CHECK-NOT: scf.if
// CHECK: pyir.mul checked
// CHECK-NOT: scf.if
func.func @no_limit_helps(%n: i64, %x: i64, %v: !pyir.view<si64, 1>) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %p = pyir.mul checked %i, %x : i64
    %q = pyir.cast wrap %p : i64 to si64
    pyir.store %q, %v[%c0] : !pyir.view<si64, 1>
    scf.yield
  }
  return
}

// -----

// A stepped range (an scf.while over the counter k, element start + k *
// step, step 2): the element lies in [start, stop - 1], so the guard is
// start >= 0 and stop <= len(a); the while loop is versioned.
// CHECK-LABEL: func.func @stepped
// CHECK: %[[LOW:.*]] = arith.cmpi sge, %arg1, %{{.*}} : i64
// CHECK: %[[N:.*]] = pyir.dim %arg0[0]
// CHECK: %[[HIGH:.*]] = arith.cmpi sle, %arg2, %[[N]] : i64
// CHECK: %[[GUARD:.*]] = arith.andi %[[LOW]], %[[HIGH]] : i1
// CHECK: scf.if %[[GUARD]] -> (i64) {
// CHECK:   scf.while
// CHECK:     pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// CHECK: } else {
// CHECK:   scf.while
// CHECK:     pyir.load %arg0[%{{.*}}] boundscheck wraparound
func.func @stepped(%a: !pyir.view<f64, 1>, %start: i64, %stop: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %step = pyir.constant 2 : i64
  %span = arith.subi %stop, %start : i64
  %last = arith.subi %span, %c1 : i64
  %quot = arith.divui %last, %step : i64
  %trip = arith.addi %quot, %c1 : i64
  %nonempty = arith.cmpi slt, %start, %stop : i64
  %count = arith.select %nonempty, %trip, %c0 : i64
  %r = scf.while (%k = %c0) : (i64) -> i64 {
    %more = arith.cmpi ult, %k, %count : i64
    scf.condition(%more) %k : i64
  } do {
  ^bb0(%k: i64):
    %scaled = arith.muli %k, %step : i64
    %i = arith.addi %start, %scaled : i64
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    %k1 = arith.addi %k, %c1 : i64
    scf.yield %k1 : i64
  }
  return
}
