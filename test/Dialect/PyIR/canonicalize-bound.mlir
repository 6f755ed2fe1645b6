// RUN: pyir-opt %s --pyir-canonicalize="max-num-rewrites=1 max-iterations=1 max-rounds=2" --split-input-file --verify-diagnostics
// RUN: pyir-opt %s --pyir-canonicalize --split-input-file | FileCheck %s

// A function that does not converge within the bounds is a located error,
// never a hang. With the default bounds the same function converges.

// expected-error @below {{canonicalization of 'chain' did not converge in 2 rounds (this is a compiler bug}}
func.func @chain(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %a = arith.addi %x, %c1 : i32
  %b = arith.addi %a, %c1 : i32
  %c = arith.addi %b, %c1 : i32
  %d = arith.addi %c, %c1 : i32
  %e = arith.addi %d, %c1 : i32
  return %e : i32
}
// CHECK-LABEL: func.func @chain
// CHECK-NEXT: %[[C5:.*]] = arith.constant 5 : i32
// CHECK-NEXT: %[[E:.*]] = arith.addi %arg0, %[[C5]] : i32
// CHECK-NEXT: return %[[E]]
