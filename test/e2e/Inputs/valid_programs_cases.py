"""Differential cases for Inputs/valid_programs.py."""
import array
from harness import INTS

MODULE = "valid_programs.py"


def call(*args, **kwargs):
    return lambda: (args, kwargs)


U64 = [0, 1, 2, 3, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**63 + 1,
       0x9E3779B97F4A7C15, 2**64 - 2, 2**64 - 1]

CASES = {
    "sign": [call(n) for n in INTS],
    "magnitude": [call(x) for x in [0.0, -0.0, 1.5, -1.5, float("inf"),
                                    float("-inf"), float("nan")]],
    "next_multiple": [call(n, k) for n in [-7, 0, 5, 12] for k in [1, 3, 7]],
    "spin": [call(n) for n in [-5, 0, 10, 11, 2**40]],
    "find": [call(n, k) for n in [0, 3, 10] for k in [-1, 0, 2, 9]],
    "positive": [call(n) for n in [-2, 0, 5]],
    "nonnegative": [call(n) for n in [-2, 0, 5]],
    "mix": [call(x) for x in U64],
    "wide_ops": [call(x) for x in U64],
    "at_most": [call(x) for x in U64],
    "wide_compare": [call(x) for x in U64],
    "is_min": [call(x) for x in [-128, -127, 0, 127]],
    "above": [call(x) for x in [-128, -127, 0, 126, 127]],
    "aug": [call(y) for y in [0, 1, 2**31, 2**32 - 1]],
    "seed": [call(), call(5), call(x=2**64 - 1)],
    "constants": [call()],
    "unary_bool": [call(True), call(False)],
    "pair": [call(0), call(255)],
    "wide_pair": [call(x) for x in U64],
    "unpack": [call(0), call(55), call(56), call(255)],
    "choose": [call(x, c) for x in [0, 7, 255] for c in [True, False]],
    "tuple_flow": [call(c, n) for c in [True, False] for n in [0, 1, 4]],
    "ones": [call(n) for n in [0, 1, 6, 255, 2**62 + 5]],
    "tuple_after_loop": [call(d) for d in [0, 1, 3]],
    "u64_over_one": [call(x) for x in U64],
    "early_returns_in_loop": [
        (lambda n, x: lambda: ((array.array("i", range(n)), x), {}))(n, x)
        for n in [0, 1, 3, 5] for x in [0.0, 1.0]],
    "return_expr_in_loop": [call(p) for p in [0, 1, 2, 255]],
    "floor_of_bool": [call(b) for b in [False, True]],
    "view_after_return": [(lambda: ((array.array("d", [1.5]),), {}))],
    "store_joined_i8": [(lambda c: lambda: ((array.array("b", [5, 6]), c),
                                            {}))(c) for c in [0, 2]],
}

CONSTANTS = ["K", "P", "Q", "R", "FQ", "FR", "NEGZERO", "SH", "BITS", "HALF",
             "WIDE", "CMP", "NOT_CMP", "EXACT", "ABS", "MAX", "TRUNC", "FLT",
             "POW", "COND", "ANY", "GOLDEN", "SMALL"]
