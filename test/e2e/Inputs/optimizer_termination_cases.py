"""Differential cases for Inputs/optimizer_termination.py."""

MODULE = "optimizer_termination.py"


def call(*args):
    return lambda: (args, {})


CASES = {
    "issue6_f1": [call(x, y) for x in [0, 7, -3] for y in [0, 5, 66]],
    "dead_counted_loop": [call(n) for n in [0, -1, 2**62]],
    "dead_cycle": [call(n) for n in [0, 41, 2**63 - 1]],
    "climb": [call(n, d) for n in [0, 2**63 - 3] for d in [0, 1, 5]],
    "climb_loop": [call(n, d) for n in [0, 10] for d in [0, 4]],
    "nested_dead": [call(x) for x in [0, 3, 6]],
    "dead_while_in_loop": [call(n) for n in [0, 1, 5]],
}
