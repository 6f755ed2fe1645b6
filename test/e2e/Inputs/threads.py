"""nogil: the GIL is released around the core call."""
from pyir import nogil


@nogil
def spin(n: int) -> int:
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    return x


def spin_gil(n: int) -> int:
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    return x


@nogil
def fails(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return n
