// RUN: pyir-opt --convert-pyir-to-emitc %s | FileCheck %s

// pyir-opt-fuzzer finding: in a nested module, the unreachable blocks (whose
// ops the conversion leaves alone) stayed in the emitc.func, and a
// func.return there does not verify. They are erased in every module.
// CHECK: module @m
// CHECK: emitc.func @pyirf_pick(
// CHECK-NOT: ^bb2
// CHECK-NOT: func.return
// CHECK: return
module @outer {
module @m {
  func.func @pick(%c: i1, %x: f64) -> f64 {
    cf.cond_br %c, ^bb2, ^bb2
  ^bb1:
    return %x : f64
  ^bb2:
    return %x : f64
  }
}
}
