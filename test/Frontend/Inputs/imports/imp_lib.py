"""A PyIR module other test files import from."""
from pyir import TypeVar, f32, f64

T = TypeVar("T", f32, f64)

LIMIT = 10


def add(a: int, b: int = 1) -> int:
    return a + b


def mean(a: T[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += float(a[i])
    return s / len(a)


def _hidden(x: int) -> int:
    return x
