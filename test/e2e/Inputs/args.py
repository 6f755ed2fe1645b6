"""Argument conversion of the glue: the positional fast path and exact
int/float fast paths, against the general path (keywords, defaults,
__index__/__float__ objects, subclasses, range errors)."""
from pyir import f64, i8, i32, u8, u64


def ints(a: int, b: int) -> int:
    return a - b


def floats(x: float, y: float) -> float:
    return x - y


def mixed(n: int, x: float, k: i32 = 3, flag: bool = False) -> float:
    if flag:
        return x * k
    return n + x + k


def narrow(a: i8, b: u8, c: u64) -> int:
    return int(a) + int(b) + int(c)


def first(a: f64[::1], i: int = 0) -> float:
    return a[i]
