"""Kernels for the JIT export tests: scalars, fixed width, f32, views."""
import math

from pyir import f32, f64, i32, i64, u8, u64


def clip_fma(a: float, x: float, y: float) -> float:
    """clamp(a*x + y, 0, 1e6), not fused."""
    r = a * x + y
    if r < 0.0:
        return 0.0
    if r > 1e6:
        return 1e6
    return r


def iadd3(a: int, b: int, c: int) -> int:
    return a + b * c


def fdivmod(x: float, y: float) -> tuple[float, float]:
    return x // y, x % y


def idivmod(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def wrap32(a: i32, b: i32) -> i32:
    return a * b + 7


def mix8(a: u8, b: u8) -> u8:
    return (a << 3) ^ (b - a)


def big(a: u64, b: u64) -> u64:
    return a * b + 1


def half(x: f32, y: f32) -> f32:
    return x * y + f32(0.1)


def to_f32(n: int) -> f32:
    return f32(n)


def conv(x: float) -> int:
    return int(x) + round(x)


def special(x: float, n: int) -> float:
    """Dialect 1.3's math: the new functions and their int operands."""
    c = math.comb(40, n % 41) + math.factorial(n % 21) + math.gcd(n, 12)
    near = 1.0 if math.isclose(x, 1.0, rel_tol=1e-3) else 0.0
    return math.gamma(x) + math.erf(x) + math.ldexp(x, n) + float(c) + near


def hyp(x: float, y: float) -> float:
    return math.hypot(x, y) + math.copysign(1.0, x) + max(x, y)


def checked(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    assert n != 13, "unlucky"
    return n << 2


def norm(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[i]
    return math.sqrt(s)


def axpy(a: float, x: f64[:], y: f64[:]) -> None:
    for i in range(len(x)):
        y[i] = a * x[i] + y[i]


def total(a: i64[:, :]) -> int:
    t = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            t += a[i, j]
    return t


def at(a: u8[::1], i: int) -> int:
    return a[i]


def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
