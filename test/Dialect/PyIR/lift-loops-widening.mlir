// RUN: pyir-opt %s --pyir-lift-loops | FileCheck %s
// RUN: pyir-opt %s --pyir-O2 | FileCheck %s --check-prefix=O2

// After lifting, `%9` reaches the outer loop's scf.yield only through the
// inner scf.while's operands and results, never a terminator directly, so
// upstream's integer range analysis did not widen it: its range grew by one
// value per round, ~2**63 rounds (the -O2 hang of a generated program,
// issue #10). Every range that keeps changing is widened now.

// CHECK-LABEL: func.func @dead_while_in_loop
// CHECK: scf.for
// CHECK: scf.while
// CHECK: return
// O2-LABEL: func.func @dead_while_in_loop
// O2: return
module attributes {pyir.version = "1.1"} {
  func.func @dead_while_in_loop(%arg0: i64) -> i64 attributes {pyir.arg_names = ["n"]} {
    %0 = pyir.constant false
    %1 = pyir.constant 7 : i64
    %2 = pyir.constant 0 : i64
    %3 = pyir.constant 1 : i64
    %4 = arith.cmpi sgt, %arg0, %2 : i64
    %5 = arith.select %4, %arg0, %2 : i64
    cf.br ^bb1(%2, %2 : i64, i64)
  ^bb1(%6: i64, %7: i64):  // 2 preds: ^bb0, ^bb6
    %8 = arith.cmpi ult, %6, %5 : i64
    cf.cond_br %8, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %9 = pyir.add checked %7, %3 : i64
    cf.br ^bb4(%2, %9 : i64, i64)
  ^bb3:  // pred: ^bb1
    return %7 : i64
  ^bb4(%10: i64, %11: i64):  // 2 preds: ^bb2, ^bb5
    %12 = pyir.cmp lt %10, %1 : i64, i64
    %13 = arith.select %12, %0, %12 : i1
    cf.cond_br %13, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %14 = pyir.add checked %10, %3 : i64
    %15 = pyir.add checked %11, %3 : i64
    cf.br ^bb4(%14, %15 : i64, i64)
  ^bb6:  // pred: ^bb4
    %16 = arith.addi %6, %3 : i64
    cf.br ^bb1(%16, %11 : i64, i64)
  }
  
}
