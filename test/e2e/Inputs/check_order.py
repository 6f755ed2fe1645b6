"""Evaluation and check order (language.md §4: left to right, as in
CPython): which of several failing checks raises first, and what was
stored before it."""
import math
from pyir import i64


def assert_then_index(a: i64[:], i: int) -> int:
    assert i < 3, "too large"
    return a[i]


def index_in_assert(a: i64[:], i: int) -> int:
    assert a[i] > 0, "not positive"
    return 1


def assert_in_loop(a: i64[:], n: int) -> int:
    s = 0
    for i in range(n):
        assert i < 4, "too many"
        s += a[i]
    return s


def index_then_assert_in_loop(a: i64[:], n: int) -> int:
    s = 0
    for i in range(n):
        s += a[i]
        assert s < 100, "too much"
    return s


def store_order(a: i64[:], i: int, d: int) -> int:
    a[i] = 10 // d
    return a[0]


def aug_order(a: i64[:], i: int, d: int) -> int:
    a[i] += 10 // d
    return a[0]


def multi_target(a: i64[:], b: i64[:], i: int, j: int, v: int) -> int:
    a[i] = b[j] = v
    return a[0] + b[0]


def swap(a: i64[:], i: int, j: int) -> int:
    a[i], a[j] = a[j], a[i]
    return a[0]


def ifexp(a: i64[:], b: i64[:], i: int, j: int, c: bool) -> int:
    x = a[i] if c else b[j]
    return x


def _three(x: int, y: int, z: int) -> int:
    return x - y + z


def args(a: i64[:], i: int, d: int, j: int) -> int:
    return _three(a[i], 10 // d, a[j])


def kwargs(a: i64[:], i: int, d: int, j: int) -> int:
    return _three(a[i], z=a[j], y=10 // d)


def chained(a: i64[:], i: int, j: int, k: int) -> bool:
    return a[i] < a[j] < a[k]


def binop(a: i64[:], i: int, d: int) -> int:
    return a[i] // d + 10 // d


def binop_rev(a: i64[:], i: int, d: int) -> int:
    return 10 // d + a[i]


def shortcircuit(a: i64[:], i: int, j: int) -> bool:
    return a[i] > 0 and a[j] > 0 or a[j] < -5


def range_bounds(a: i64[:], i: int, s: int) -> int:
    t = 0
    for k in range(a[i], 10, s):
        t += k
    return t


def math_then_index(x: float, a: i64[:], i: int) -> float:
    return math.sqrt(x) + a[i]


def conversion_then_index(x: float, a: i64[:], i: int) -> int:
    return int(x) + a[i]


def loop_store_then_assert(a: i64[:], n: int) -> int:
    for i in range(n):
        a[i] = i * 10
        assert i < 2, "stop"
    return a[0]


def while_index_assert(a: i64[:], n: int) -> int:
    i = 0
    s = 0
    while i < n:
        assert a[i] != 3, "three"
        s += a[i]
        i += 1
    return s
