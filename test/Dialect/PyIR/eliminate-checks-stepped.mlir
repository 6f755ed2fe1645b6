// RUN: pyir-opt %s -split-input-file -pyir-eliminate-checks | FileCheck %s

// Elements of range(start, stop, step) as the frontend lowers the loop: a
// counter k < count (unsigned), count = (stop - start - 1) /u step + 1 when
// start < stop (else 0), the element start + k * step. It lies in
// [start, stop - 1]: with 0 <= start and stop <= len(a) the access needs no
// check.

// range(2, len(a), 3).
// CHECK-LABEL: func.func @ascending
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
func.func @ascending(%a: !pyir.view<f64, 1>) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %start = pyir.constant 2 : i64
  %step = pyir.constant 3 : i64
  %stop = pyir.dim %a[0] : !pyir.view<f64, 1>
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

// -----

// range(start, len(a), step) with a parameter start: the element is at
// least start, which may be negative (both checks stay: a negative index
// counts from the end), or, under `if start >= 0`, in [0, len(a) - 1].
// CHECK-LABEL: func.func @ascending_start
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound : !pyir.view<f64, 1>
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
func.func @ascending_start(%a: !pyir.view<f64, 1>, %start: i64, %step: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %stop = pyir.dim %a[0] : !pyir.view<f64, 1>
  %pos = arith.cmpi sgt, %step, %c0 : i64
  scf.if %pos {
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
      %nonneg = arith.cmpi sge, %start, %c0 : i64
      scf.if %nonneg {
        %y = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
      }
      %k1 = arith.addi %k, %c1 : i64
      scf.yield %k1 : i64
    }
  }
  return
}

// -----

// A step of unknown sign: count = select(step > 0, ascending, descending).
// Going down, the element is in [stop + 1, start]. With start = len(a) - 1
// and stop = -1 (range(len(a) - 1, -1, step)) it is in [0, len(a) - 1];
// going up it would be in [start, -2], which is empty as start >= -1.
// CHECK-LABEL: func.func @either_sign
// CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
func.func @either_sign(%a: !pyir.view<f64, 1>, %step: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %stop = pyir.constant -1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %start = arith.subi %n, %c1 : i64
  %pos = arith.cmpi sgt, %step, %c0 : i64
  %span = arith.subi %stop, %start : i64
  %last = arith.subi %span, %c1 : i64
  %quot = arith.divui %last, %step : i64
  %trip = arith.addi %quot, %c1 : i64
  %up = arith.cmpi slt, %start, %stop : i64
  %upCount = arith.select %up, %trip, %c0 : i64
  %negStep = arith.subi %c0, %step : i64
  %dspan = arith.subi %start, %stop : i64
  %dlast = arith.subi %dspan, %c1 : i64
  %dquot = arith.divui %dlast, %negStep : i64
  %dtrip = arith.addi %dquot, %c1 : i64
  %down = arith.cmpi slt, %stop, %start : i64
  %downCount = arith.select %down, %dtrip, %c0 : i64
  %count = arith.select %pos, %upCount, %downCount : i64
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

// -----

// Not an element of the range: the counter is compared with a count that
// is not the range's trip count (here the stop itself), or the step's sign
// is unknown and the count is the ascending one alone.
// CHECK-LABEL: func.func @not_stepped
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound
func.func @not_stepped(%a: !pyir.view<f64, 1>, %step: i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %stop = pyir.dim %a[0] : !pyir.view<f64, 1>
  %r = scf.while (%k = %c0) : (i64) -> i64 {
    %more = arith.cmpi ult, %k, %stop : i64
    scf.condition(%more) %k : i64
  } do {
  ^bb0(%k: i64):
    %scaled = arith.muli %k, %step : i64
    %i = arith.addi %c0, %scaled : i64
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    %k1 = arith.addi %k, %c1 : i64
    scf.yield %k1 : i64
  }
  %span = arith.subi %stop, %c0 : i64
  %last = arith.subi %span, %c1 : i64
  %quot = arith.divui %last, %step : i64
  %trip = arith.addi %quot, %c1 : i64
  %nonempty = arith.cmpi slt, %c0, %stop : i64
  %count = arith.select %nonempty, %trip, %c0 : i64
  %r2 = scf.while (%k = %c0) : (i64) -> i64 {
    %more = arith.cmpi ult, %k, %count : i64
    scf.condition(%more) %k : i64
  } do {
  ^bb0(%k: i64):
    %scaled = arith.muli %k, %step : i64
    %i = arith.addi %c0, %scaled : i64
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    %k1 = arith.addi %k, %c1 : i64
    scf.yield %k1 : i64
  }
  return
}

// -----

// The widening keeps the bound that does not move: i = 2, then i += 1
// (exact) while i * i < n: i >= 2 on every iteration, a[i] needs no
// wrap-around (the bounds check stays: i * i < n says nothing here).
// CHECK-LABEL: func.func @growing
// CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
func.func @growing(%a: !pyir.view<f64, 1>, %n: i64) {
  %c1 = pyir.constant 1 : i64
  %c2 = pyir.constant 2 : i64
  %r = scf.while (%i = %c2) : (i64) -> i64 {
    %sq = pyir.mul checked %i, %i : i64
    %more = pyir.cmp lt %sq, %n : i64, i64
    scf.condition(%more) %i : i64
  } do {
  ^bb0(%i: i64):
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    %i1 = pyir.add checked %i, %c1 : i64
    scf.yield %i1 : i64
  }
  return
}
