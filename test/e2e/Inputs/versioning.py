"""Loops that pyir-version-loops duplicates behind a guard on the views'
extents. Each runs with extents that pass the guard (the unchecked copy) and
with extents that fail it (the original, checked copy), which must raise
IndexError at the same iteration as CPython, after the same writes."""
from pyir import f64, i64


def dot(a: f64[:], b: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def saxpy(alpha: float, x: f64[::1], y: f64[::1]) -> None:
    for i in range(len(x)):
        y[i] = alpha * x[i] + y[i]


def shifted(a: f64[:], out: f64[:]) -> None:
    for i in range(1, len(a) - 1):
        out[i - 1] = a[i] + a[i + 1]


def stencil2d(grid: f64[:, ::1], out: f64[:, ::1]) -> None:
    n = grid.shape[0]
    m = grid.shape[1]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (grid[i - 1, j] + grid[i + 1, j]
                                + grid[i, j - 1] + grid[i, j + 1])


def matmul(a: f64[:, :], b: f64[:, :], out: f64[:, :]) -> None:
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0.0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            out[i, j] = s


def triangle(a: i64[:], n: int) -> int:
    t = 0
    for i in range(n):
        for j in range(i):
            t += a[j]
    return t


def copy_n(src: i64[:], dst: i64[:], n: int) -> int:
    for i in range(n):
        dst[i] = src[i]
    return n


def scan_while(a: f64[:], start: int, stop: float) -> int:
    # Branch facts from a while condition with `and` (i is in bounds in
    # the body; i + 1 cannot overflow).
    i = start
    while i >= 0 and i < len(a) and a[i] != stop:
        i += 1
    return i




def pair_weights(n: int) -> float:
    # (i + j) * (i + j + 1) is checked unless n <= 2**30 (pyir-version-loops
    # on the trip counts; the checked copy would take 2**60 iterations to
    # reach an overflow: only the unchecked copy runs here).
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    return s

def mul_av(v: f64[::1], out: f64[::1]) -> None:
    # spectral-norm's inner loops: the guard is on len(v).
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] / ((i + j) * (i + j + 1) // 2 + i + 1)
        out[i] = s


def evens(a: f64[:], start: int, stop: int) -> float:
    # range(start, stop, 2): the guard is start >= 0 and stop <= len(a).
    s = 0.0
    for i in range(start, stop, 2):
        s += a[i]
    return s


def stepped(a: f64[:], start: int, step: int) -> float:
    # The step's sign is unknown: both alternatives are guarded
    # (start >= 0 going up to len(a); start < len(a) going down to it).
    s = 0.0
    for i in range(start, len(a), step):
        s += a[i]
    return s

