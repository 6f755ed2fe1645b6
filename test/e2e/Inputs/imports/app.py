"""Imports a package module (absolute) and a sibling top-level module."""
from pyir import f64

from geom.vec import halves_of, norm2, ramp, scale, split
from helpers import checked_div, clamp


def clamped_norm(a: f64[:], hi: int) -> int:
    return clamp(int(norm2(a)), 0, hi)


def scaled_norm(a: f64[:], k: float) -> float:
    scale(a, k)
    return norm2(a)


def halves(n: int) -> int:
    s = 0
    for i in range(n):
        s += checked_div(i) + checked_div(i, b=3)
    return s


def divide(a: int, b: int) -> int:
    return checked_div(a, b) + split(a)



# Arrays across modules: a new array and parts of an argument, each with
# its owner (language.md §10).
def ramp_norm(n: int) -> float:
    r = ramp(n)
    return float(norm2(r))  # NumPy scalars interpreted (§11)


def ramp_of(n: int) -> f64[:]:
    return ramp(n)


def halves_norms(a: f64[:]) -> tuple[float, f64[:]]:
    lo, hi = halves_of(a)
    lo[0] = -1.0
    return norm2(lo), hi
