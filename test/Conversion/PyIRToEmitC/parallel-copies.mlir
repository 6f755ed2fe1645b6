// RUN: pyir-opt --pyir-emitc-parallel-copies %s | FileCheck %s
// RUN: pyir-opt --pyir-emitc-parallel-copies %s | mlir-translate --mlir-to-cpp --declare-variables-at-top | FileCheck %s --check-prefix=C

// A branch reads all its operands before it writes the destination's
// arguments; the C emitter writes them in order. Operands that an earlier
// copy of the same branch overwrites are saved first.

// `a, b = b, a + b`: operand 0 (%b, argument 1) is read before argument 1
// is written, operand 1 is not an argument: nothing to save.
// CHECK-LABEL: emitc.func @no_clobber
// CHECK-NOT: emitc.variable
// CHECK: cf.br ^bb1(%{{.*}}, %{{.*}} : i64, i64)
emitc.func @no_clobber(%n: i64) -> i64 {
  %zero = "emitc.constant"() <{value = 0 : i64}> : () -> i64
  %one = "emitc.constant"() <{value = 1 : i64}> : () -> i64
  cf.br ^bb1(%zero, %one : i64, i64)
^bb1(%a: i64, %b: i64):
  %c = emitc.cmp lt, %a, %n : (i64, i64) -> i1
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  %s = emitc.add %a, %b : (i64, i64) -> i64
  cf.br ^bb1(%b, %s : i64, i64)
^bb3:
  emitc.return %a : i64
}

// `a, b = b, a`: operand 0 (%b, argument 1) is read before argument 1 is
// written; operand 1 (%a, argument 0) is read after argument 0 is written:
// saved in a temporary.
// CHECK-LABEL: emitc.func @swap
// CHECK: ^bb2:
// CHECK-NEXT: %[[T:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.lvalue<i64>
// CHECK-NEXT: assign %[[A:.*]] : i64 to %[[T]] : <i64>
// CHECK-NEXT: %[[L:.*]] = load %[[T]] : <i64>
// CHECK-NEXT: cf.br ^bb1(%[[B:.*]], %[[L]] : i64, i64)
// C-LABEL: int64_t swap(
// C: label3:
// C: [[T:v[0-9]+]] = [[A:v[0-9]+]];
// C-NEXT: [[L:v[0-9]+]] = [[T]];
// C-NEXT: [[A]] = [[B:v[0-9]+]];
// C-NEXT: [[B]] = [[L]];
// C-NEXT: goto
emitc.func @swap(%n: i1, %x: i64, %y: i64) -> i64 {
  cf.br ^bb1(%x, %y : i64, i64)
^bb1(%a: i64, %b: i64):
  cf.cond_br %n, ^bb2, ^bb3
^bb2:
  cf.br ^bb1(%b, %a : i64, i64)
^bb3:
  emitc.return %a : i64
}

// `a, b, c = b, c, a` on the false edge of a conditional branch: only %a
// (argument 0, read third) needs a temporary; the true edge goes elsewhere
// and keeps its operands.
// CHECK-LABEL: emitc.func @rotate
// CHECK: %[[T:.*]] = "emitc.variable"
// CHECK-NEXT: assign %[[A:[^ ]*]] : i64 to %[[T]]
// CHECK-NEXT: %[[L:.*]] = load %[[T]]
// CHECK-NEXT: cf.cond_br %{{.*}}, ^bb2(%[[A]] : i64), ^bb1(%{{.*}}, %{{.*}}, %[[L]] : i64, i64, i64)
// CHECK-NOT: emitc.variable
emitc.func @rotate(%n: i1, %x: i64, %y: i64, %z: i64) -> i64 {
  cf.br ^bb1(%x, %y, %z : i64, i64, i64)
^bb1(%a: i64, %b: i64, %c: i64):
  cf.cond_br %n, ^bb2(%a : i64), ^bb1(%b, %c, %a : i64, i64, i64)
^bb2(%r: i64):
  emitc.return %r : i64
}

// Copying an argument to itself does not change it: `a, b = a, a` needs no
// temporary.
// CHECK-LABEL: emitc.func @self
// CHECK-NOT: emitc.variable
// CHECK: cf.br ^bb1(%{{.*}}, %{{.*}} : i64, i64)
emitc.func @self(%n: i1, %x: i64) -> i64 {
  cf.br ^bb1(%x, %x : i64, i64)
^bb1(%a: i64, %b: i64):
  cf.cond_br %n, ^bb2, ^bb3
^bb2:
  cf.br ^bb1(%a, %a : i64, i64)
^bb3:
  emitc.return %b : i64
}
