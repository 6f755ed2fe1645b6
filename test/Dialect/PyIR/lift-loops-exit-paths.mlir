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

// Smoke-run finding (seed 1000004 fn27, issue #11): an inner loop's exit
// condition %57 (a `break`) is tested again in ^bb13, a block of the outer
// loop after the inner one. transformCFGToSCF segfaulted on this function
// as pyir-lift-loops clones it, and never finished on the whole program
// (`pyirc -O2` hung), while mlir-opt --lift-cf-to-scf on the parsed text
// passes: the failure depends on the order of the blocks' use lists. The
// function stays in CF form.
// CHECK-LABEL: func.func @inner_exit_condition_read_in_outer_loop
// CHECK-NOT: scf.
// CHECK: cf.cond_br %{{.*}}, ^bb{{[0-9]+}}(%{{.*}} : f64), ^bb{{[0-9]+}}
// CHECK: return
func.func @inner_exit_condition_read_in_outer_loop(%n: i64, %m: i64, %x: f64, %y: f64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^bb3(%c0, %x : i64, f64)
^bb3(%34: i64, %35: f64):
  %37 = arith.cmpi ult, %34, %m : i64
  cf.cond_br %37, ^bb4, ^bbR
^bb4:
  cf.br ^bb5(%c0, %35 : i64, f64)
^bb5(%39: i64, %40: f64):
  %41 = arith.cmpi slt, %39, %n : i64
  cf.cond_br %41, ^bb6, ^bb7
^bb6:
  %42 = arith.sitofp %39 : i64 to f64
  cf.br ^bb8(%c0 : i64)
^bb7:
  %54 = arith.addi %34, %c1 : i64
  cf.br ^bb3(%54, %40 : i64, f64)
^bb8(%55: i64):
  %56 = arith.cmpi slt, %55, %n : i64
  cf.cond_br %56, ^bb9, ^bb11
^bb9:
  %57 = arith.cmpi sgt, %55, %m : i64
  cf.cond_br %57, ^bb10, ^bb13
^bb10:
  %58 = arith.addi %55, %c1 : i64
  cf.br ^bb8(%58 : i64)
^bb11:
  %59 = arith.addf %42, %y : f64
  cf.br ^bb12(%59 : f64)
^bb12(%64: f64):
  %67 = arith.addi %39, %c1 : i64
  cf.br ^bb5(%67, %64 : i64, f64)
^bb13:
  cf.cond_br %57, ^bb12(%40 : f64), ^bb16
^bb16:
  cf.br ^bb12(%40 : f64)
^bbR:
  return %c0 : i64
}

}
