"""Imports a package module (absolute) and a sibling top-level module."""
from pyir import f64

from geom.vec import norm2, scale, split
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

