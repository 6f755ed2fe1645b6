"""Differential cases for Inputs/phi_copies.py."""
MODULE = "phi_copies.py"


def call(*args):
    return lambda: (args, {})


CASES = {
    "swap_loop": [call(n) for n in range(5)],
    "rotate": [call(n) for n in range(5)],
    "last_index": [call(n) for n in range(5)],
    "last_index_break": [call(n, s) for n in range(5) for s in [-1, 1]],
}
