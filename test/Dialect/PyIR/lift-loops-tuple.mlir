// RUN: pyir-opt %s --pyir-lift-loops | FileCheck %s
// RUN: pyir-opt %s --pyir-O2 | FileCheck %s --check-prefix=O2

// Lifting would join the two returned tuples at an scf.if, i.e. a tuple
// block argument once lowered back to CF, which the C backend does not
// take ("failed to legalize operation 'cf.br'", issue #10). The function
// stays in CF form.

// CHECK-LABEL: func.func @two_returns
// CHECK-NOT: scf.
// CHECK: return
// O2-LABEL: func.func @two_returns
// O2-NOT: ^bb{{[0-9]+}}(%{{.*}}: tuple
module attributes {pyir.version = "1.1"} {
  func.func @two_returns(%c: i1, %n: i64) -> tuple<i64, i64> {
    %c0 = arith.constant 0 : i64
    %c1 = arith.constant 1 : i64
    cf.cond_br %c, ^early, ^loop(%n : i64)
  ^early:
    %t = pyir.tuple %n, %n : i64, i64
    return %t : tuple<i64, i64>
  ^loop(%i: i64):
    %more = arith.cmpi sgt, %i, %c0 : i64
    cf.cond_br %more, ^body, ^exit
  ^body:
    %j = arith.subi %i, %c1 : i64
    cf.br ^loop(%j : i64)
  ^exit:
    %t2 = pyir.tuple %i, %n : i64, i64
    return %t2 : tuple<i64, i64>
  }
}
