"""Cases for Inputs/flow.py: every branch and loop exit of each function,
with empty, short and NaN inputs and the int64 edges."""
import numpy as np

MODULE = "flow.py"

I64_MIN, I64_MAX = -2**63, 2**63 - 1
FLOATS = [0.0, -0.0, 1.0, -1.0, 2.5, 1e308, 5e-324, float("inf"),
          float("-inf"), float("nan")]


def call(*args):
    return lambda: (args, {})


def f64(values):
    return lambda: np.array(values, dtype=np.float64)


def i64(values):
    return lambda: np.array(values, dtype=np.int64)


def with_view(make, *rest):
    return lambda: ((make(),) + rest, {})


VIEWS = [[], [1.0], [3.0, -2.0, 5.0], [2.0, 4.0, float("nan"), -0.0, -1.0],
         [0.5] * 9]

CASES = {
    "sign": [call(x) for x in FLOATS],
    "absdiff": [call(a, b) for a in [0, 5, -7, I64_MAX, I64_MIN]
                for b in [0, 3, -1, I64_MAX]],
    "sum_to": [call(n) for n in [-3, 0, 1, 10, 1000]],
    "find": [with_view(f64(v), x) for v in VIEWS
             for x in [0.5, -2.0, 5.0, float("nan"), -0.0]],
    "first_negative": [with_view(f64(v)) for v in VIEWS],
    "count_below": [with_view(f64(v), lim) for v in VIEWS
                    for lim in [0.0, 3.5, 6.0, float("inf"),
                                float("nan")]],
    "odd_sum": [call(n) for n in [-1, 0, 1, 2, 11, 1000]],
    "pairs_below": [with_view(i64(v), t)
                    for v in [[], [1], [1, 2, 3, 4], [5, -3, 2, 8, 0],
                              [I64_MAX, 1, I64_MIN]]
                    for t in [0, 4, 7, 100, I64_MIN]],
    "search": [with_view(i64(v), x) for v in [[], [3], [1, 2, 3, 2]]
               for x in [2, 3, 0]],
    "steps": [call(n, lim) for n in [1, 2, 3, 6, 27, 0, -4]
              for lim in [0, 5, 200]]
    + [call(I64_MAX, 0)],
    "strided": [call(n, s) for n in [0, 1, 10, -5, 100]
                for s in [1, 2, 3, -1, -4, 0]],
    "classify": [call(x, y) for x in FLOATS[:6] + [float("nan")]
                 for y in [1.0, -1.0, 0.0, float("nan")]],
    "copy_back": [call(x, y) for x in [-3, -1, 0, 2, 7]
                  for y in [0, 1, 5, -8]],
}
