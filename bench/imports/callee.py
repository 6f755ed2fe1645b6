"""The helper, in a module of its own (bench/imports.py)."""


def mix(x: int, k: int) -> int:
    if x & 1:
        return x * k
    return x + k
