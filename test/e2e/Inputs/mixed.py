"""A mixed module: compiled functions among ordinary Python.

@pyir.compile
def in_the_docstring(x):
    return x
"""
import math
import numpy as np
import pyir
from pyir import compile, f64

__all__ = ["Point", "TABLE", "DOC", "norm", "fib", "is_even", "is_odd",
           "describe", "python_fail", "total", "SCALE", "LIMIT"]

SCALE = 2.5
LIMIT: int = 25
UNUSED_BY_COMPILED = [1, 2, 3]

TABLE = {
    "a": 1,
"b": [2,
3],  # continuation lines in the first column
'''c''': (4,
)}

DOC = """A string spanning lines, with code-like lines in the first column
@pyir.compile
def not_compiled(x):
    return x
"""


class Point:
    """An ordinary class whose method calls a compiled function."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return norm(self.x, self.y)


def python_fail(n):
    return TABLE["missing" * n]


@pyir.compile
def norm(x: float, y: float) -> float:
    """The Euclidean norm, scaled."""
    return math.sqrt(x * x + y * y) * SCALE


@compile
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2) + _twice(0)


@pyir.compile
def _twice(k: int) -> int:
    return 2 * k


@pyir.compile
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


@pyir.compile
def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


@pyir.compile
def fsum(a: f64[:]) -> float:
    s = 0.0
    for x in a:
        s += x
    return s + LIMIT


def describe(p):
    return "Point(%g, %g) norm %g" % (p.x, p.y, p.norm())


def total(a):
    return float(np.sum(a)) + fib(10) + fsum(a)


if __name__ == "__main__":
    print("running as a script:", fib(LIMIT))
