// RUN: pyir-opt %s --pyir-O0 | FileCheck %s --check-prefix=O0
// RUN: pyir-opt %s --pyir-O1 | FileCheck %s --check-prefix=O1
// RUN: pyir-opt %s --pyir-O2 | FileCheck %s --check-prefix=O2
// RUN: pyir-opt %s --pyir-O3 | FileCheck %s --check-prefix=O2
// RUN: pyir-opt %s --pyir-O2 | pyir-opt --pyir-O2 | FileCheck %s --check-prefix=O2

// The named pipelines. O0 changes nothing; O1 folds and CSEs; O2/O3 inline,
// lift the loop, drop the proven checks, hoist the invariant dim and lower
// back to CF (no scf left).

// O0-LABEL: func.func @sum
// O0: cf.cond_br
// O0: pyir.load %arg0[%{{.*}}] boundscheck wraparound
// O0: call @_get

// O1-LABEL: func.func @sum
// O1: cf.cond_br
// O1: pyir.load %arg0[%{{.*}}] boundscheck wraparound
// O1: call @_get

// O2-LABEL: func.func @sum
// O2-NOT: scf.
// O2-NOT: call
// O2: cf.cond_br
// O2: %[[X:.*]] = pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
// O2-NOT: pyir.load
// O2: pyir.mul %[[X]], %[[X]] : f64
// O2-NOT: scf.
module attributes {pyir.version = "1.0"} {
  func.func private @_get(%a: !pyir.view<f64, 1>, %i: i64) -> f64 attributes {pyir.inline} {
    %x = pyir.load %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    return %x : f64
  }
  func.func @sum(%a: !pyir.view<f64, 1>) -> f64 {
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
    %y = call @_get(%a, %k) : (!pyir.view<f64, 1>, i64) -> f64
    %p = pyir.mul %x, %y : f64
    %s1 = pyir.add %s, %p : f64
    %k1 = arith.addi %k, %c1 : i64
    cf.br ^header(%k1, %s1 : i64, f64)
  ^exit:
    return %s : f64
  }
}
