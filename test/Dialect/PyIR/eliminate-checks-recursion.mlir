// RUN: timeout 60 pyir-opt %s --pyir-eliminate-checks | FileCheck %s

// Range analysis runs on each function alone. Across calls, the range of
// `%n + 1` flows back into `%n` through the recursive call one value wider
// per round (only values reaching a terminator are widened): about 2**63
// rounds (issue #10, a hang at -O2). Without the callers' ranges, the
// checked additions stay checked.

// CHECK-LABEL: func.func private @climb
// CHECK: pyir.add checked %arg0, %{{.*}} : i64
// CHECK-LABEL: func.func @start
module attributes {pyir.version = "1.1"} {
  func.func private @climb(%n: i64, %depth: i64) -> i64 {
    %c0 = arith.constant 0 : i64
    %c1 = arith.constant 1 : i64
    %done = arith.cmpi sle, %depth, %c0 : i64
    cf.cond_br %done, ^ret, ^recurse
  ^ret:
    return %n : i64
  ^recurse:
    %next = pyir.add checked %n, %c1 : i64
    %less = arith.subi %depth, %c1 : i64
    %r = func.call @climb(%next, %less) : (i64, i64) -> i64
    return %r : i64
  }
  func.func @start() -> i64 {
    %c0 = arith.constant 0 : i64
    %c5 = arith.constant 5 : i64
    %r = func.call @climb(%c0, %c5) : (i64, i64) -> i64
    return %r : i64
  }
}
