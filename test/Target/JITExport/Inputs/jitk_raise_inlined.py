"""A callee that always raises, inlined into a caller whose code after the
call is then never run: tier 1 once looked up values of those dead ops and
failed in Numba's lowering (KeyError; found by the differential fuzzer,
seed 10400031201)."""
import math

from pyir import f32, u8


def _fail() -> float:
    raise TypeError("always")


def after_raise(p: u8) -> int:
    v = f32(p)
    if _fail() >= f32(f32(1.0) / v) > 0.5:
        return 1
    return 0


def _check(x: float) -> float:
    if x < 0.0:
        raise ValueError("negative")
    return math.sqrt(x)


def raise_or_root(x: float) -> float:
    return _check(x) + 1.0
