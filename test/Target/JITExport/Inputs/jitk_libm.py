"""libm calls in tier 1 are libm's (fuzz finding, issue #10): LLVM turned
the llvm.pow intrinsic into sqrt(x) for an exponent of 0.5, one ulp from
libm's pow (and from CPython) at tan(pi/4) = 0.9999999999999999."""
import math


def pow_half(x: float) -> float:
    return math.tan(math.atan2(x, x)) ** 0.5


def math_pow_half(x: float) -> float:
    return math.pow(math.tan(math.atan2(x, x)), 0.5)
