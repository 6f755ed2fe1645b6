// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

module @m attributes {pyir.module = "m"} {
  // The runtime headers are embedded by the C targets, not included.
  // CHECK-NOT: emitc.include
  // Compiled code calls the static pyirf_<name>; a public function also
  // gets the exported ABI's pyir_<module>_<name> (status convention).
  // CHECK: emitc.declare_func @pyirf_collatz
  // CHECK: emitc.declare_func @pyir_m_collatz
  // CHECK: emitc.declare_func @pyirf__twice
  // CHECK-NOT: emitc.declare_func @pyir_m__twice
  // CHECK: emitc.declare_func @pyirf_pair
  // CHECK: emitc.declare_func @pyir_m_pair

  // A function that may raise: (params, out pointers, err) -> status.
  // CHECK-LABEL: emitc.func @pyirf_collatz(
  // CHECK-SAME: %[[N:.*]]: i64, %[[OUT:.*]]: !emitc.ptr<i64>, %[[ERR:.*]]: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
  // CHECK-SAME: public
  // CHECK-SAME: specifiers = ["static"]
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

  // Its ABI wrapper passes everything through.
  // CHECK-LABEL: emitc.func @pyir_m_collatz(
  // CHECK-SAME: %[[WN:.*]]: i64, %[[WOUT:.*]]: !emitc.ptr<i64>, %[[WERR:.*]]: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
  // CHECK-SAME: pyir_abi_wrapper
  // CHECK-NEXT: %[[WST:.*]] = call @pyirf_collatz(%[[WN]], %[[WOUT]], %[[WERR]])
  // CHECK-NEXT: return %[[WST]] : i32

  // A function that cannot raise returns its value and takes no error
  // record; a private one has no ABI wrapper.
  // CHECK-LABEL: emitc.func @pyirf__twice(
  // CHECK-SAME: %[[X:.*]]: si32) -> si32
  // CHECK-NOT: public
  // CHECK-SAME: specifiers = ["static"]
  func.func private @_twice(%x: si32) -> si32 {
    // CHECK: %[[S:.*]] = call_opaque "pyir_i32_add"
    // CHECK-NEXT: return %[[S]] : si32
    %s = pyir.add wrap %x, %x : si32
    return %s : si32
  }

  // CHECK-LABEL: emitc.func @pyirf_pair(
  // CHECK-SAME: !emitc.ptr<!emitc.opaque<"pyir_view">>, %{{.*}}: i64, %{{.*}}: !emitc.ptr<f64>, %{{.*}}: !emitc.ptr<si32>, %{{.*}}: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
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
    // A call of a function that cannot raise: its value, no status test.
    // CHECK: %[[T:.*]] = call @pyirf__twice(%{{.*}}) : (si32) -> si32
    // CHECK-NOT: cmp ne
    %t = call @_twice(%c) : (si32) -> si32
    %tup = pyir.tuple %x, %t : f64, si32
    // CHECK-COUNT-2: assign
    return %tup : tuple<f64, si32>
  }

  // Its wrapper: the ABI's out pointers and error record stay, unchanged.
  // CHECK-LABEL: emitc.func @pyir_m_pair(
  // CHECK: call @pyirf_pair(

  // Several results and no raise: void, out pointers, no error record;
  // its wrapper stores nothing itself and returns 0. A None function that
  // cannot raise returns void.
  // CHECK-LABEL: emitc.func @pyirf_swap(
  // CHECK-SAME: %{{.*}}: i64, %{{.*}}: i64, %{{.*}}: !emitc.ptr<i64>, %{{.*}}: !emitc.ptr<i64>) attributes
  func.func @swap(%a: i64, %b: i64) -> tuple<i64, i64> {
    // CHECK-COUNT-2: assign
    // CHECK-NEXT: return{{$}}
    %tup = pyir.tuple %b, %a : i64, i64
    return %tup : tuple<i64, i64>
  }
  // CHECK-LABEL: emitc.func @pyir_m_swap(
  // CHECK-SAME: %[[A:[^:]*]]: i64, %[[B:[^:]*]]: i64, %[[O0:[^:]*]]: !emitc.ptr<i64>, %[[O1:[^:]*]]: !emitc.ptr<i64>, %{{.*}}: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
  // CHECK-NEXT: call @pyirf_swap(%[[A]], %[[B]], %[[O0]], %[[O1]]) : ({{.*}}) -> ()
  // CHECK-NEXT: %[[ZERO:.*]] = "emitc.constant"() <{value = 0 : i32}>
  // CHECK-NEXT: return %[[ZERO]] : i32

  // CHECK-LABEL: emitc.func @pyirf_nothing(
  // CHECK-SAME: %{{.*}}: f64) attributes
  func.func @nothing(%a: f64) {
    // CHECK: return{{$}}
    return
  }
  // A float division by a proven nonzero divisor is C's `/` (no runtime
  // call, no assumption: GCC 12 does not vectorize across the assumption's
  // branch); without the proof it is the runtime's checked division; an
  // int / int is the runtime's exact one either way.
  // CHECK-LABEL: emitc.func @pyirf_ratios(
  func.func @ratios(%x: f64, %y: f64, %i: i64, %j: i64) -> tuple<f64, f64, f64> {
    // CHECK: div %arg0, %arg1 : (f64, f64) -> f64
    // CHECK-NOT: PYIR_ASSUME_NONZERO"(%arg1)
    %a = pyir.truediv %x, %y {pyir.nonzero_divisor} : f64 -> f64
    // CHECK: call_opaque "pyir_float_truediv"(%arg0, %arg1,
    %b = pyir.truediv %x, %y : f64 -> f64
    // CHECK: call_opaque "PYIR_ASSUME_NONZERO"(%arg3)
    // CHECK: call_opaque "pyir_int_truediv"(%arg2, %arg3,
    %c = pyir.truediv %i, %j {pyir.nonzero_divisor} : i64 -> f64
    %t = pyir.tuple %a, %b, %c : f64, f64, f64
    return %t : tuple<f64, f64, f64>
  }

  // A tuple parameter is one C parameter per element (not from Python
  // source, but valid pyir): the wrapper passes both (pyir-opt-fuzzer found
  // a wrapper that passed one).
  // CHECK-LABEL: emitc.func @pyir_m_first(
  // CHECK-SAME: %[[F0:[^:]*]]: i64, %[[F1:[^:]*]]: f64, %[[FOUT:[^:]*]]: !emitc.ptr<i64>
  // CHECK-NEXT: call @pyirf_first(%[[F0]], %[[F1]]) : (i64, f64) -> i64
  func.func @first(%t: tuple<i64, f64>) -> i64 {
    %a = pyir.tuple_get %t[0] : tuple<i64, f64> -> i64
    return %a : i64
  }

  // The single-result wrapper stores the value through `out`.
  // CHECK-LABEL: emitc.func @pyirf_square(
  // CHECK-SAME: %[[SX:.*]]: f64) -> f64
  func.func @square(%x: f64) -> f64 {
    %y = pyir.mul %x, %x : f64
    return %y : f64
  }
  // CHECK-LABEL: emitc.func @pyir_m_square(
  // CHECK-SAME: %[[QX:[^:]*]]: f64, %[[QOUT:[^:]*]]: !emitc.ptr<f64>, %{{.*}}: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
  // CHECK-NEXT: %[[QV:.*]] = call @pyirf_square(%[[QX]]) : (f64) -> f64
  // CHECK-NEXT: %[[QP:.*]] = dereference %[[QOUT]]
  // CHECK-NEXT: assign %[[QV]] : f64 to %[[QP]]
}
