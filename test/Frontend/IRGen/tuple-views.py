# RUN: pyirc --emit=pyir %s | FileCheck %s
# Tuples holding views (language.md §11; docs/CBackend.md, "Arrays"): every
# view bound from a tuple gets a slot of its own (pyir.view_ref) unless a
# call's tuple made it; unpacking first copies the views the value does not
# make, so that binding `a` does not rewrite what `b` is bound to next.
from pyir import f64


# CHECK-LABEL: func.func @swap(
# CHECK: ^bb2:
# CHECK: %[[TB:.*]] = pyir.view_ref %[[B:[0-9]+]]
# CHECK-NEXT: %[[TA:.*]] = pyir.view_ref %[[A:[0-9]+]]
# CHECK-NEXT: pyir.view_ref %[[TB]]
# CHECK-NEXT: pyir.view_ref %[[TA]]
def swap(a: f64[:], b: f64[:], n: int) -> float:
    for i in range(n):
        a, b = b, a
    return a[0]


# The slices are the value's own: one reference each, at the binding.
# CHECK-LABEL: func.func @slide(
# CHECK: %[[S1:.*]] = pyir.subview
# CHECK: %[[S2:.*]] = pyir.subview
# CHECK-NEXT: pyir.view_ref %[[S1]]
# CHECK-NEXT: pyir.view_ref %[[S2]]
def slide(a: f64[:], b: f64[:], n: int) -> float:
    for i in range(n):
        a, b = b[1:], a[1:]
    return a[0]


# A call's tuple: its views are bound as they are.
# CHECK-LABEL: func.func @unpack_call(
# CHECK: %[[T:.*]] = call @halves
# CHECK-NEXT: %[[X:.*]] = pyir.tuple_get %[[T]][0]
# CHECK-NEXT: %[[Y:.*]] = pyir.tuple_get %[[T]][1]
# CHECK-NOT: view_ref
# CHECK: return
def unpack_call(a: f64[:]) -> float:
    x, y = halves(a)
    return x[0] + y[0]


# A tuple local of another local's view: a reference of its own.
# CHECK-LABEL: func.func @tuple_local(
# CHECK: %[[T:.*]] = pyir.tuple %arg0, %{{.*}} : !pyir.view<f64, 1>, i64
# CHECK-NEXT: %[[E:.*]] = pyir.tuple_get %[[T]][0]
# CHECK-NEXT: pyir.view_ref %[[E]]
def tuple_local(a: f64[:]) -> tuple[f64[:], int]:
    t = (a, 1)
    return t


def halves(a: f64[:]) -> tuple[f64[:], f64[:]]:
    return a[:1], a[1:]
