// RUN: pyir-opt --pyir-lift-loops %s | FileCheck %s

// Campaign finding (seed 715002152 fn82, issue #10): an early return whose
// value is a conditional expression over loop values. The loop's exit path
// (^bb5, ^bb6, off the cycle) reads %6, an op result of the loop body, and
// two returns are reached from the loop: MLIR 22's transformCFGToSCF
// segfaults on this (checked with the previous guard, which looked only at
// return blocks entered from the loop), so pyir-lift-loops leaves the
// function in CF form (LiftingPreconditions.h).
module attributes {pyir.version = "1.1"} {
// CHECK-LABEL: func.func @exit_path_reads_body
// CHECK-NOT: scf.
// CHECK: cf.cond_br %{{.*}}, ^bb5, ^bb3
// CHECK: return
func.func @exit_path_reads_body(%arg0: ui8) -> ui8 {
  %0 = pyir.constant 255 : ui8
  %1 = pyir.constant 1 : ui8
  %2 = pyir.constant 0 : i64
  %3 = pyir.constant 1 : i64
  cf.br ^bb1(%2 : i64)
^bb1(%4: i64):
  %5 = arith.cmpi ult, %4, %2 : i64
  cf.cond_br %5, ^bb2, ^bb4
^bb2:
  %6 = pyir.cmp gt %arg0, %1 : ui8, ui8
  cf.cond_br %6, ^bb5, ^bb3
^bb3:
  %7 = arith.addi %4, %3 : i64
  cf.br ^bb1(%7 : i64)
^bb4:
  return %1 : ui8
^bb5:
  %8 = pyir.cmp gt %4, %3 : i64, i64
  cf.cond_br %8, ^bb6, ^bb7(%1 : ui8)
^bb6:
  cf.cond_br %6, ^bb7(%1 : ui8), ^bb7(%0 : ui8)
^bb7(%9: ui8):
  return %9 : ui8
}

}
