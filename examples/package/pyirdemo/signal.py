"""Moving averages (a whole PyIR module that imports from its sibling)."""
import math

import pyir
from pyir import f64

from .stats import mean


def moving_average(x: f64[:], k: int) -> f64[::1]:
    """The means of the len(x) - k + 1 windows of k elements.
    ValueError unless 1 <= k <= len(x)."""
    n = len(x)
    if k < 1 or k > n:
        raise ValueError("window must be between 1 and len(x)")
    out = pyir.empty(n - k + 1, f64)
    s = 0.0
    for i in range(k):
        s += x[i]
    out[0] = s / k
    for i in range(k, n):
        s += x[i] - x[i - k]
        out[i - k + 1] = s / k
    return out


def rms(x: f64[:]) -> float:
    """The root mean square, relative to the mean (the standard deviation)."""
    m = mean(x)
    total = 0.0
    for i in range(len(x)):
        d = x[i] - m
        total += d * d
    return math.sqrt(total / len(x))
