"""Tuples holding views for the leak test (leaks-arrays.test): returned
parameters, parts and new arrays; unpacked, swapped and rebound in loops;
raising after unpacking."""
import pyir
from pyir import f64, u8


def split(a: f64[:], k: int) -> tuple[f64[:], f64[:]]:
    return a[:k], a[k:]


def param_and_new(a: u8[:], n: int) -> tuple[int, u8[:], u8[::1]]:
    return len(a), a, pyir.zeros(min(max(n, 0), 16), u8)


def rotate(a: f64[:], b: f64[:], n: int) -> tuple[f64[:], int]:
    k = 0
    for i in range(min(max(n, 0), 8)):
        a, b = b, a[1:]
        lo, hi = split(a, 1)
        k += len(lo) + len(hi)
    t = (a, k)
    return t


def raises_after(a: f64[:], k: int) -> tuple[f64[:], f64[:]]:
    lo, hi = split(a, k)
    if len(hi) == 0:
        raise ValueError("empty tail")
    return hi, lo
