"""Differential cases for Inputs/float_to_int.py."""
import math

MODULE = "float_to_int.py"

EDGES = [0.0, -0.0, 1.5, -1.5, 2.0**63, -2.0**63,
         math.nextafter(2.0**63, 0), math.nextafter(-2.0**63, 0),
         math.nextafter(-2.0**63, -math.inf), 2.0**64, -2.0**64, 1e308,
         -1e308, math.inf, -math.inf, math.nan]


def call(*args):
    return lambda: (args, {})


CASES = {
    "u64_of_constant": [call()],
    "u64_of": [call(x) for x in EDGES],
    "i64_of": [call(x) for x in EDGES],
    "int_of": [call(x) for x in EDGES],
    "int_of_constant": [call(k) for k in range(4)],
}
