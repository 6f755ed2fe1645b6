"""Differential cases for Inputs/nan_sign.py."""
import math

from harness import FLOATS

MODULE = "nan_sign.py"


def call(*args):
    return lambda: (args, {})


CASES = {
    "neg_plus": [call(x) for x in FLOATS],
    "neg_plus_sign": [call(x) for x in FLOATS if not math.isnan(x)],
    "neg_times": [call(x, y) for x in FLOATS for y in [1.0, -0.0, math.nan]],
}
