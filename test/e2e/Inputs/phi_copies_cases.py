"""Differential cases for Inputs/phi_copies.py."""
import array

MODULE = "phi_copies.py"


def call(*args):
    return lambda: (args, {})


CASES = {
    "swap_loop": [call(n) for n in range(5)],
    "rotate": [call(n) for n in range(5)],
    "last_index": [call(n) for n in range(5)],
    "last_index_break": [call(n, s) for n in range(5) for s in [-1, 1]],
    "fib_pair": [call(n) for n in [0, 1, 2, 10, 50]],
    "float_swap_step": [call(n) for n in [1, 3, 5, 12]],
    "last_index_in_else": [
        (lambda n: lambda: ((array.array("q", [7, 8, 9]), n), {}))(n)
        for n in range(4)
    ],
}
