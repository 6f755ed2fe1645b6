# RUN: pyirc --emit=pyir %s | pyir-opt --pyir-O2 | FileCheck %s
# A function whose loops do not all become scf.for still gets its checks
# removed in the loops that do: here the second loop has a runtime step
# (its trip count needs an unsigned compare), the first is a plain
# `range(len(a))` loop.
from pyir import f64

# CHECK-LABEL: func.func @partly_liftable
def partly_liftable(a: f64[:], n: int, step: int) -> float:
    s = 0.0
    # CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
    # CHECK-NOT: boundscheck
    for i in range(len(a)):
        s += a[i]
    # The runtime step is still checked for zero.
    # CHECK: pyir.assert %{{.*}}, ValueError "range() arg 3 must not be zero"
    for j in range(0, n, step):
        s += 1.0
    return s

# CHECK-LABEL: func.func @not_liftable_with_break
def not_liftable_with_break(a: f64[:]) -> float:
    # A loop with `break` stays in CF form; its checks still go: the body is
    # entered only when the counter k <u count = max(len(a), 0).
    # CHECK-NOT: boundscheck
    # CHECK-NOT: wraparound
    # CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
    # CHECK-NOT: boundscheck
    # CHECK-NOT: wraparound
    # CHECK: return
    s = 0.0
    for i in range(len(a)):
        if a[i] < 0:
            break
        s += a[i]
    return s


# CHECK-LABEL: func.func @break_off_by_one
def break_off_by_one(a: f64[:]) -> float:
    # The same loop reading a[i + 1] may go one past the end: checked.
    # CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
    s = 0.0
    for i in range(len(a)):
        if a[i] < 0:
            break
        s += a[i + 1]
    return s
