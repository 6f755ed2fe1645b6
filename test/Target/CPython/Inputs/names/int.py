"""A module whose name and function names are those of runtime functions
(pyir_int_add, pyir_int_mul)."""


def add(a: int, b: int) -> int:
    return a + b


def mul(a: float, b: float) -> float:
    return a * b
