// RUN: pyir-opt %s -split-input-file -pyir-lift-loops | FileCheck %s

// pyir-lift-loops turns the frontend's canonical range loop (counter from 0
// while `ult count`) into scf.for when the count is provably in
// [0, 2**63 - 1]; other loops become scf.while (whose body knows the loop
// condition). A function whose lifting needs a multi-way switch or helper
// values is left as it is.

// for i in range(len(a)): count = max(len(a), 0).
// CHECK-LABEL: func.func @lifted
// CHECK: %[[N:.*]] = pyir.dim %arg0[0]
// CHECK: %[[COUNT:.*]] = arith.select
// CHECK: scf.for %[[K:.*]] = %{{.*}} to %[[COUNT]] step %{{.*}} iter_args(%{{.*}} = %{{.*}}) -> (f64) : i64 {
// CHECK: pyir.load %arg0[%[[K]]] boundscheck wraparound
// CHECK-NOT: {{ cf\.}}
func.func @lifted(%a: !pyir.view<f64, 1>) -> f64 {
  %s0 = pyir.constant 0.0 : f64
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<f64, 1>
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  cf.br ^header(%c0, %s0 : i64, f64)
^header(%k: i64, %s: f64):
  %more = arith.cmpi ult, %k, %count : i64
  cf.cond_br %more, ^body, ^exit
^body:
  %x = pyir.load %a[%k] boundscheck wraparound : !pyir.view<f64, 1>
  %s1 = pyir.add %s, %x : f64
  %k1 = arith.addi %k, %c1 : i64
  cf.br ^header(%k1, %s1 : i64, f64)
^exit:
  return %s : f64
}

// -----

// A count that may exceed 2**63 - 1 (here any u64 parameter): the unsigned
// test stays and the loop is an scf.while, not an scf.for.
// CHECK-LABEL: func.func @huge_count
// CHECK-NOT: scf.for
// CHECK: scf.while
// CHECK: arith.cmpi ult
// CHECK-NOT: scf.for
func.func @huge_count(%count: i64) -> i64 {
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  cf.br ^header(%c0 : i64)
^header(%k: i64):
  %more = arith.cmpi ult, %k, %count : i64
  cf.cond_br %more, ^body, ^exit
^body:
  %k1 = arith.addi %k, %c1 : i64
  cf.br ^header(%k1 : i64)
^exit:
  return %k : i64
}

// -----

// An early return inside the loop needs a multi-way exit: not lifted.
// CHECK-LABEL: func.func @early_return
// CHECK: cf.cond_br
// CHECK-NOT: scf.
func.func @early_return(%a: !pyir.view<si64, 1>, %v: si64) -> i64 {
  %m1 = pyir.constant -1 : i64
  %c0 = pyir.constant 0 : i64
  %c1 = pyir.constant 1 : i64
  %n = pyir.dim %a[0] : !pyir.view<si64, 1>
  %pos = arith.cmpi sgt, %n, %c0 : i64
  %count = arith.select %pos, %n, %c0 : i64
  cf.br ^header(%c0 : i64)
^header(%k: i64):
  %more = arith.cmpi ult, %k, %count : i64
  cf.cond_br %more, ^body, ^exit
^body:
  %x = pyir.load %a[%k] boundscheck wraparound : !pyir.view<si64, 1>
  %eq = pyir.cmp eq %x, %v : si64, si64
  cf.cond_br %eq, ^found, ^latch
^latch:
  %k1 = arith.addi %k, %c1 : i64
  cf.br ^header(%k1 : i64)
^found:
  return %k : i64
^exit:
  return %m1 : i64
}

// -----

// Straight-line code is left alone.
// CHECK-LABEL: func.func @no_loop
// CHECK-NEXT: return
func.func @no_loop() {
  return
}
