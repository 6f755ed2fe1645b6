"""A few NumPy-like functions, written once as annotated Python.

Each runs interpreted (with NumPy arrays, NumPy's scalar arithmetic is the
element type's, as compiled) and compiled by pyirc into one extension
whose generic functions dispatch on the arrays' element type; the results
are new arrays: NumPy arrays when NumPy is importable, else memoryviews.

    pyirc examples/arraylib.py -o build/examples/
"""
import math

import pyir
from pyir import TypeVar, f32, f64, i64

T = TypeVar("T", f32, f64, i64)
F = TypeVar("F", f32, f64)


def cumsum(a: T[:]) -> T[::1]:
    """The running sums a[0], a[0] + a[1], ... in T's arithmetic (as
    numpy.cumsum: f32 rounds after every addition, i64 wraps)."""
    n = len(a)
    out = pyir.empty(n, T)
    if n == 0:
        return out
    s = a[0]
    out[0] = s
    for i in range(1, n):
        s = s + a[i]
        out[i] = s
    return out


def convolve(a: T[:], v: T[:]) -> T[::1]:
    """The full discrete convolution of a and v (numpy.convolve's default
    mode): len(a) + len(v) - 1 elements, each summed in T's arithmetic in
    increasing index of a."""
    n = len(a)
    m = len(v)
    if n == 0:
        raise ValueError("a cannot be empty")
    if m == 0:
        raise ValueError("v cannot be empty")
    out = pyir.empty(n + m - 1, T)
    for k in range(n + m - 1):
        lo = max(0, k - m + 1)
        hi = min(n, k + 1)
        s = a[lo] * v[k - lo]
        for j in range(lo + 1, hi):
            s = s + a[j] * v[k - j]
        out[k] = s
    return out


def normalize(a: F[:]) -> F[::1]:
    """a scaled to unit Euclidean norm; the norm is summed in float (double)
    precision, each element rounded once to F when stored.
    ZeroDivisionError for an all-zero a."""
    n = len(a)
    total = 0.0
    for i in range(n):
        x = float(a[i])
        total += x * x
    norm = math.sqrt(total)
    out = pyir.empty(n, F)
    for i in range(n):
        out[i] = float(a[i]) / norm
    return out


def argmax(a: T[:]) -> int:
    """The index of the first largest element (of the first NaN, as
    numpy.argmax); ValueError for an empty a."""
    n = len(a)
    if n == 0:
        raise ValueError("attempt to get argmax of an empty sequence")
    best = a[0]
    k = 0
    if best != best:
        return 0
    for i in range(1, n):
        x = a[i]
        if x != x:
            return i
        if x > best:
            best = x
            k = i
    return k
