import pyir
from pyir import f64


def ramp(n: int) -> f64[:]:
    out = pyir.empty(n, f64)
    for i in range(n):
        out[i] = i * 0.5
    return out


def total(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


def halves(a: f64[:]) -> tuple[int, f64[:]]:
    return len(a) // 2, a[len(a) // 2:]
