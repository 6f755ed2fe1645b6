"""Sample PyIR module (language.md section 1), run interpreted by
test_kernels.py on CPython and PyPy; later also a pyirc input."""
# pyir: boundscheck=True

import math
from typing import Final

from pyir import f32, f64, i64, u8, u32, boundscheck, wraparound, nogil

SCALE: Final = 0.5
N = 64


def norm(a: f64[:]) -> float:
    """Euclidean norm of a 1-D float64 view."""
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[i]
    return math.sqrt(s)


@boundscheck(False)
@wraparound(False)
def count_primes(n: int, sieve: u8[::1]) -> int:
    """Count the primes below n; afterwards sieve[k] == 1 iff k < n is
    prime (sieve[n:] is untouched)."""
    if n > len(sieve):
        raise ValueError("sieve too small")
    for i in range(n):
        sieve[i] = 1 if i >= 2 else 0
    count = 0
    for i in range(2, n):
        if sieve[i]:
            count += 1
            j = i * i
            while j < n:
                sieve[j] = 0
                j += i
    return count


def checksum(data: u8[:]) -> int:
    """A 32-bit multiplicative hash, wrapped explicitly through u32()."""
    h = 2166136261
    for i in range(len(data)):
        h = u32((h ^ data[i]) * 16777619)
    return h


def sum_f32(a: f32[:]) -> float:
    """Sum with a binary32 accumulator, rounded after every addition."""
    s: f32 = 0.0
    for x in a:
        s = f32(s + x)
    return s


def minmax(a: f64[:]) -> tuple[float, float]:
    """Smallest and largest element of a non-empty view."""
    lo = a[0]
    hi = a[0]
    for i in range(1, len(a)):
        if a[i] < lo:
            lo = a[i]
        elif a[i] > hi:
            hi = a[i]
    return lo, hi


@nogil
def dot2(a: f64[:, ::1], b: f64[:, ::1], n: i64, m: i64) -> float:
    """Sum of a[i, j] * b[i, j] over an n x m C-contiguous pair."""
    s = 0.0
    for i in range(n):
        for j in range(m):
            s += a[i, j] * b[i, j]
    return s * SCALE
