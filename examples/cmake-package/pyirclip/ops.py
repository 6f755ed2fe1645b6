"""Clipping (a whole PyIR module)."""
from pyir import f64


def clip(x: f64[:], lo: float, hi: float) -> int:
    """Clips x to [lo, hi] in place; returns how many elements changed.
    ValueError if lo > hi."""
    if lo > hi:
        raise ValueError("lo must not exceed hi")
    changed = 0
    for i in range(len(x)):
        if x[i] < lo:
            x[i] = lo
            changed += 1
        elif x[i] > hi:
            x[i] = hi
            changed += 1
    return changed
