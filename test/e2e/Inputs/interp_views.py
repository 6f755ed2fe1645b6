"""Views, tuples of views and exceptions: compiled for every CPython by
interpreters/*.test, with arrays from the standard library (no NumPy)."""
import pyir
from pyir import f64, i64


def scale(a: f64[:], k: float) -> float:
    """Multiplies a by k in place; returns the new sum."""
    s = 0.0
    for i in range(len(a)):
        a[i] = a[i] * k
        s += a[i]
    return s


def min_max(a: i64[:]) -> tuple[int, int]:
    """The smallest and the largest item (ValueError if there are none)."""
    if len(a) == 0:
        raise ValueError("min_max() of an empty view")
    lo = a[0]
    hi = a[0]
    for i in range(1, len(a)):
        if a[i] < lo:
            lo = a[i]
        if a[i] > hi:
            hi = a[i]
    return lo, hi


def halves(a: f64[:]) -> tuple[f64[:], f64[:]]:
    """The two halves of a (parts of it, not copies)."""
    k = len(a) // 2
    return a[:k], a[k:]


def every_other(a: f64[:], backwards: bool) -> f64[:]:
    """a[::2], or a[::-2]."""
    if backwards:
        return a[::-2]
    return a[::2]


def ramp(n: int) -> tuple[f64[::1], int]:
    """A new array 0, 0.5, 1, ... of n items, and n."""
    r = pyir.zeros(n, f64)
    for i in range(n):
        r[i] = i * 0.5
    return r, n


def at(a: i64[:], i: int, d: int) -> int:
    """a[i] // d: IndexError, ZeroDivisionError, negative indices."""
    return a[i] // d
