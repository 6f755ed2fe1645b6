"""Differential cases for Inputs/signed_zero.py."""
MODULE = "signed_zero.py"

NUMBERS = [0, 1, -1, 3, -3, 65535]


def call(*args):
    return lambda: (args, {})


CASES = {
    "zero_minus_int": [call(n) for n in NUMBERS],
    "zero_plus_negated": [call(n) for n in NUMBERS],
    "negated_plus_zero": [call(n) for n in NUMBERS],
    "zero_minus_f32": [call(n) for n in NUMBERS],
    "zero_minus_u16": [call(b) for b in (False, True)],
    "zero_minus_scaled": [call(n, k) for n in NUMBERS
                          for k in (1.0, -1.0, 0.5, 0.0, -0.0)],
}
