"""View, fixed-width, division and conversion kernels for tier 1
(irbuilder) of pyir.jit.numba."""
import math

from pyir import (boundscheck, cdivision, f32, f64, i8, i16, i32, i64, u8,
                  u16, u32, u64, wraparound)


def dot(x: f64[:], y: f64[:]) -> float:
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s


def saxpy(a: float, x: f64[::1], y: f64[::1]) -> None:
    for i in range(len(x)):
        y[i] = a * x[i] + y[i]


def at2(a: f64[:, :], i: int, j: int) -> float:
    return a[i, j]


@wraparound(False)
def at_nowrap(a: f64[:], i: int) -> float:
    return a[i]


@boundscheck(False)
def at_wraponly(a: f64[:], i: int) -> float:
    return a[i]


def put(a: i16[:], i: int, v: i16) -> None:
    a[i] = v


def fnv1a(data: u8[:]) -> u32:
    h = u32(2166136261)
    for i in range(len(data)):
        h = (h ^ u32(data[i])) * u32(16777619)
    return h


def mix64(a: i64[:], k: i64) -> i64:
    h = i64(0)
    for i in range(len(a)):
        h = (h ^ a[i]) * k + (h >> i64(7)) - (h << i64(3))
    return h


def floordiv_sum(a: i64[:], d: int) -> int:
    s = 0
    for i in range(len(a)):
        s += int(a[i]) // d + int(a[i]) % d
    return s


def fdiv_map(x: f64[:], y: f64[:], q: f64[:], r: f64[:]) -> None:
    for i in range(len(x)):
        q[i] = x[i] // y[i]
        r[i] = x[i] % y[i]


def f32_divmod(x: f32, y: f32) -> tuple[f32, f32]:
    return x // y, x % y


def i8_divmod(a: i8, b: i8) -> tuple[i8, i8]:
    return a // b, a % b


def u16_divmod(a: u16, b: u16) -> tuple[u16, u16]:
    return a // b, a % b


@cdivision(True)
def cdiv32(a: i32, b: i32) -> tuple[i32, i32]:
    return a // b, a % b


def _sq(x: float) -> float:
    return x * x


def sumsq(a: f64[:]) -> float:
    s = 0.0
    for v in a:
        s += _sq(v)
    return s


def _total(a: f64[::1], start: int) -> float:
    s = 0.0
    for i in range(start, len(a)):
        s += a[i]
    return s


def total_c(a: f64[::1], b: f64[:, ::1]) -> float:
    return _total(a, 1) + b[-1, -1]



def fixed_pow(a: u8, b: u8, c: i16, d: i16) -> tuple[u8, i16]:
    return a ** b, c ** d


def f32_pow(x: f32, y: f32) -> f32:
    return x ** y


def float_pow(x: float, y: float) -> float:
    return x ** y


def bits16(a: u16, n: u16, b: i8,
           m: i8) -> tuple[u16, u16, i8, i8, u16, i8, i8]:
    return a << n, a >> n, b << m, b >> m, ~a, abs(b), -b


def mixed_cmp(u: u64, n: int, x: float,
              f: f32) -> tuple[bool, bool, bool, bool, bool, bool]:
    return u < n, n <= u, u == x, x > u, f < n, u != f


def f32_math(x: f32) -> tuple[f32, f32, int, f32]:
    return f32(math.sqrt(x)), f32(math.exp(x)), math.floor(x), \
        f32(math.atan2(x, f32(1.5)))


def conv2(b: bool, n: int, u: u64) -> tuple[float, f32, f32, float, u8, i8]:
    return float(b), f32(n), f32(u), float(u), u8(u), i8(u)
