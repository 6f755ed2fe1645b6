"""The sign of a NaN made by arithmetic is not part of the differential
rule (docs/language.md §4): at -O2 GCC turns `(-x) + x` into `x - x`, whose
NaN has the other sign. A NaN stays a NaN, and everything else keeps its
bits (the signed zeros below)."""
import math


def neg_plus(x: float) -> float:
    return (-x) + x


def neg_plus_sign(x: float) -> float:
    # The sign is observable through copysign: ±1.0 for a NaN, accepted.
    return math.copysign(1.0, (-x) + x)


def neg_times(x: float, y: float) -> float:
    return (-x) * y
