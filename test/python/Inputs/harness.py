"""Tiny assertion helpers for the pyir runtime tests (no pytest needed).

Every check raises AssertionError with a message naming the case, so a
failing test prints one meaningful line (plus traceback) and exits non-zero.
A passing test prints nothing unless PYIR_TEST_VERBOSE is set, in which case
it prints the number of checks it made.
"""

import math
import os
import struct
import sys

CHECKS = [0]


def _count():
    CHECKS[0] += 1


def fail(msg):
    raise AssertionError(msg)


def check(cond, msg):
    """Assert ``cond``; ``msg`` describes the case."""
    _count()
    if not cond:
        fail(msg)


def same_float(a, b):
    """Bitwise float identity: NaN equals NaN, 0.0 differs from -0.0."""
    if not (type(a) is float and type(b) is float):
        return False
    if a != a or b != b:
        return a != a and b != b
    return struct.pack("<d", a) == struct.pack("<d", b)


def check_float(got, want, what):
    """Assert ``got`` is a plain float bit-identical to ``want``."""
    _count()
    if not same_float(got, want):
        fail("%s = %r (%s), want %r" % (what, got, type(got).__name__, want))


def check_int(got, want, what):
    """Assert ``got`` is a plain int equal to ``want``."""
    _count()
    if type(got) is not int or got != want:
        fail("%s = %r (%s), want %r (int)"
             % (what, got, type(got).__name__, want))


def check_raises(exc, fn, what, match=None):
    """Assert ``fn()`` raises ``exc`` (and ``match`` is in its message)."""
    _count()
    try:
        result = fn()
    except exc as e:
        if match is not None and match not in str(e):
            fail("%s raised %s(%r); message should contain %r"
                 % (what, type(e).__name__, str(e), match))
        return e
    except BaseException as e:
        fail("%s raised %s(%r), want %s"
             % (what, type(e).__name__, str(e), exc.__name__))
    fail("%s returned %r, want %s" % (what, result, exc.__name__))


def try_numpy():
    """Return numpy if it imports (CPython with python3-numpy), else None."""
    try:
        import numpy
    except Exception:
        return None
    return numpy


def done(name):
    """Call at the end of a test: optionally report the number of checks."""
    if os.environ.get("PYIR_TEST_VERBOSE"):
        impl = sys.implementation.name
        print("%s [%s]: %d checks passed" % (name, impl, CHECKS[0]))


INF = math.inf
NAN = math.nan
