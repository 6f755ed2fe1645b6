// RUN: timeout 60 pyir-opt %s --pyir-canonicalize | FileCheck %s

// Upstream `canonicalize` never ends on these functions: once the loop
// loses its entry edge, its latch is merged into the header and the
// counter becomes `%next = arith.addi %next, %c1`, which folds forever
// (llvm-project PR #221037); an unreachable cycle of branches is rewritten
// back and forth (issue #159743). pyir-canonicalize erases unreachable
// blocks before each bounded round.

// CHECK-LABEL: func.func @dead_loop
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @dead_loop() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %enter = arith.cmpi sgt, %c2, %c0 : i32
  cf.cond_br %enter, ^exit, ^header(%c2 : i32)
^header(%iv: i32):
  %done = arith.cmpi eq, %iv, %c2 : i32
  cf.cond_br %done, ^exit, ^latch
^latch:
  %next = arith.addi %iv, %c1 : i32
  cf.br ^header(%next : i32)
^exit:
  return
}

// CHECK-LABEL: func.func @dead_cycle
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @dead_cycle() {
  %true = arith.constant true
  cf.cond_br %true, ^exit, ^a
^a:
  cf.br ^b
^b:
  cf.br ^a
^exit:
  return
}

// An op that uses its own result, legal in an unreachable block.
// CHECK-LABEL: func.func @self_use
// CHECK-NEXT: return %arg0
func.func @self_use(%x: i32) -> i32 {
  return %x : i32
^dead:
  %c1 = arith.constant 1 : i32
  %y = arith.addi %y, %c1 : i32
  cf.br ^dead
}
