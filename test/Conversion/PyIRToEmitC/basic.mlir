// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

module @m attributes {pyir.module = "m"} {
  // The runtime headers are embedded by the C targets, not included.
  // CHECK-NOT: emitc.include
  // CHECK: emitc.declare_func @pyir_m_collatz
  // CHECK: emitc.declare_func @pyir_m__twice
  // CHECK: emitc.declare_func @pyir_m_pair

  // CHECK-LABEL: emitc.func @pyir_m_collatz(
  // CHECK-SAME: %[[N:.*]]: i64, %[[OUT:.*]]: !emitc.ptr<i64>, %[[ERR:.*]]: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
  func.func @collatz(%n: i64) -> i64 {
    %c1 = pyir.constant 1 : i64
    %lt = pyir.cmp lt %n, %c1 : i64, i64
    // CHECK: %[[LT:.*]] = cmp lt, %[[N]], %{{.*}} : (i64, i64) -> i1
    // CHECK: cf.cond_br %[[LT]], ^[[RAISE:.*]], ^[[BODY:.*]]
    cf.cond_br %lt, ^bb1, ^bb2
  ^bb1:
    // CHECK: ^[[RAISE]]:
    // CHECK-NEXT: call_opaque "pyir_error_raise"(%[[ERR]]) {args = [0 : index, #emitc.opaque<"PYIR_EXC_ValueError">, #emitc.opaque<"\22n must be positive\22">, {{[0-9]+}} : i32]}
    // CHECK-NEXT: %[[M1:.*]] = "emitc.constant"() <{value = -1 : i32}>
    // CHECK-NEXT: return %[[M1]] : i32
    pyir.raise ValueError "n must be positive"
    %d = pyir.constant 0 : i64
    return %d : i64
  ^bb2:
    // CHECK: ^[[BODY]]:
    // CHECK: %[[V:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.lvalue<i64>
    // CHECK: %[[P:.*]] = address_of %[[V]]
    // CHECK: %[[ST:.*]] = call_opaque "pyir_int_mul"(%[[N]], %{{.*}}, %[[P]], %[[ERR]])
    // CHECK: %[[FAIL:.*]] = cmp ne, %[[ST]], %{{.*}} : (i32, i32) -> i1
    // CHECK: cf.cond_br %[[FAIL]], ^[[ERRB:.*]], ^[[CONT:.*]]
    // CHECK: ^[[CONT]]:
    // CHECK: %[[R:.*]] = load %[[V]] : <i64>
    // CHECK: %[[O:.*]] = dereference %[[OUT]]
    // CHECK: assign %[[R]] : i64 to %[[O]]
    // CHECK: return
    // CHECK: ^[[ERRB]]:
    // CHECK-NEXT: call_opaque "pyir_error_at"(%[[ERR]])
    %c3 = pyir.constant 3 : i64
    %m = pyir.mul checked %c3, %n : i64
    return %m : i64
  }

  // CHECK-LABEL: emitc.func @pyir_m__twice(
  // CHECK-SAME: specifiers = ["static"]
  func.func private @_twice(%x: si32) -> si32 {
    // CHECK: call_opaque "pyir_i32_add"
    %s = pyir.add wrap %x, %x : si32
    return %s : si32
  }

  // CHECK-LABEL: emitc.func @pyir_m_pair(
  // CHECK-SAME: !emitc.ptr<!emitc.opaque<"pyir_view">>, %{{.*}}: i64, %{{.*}}: !emitc.ptr<f64>, %{{.*}}: !emitc.ptr<si32>
  func.func @pair(%a: !pyir.view<f64, 1>, %i: i64) -> tuple<f64, si32> {
    // The view's fields are read once, at the entry.
    // CHECK-NEXT: %[[N:.*]] = call_opaque "pyir_view_dim"(%arg0) {args = [0 : index, 0 : i32]}
    // CHECK-NEXT: %[[S:.*]] = call_opaque "pyir_view_stride"(%arg0) {args = [0 : index, 0 : i32]}
    // CHECK-NEXT: %[[D:.*]] = call_opaque "pyir_view_data"(%arg0)
    // CHECK: call_opaque "pyir_index_wb"(%[[N]], %arg1,
    // CHECK: %[[OFF:.*]] = mul %{{.*}}, %[[S]]
    // CHECK: call_opaque "pyir_load_at_f64"(%[[D]], %[[OFF]])
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    // CHECK: %[[J:.*]] = call_opaque "pyir_index_w"(%[[N]], %arg1)
    // CHECK: %[[OFF2:.*]] = mul %[[J]], %[[S]]
    // CHECK: call_opaque "pyir_store_at_f64"(%[[D]], %[[OFF2]],
    pyir.store %x, %a[%i] wraparound : !pyir.view<f64, 1>
    %c = pyir.constant 7 : si32
    // CHECK: call @pyir_m__twice
    %t = call @_twice(%c) : (si32) -> si32
    %tup = pyir.tuple %x, %t : f64, si32
    // CHECK-COUNT-2: assign
    return %tup : tuple<f64, si32>
  }
}
