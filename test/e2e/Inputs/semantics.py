"""Language reference rules (§4, §5) on the types of §2."""
import math

from pyir import (f32, f64, i8, i16, i32, i64, u8, u16, u32, u64, boundscheck,
                  cdivision, nogil, overflowcheck, wraparound)


def f32_arith(x: f32, y: f32) -> tuple[f32, f32, f32, f32]:
    return f32(x + y), f32(x - y), f32(x * y), f32(x / y)


def f32_sum(a: f32[:]) -> float:
    s = f32(0)
    for v in a:
        s = f32(s + v)
    return s


def f32_scale(a: f32[::1], k: f32) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


def i8_ops(a: i8, b: i8) -> tuple[i8, i8, i8, i8]:
    return i8(a + b), i8(a - b), i8(a * b), i8(a ^ b)


def i16_ops(a: i16, b: i16) -> tuple[i16, i16, i16]:
    return i16(a + b), i16(a * b), i16(a & b)


def i32_ops(a: i32, b: i32) -> tuple[i32, i32, i32]:
    return i32(a + b), i32(a * b), i32(a | b)


def i64_ops(a: i64, b: i64) -> tuple[i64, i64]:
    return i64(a + b), i64(a * b)


def u8_ops(a: u8, b: u8) -> tuple[u8, u8, u8]:
    return u8(a + b), u8(a - b), u8(a * b)


def u16_ops(a: u16, b: u16) -> tuple[u16, u16]:
    return u16(a + b), u16(a - b)


def u32_ops(a: u32, b: u32) -> tuple[u32, u32]:
    return u32(a + b), u32(a * b)


def u64_ops(a: u64, b: u64) -> tuple[u64, u64]:
    return u64(a + b), u64(a - b)


def fixed_to_int(a: u64, b: i8, c: u8) -> tuple[int, int]:
    # int meeting a fixed width: widened exactly and checked.
    n = 0
    return n + a, n + b + c + c


def conversions(n: int) -> tuple[i8, i16, i32, i64, u8, u16, u32, u64]:
    return i8(n), i16(n), i32(n), i64(n), u8(n), u16(n), u32(n), u64(n)


def fconversions(x: float) -> tuple[i8, u8, u32, f32]:
    return i8(x), u8(x), u32(x), f32(x)


def shifts_fixed(a: i32, n: int) -> tuple[i32, i32]:
    return i32(a << n), i32(a >> n)


def bools(p: bool, q: bool) -> tuple[bool, bool, bool, bool]:
    return p and q, p or q, not p, p == q


def bool_of(n: int, x: float) -> tuple[bool, bool]:
    return bool(n), bool(x)


def sum_view(a: f64[:]) -> float:
    s = 0.0
    for x in a:
        s += x
    return s


def sum_ints(a: i64[:]) -> int:
    s = 0
    for x in a:
        s += x
    return s


def at3(a: f64[:, :, :], i: int, j: int, k: int) -> float:
    return a[i, j, k]


def at4(a: i32[:, :, :, :], i: int, j: int, k: int, m: int) -> int:
    return a[i, j, k, m]


def set3(a: f64[:, :, ::1], i: int, j: int, k: int, v: float) -> None:
    a[i, j, k] = v


def shape4(a: u8[:, :, :, :]) -> tuple[int, int, int, int, int]:
    return a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.ndim


def first_last(a: f64[:]) -> tuple[float, float]:
    return a[0], a[-1]


def math1(x: float) -> tuple[float, float, float, float, float, float]:
    return math.exp(x), math.expm1(x), math.log1p(x), math.log2(x), \
        math.log10(x), math.sin(x)


def math2(x: float) -> tuple[float, float, float, float, float, float]:
    return math.cos(x), math.tan(x), math.asin(x), math.acos(x), \
        math.atan(x), math.sinh(x)


def math3(x: float) -> tuple[float, float, int, int, float, bool]:
    return math.cosh(x), math.tanh(x), math.ceil(x), math.trunc(x), \
        math.fabs(x), math.isnan(x)


def math4(x: float, y: float) -> tuple[float, float, float, float, float]:
    return math.atan2(x, y), math.hypot(x, y), math.copysign(x, y), \
        math.fmod(x, y), math.pow(x, y)


def math5(x: float) -> tuple[bool, bool, float, float, float, float]:
    return math.isinf(x), math.isfinite(x), math.pi * x, math.e, math.tau, \
        math.inf


def rounding(x: float, n: int) -> tuple[int, float]:
    return round(x), round(x, n)


def minmax(x: float, y: float) -> tuple[float, float, float, float]:
    return min(x, y), max(x, y), min(y, x), max(y, x)


def minmax_int(a: int, b: int, c: int) -> tuple[int, int]:
    return min(a, b, c), max(a, b, c)


def abs_all(a: int, x: float) -> tuple[int, float]:
    return abs(a), abs(x)


def divmods(a: int, b: int) -> tuple[int, int, int, int]:
    q, r = divmod(a, b)
    return q, r, a // b, a % b


def fdivmods(x: float, y: float) -> tuple[float, float]:
    q, r = divmod(x, y)
    return q, r


def exact_cmp(n: int, x: float) -> tuple[bool, bool, bool, bool, bool, bool]:
    return n == x, n != x, n < x, n <= x, n > x, n >= x


def chained(a: int, b: int, c: int) -> bool:
    return a < b <= c


def int_pow(a: int, b: int) -> int:
    return pow(a, b)


def true_div(a: int, b: int) -> float:
    return a / b


@cdivision(True)
def cdiv(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


@overflowcheck(False)
def wrapping(a: int, b: int) -> tuple[int, int, int]:
    return a + b, a - b, a * b


@boundscheck(False)
@wraparound(False)
def unchecked(a: f64[:], i: int) -> float:
    return a[i]


@wraparound(False)
def no_wrap(a: f64[:], i: int) -> float:
    return a[i]


def _inner(x: int) -> int:
    if x > 10:
        raise ValueError("too big")
    return x * 3


def _middle(x: int) -> int:
    return _inner(x + 1) + 1


def nested(x: int) -> int:
    return _middle(x) * 2


def ranges(a: int, b: int, s: int) -> int:
    t = 0
    c = 0
    for i in range(a, b, s):
        t += i % 1000
        c += 1
        if c > 50:
            break
    return t


def loop_var(n: int) -> int:
    c = 0
    for i in range(n):
        i = i + 10
        c += 1
    return c


def while_else(n: int) -> int:
    k = 0
    while k < n:
        k += 1
        if k == 7:
            break
    else:
        k = -k
    return k


def augmented(a: int, b: int) -> int:
    x = a
    x += b
    x -= 1
    x *= 3
    x //= 2
    x %= 1000
    x **= 2
    x &= 0xFFFF
    x |= 1
    x ^= 5
    x <<= 2
    x >>= 1
    return x


def swap(a: float, b: float) -> tuple[float, float]:
    a, b = b, a
    return a, b


def cond_expr(n: int) -> int:
    return n if n > 0 else -n


def fw_mixed(a: u8, b: i16, x: f32) -> tuple[int, float]:
    return int(a + b), float(x + a)
