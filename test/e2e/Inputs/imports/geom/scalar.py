"""Scalar helpers: plain and generic functions, imported by geom.vec."""
from pyir import TypeVar, f32, f64

T = TypeVar("T", f32, f64)


def sq(x: float) -> float:
    return x * x


def total(a: T[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += float(a[i])
    return s


def pair(x: int) -> tuple[int, int]:
    return x // 3, x % 3
