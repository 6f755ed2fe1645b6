"""Statistics over float64 views (a whole PyIR module)."""
import pyir
from pyir import f64, i64


def mean(x: f64[:]) -> float:
    """The arithmetic mean; ZeroDivisionError for an empty x."""
    total = 0.0
    for i in range(len(x)):
        total += x[i]
    return total / len(x)


def clip_count(x: f64[:], lo: float, hi: float) -> int:
    """How many elements lie outside [lo, hi]."""
    outside = 0
    for i in range(len(x)):
        if x[i] < lo or x[i] > hi:
            outside += 1
    return outside


def histogram(x: f64[:], lo: float, hi: float, bins: int) -> i64[::1]:
    """Counts of x in `bins` equal bins over [lo, hi); values outside are
    not counted. ValueError unless bins > 0 and lo < hi."""
    if bins <= 0:
        raise ValueError("bins must be positive")
    if not lo < hi:
        raise ValueError("lo must be below hi")
    counts = pyir.zeros(bins, i64)
    scale = bins / (hi - lo)
    for i in range(len(x)):
        v = x[i]
        if lo <= v and v < hi:
            b = int((v - lo) * scale)
            if b >= bins:
                b = bins - 1
            counts[b] += 1
    return counts

