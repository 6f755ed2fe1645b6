"""Differential cases for Inputs/check_order.py: inputs where two checks
fail, so that the first one in CPython's order must win."""
import array

MODULE = "check_order.py"


def arr(*values):
    return array.array("q", values)


def call(make, *rest):
    """A factory calling with fresh buffers: make() gives the views."""
    return lambda: (tuple(make()) + rest, {})


A = lambda: [arr(1, 2, 3, 4, 5)]            # noqa: E731
AB = lambda: [arr(1, 2, 3), arr(7, 8)]      # noqa: E731
IDX = [0, 2, 4, 5, -1, -5, -6, 100]

CASES = {
    "assert_then_index": [call(A, i) for i in IDX],
    "index_in_assert": [call(A, i) for i in IDX]
    + [call(lambda: [arr(0, -1)], i) for i in [0, 1, 2]],
    "assert_in_loop": [call(A, n) for n in [0, 3, 4, 5, 6, 9]]
    + [call(lambda: [arr(1, 2)], n) for n in [3, 5]],
    "index_then_assert_in_loop": [call(A, n) for n in [0, 5, 6]]
    + [call(lambda: [arr(50, 60)], n) for n in [1, 2, 3]],
    "store_order": [call(A, i, d) for i in [0, 7, -9] for d in [0, 2]],
    "aug_order": [call(A, i, d) for i in [0, 7, -9] for d in [0, 2]],
    "multi_target": [call(AB, i, j, 9) for i in [0, 3] for j in [1, 2]],
    "swap": [call(A, i, j) for i in [0, 9] for j in [4, 5]],
    "ifexp": [call(AB, i, j, c) for i in [0, 5] for j in [1, 5]
              for c in [True, False]],
    "args": [call(A, i, d, j) for i in [0, 9] for d in [0, 1] for j in [1, 9]],
    "kwargs": [call(A, i, d, j) for i in [0, 9] for d in [0, 1]
               for j in [1, 9]],
    "chained": [call(lambda: [arr(3, 1, 2)], i, j, k)
                for i in [0, 1, 9] for j in [1, 2, 9] for k in [0, 2, 9]],
    "binop": [call(A, i, d) for i in [0, 9] for d in [0, 3]],
    "binop_rev": [call(A, i, d) for i in [0, 9] for d in [0, 3]],
    "shortcircuit": [call(lambda: [arr(-9, 1, 0)], i, j)
                     for i in [0, 1, 2, 9] for j in [0, 1, 9]],
    "range_bounds": [call(A, i, s) for i in [0, 9] for s in [0, 1, -1, 3]],
    "math_then_index": [(lambda x, i: lambda: ((x, arr(1, 2), i), {}))(x, i)
                        for x in [-1.0, 4.0] for i in [0, 9]],
    "conversion_then_index": [
        (lambda x, i: lambda: ((x, arr(1, 2), i), {}))(x, i)
        for x in [2.5, float("nan"), float("inf")] for i in [0, 9]],
    "loop_store_then_assert": [call(lambda: [arr(0, 0, 0)], n)
                               for n in [0, 2, 3, 4]],
    "while_index_assert": [call(lambda: [arr(1, 2, 3, 4)], n)
                           for n in [0, 2, 3, 5]]
    + [call(lambda: [arr(1, 2)], n) for n in [2, 3]],
}
