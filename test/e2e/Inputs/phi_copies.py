"""Block arguments assigned in parallel (found while testing issue #10):
the values a branch passes to its target's arguments must all be read
before any is written, as in `a, b = b, a` around a loop, or the loop
variable of `for j in range(n)` read after the loop (the back edge passes
the counter, the header's own argument, after folding start + k*step)."""
from pyir import i64


def swap_loop(n: int) -> int:
    a = 1
    b = 2
    i = 0
    while i < n:
        a, b = b, a
        i += 1
    return a * 10 + b


def rotate(n: int) -> int:
    a = 1
    b = 2
    c = 3
    for i in range(n):
        a, b, c = b, c, a
    return a * 100 + b * 10 + c


def last_index(n: int) -> int:
    j = -1
    for j in range(n):
        pass
    return j


def last_index_break(n: int, stop: int) -> int:
    j = -1
    for j in range(n):
        if j == stop:
            break
    return j


def fib_pair(n: int) -> tuple[int, int]:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a, b


def float_swap_step(n: int) -> float:
    # Reduced from a random program (fuzz seed 11000033).
    x = 0.0
    y = 0.5
    for k in range(12, 0, -n):
        y, x = x, (0.5 * 0.5 + x)
    return y


def last_index_in_else(a: i64[:], n: int) -> int:
    # Reduced from a random program (fuzz seed 31000093): the loop's else
    # stores through the loop variable.
    k = 0
    for k in range(n):
        pass
    else:
        a[k] = 1
    return k
