"""The math functions of issue #13 item 6, with arguments as variables and
as constants (which the optimizer folds where the function is exact)."""
import math
from math import gcd, lcm


def erf(x: float) -> float:
    return math.erf(x)


def erfc(x: float) -> float:
    return math.erfc(x)


def gamma(x: float) -> float:
    return math.gamma(x)


def lgamma(x: float) -> float:
    return math.lgamma(x)


def acosh(x: float) -> float:
    return math.acosh(x)


def asinh(x: float) -> float:
    return math.asinh(x)


def atanh(x: float) -> float:
    return math.atanh(x)


def cbrt(x: float) -> float:
    return math.cbrt(x)


def exp2(x: float) -> float:
    return math.exp2(x)


def ldexp(x: float, i: int) -> float:
    return math.ldexp(x, i)


def frexp(x: float) -> tuple[float, int]:
    return math.frexp(x)


def modf(x: float) -> tuple[float, float]:
    return math.modf(x)


def isclose(a: float, b: float) -> bool:
    return math.isclose(a, b)


def isclose_tol(a: float, b: float, r: float, t: float) -> bool:
    return math.isclose(a, b, rel_tol=r, abs_tol=t)


def isclose_abs(a: float, b: float, t: float) -> bool:
    return math.isclose(a, b, abs_tol=t)


def gcd0() -> int:
    return gcd()


def gcd1(a: int) -> int:
    return gcd(a)


def gcd2(a: int, b: int) -> int:
    return gcd(a, b)


def gcd3(a: int, b: int, c: int) -> int:
    return math.gcd(a, b, c)


def lcm0() -> int:
    return lcm()


def lcm1(a: int) -> int:
    return lcm(a)


def lcm2(a: int, b: int) -> int:
    return math.lcm(a, b)


def lcm3(a: int, b: int, c: int) -> int:
    return math.lcm(a, b, c)


def factorial(n: int) -> int:
    return math.factorial(n)


def comb(n: int, k: int) -> int:
    return math.comb(n, k)


def perm(n: int, k: int) -> int:
    return math.perm(n, k)


def perm1(n: int) -> int:
    return math.perm(n)


def isqrt(n: int) -> int:
    return math.isqrt(n)


def mixed(flag: bool, x: float) -> float:
    # bool and int arguments of float and int parameters.
    return math.ldexp(flag, flag) + math.gcd(flag, 4) + math.factorial(flag) \
        + math.gamma(3) + math.erf(flag) + x


def constants() -> float:
    # Every function on constant arguments: the exact ones fold.
    m, e = math.frexp(48.0)
    f, i = math.modf(-2.75)
    s = math.erf(0.5) + math.erfc(0.5) + math.gamma(4.5) + math.lgamma(7.25)
    s += math.acosh(2.0) + math.asinh(-1.5) + math.atanh(0.25)
    s += math.cbrt(27.5) + math.exp2(-3.5) + math.ldexp(3.0, -1070)
    s += m + e + f + i
    s += math.gcd(12, 18, -8) + math.lcm(4, 6, 10) + math.factorial(20) / 1e18
    s += math.comb(60, 30) + math.perm(20, 10) + math.perm(12) + math.isqrt(2**62 + 12345)
    if math.isclose(1.0, 1.0 + 1e-10) and not math.isclose(1.0, 1.1, rel_tol=0.05):
        s += 1.0
    return s


def constant_errors(which: int) -> float:
    # Constant arguments that raise: never folded away.
    if which == 0:
        return math.gamma(0.0)
    if which == 1:
        return math.lgamma(-3.0)
    if which == 2:
        return math.acosh(0.5)
    if which == 3:
        return math.atanh(1.0)
    if which == 4:
        return math.exp2(1024.0)
    if which == 5:
        return math.ldexp(1.0, 1024)
    if which == 6:
        return float(math.factorial(-1))
    if which == 7:
        return float(math.factorial(21))
    if which == 8:
        return float(math.comb(-1, 2))
    if which == 9:
        return float(math.comb(5, -2))
    if which == 10:
        return float(math.perm(-3))
    if which == 11:
        return float(math.isqrt(-4))
    if which == 12:
        return float(math.isclose(1.0, 2.0, rel_tol=-0.5))
    if which == 13:
        return float(math.gcd(-2**63, 0))
    if which == 14:
        return float(math.lcm(2**40, 2**40 + 1))
    if which == 15:
        return float(math.comb(100, 50))
    return 0.0
