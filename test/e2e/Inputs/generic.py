"""Generic functions (language.md §8): one source, several element types."""
from pyir import TypeVar, f32, f64, i16, i32, i64, u8

T = TypeVar("T", f32, f64)
I = TypeVar("I", u8, i16, i32, i64)
S = TypeVar("S", int, float)


def total(a: T[:]) -> float:
    """Sum of a as float."""
    s = 0.0
    for x in a:
        s += float(x)
    return s


def scale(a: T[:], k: T) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


def axpy(x: T[::1], y: T[::1], k: float = 2.0) -> float:
    n = min(len(x), len(y))
    r = 0.0
    for i in range(n):
        r += k * float(x[i]) + float(y[i])
    return r


def count_odd(a: I[:, :]) -> int:
    c = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] % 2 != 0:
                c += 1
    return c


def twice(x: S) -> S:
    return x + x


def pair(a: T[:], b: I[:]) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return float(a[0]) - float(b[0])


def local(a: T[:]) -> float:
    m: T = a[0]
    for x in a:
        if x > m:
            m = x
    return float(m)


def caller(a: f64[:], b: f32[:]) -> float:
    scale(a, 2)
    return total(a) + total(b) + twice(3) + twice(0.25)
