# RUN: pyirc --emit=pyir %s | FileCheck %s
# Views as values (docs/language.md §12): a slice is pyir.subview, with the
# key's codes (ViewSlicing.h) and its type's contiguity; a local bound to a
# view it does not make (`b = a`) gets a pyir.view_ref of its own, one bound
# to a slice or a call does not; a literal step of 1 is no step.
from pyir import f64


# CHECK-LABEL: func.func @locals(
# CHECK-SAME: %[[A:[^:]*]]: !pyir.view<f64, 2, contiguous> {{.*}}, %[[I:[^:]*]]: i64
def locals(a: f64[:, ::1], i: int) -> float:
    # CHECK: %[[ROW:.*]] = pyir.subview %[[A]][%[[I]]] keys [-1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1, contiguous>
    row = a[i]
    # CHECK-NOT: view_ref %[[ROW]]
    # CHECK: %[[COL:.*]] = pyir.subview %[[A]][%[[I]]] keys [0, -1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1>
    col = a[:, i]
    # CHECK: %[[B:.*]] = pyir.view_ref %[[ROW]] : !pyir.view<f64, 1, contiguous>
    b = row
    # CHECK: pyir.subview %[[B]][%[[I]]] keys [1] : !pyir.view<f64, 1, contiguous> -> !pyir.view<f64, 1, contiguous>
    c = b[i::1]
    # CHECK: pyir.subview %[[A]][%[[I]], %[[I]]] keys [-1, 4] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1>
    d = a[i, ::i]
    # CHECK: pyir.stride
    return c[0] + col[0] + d[0] + d.strides[0]
