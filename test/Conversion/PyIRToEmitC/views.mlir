// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

// View access: the descriptor's fields (data, extents, strides) of a view
// parameter are read into locals once, at the function entry (one read per
// view, field and axis, however many accesses), the offset is index * stride
// summed over the axes, and the last axis of a contiguous (`::1`) view uses
// the element size instead of its stride.

module @m attributes {pyir.module = "m"} {
  // CHECK-LABEL: emitc.func @pyirf_axpy(
  // CHECK-SAME: %[[ALPHA:[^:]*]]: f64, %[[X:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>, %[[Y:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>
  // CHECK-NEXT: %[[XD:.*]] = call_opaque "pyir_view_data"(%[[X]])
  // CHECK-NEXT: %[[YD:.*]] = call_opaque "pyir_view_data"(%[[Y]])
  // CHECK-NOT: pyir_view_data
  // CHECK-NOT: pyir_view_stride
  // CHECK: %[[EIGHT:.*]] = "emitc.constant"() <{value = 8 : i64}>
  // CHECK: %[[OFF:.*]] = mul %{{.*}}, %[[EIGHT]]
  // CHECK: call_opaque "pyir_load_at_f64"(%[[XD]], %[[OFF]])
  // CHECK: call_opaque "pyir_load_at_f64"(%[[YD]],
  // CHECK: call_opaque "pyir_store_at_f64"(%[[YD]],
  // CHECK-NOT: pyir_view_data
  // CHECK: return
  func.func @axpy(%alpha: f64, %x: !pyir.view<f64, 1, contiguous>,
                  %y: !pyir.view<f64, 1, contiguous>, %i: i64) {
    %a = pyir.load %x[%i] : !pyir.view<f64, 1, contiguous>
    %b = pyir.load %y[%i] : !pyir.view<f64, 1, contiguous>
    %p = pyir.mul %alpha, %a : f64
    %s = pyir.add %p, %b : f64
    pyir.store %s, %y[%i] : !pyir.view<f64, 1, contiguous>
    return
  }

  // Rank 2, `[:, ::1]`: the stride of axis 0 is read, axis 1 is the element
  // size (4 for i32); bounds checks use the hoisted extents, in a later
  // block than the entry.
  // CHECK-LABEL: emitc.func @pyirf_get2(
  // CHECK-SAME: %[[A:[^:]*]]: !emitc.ptr<!emitc.opaque<"pyir_view">>
  // CHECK-NEXT: %[[N0:.*]] = call_opaque "pyir_view_dim"(%[[A]]) {args = [0 : index, 0 : i32]}
  // CHECK-NEXT: %[[S0:.*]] = call_opaque "pyir_view_stride"(%[[A]]) {args = [0 : index, 0 : i32]}
  // CHECK-NEXT: %[[N1:.*]] = call_opaque "pyir_view_dim"(%[[A]]) {args = [0 : index, 1 : i32]}
  // CHECK-NEXT: %[[AD:.*]] = call_opaque "pyir_view_data"(%[[A]])
  // CHECK-NOT: call_opaque "pyir_view_
  // CHECK: call_opaque "pyir_index_b"(%[[N0]],
  // CHECK: mul %{{.*}}, %[[S0]]
  // CHECK: call_opaque "pyir_index_b"(%[[N1]],
  // CHECK: %[[FOUR:.*]] = "emitc.constant"() <{value = 4 : i64}>
  // CHECK: mul %{{.*}}, %[[FOUR]]
  // CHECK: = add %
  // CHECK: call_opaque "pyir_load_at_i32"(%[[AD]],
  // CHECK: call_opaque "pyir_index_b"(%[[N0]],
  // CHECK: call_opaque "pyir_index_b"(%[[N1]],
  // CHECK: call_opaque "pyir_load_at_i32"(%[[AD]],
  // CHECK-NOT: call_opaque "pyir_view_
  func.func @get2(%a: !pyir.view<si32, 2, contiguous>, %i: i64,
                  %j: i64) -> si32 {
    %x = pyir.load %a[%i, %j] boundscheck : !pyir.view<si32, 2, contiguous>
    %y = pyir.load %a[%j, %i] boundscheck : !pyir.view<si32, 2, contiguous>
    %s = pyir.add wrap %x, %y : si32
    return %s : si32
  }

  // Strided `[:, :]`: both strides are read; pyir.dim reads the extent.
  // CHECK-LABEL: emitc.func @pyirf_strided(
  // CHECK-NEXT: call_opaque "pyir_view_dim"(%{{.*}}) {args = [0 : index, 1 : i32]}
  // CHECK-NEXT: call_opaque "pyir_view_stride"(%{{.*}}) {args = [0 : index, 0 : i32]}
  // CHECK-NEXT: call_opaque "pyir_view_stride"(%{{.*}}) {args = [0 : index, 1 : i32]}
  // CHECK-NEXT: call_opaque "pyir_view_data"
  // CHECK-NOT: call_opaque "pyir_view_
  // CHECK: call_opaque "pyir_load_at_f64"
  // CHECK-NOT: call_opaque "pyir_view_
  // CHECK: return
  func.func @strided(%a: !pyir.view<f64, 2>, %i: i64) -> (i64, f64) {
    %n = pyir.dim %a[1] : !pyir.view<f64, 2>
    %x = pyir.load %a[%i, %i] : !pyir.view<f64, 2>
    return %n, %x : i64, f64
  }
}
