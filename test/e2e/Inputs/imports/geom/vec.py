"""Vector functions calling geom.scalar's natively (a relative import)."""
import pyir
from pyir import f32, f64

from .scalar import pair, sq, total


def norm2(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += sq(a[i])
    return s


def scale(a: f64[:], k: float) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


def totals(a: f64[:], b: f32[:]) -> float:
    return total(a) + total(b)


def split(x: int) -> int:
    q, r = pair(x)
    return 10 * q + r


def ramp(n: int) -> f64[::1]:
    out = pyir.empty(n, f64)
    for i in range(n):
        out[i] = i * 0.5
    return out


def halves_of(a: f64[:]) -> tuple[f64[:], f64[:]]:
    return a[: len(a) // 2], a[len(a) // 2 :]
