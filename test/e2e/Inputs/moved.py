"""A module whose tracebacks must follow it when its directory moves."""


def checked_div(a: int, b: int) -> int:
    return a // b
