"""The examples of docs/language.md, with the elided bodies written out."""
import math
from pyir import f64, f32, i64, u8, boundscheck, wraparound


def norm(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[i]
    return math.sqrt(s)


@boundscheck(False)
@wraparound(False)
def count_primes(n: int, sieve: u8[::1]) -> int:
    count = 0
    for i in range(2, n):
        if sieve[i] == 0:
            count += 1
            for j in range(i * i, n, i):
                sieve[j] = 1
    return count


def sum_f32(a: f32[:]) -> f32:
    s: f32 = 0
    for x in a:
        s += x
    return s


def total(data: u8[:]) -> int:
    # `total += data[i]` over a u8 view sums like Python.
    t = 0
    for i in range(len(data)):
        t += data[i]
    return t
