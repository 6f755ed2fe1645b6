# RUN: pyirc --emit=pyir %S/../../e2e/Inputs/nested_loops.py | FileCheck %s
# Issue #10: IRGen read the predecessor map of a block by reference while
# the recursive SSA reads inserted into it; when the map grew, the vector
# being iterated was freed (an intermittent segfault in addPhiOperands <-
# readVar <- seal in emitCountedLoop). With the frontend built with
# -fsanitize=address, the old IRGen reports heap-use-after-free on every
# run for 'reduced' (generated nested counted loops with break, continue,
# return and else clauses, reduced). The e2e test nested-loops.test runs
# the same module compiled vs interpreted.

# CHECK-LABEL: func.func @reduced(%arg0: i64 {pyir.arg_name = "n"}, %arg1: i64 {pyir.arg_name = "m"}) -> i64
# CHECK-LABEL: func.func @generated_3(
# CHECK-LABEL: func.func @generated_41(
