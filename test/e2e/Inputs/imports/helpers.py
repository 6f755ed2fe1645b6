"""Helpers of app.py, a sibling top-level module: a mixed module whose
compiled functions other compiled modules import (docs/language.md §10)."""
import pyir

LIMITS = {"lo": -5, "hi": 5}  # Python


@pyir.compile
def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@pyir.compile
def checked_div(a: int, b: int = 2) -> int:
    if b == 0:
        raise ValueError("b must not be zero")
    return a // b


@pyir.compile
def _private(x: int) -> int:
    return x


def describe() -> str:
    return "helpers with %d limits" % len(LIMITS)
