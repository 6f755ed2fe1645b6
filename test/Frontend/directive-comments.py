# RUN: pyirc --emit=pyir %s | FileCheck %s
# RUN: not pyirc --emit=pyir %S/Inputs/directive-comments-bad.py 2>&1 | FileCheck %S/Inputs/directive-comments-bad.py --check-prefix=BAD
"""A '# pyir:' comment is honoured on any line at module level, not only
the first ones (issue #10); it applies to the whole module. Text in a string
is no comment:
# pyir: wraparound=False
"""
from pyir import f64


# CHECK-LABEL: func.func @first
# CHECK: pyir.load %arg0[%{{.*}}] wraparound : !pyir.view<f64, 1>
def first(a: f64[:], i: int) -> float:
    return a[i]

# pyir: boundscheck=False

# CHECK-LABEL: func.func @second
# CHECK: pyir.load %arg0[%{{.*}}] wraparound : !pyir.view<f64, 1>
def second(a: f64[:], i: int) -> float:
    return a[i]
