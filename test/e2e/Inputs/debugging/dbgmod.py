"""Functions to debug: gdb breaks in them, PYIR_DISABLE runs them
interpreted, inspect reads their signatures."""
from pyir import TypeVar, f32, f64, i64

T = TypeVar("T", f32, f64)


def total_of(n: i64, step: i64) -> i64:
    """The sum of i * step for i in range(n)."""
    total = 0
    for i in range(n):
        total += i * step
    return total


def scaled_sum(a: f64[:], s: f64 = 2.0, flag: bool = True) -> f64:
    acc = 0.0
    for i in range(len(a)):
        acc += a[i] * s
    return acc if flag else -acc


def min_max(a: i64[:]) -> tuple[i64, i64]:
    lo = a[0]
    hi = a[0]
    for i in range(len(a)):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


def first(a: T[:]) -> T:
    return a[0]

