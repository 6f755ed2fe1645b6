"""The same loop calling the helper of its own module and an imported one."""
from callee import mix


def _mix_here(x: int, k: int) -> int:
    if x & 1:
        return x * k
    return x + k


def loop_local(n: int) -> int:
    s = 0
    for i in range(n):
        s += _mix_here(i % 1000, 3)
    return s


def loop_imported(n: int) -> int:
    s = 0
    for i in range(n):
        s += mix(i % 1000, 3)
    return s
