"""A module directive far below the top (line 40 here) applies to the whole
module, to the functions before it too: no line limit (issue #14 found
directives after line 5 ignored in an older version)."""
from pyir import f64


# LATE-LABEL: func.func @first
# LATE: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
def first(a: f64[:], i: int) -> float:
    return a[i]


def helper(x: int) -> int:
    y = x * 2
    y = y + 1
    y = y - 3
    return y


def middle(a: f64[:], i: int) -> float:
    s = 0.0
    for k in range(i):
        s += a[k]
    return s


# LATE-LABEL: func.func @last
# LATE: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
def last(a: f64[:], i: int) -> float:
    return a[i]
# LATE-NOT: boundscheck
# LATE-NOT: wraparound




# pyir: boundscheck=False, wraparound=False
