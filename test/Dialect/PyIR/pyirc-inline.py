# RUN: pyirc --emit=opt -O2 %s -o - | FileCheck %s
# RUN: pyirc --emit=pyir %s | pyir-opt --pyir-O2 | FileCheck %s
# RUN: pyirc --emit=opt -O0 %s -o - | FileCheck %s --check-prefix=O0
# pyirc's -O2 inlines as pyir-opt's does: a small helper (at most 16 ops)
# and an @inline one of any size disappear into their caller. pyirc's
# MLIR context once lacked func's inliner extension, and MLIR's inliner then
# inlined no call at all (spectral-norm's helper stayed a call in the loop).
from pyir import f64, inline


def small(i: int, j: int) -> int:
    return i * j + 1


@inline
def big(a: f64[:], k: int) -> float:
    s = 0.0
    for i in range(len(a)):
        if i % 3 == k:
            s += a[i] * 2.0 - 1.0
        elif i % 5 == k:
            s -= a[i] / 3.0
        else:
            s += float(i * k)
    return s


# CHECK-LABEL: func.func @caller
# CHECK-NOT: call @
# CHECK: return
# O0-LABEL: func.func @caller
# O0-DAG: call @small
# O0-DAG: call @big
def caller(a: f64[:], n: int) -> float:
    t = 0.0
    for k in range(n):
        t += big(a, small(k, 2))
    return t
