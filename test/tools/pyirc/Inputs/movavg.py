# The kernel of test/tools/pyirc/annotate*.test: "checks" & <tags> that stay
# after optimisation, and those the optimiser or a directive removes.
import math
from pyir import boundscheck, cdivision, f64, i64, wraparound


def moving_average(x: f64[:], out: f64[:], k: int) -> None:
    s = 0.0
    for i in range(len(x)):
        s += x[i]
        if i >= k:
            s -= x[i - k]
        out[i] = s / k


def total(a: i64[::1]) -> int:
    t = 0
    for i in range(len(a)):
        t += a[i]
    return t


@boundscheck(False)
@wraparound(False)
def scale(a: f64[::1], c: float) -> None:
    for i in range(len(a)):
        a[i] = a[i] * c


def log_sum(a: f64[::1]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += math.log(a[i])
    return s


@cdivision(True)
def split(n: int, d: int) -> int:
    return n // d + n % 8
