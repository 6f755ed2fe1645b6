// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

// Arrays (docs/CBackend.md, "Arrays"): every op that makes an array has a
// slot of its function (pyir_arrays[k]), declared at the entry and released
// before every return, the error returns included; pyir.alloc checks and
// allocates into its slot; a view result goes through the caller's
// pyir_view (never returned by value), copied with a new reference
// (pyir_view_return); a call's view result lands in pyir_result (its k-th
// view in pyir_result[k]) and moves into the call's slot.

// CHECK-LABEL: emitc.func @pyirf_make(
// CHECK-SAME: %[[N:[^:]*]]: i64, %[[OUT:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[ERR:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
// CHECK: verbatim "pyir_oview pyir_arrays[1] = {0};"
// CHECK: %[[SLOT:.*]] = call_opaque "PYIR_SLOT"() {args = [0]}
// CHECK: call_opaque "pyir_view_alloc"(%[[SLOT]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[N]], %{{.*}}, %{{.*}}, %{{.*}}, %[[ERR]])
// CHECK: call_opaque "pyir_view_return"(%[[OUT]], %[[SLOT]])
// CHECK: call_opaque "pyir_slots_release"() {args = [#emitc.opaque<"pyir_arrays">, 1 : i32]}
// CHECK-NEXT: return
// CHECK: call_opaque "pyir_error_at"
// CHECK: call_opaque "pyir_slots_release"() {args = [#emitc.opaque<"pyir_arrays">, 1 : i32]}
// CHECK-NEXT: return
func.func @make(%n: i64) -> !pyir.view<f64, 1, contiguous> {
  %a = pyir.alloc(%n) zero : !pyir.view<f64, 1, contiguous>
  return %a : !pyir.view<f64, 1, contiguous>
}

// A function that cannot raise still returns a view through a pointer.
// CHECK-LABEL: emitc.func @pyirf_same(
// CHECK-SAME: %[[A:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[O:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>) attributes
// CHECK-NOT: pyir_arrays
// CHECK: call_opaque "pyir_view_return"(%[[O]], %[[A]])
func.func @same(%a: !pyir.view<f64, 1>) -> !pyir.view<f64, 1> {
  return %a : !pyir.view<f64, 1>
}

// CHECK-LABEL: emitc.func @pyirf_use(
// CHECK: verbatim "pyir_oview pyir_arrays[1] = {0};\0Apyir_oview pyir_result[1];"
// CHECK: %[[RES:.*]] = call_opaque "PYIR_RESULT"() {args = [0]}
// CHECK: call @pyirf_make(%{{.*}}, %[[RES]], %{{.*}})
// CHECK: %[[S:.*]] = call_opaque "PYIR_SLOT"() {args = [0]}
// CHECK: call_opaque "pyir_slot_assign"(%[[S]], %[[RES]])
// CHECK: call_opaque "pyir_view_data"(%[[S]])
func.func @use(%n: i64) -> f64 {
  %v = call @make(%n) : (i64) -> !pyir.view<f64, 1, contiguous>
  %i = pyir.constant 0 : i64
  %x = pyir.load %v[%i] : !pyir.view<f64, 1, contiguous>
  return %x : f64
}

// A slice owns its view in a slot: pyir_view_subview gets whether the base
// is a parameter (1: its owner is borrowed, alive for the call), the base's
// rank, the number of key items and of indices, then per axis the key code
// and three values (absent ones 0). `b = a` is pyir_view_ref into a slot of
// its own.
// CHECK-LABEL: emitc.func @pyirf_slice(
// CHECK-SAME: %[[A:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[I:[^:]*]]: i64, %[[OUT:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[ERR:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
// CHECK: verbatim "pyir_oview pyir_arrays[2] = {0};"
// CHECK: %[[S0:.*]] = call_opaque "PYIR_SLOT"() {args = [0]}
// CHECK: %[[P:.*]] = "emitc.constant"() <{value = 1 : i32}>
// CHECK: %[[R:.*]] = "emitc.constant"() <{value = 2 : i32}>
// CHECK: %[[K:.*]] = "emitc.constant"() <{value = 1 : i32}>
// CHECK: %[[N:.*]] = "emitc.constant"() <{value = 1 : i32}>
// CHECK: %[[C0:.*]] = "emitc.constant"() <{value = -1 : i64}>
// CHECK: call_opaque "pyir_view_subview"(%[[S0]], %[[A]], %[[P]], %[[R]], %[[K]], %[[N]], %[[C0]], %[[I]],
// CHECK: %[[S1:.*]] = call_opaque "PYIR_SLOT"() {args = [1]}
// CHECK: call_opaque "pyir_view_ref"(%[[S1]], %[[S0]])
// CHECK: call_opaque "pyir_view_return"(%[[OUT]], %[[S1]])
func.func @slice(%a: !pyir.view<f64, 2>, %i: i64) -> !pyir.view<f64, 1> {
  %r = pyir.subview %a[%i] keys [-1] : !pyir.view<f64, 2> -> !pyir.view<f64, 1>
  %b = pyir.view_ref %r : !pyir.view<f64, 1>
  return %b : !pyir.view<f64, 1>
}

// A tuple holding views: one out pointer per element, each view through the
// caller's pyir_result[k], each moved into a slot of its own.
// CHECK-LABEL: emitc.func @pyirf_halves(
// CHECK-SAME: %[[A:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %{{[^:]*}}: i64, %[[O0:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[O1:[^:]*]]: !emitc.ptr<i64>, %[[O2:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>) attributes
// CHECK: call_opaque "pyir_view_return"(%[[O0]], %[[A]])
// CHECK: call_opaque "pyir_view_return"(%[[O2]], %[[A]])
func.func @halves(%a: !pyir.view<f64, 1>, %n: i64) -> tuple<!pyir.view<f64, 1>, i64, !pyir.view<f64, 1>> {
  %t = pyir.tuple %a, %n, %a : !pyir.view<f64, 1>, i64, !pyir.view<f64, 1>
  return %t : tuple<!pyir.view<f64, 1>, i64, !pyir.view<f64, 1>>
}

// CHECK-LABEL: emitc.func @pyirf_use_halves(
// CHECK: verbatim "pyir_oview pyir_arrays[2] = {0};\0Apyir_oview pyir_result[2];"
// CHECK: %[[R0:.*]] = call_opaque "PYIR_RESULT"() {args = [0]}
// CHECK: %[[R1:.*]] = call_opaque "PYIR_RESULT"() {args = [1]}
// CHECK: call @pyirf_halves(%{{.*}}, %{{.*}}, %[[R0]], %{{.*}}, %[[R1]])
// CHECK: %[[S0:.*]] = call_opaque "PYIR_SLOT"() {args = [0]}
// CHECK: call_opaque "pyir_slot_assign"(%[[S0]], %[[R0]])
// CHECK: %[[S1:.*]] = call_opaque "PYIR_SLOT"() {args = [1]}
// CHECK: call_opaque "pyir_slot_assign"(%[[S1]], %[[R1]])
func.func @use_halves(%a: !pyir.view<f64, 1>, %n: i64) -> f64 {
  %t = call @halves(%a, %n) : (!pyir.view<f64, 1>, i64) -> tuple<!pyir.view<f64, 1>, i64, !pyir.view<f64, 1>>
  %v = pyir.tuple_get %t[2] : tuple<!pyir.view<f64, 1>, i64, !pyir.view<f64, 1>> -> !pyir.view<f64, 1>
  %i = pyir.constant 0 : i64
  %x = pyir.load %v[%i] : !pyir.view<f64, 1>
  return %x : f64
}
