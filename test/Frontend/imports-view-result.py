# RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/imports/. %t/ && cp %s %t/imports_view_result.py
# RUN: pyirc --emit=pyir %t/imports_view_result.py | FileCheck %s
# Functions of another module that return an array or a tuple holding one
# are imported like the others (language.md §10): a declaration with the
# view types, called natively; each view lands in a slot of the caller
# (docs/CBackend.md, "Arrays").
from imp_arrays import halves, ramp, total
from pyir import f64


# CHECK-LABEL: func.func @use(
# CHECK-NEXT: %[[R:.*]] = call @imp_arrays.ramp(%arg0) : (i64) -> !pyir.view<f64, 1>
# CHECK-NEXT: %[[T:.*]] = call @imp_arrays.halves(%[[R]]) : (!pyir.view<f64, 1>) -> tuple<i64, !pyir.view<f64, 1>>
# CHECK-NEXT: pyir.tuple_get %[[T]][0]
# CHECK-NEXT: %[[H:.*]] = pyir.tuple_get %[[T]][1]
# CHECK-NEXT: call @imp_arrays.total(%[[H]])
def use(n: int) -> float:
    r = ramp(n)
    k, h = halves(r)
    return total(h) + k

# CHECK: func.func private @imp_arrays.halves(!pyir.view<f64, 1> {pyir.arg_name = "a"}) -> tuple<i64, !pyir.view<f64, 1>> attributes {pyir.imported
# CHECK: func.func private @imp_arrays.ramp(i64 {pyir.arg_name = "n"}) -> !pyir.view<f64, 1> attributes {pyir.imported
