"""Sums with a zero whose sign the interpreter keeps: 0.0 - 0.0 and
0.0 + -0.0 are +0.0. GCC 12's GENERIC folder rewrites `0.0 - (double)n`
and `0.0 + -(double)n` to `-(double)n` (-0.0 for n == 0) at every -O level
unless -frounding-math is given (PYIR_C_SEMANTIC_FLAGS); the C printer
builds exactly such trees from single-use values. Found by the
differential campaign (seed 10900)."""
from pyir import f32, u16


def zero_minus_int(n: int) -> float:
    return 0.0 - float(n)


def zero_plus_negated(n: int) -> float:
    return 0.0 + -float(n)


def negated_plus_zero(n: int) -> float:
    return -float(n) + 0.0


def zero_minus_f32(n: int) -> f32:
    return f32(f32(0.0) - f32(n))


def zero_minus_u16(b: bool) -> f32:
    # The campaign's reduced program.
    v = u16(b)
    return f32(f32(0.0) - f32(v))


def zero_minus_scaled(n: int, k: float) -> float:
    # The folder sees through the product too.
    return 0.0 - float(n) * k
