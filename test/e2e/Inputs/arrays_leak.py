"""Arrays for the leak test: every size bounded (leaks.py calls with
extreme ints), a negative size raising ValueError."""
import pyir
from pyir import f64, i32, u8


def fresh(n: int) -> f64[:]:
    out = pyir.zeros(min(n, 64), f64)
    if len(out) > 0:
        out[0] = 1.5
    return out


def fresh_2d(n: int, m: int) -> i32[:, ::1]:
    return pyir.zeros((min(n, 8) + 1, min(m, 8) + 1), i32)


def total(a: f64[:]) -> float:
    s = 0.0
    for x in a:
        s += x
    return s


def churn(n: int) -> float:
    s = 0.0
    for j in range(min(n, 20)):
        r = fresh(j)
        s += total(r) + total(fresh(j))
    return s


def same(a: u8[:]) -> u8[:]:
    return a


def like(a: u8[:]) -> u8[::1]:
    b = pyir.empty_like(a)
    for i in range(len(a)):
        b[i] = a[i]
    return b


def fails_late(n: int) -> f64[:]:
    a = pyir.zeros(min(n, 16), f64)
    b = pyir.zeros(2, f64)
    b[n % 4] = 1.0
    return a
