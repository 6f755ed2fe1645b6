// RUN: pyir-opt %s --pyir-canonicalize | FileCheck %s

// arith's patterns assume signless integers. On pyir's si8, `select %c, 1,
// 0` became `arith.extui %c : i1 to si8`, which does not verify (an `i8`
// joined at a branch: `i8(1) if c else i8(False)`, fuzz finding, issue
// #10). pyir-canonicalize applies arith patterns to signless ops only.

// CHECK-LABEL: func.func @signed_select
// CHECK: arith.select %arg0, %{{.*}}, %{{.*}} : si8
// CHECK-NOT: arith.extui
func.func @signed_select(%c: i1) -> si8 {
  %one = pyir.constant 1 : si8
  %zero = pyir.constant 0 : si8
  %r = arith.select %c, %one, %zero : si8
  return %r : si8
}

// The same on signless i8 still folds.
// CHECK-LABEL: func.func @signless_select
// CHECK: arith.extui %arg0 : i1 to i8
func.func @signless_select(%c: i1) -> i8 {
  %one = arith.constant 1 : i8
  %zero = arith.constant 0 : i8
  %r = arith.select %c, %one, %zero : i8
  return %r : i8
}
