"""A contiguous view passed where a strided one is expected: the call
converts the view type (builtin.unrealized_conversion_cast; the Python
reference once lacked it and the export had no _ref.py: found by the
differential fuzzer, issue #10)."""
from pyir import f64


def _total(a: f64[:], start: int) -> float:
    s = 0.0
    for i in range(start, len(a)):
        s += a[i]
    return s


def _last(m: f64[:, :]) -> float:
    return m[-1, -1]


def total_c(a: f64[::1], m: f64[:, ::1]) -> float:
    return _total(a, 1) + _last(m)
