"""Shifts by constant counts and floor divisions by powers of two."""


def halve(x: int) -> int:
    return x // 8


def shift(x: int) -> int:
    return x >> 3


def shift_by(x: int, n: int) -> int:
    return x >> n
