"""Features of the CPython backend, checked against the interpreter."""
import math

from pyir import f64, i32, u8, i64

N = 64
SCALE = 0.5
BIG = -9223372036854775808
FLAG = True


def arith(a: int, b: int) -> tuple[int, int, int, int, int]:
    """Checked int arithmetic and floor semantics."""
    return a + b, a - b, a * b, a // b, a % b


def fdiv(x: float, y: float) -> tuple[float, float, float]:
    return x / y, x // y, x % y


def fpow(x: float, y: float) -> float:
    return x ** y


def ipow(a: int, b: int) -> int:
    return a ** b


def shifts(a: int, n: int) -> tuple[int, int]:
    return a << n, a >> n


def cmp_mixed(n: int, x: float) -> tuple[bool, bool, bool]:
    return n < x, n == x, x >= n


def conv(x: float) -> tuple[int, int, float]:
    return int(x), round(x), round(x, 2)


def maths(x: float) -> tuple[float, float, int]:
    return math.sqrt(x), math.log(x), math.floor(x)


def fw(a: i32, b: i32) -> i32:
    return a * b + 1


def _twice(x: int) -> int:
    return x * 2


def calls(x: int, y: int = 3, flag: bool = False) -> int:
    if flag:
        return _twice(x) + y
    return x - y


def checked(n: int) -> int:
    assert n != 13, "unlucky"
    if n > 100:
        raise OverflowError("too big")
    return _twice(n)


def total(a: u8[:]) -> int:
    t = 0
    for i in range(len(a)):
        t += a[i]
    return t


def at(a: f64[:, :], i: int, j: int) -> float:
    return a[i, j]


def fill(a: f64[:, ::1], v: float) -> None:
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = v * i + j


def last(a: i64[:]) -> int:
    return a[-1]
