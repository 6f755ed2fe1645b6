// RUN: pyir-opt %s -split-input-file -pyir-eliminate-checks | FileCheck %s

// Loop counters (issue #12): an scf.for iter_arg that every iteration
// changes by a constant through exact (checked) additions, from a known
// start, stays within start + (trip count - 1) * step, so its increment
// cannot overflow when that fits in an int. Integer range analysis alone
// widens the loop-carried value to the whole range. Each positive case
// has a negative twin.

// `count += 1` under an `if`, from 0, in a loop over at most 2**63 - 1
// values (count_byte): the increment cannot overflow.
// CHECK-LABEL: func.func @count_if
func.func @count_if(%a: !pyir.view<ui8, 1, contiguous>, %b: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<ui8, 1, contiguous>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    %x = pyir.load %a[%i] : !pyir.view<ui8, 1, contiguous>
    %eq = pyir.cmp eq %x, %b : ui8, i64
    %next = scf.if %eq -> (i64) {
      // CHECK: pyir.add wrap
      %inc = pyir.add checked %count, %c1 : i64
      scf.yield %inc : i64
    } else {
      scf.yield %count : i64
    }
    scf.yield %next : i64
  }
  return %r : i64
}

// -----

// Twin: the counter starts at an unknown value: it may overflow.
// CHECK-LABEL: func.func @count_unknown_start
func.func @count_unknown_start(%n: i64, %start: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%count = %start) -> (i64) : i64 {
    // CHECK: pyir.add checked
    %inc = pyir.add checked %count, %c1 : i64
    scf.yield %inc : i64
  }
  return %r : i64
}

// -----

// Twin: a step of 2 per iteration over up to 2**63 - 1 iterations may
// overflow; over a loop of at most 2**62 iterations (n // 2) it cannot.
// CHECK-LABEL: func.func @count_by_two
func.func @count_by_two(%n: i64) -> (i64, i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %c2 = pyir.constant 2 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    // CHECK: pyir.add checked
    %inc = pyir.add checked %count, %c2 : i64
    scf.yield %inc : i64
  }
  %half = pyir.floordiv checked %n, %c2 : i64
  %s = scf.for %i = %c0 to %half step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    // CHECK: pyir.add wrap
    %inc = pyir.add checked %c2, %count : i64
    scf.yield %inc : i64
  }
  return %r, %s : i64, i64
}

// -----

// A counter that goes down (`left -= 1` from 0) cannot reach -2**63 - 1;
// but one that may go down and up by 1 (both branches) is bounded both
// ways too.
// CHECK-LABEL: func.func @count_down
func.func @count_down(%n: i64, %c: i1) -> (i64, i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%left = %c0) -> (i64) : i64 {
    // CHECK: pyir.sub wrap
    %dec = pyir.sub checked %left, %c1 : i64
    scf.yield %dec : i64
  }
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%walk = %c0) -> (i64) : i64 {
    %next = scf.if %c -> (i64) {
      // CHECK: pyir.add wrap
      %up = pyir.add checked %walk, %c1 : i64
      scf.yield %up : i64
    } else {
      // CHECK: pyir.sub wrap
      %down = pyir.sub checked %walk, %c1 : i64
      scf.yield %down : i64
    }
    scf.yield %next : i64
  }
  return %r, %s : i64, i64
}

// -----

// Twins: two increments in one iteration (the yielded value is not the
// counter plus a constant); a `wrap` increment the user asked for
// (@overflowcheck(False): it may wrap, so the counter's bound is unknown);
// a counter that another value feeds (count = count + x).
// CHECK-LABEL: func.func @not_counters
func.func @not_counters(%n: i64, %x: i64) -> (i64, i64, i64) {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    // CHECK: pyir.add checked
    %once = pyir.add checked %count, %c1 : i64
    // CHECK: pyir.add checked
    %twice = pyir.add checked %once, %c1 : i64
    scf.yield %twice : i64
  }
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    %w = pyir.add wrap %count, %c1 : i64
    // CHECK: pyir.add checked
    %m = pyir.add checked %count, %c1 : i64
    scf.yield %w : i64
  }
  %t = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    // CHECK: pyir.add checked
    %inc = pyir.add checked %count, %x : i64
    scf.yield %inc : i64
  }
  return %r, %s, %t : i64, i64, i64
}

// -----

// Twin: a loop whose trip count is unbounded by its bounds' ranges in the
// other direction: from -2**63 to n, 2**64 - 1 iterations, so even +1 per
// iteration may overflow.
// CHECK-LABEL: func.func @count_wide_loop
func.func @count_wide_loop(%lo: i64, %n: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %r = scf.for %i = %lo to %n step %c1 iter_args(%count = %c0) -> (i64) : i64 {
    // CHECK: pyir.add checked
    %inc = pyir.add checked %count, %c1 : i64
    scf.yield %inc : i64
  }
  return %r : i64
}
