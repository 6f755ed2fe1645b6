"""Tuples holding views (language.md §11): returned, unpacked, bound to
tuple locals, chosen by conditional expressions, swapped in loops."""
from pyir import f64, i32
import pyir


def split(a: f64[:], k: int) -> tuple[f64[:], f64[:]]:
    return a[:k], a[k:]


def with_len(n: int) -> tuple[f64[::1], int]:
    r = pyir.zeros(n, f64)
    for i in range(n):
        r[i] = i * 0.5
    return r, n


def param_and_new(a: f64[:], n: int) -> tuple[int, f64[:], f64[::1]]:
    return len(a), a, pyir.empty(n, f64)


def swap_loop(a: f64[:], b: f64[:], n: int) -> float:
    s = 0.0
    for i in range(n):
        a, b = b, a
        s = s * 2.0 + a[0]
    return s


def slide(a: f64[:], b: f64[:], n: int) -> float:
    s = 0.0
    for i in range(n):
        a, b = b[1:], a[1:]
        s = s * 10.0 + a[0] + b[0]
    return s


def rotate3(a: f64[:], b: f64[:], c: f64[:], n: int) -> tuple[f64[:], f64[:], f64[:]]:
    for i in range(n):
        a, b, c = b, c, a
    return a, b, c


def use_split(a: f64[:], k: int) -> float:
    lo, hi = split(a, k)
    t = split(hi, 1)
    x, y = t
    return len(lo) * 100.0 + x[0] + len(y)


def split_loop(a: f64[:], n: int) -> float:
    s = 0.0
    for i in range(n):
        head, a = split(a, 1)
        s += head[0]
    return s + len(a)


def pick(a: f64[:], b: f64[:], c: bool) -> tuple[f64[:], int]:
    t = (a, 1) if c else (b[::-1], 2)
    return t


def tuple_local_loop(a: f64[:], n: int) -> tuple[f64[:], int]:
    t = (a, 0)
    for i in range(n):
        v, k = t
        t = (v[1:], k + 1)
    return t


def rebind_after_tuple(a: f64[:], n: int) -> float:
    t = (a[1:], 7)
    b, k = t
    a = pyir.zeros(n, f64)
    b2, k2 = t
    return b[0] + b2[0] + len(a) + k + k2


def written_through(a: f64[:], x: float) -> None:
    lo, hi = split(a, 1)
    hi[0] = x


def _mid(a: f64[:]) -> tuple[int, f64[:]]:
    return 3, a[1:-1]


def written_mid(a: f64[:], x: float) -> int:
    n, m = _mid(a)
    m[0] = x
    return n


def ints(n: int) -> tuple[i32[::1], i32[::1]]:
    a = pyir.empty(n, i32)
    b = pyir.zeros((n,), i32)
    for i in range(n):
        a[i] = i32(i)
        b[i] = i32(-i)
    return a, b


def raises_after(a: f64[:], k: int) -> tuple[f64[:], f64[:]]:
    lo, hi = split(a, k)
    if len(hi) == 0:
        raise ValueError("empty tail")
    return hi, lo


def annotated(a: f64[:, :], i: int) -> tuple[f64[:], float]:
    t: tuple[f64[:], float] = (a[i], a[i, 0])
    return t
