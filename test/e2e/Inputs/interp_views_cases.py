"""Differential cases for interp_views.py without NumPy."""
import array

MODULE = "interp_views.py"


def d(values):
    return lambda: array.array("d", values)


def mv(values):
    """A memoryview: slicing an array.array copies (language.md §12)."""
    return lambda: memoryview(array.array("d", values))


def q(values):
    return lambda: array.array("q", values)


def mk(*factories):
    return lambda: (tuple(f() if callable(f) else f for f in factories), {})


V = [1.5, -2.0, 0.25, 8.0, -0.0, 3.0, 7.0]
CASES = {
    "scale": [mk(d(V), 2.0), mk(d([]), 3.0), mk(d(V), float("nan")),
              mk(lambda: memoryview(array.array("d", V))[::2], -1.0),
              mk(lambda: memoryview(array.array("d", V))[::-3], 0.5)],
    "min_max": [mk(q([3, -7, 12, 0])), mk(q([5])), mk(q([])),
                mk(q([2**63 - 1, -2**63]))],
    "halves": [mk(mv(V)), mk(mv([])), mk(mv([1.0])),
               mk(lambda: memoryview(array.array("d", V))[1::2])],
    "every_other": [mk(mv(V), False), mk(mv(V), True), mk(mv([]), True),
                    mk(mv([4.0]), False), mk(mv([4.0, 5.0]), True),
                    mk(lambda: memoryview(array.array("d", V))[::-1], True)],
    "ramp": [mk(0), mk(1), mk(5), mk(-1)],
    "at": [mk(q([10, -20, 30]), i, k)
           for i in (0, 2, -1, -3, 3, -4) for k in (3, -7, 0)]
    + [mk(q([-2**63]), 0, -1)],
}

BAD = {
    "scale": [(mk([1.0], 2.0), TypeError,
               "scale() argument 'a' must be a buffer (f64[:]), not list"),
              (mk(lambda: bytes(8), 2.0), TypeError, "'a'")],
    "min_max": [(mk(d([1.0])), TypeError, "must be a buffer of i64")],
}
