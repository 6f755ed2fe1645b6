"""Differential cases for interp_scalars.py."""
from harness import INTS, FLOATS

MODULE = "interp_scalars.py"


def mk(*args, **kwargs):
    return lambda: (args, kwargs)


SMALL = [0, 1, -1, 7, -7, 2**62, -2**63, 2**63 - 1]
CASES = {
    "add": [mk(a, b) for a in SMALL for b in SMALL] + [mk(True, 2)],
    "floor_divmod": [mk(a, b) for a in INTS for b in (3, -3, 1, -1, 0)],
    "root": [mk(x) for x in FLOATS] + [mk(x, check=False) for x in FLOATS]
    + [mk(4), mk(x=2.0)],
}

BAD = {
    "add": [(mk(1.5, 2), TypeError, "add() argument 'a' must be int, not "
             "float"),
            (mk(1), TypeError, "missing 1 required positional argument")],
    "root": [(mk("x"), TypeError, "root() argument 'x' must be float, not "
              "str")],
}
