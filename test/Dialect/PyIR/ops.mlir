// RUN: pyir-opt %s | pyir-opt | FileCheck %s --strict-whitespace
// RUN: pyir-opt %s --mlir-print-op-generic | pyir-opt | FileCheck %s --strict-whitespace

// Round trip of every pyir op in every form, and of the view type.
// --strict-whitespace: the custom assembly prints single spaces.

// CHECK-LABEL: func.func @constants
func.func @constants() -> (i64, f64, f32, ui8, si8, i1, i1) {
  // CHECK: %[[I:.*]] = pyir.constant 42 : i64
  %0 = pyir.constant 42 : i64
  // CHECK: %[[F:.*]] = pyir.constant 2.500000e+00 : f64
  %1 = pyir.constant 2.5 : f64
  // CHECK: %[[G:.*]] = pyir.constant -1.500000e+00 : f32
  %2 = pyir.constant -1.5 : f32
  // CHECK: %[[U:.*]] = pyir.constant 255 : ui8
  %3 = pyir.constant 255 : ui8
  // CHECK: %[[S:.*]] = pyir.constant -128 : si8
  %4 = pyir.constant -128 : si8
  // CHECK: %[[T:.*]] = pyir.constant true
  %5 = pyir.constant true
  // CHECK: %[[N:.*]] = pyir.constant false
  %6 = pyir.constant false
  // CHECK: return %[[I]], %[[F]], %[[G]], %[[U]], %[[S]], %[[T]], %[[N]]
  return %0, %1, %2, %3, %4, %5, %6 : i64, f64, f32, ui8, si8, i1, i1
}

// CHECK-LABEL: func.func @arith_int
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64)
func.func @arith_int(%a: i64, %b: i64) {
  // CHECK: pyir.add checked %[[A]], %[[B]] : i64
  %0 = pyir.add checked %a, %b : i64
  // CHECK: pyir.add wrap %[[A]], %[[B]] : i64
  %1 = pyir.add wrap %a, %b : i64
  // CHECK: pyir.sub checked %[[A]], %[[B]] : i64
  %2 = pyir.sub checked %a, %b : i64
  // CHECK: pyir.sub wrap %[[A]], %[[B]] : i64
  %3 = pyir.sub wrap %a, %b : i64
  // CHECK: pyir.mul checked %[[A]], %[[B]] : i64
  %4 = pyir.mul checked %a, %b : i64
  // CHECK: pyir.mul wrap %[[A]], %[[B]] : i64
  %5 = pyir.mul wrap %a, %b : i64
  // CHECK: pyir.pow checked %[[A]], %[[B]] : i64
  %6 = pyir.pow checked %a, %b : i64
  // CHECK: pyir.pow wrap %[[A]], %[[B]] : i64
  %7 = pyir.pow wrap %a, %b : i64
  // CHECK: pyir.neg checked %[[A]] : i64
  %8 = pyir.neg checked %a : i64
  // CHECK: pyir.neg wrap %[[A]] : i64
  %9 = pyir.neg wrap %a : i64
  // CHECK: pyir.abs checked %[[A]] : i64
  %10 = pyir.abs checked %a : i64
  // CHECK: pyir.abs wrap %[[A]] : i64
  %11 = pyir.abs wrap %a : i64
  return
}

// CHECK-LABEL: func.func @arith_fixed
// CHECK-SAME: (%[[A:.*]]: ui8, %[[B:.*]]: ui8, %[[C:.*]]: si32, %[[D:.*]]: si32)
func.func @arith_fixed(%a: ui8, %b: ui8, %c: si32, %d: si32) {
  // CHECK: pyir.add wrap %[[A]], %[[B]] : ui8
  %0 = pyir.add wrap %a, %b : ui8
  // CHECK: pyir.sub wrap %[[A]], %[[B]] : ui8
  %1 = pyir.sub wrap %a, %b : ui8
  // CHECK: pyir.mul wrap %[[C]], %[[D]] : si32
  %2 = pyir.mul wrap %c, %d : si32
  // CHECK: pyir.neg wrap %[[A]] : ui8
  %3 = pyir.neg wrap %a : ui8
  return
}

// CHECK-LABEL: func.func @arith_float
// CHECK-SAME: (%[[X:.*]]: f64, %[[Y:.*]]: f64, %[[Z:.*]]: f32)
func.func @arith_float(%x: f64, %y: f64, %z: f32) {
  // CHECK: pyir.add %[[X]], %[[Y]] : f64
  %0 = pyir.add %x, %y : f64
  // CHECK: pyir.sub %[[X]], %[[Y]] : f64
  %1 = pyir.sub %x, %y : f64
  // CHECK: pyir.mul %[[Z]], %[[Z]] : f32
  %2 = pyir.mul %z, %z : f32
  // CHECK: pyir.pow %[[X]], %[[Y]] : f64
  %3 = pyir.pow %x, %y : f64
  // CHECK: pyir.neg %[[X]] : f64
  %4 = pyir.neg %x : f64
  // CHECK: pyir.abs %[[Z]] : f32
  %5 = pyir.abs %z : f32
  return
}

// CHECK-LABEL: func.func @division
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64, %[[X:.*]]: f64, %[[Y:.*]]: f64, %[[Z:.*]]: f32)
func.func @division(%a: i64, %b: i64, %x: f64, %y: f64, %z: f32) {
  // CHECK: pyir.floordiv checked %[[A]], %[[B]] : i64
  %0 = pyir.floordiv checked %a, %b : i64
  // CHECK: pyir.floordiv wrap cdivision %[[A]], %[[B]] : i64
  %1 = pyir.floordiv wrap cdivision %a, %b : i64
  // CHECK: pyir.floordiv %[[X]], %[[Y]] : f64
  %2 = pyir.floordiv %x, %y : f64
  // CHECK: pyir.mod wrap %[[A]], %[[B]] : i64
  %3 = pyir.mod wrap %a, %b : i64
  // CHECK: pyir.mod checked cdivision %[[A]], %[[B]] : i64
  %4 = pyir.mod checked cdivision %a, %b : i64
  // CHECK: pyir.mod %[[X]], %[[Y]] : f64
  %5 = pyir.mod %x, %y : f64
  // CHECK: pyir.truediv %[[A]], %[[B]] : i64 -> f64
  %6 = pyir.truediv %a, %b : i64 -> f64
  // CHECK: pyir.truediv cdivision %[[A]], %[[B]] : i64 -> f64
  %7 = pyir.truediv cdivision %a, %b : i64 -> f64
  // CHECK: pyir.truediv %[[X]], %[[Y]] : f64 -> f64
  %8 = pyir.truediv %x, %y : f64 -> f64
  // CHECK: pyir.truediv %[[Z]], %[[Z]] : f32 -> f32
  %9 = pyir.truediv %z, %z : f32 -> f32
  // CHECK: pyir.floordiv wrap %[[A]], %[[B]] {pyir.nonzero_divisor} : i64
  %10 = pyir.floordiv wrap %a, %b {pyir.nonzero_divisor} : i64
  // CHECK: pyir.mod %[[X]], %[[Y]] {pyir.nonzero_divisor} : f64
  %11 = pyir.mod %x, %y {pyir.nonzero_divisor} : f64
  // CHECK: pyir.truediv %[[X]], %[[Y]] {pyir.nonzero_divisor} : f64 -> f64
  %12 = pyir.truediv %x, %y {pyir.nonzero_divisor} : f64 -> f64
  return
}

// CHECK-LABEL: func.func @bitwise
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64, %[[P:.*]]: i1, %[[Q:.*]]: i1, %[[U:.*]]: ui16)
func.func @bitwise(%a: i64, %b: i64, %p: i1, %q: i1, %u: ui16) {
  // CHECK: pyir.and %[[A]], %[[B]] : i64
  %0 = pyir.and %a, %b : i64
  // CHECK: pyir.or %[[A]], %[[B]] : i64
  %1 = pyir.or %a, %b : i64
  // CHECK: pyir.xor %[[A]], %[[B]] : i64
  %2 = pyir.xor %a, %b : i64
  // CHECK: pyir.and %[[P]], %[[Q]] : i1
  %3 = pyir.and %p, %q : i1
  // CHECK: pyir.or %[[P]], %[[Q]] : i1
  %4 = pyir.or %p, %q : i1
  // CHECK: pyir.xor %[[P]], %[[Q]] : i1
  %5 = pyir.xor %p, %q : i1
  // CHECK: pyir.invert %[[A]] : i64
  %6 = pyir.invert %a : i64
  // CHECK: pyir.invert %[[U]] : ui16
  %7 = pyir.invert %u : ui16
  // CHECK: pyir.shl checked %[[A]], %[[B]] : i64
  %8 = pyir.shl checked %a, %b : i64
  // CHECK: pyir.shl wrap %[[U]], %[[U]] : ui16
  %9 = pyir.shl wrap %u, %u : ui16
  // CHECK: pyir.shr %[[A]], %[[B]] : i64
  %10 = pyir.shr %a, %b : i64
  // CHECK: pyir.shr %[[U]], %[[U]] : ui16
  %11 = pyir.shr %u, %u : ui16
  return
}

// CHECK-LABEL: func.func @compare
// CHECK-SAME: (%[[A:.*]]: i64, %[[X:.*]]: f64, %[[U:.*]]: ui64, %[[P:.*]]: i1)
func.func @compare(%a: i64, %x: f64, %u: ui64, %p: i1) {
  // CHECK: pyir.cmp lt %[[A]], %[[A]] : i64, i64
  %0 = pyir.cmp lt %a, %a : i64, i64
  // CHECK: pyir.cmp le %[[A]], %[[X]] : i64, f64
  %1 = pyir.cmp le %a, %x : i64, f64
  // CHECK: pyir.cmp eq %[[X]], %[[A]] : f64, i64
  %2 = pyir.cmp eq %x, %a : f64, i64
  // CHECK: pyir.cmp ne %[[U]], %[[A]] : ui64, i64
  %3 = pyir.cmp ne %u, %a : ui64, i64
  // CHECK: pyir.cmp gt %[[X]], %[[X]] : f64, f64
  %4 = pyir.cmp gt %x, %x : f64, f64
  // CHECK: pyir.cmp ge %[[P]], %[[P]] : i1, i1
  %5 = pyir.cmp ge %p, %p : i1, i1
  return
}

// CHECK-LABEL: func.func @casts
// CHECK-SAME: (%[[A:.*]]: i64, %[[X:.*]]: f64, %[[P:.*]]: i1, %[[U:.*]]: ui64)
func.func @casts(%a: i64, %x: f64, %p: i1, %u: ui64) {
  // CHECK: pyir.cast %[[A]] : i64 to f64
  %0 = pyir.cast %a : i64 to f64
  // CHECK: pyir.cast %[[X]] : f64 to f32
  %1 = pyir.cast %x : f64 to f32
  // CHECK: pyir.cast checked %[[X]] : f64 to i64
  %2 = pyir.cast checked %x : f64 to i64
  // CHECK: pyir.cast wrap %[[A]] : i64 to ui8
  %3 = pyir.cast wrap %a : i64 to ui8
  // CHECK: pyir.cast checked %[[U]] : ui64 to i64
  %4 = pyir.cast checked %u : ui64 to i64
  // CHECK: pyir.cast wrap %[[P]] : i1 to si16
  %5 = pyir.cast wrap %p : i1 to si16
  // CHECK: pyir.cast %[[P]] : i1 to f64
  %6 = pyir.cast %p : i1 to f64
  return
}

// CHECK-LABEL: func.func @rounding
// CHECK-SAME: (%[[X:.*]]: f64, %[[Z:.*]]: f32, %[[D:.*]]: i64)
func.func @rounding(%x: f64, %z: f32, %d: i64) {
  // CHECK: pyir.round %[[X]] : f64 -> i64
  %0 = pyir.round %x : f64 -> i64
  // CHECK: pyir.round %[[X]], %[[D]] : f64 -> f64
  %1 = pyir.round %x, %d : f64 -> f64
  // CHECK: pyir.round %[[Z]] : f32 -> i64
  %2 = pyir.round %z : f32 -> i64
  // CHECK: pyir.round %[[Z]], %[[D]] : f32 -> f32
  %3 = pyir.round %z, %d : f32 -> f32
  return
}

// CHECK-LABEL: func.func @math_unary
// CHECK-SAME: (%[[X:.*]]: f64, %[[Z:.*]]: f32)
func.func @math_unary(%x: f64, %z: f32) {
  // CHECK: pyir.math_unary sqrt %[[X]] : f64 -> f64
  %0 = pyir.math_unary sqrt %x : f64 -> f64
  // CHECK: pyir.math_unary exp %[[X]] : f64 -> f64
  %1 = pyir.math_unary exp %x : f64 -> f64
  // CHECK: pyir.math_unary expm1 %[[X]] : f64 -> f64
  %2 = pyir.math_unary expm1 %x : f64 -> f64
  // CHECK: pyir.math_unary log %[[X]] : f64 -> f64
  %3 = pyir.math_unary log %x : f64 -> f64
  // CHECK: pyir.math_unary log1p %[[X]] : f64 -> f64
  %4 = pyir.math_unary log1p %x : f64 -> f64
  // CHECK: pyir.math_unary log2 %[[X]] : f64 -> f64
  %5 = pyir.math_unary log2 %x : f64 -> f64
  // CHECK: pyir.math_unary log10 %[[X]] : f64 -> f64
  %6 = pyir.math_unary log10 %x : f64 -> f64
  // CHECK: pyir.math_unary sin %[[X]] : f64 -> f64
  %7 = pyir.math_unary sin %x : f64 -> f64
  // CHECK: pyir.math_unary cos %[[X]] : f64 -> f64
  %8 = pyir.math_unary cos %x : f64 -> f64
  // CHECK: pyir.math_unary tan %[[X]] : f64 -> f64
  %9 = pyir.math_unary tan %x : f64 -> f64
  // CHECK: pyir.math_unary asin %[[X]] : f64 -> f64
  %10 = pyir.math_unary asin %x : f64 -> f64
  // CHECK: pyir.math_unary acos %[[X]] : f64 -> f64
  %11 = pyir.math_unary acos %x : f64 -> f64
  // CHECK: pyir.math_unary atan %[[X]] : f64 -> f64
  %12 = pyir.math_unary atan %x : f64 -> f64
  // CHECK: pyir.math_unary sinh %[[X]] : f64 -> f64
  %13 = pyir.math_unary sinh %x : f64 -> f64
  // CHECK: pyir.math_unary cosh %[[X]] : f64 -> f64
  %14 = pyir.math_unary cosh %x : f64 -> f64
  // CHECK: pyir.math_unary tanh %[[X]] : f64 -> f64
  %15 = pyir.math_unary tanh %x : f64 -> f64
  // CHECK: pyir.math_unary fabs %[[Z]] : f32 -> f32
  %16 = pyir.math_unary fabs %z : f32 -> f32
  // CHECK: pyir.math_unary floor %[[X]] : f64 -> i64
  %17 = pyir.math_unary floor %x : f64 -> i64
  // CHECK: pyir.math_unary ceil %[[Z]] : f32 -> i64
  %18 = pyir.math_unary ceil %z : f32 -> i64
  // CHECK: pyir.math_unary trunc %[[X]] : f64 -> i64
  %19 = pyir.math_unary trunc %x : f64 -> i64
  // CHECK: pyir.math_unary isnan %[[X]] : f64 -> i1
  %20 = pyir.math_unary isnan %x : f64 -> i1
  // CHECK: pyir.math_unary isinf %[[Z]] : f32 -> i1
  %21 = pyir.math_unary isinf %z : f32 -> i1
  // CHECK: pyir.math_unary isfinite %[[X]] : f64 -> i1
  %22 = pyir.math_unary isfinite %x : f64 -> i1
  return
}

// CHECK-LABEL: func.func @math_binary
// CHECK-SAME: (%[[X:.*]]: f64, %[[Y:.*]]: f64, %[[Z:.*]]: f32)
func.func @math_binary(%x: f64, %y: f64, %z: f32) {
  // CHECK: pyir.math_binary pow %[[X]], %[[Y]] : f64
  %0 = pyir.math_binary pow %x, %y : f64
  // CHECK: pyir.math_binary atan2 %[[Y]], %[[X]] : f64
  %1 = pyir.math_binary atan2 %y, %x : f64
  // CHECK: pyir.math_binary hypot %[[X]], %[[Y]] : f64
  %2 = pyir.math_binary hypot %x, %y : f64
  // CHECK: pyir.math_binary copysign %[[Z]], %[[Z]] : f32
  %3 = pyir.math_binary copysign %z, %z : f32
  // CHECK: pyir.math_binary fmod %[[X]], %[[Y]] : f64
  %4 = pyir.math_binary fmod %x, %y : f64
  // CHECK: pyir.math_binary log %[[X]], %[[Y]] : f64
  %5 = pyir.math_binary log %x, %y : f64
  return
}

// CHECK-LABEL: func.func @view_types
// CHECK-SAME: !pyir.view<f64, 1>
// CHECK-SAME: !pyir.view<ui8, 2, contiguous>
// CHECK-SAME: !pyir.view<si16, 3>
// CHECK-SAME: !pyir.view<f32, 4, contiguous>
// CHECK-SAME: !pyir.view<si64, 1>
// CHECK-SAME: !pyir.view<ui64, 1, contiguous>
// CHECK-SAME: !pyir.view<si8, 1>
// CHECK-SAME: !pyir.view<ui32, 2>
func.func @view_types(%a: !pyir.view<f64, 1>, %b: !pyir.view<ui8, 2, contiguous>,
                      %c: !pyir.view<si16, 3>, %d: !pyir.view<f32, 4, contiguous>,
                      %e: !pyir.view<si64, 1>, %f: !pyir.view<ui64, 1, contiguous>,
                      %g: !pyir.view<si8, 1>, %h: !pyir.view<ui32, 2>) {
  return
}

// CHECK-LABEL: func.func @views
// CHECK-SAME: (%[[V:.*]]: !pyir.view<f64, 2>, %[[W:.*]]: !pyir.view<ui8, 1, contiguous>, %[[I:.*]]: i64, %[[J:.*]]: i64, %[[X:.*]]: f64, %[[B:.*]]: ui8)
func.func @views(%v: !pyir.view<f64, 2>, %w: !pyir.view<ui8, 1, contiguous>,
                 %i: i64, %j: i64, %x: f64, %b: ui8) -> (i64, i64) {
  // CHECK: %[[N0:.*]] = pyir.dim %[[V]][0] : !pyir.view<f64, 2>
  %n0 = pyir.dim %v[0] : !pyir.view<f64, 2>
  // CHECK: %[[N1:.*]] = pyir.dim %[[V]][1] : !pyir.view<f64, 2>
  %n1 = pyir.dim %v[1] : !pyir.view<f64, 2>
  // CHECK: pyir.load %[[V]][%[[I]], %[[J]]] : !pyir.view<f64, 2>
  %0 = pyir.load %v[%i, %j] : !pyir.view<f64, 2>
  // CHECK: pyir.load %[[V]][%[[I]], %[[J]]] boundscheck : !pyir.view<f64, 2>
  %1 = pyir.load %v[%i, %j] boundscheck : !pyir.view<f64, 2>
  // CHECK: pyir.load %[[V]][%[[I]], %[[J]]] wraparound : !pyir.view<f64, 2>
  %2 = pyir.load %v[%i, %j] wraparound : !pyir.view<f64, 2>
  // CHECK: pyir.load %[[W]][%[[I]]] boundscheck wraparound : !pyir.view<ui8, 1, contiguous>
  %3 = pyir.load %w[%i] boundscheck wraparound : !pyir.view<ui8, 1, contiguous>
  // CHECK: pyir.store %[[X]], %[[V]][%[[I]], %[[J]]] : !pyir.view<f64, 2>
  pyir.store %x, %v[%i, %j] : !pyir.view<f64, 2>
  // CHECK: pyir.store %[[X]], %[[V]][%[[I]], %[[J]]] boundscheck : !pyir.view<f64, 2>
  pyir.store %x, %v[%i, %j] boundscheck : !pyir.view<f64, 2>
  // CHECK: pyir.store %[[X]], %[[V]][%[[I]], %[[J]]] wraparound : !pyir.view<f64, 2>
  pyir.store %x, %v[%i, %j] wraparound : !pyir.view<f64, 2>
  // CHECK: pyir.store %[[B]], %[[W]][%[[I]]] boundscheck wraparound : !pyir.view<ui8, 1, contiguous>
  pyir.store %b, %w[%i] boundscheck wraparound : !pyir.view<ui8, 1, contiguous>
  // CHECK: return %[[N0]], %[[N1]]
  return %n0, %n1 : i64, i64
}

// CHECK-LABEL: func.func @tuples
// CHECK-SAME: (%[[A:.*]]: i64, %[[X:.*]]: f64, %[[P:.*]]: i1)
func.func @tuples(%a: i64, %x: f64, %p: i1) -> (tuple<i64, f64, i1>, f64, tuple<>) {
  // CHECK: %[[T:.*]] = pyir.tuple %[[A]], %[[X]], %[[P]] : i64, f64, i1
  %t = pyir.tuple %a, %x, %p : i64, f64, i1
  // CHECK: %[[E:.*]] = pyir.tuple_get %[[T]][1] : tuple<i64, f64, i1> -> f64
  %e = pyir.tuple_get %t[1] : tuple<i64, f64, i1> -> f64
  // CHECK: pyir.tuple_get %[[T]][0] : tuple<i64, f64, i1> -> i64
  %f = pyir.tuple_get %t[0] : tuple<i64, f64, i1> -> i64
  // CHECK: pyir.tuple_get %[[T]][2] : tuple<i64, f64, i1> -> i1
  %g = pyir.tuple_get %t[2] : tuple<i64, f64, i1> -> i1
  // CHECK: %[[EMPTY:.*]] = pyir.tuple{{$}}
  %u = pyir.tuple
  // CHECK: return %[[T]], %[[E]], %[[EMPTY]] : tuple<i64, f64, i1>, f64, tuple<>
  return %t, %e, %u : tuple<i64, f64, i1>, f64, tuple<>
}

// CHECK-LABEL: func.func @exceptions
// CHECK-SAME: (%[[C:.*]]: i1)
func.func @exceptions(%c: i1) {
  // CHECK: pyir.assert %[[C]], AssertionError "n must be positive"
  pyir.assert %c, AssertionError "n must be positive"
  // CHECK: pyir.assert %[[C]], IndexError{{$}}
  pyir.assert %c, IndexError
  // CHECK: pyir.raise ValueError "bad value"
  pyir.raise ValueError "bad value"
  // CHECK: pyir.raise TypeError{{$}}
  pyir.raise TypeError
  // CHECK: pyir.raise KeyError
  pyir.raise KeyError
  // CHECK: pyir.raise ZeroDivisionError "division by zero"
  pyir.raise ZeroDivisionError "division by zero"
  // CHECK: pyir.raise OverflowError
  pyir.raise OverflowError
  // CHECK: pyir.raise ArithmeticError
  pyir.raise ArithmeticError
  // CHECK: pyir.raise RuntimeError
  pyir.raise RuntimeError
  // CHECK: pyir.raise NotImplementedError
  pyir.raise NotImplementedError
  // CHECK: pyir.raise MemoryError
  pyir.raise MemoryError
  return
}

// CHECK-LABEL: func.func @alloc
// CHECK-SAME: (%[[N:.*]]: i64, %[[M:.*]]: i64)
func.func @alloc(%n: i64, %m: i64) -> (!pyir.view<f64, 1, contiguous>, !pyir.view<si32, 2, contiguous>) {
  // CHECK: pyir.alloc(%[[N]]) : !pyir.view<f64, 1, contiguous>
  %a = pyir.alloc(%n) : !pyir.view<f64, 1, contiguous>
  // CHECK: pyir.alloc(%[[N]], %[[M]]) zero : !pyir.view<si32, 2, contiguous>
  %b = pyir.alloc(%n, %m) zero : !pyir.view<si32, 2, contiguous>
  return %a, %b : !pyir.view<f64, 1, contiguous>, !pyir.view<si32, 2, contiguous>
}

// Slices, references and strides (docs/language.md §12).
// CHECK-LABEL: func.func @slices
// CHECK-SAME: (%[[M:[^:]*]]: !pyir.view<f64, 2, contiguous>, %[[I:[^:]*]]: i64, %[[J:[^:]*]]: i64)
func.func @slices(%m: !pyir.view<f64, 2, contiguous>, %i: i64, %j: i64) -> i64 {
  // CHECK: pyir.subview %[[M]][%[[I]]] keys [-1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1, contiguous>
  %row = pyir.subview %m[%i] keys [-1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1, contiguous>
  // CHECK: pyir.subview %[[M]][%[[J]]] keys [0, -1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1>
  %col = pyir.subview %m[%j] keys [0, -1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1>
  // CHECK: pyir.subview %[[M]][%[[I]], %[[J]]] keys [3] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 2, contiguous>
  %rows = pyir.subview %m[%i, %j] keys [3] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 2, contiguous>
  // CHECK: pyir.subview %[[M]][%[[J]]] keys [0, 4] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 2>
  %odd = pyir.subview %m[%j] keys [0, 4] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 2>
  // CHECK: pyir.view_ref %{{.*}} : !pyir.view<f64, 1>
  %ref = pyir.view_ref %col : !pyir.view<f64, 1>
  // CHECK: pyir.stride %{{.*}}[0] : !pyir.view<f64, 1>
  %s = pyir.stride %ref[0] : !pyir.view<f64, 1>
  return %s : i64
}
