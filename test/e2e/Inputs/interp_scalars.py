"""Scalars, tuples and exceptions, without views: what the limited API of
Python 3.10 builds (interpreters/abi3-3.10.test)."""


def add(a: int, b: int) -> int:
    """a + b (OverflowError outside int64: language.md §2)."""
    return a + b


def floor_divmod(a: int, b: int) -> tuple[int, int]:
    """(a // b, a % b): ZeroDivisionError for b == 0."""
    return a // b, a % b


def root(x: float, check: bool = True) -> float:
    """The square root; ValueError for a negative x when checked."""
    if check and x < 0.0:
        raise ValueError("root() of a negative number")
    return x ** 0.5
