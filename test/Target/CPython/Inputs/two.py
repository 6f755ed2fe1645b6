"""Module two."""


def twice(x: float) -> float:
    y = x * 2.0
    return y
