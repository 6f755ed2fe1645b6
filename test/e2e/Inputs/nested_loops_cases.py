"""Differential cases for Inputs/nested_loops.py."""
MODULE = "nested_loops.py"

ARGS = [(n, m) for n in [0, 1, 2, 3, 5, 8] for m in [0, 1, 4, 9]]


def call(*args):
    return lambda: (args, {})


CASES = {name: [call(n, m) for n, m in ARGS]
         for name in ['reduced', 'generated_3', 'generated_7', 'generated_11', 'generated_19', 'generated_41']}
