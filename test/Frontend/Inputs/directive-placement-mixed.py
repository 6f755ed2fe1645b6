"""A mixed module: the Python parts are not compiled, but a '# pyir:'
comment there is misplaced as anywhere (docs/language.md §5), an error
rather than ignored; the one in the first column at module level applies to
the compiled function."""
import pyir
from pyir import f64


class Helper:
    # pyir: boundscheck=False
# MIXED: directive-placement-mixed.py:[[@LINE-1]]:5: error: a '# pyir:' directive comment applies to the module
    def go(self):
        return [1,
# pyir: wraparound=False
                2]
# MIXED: directive-placement-mixed.py:[[@LINE-2]]:1: error: a '# pyir:' directive comment applies to the module


def python_only(x):
# pyir: cdivision=True
    return x  # pyir: nogil=True
# MIXED: directive-placement-mixed.py:[[@LINE-2]]:1: error: a '# pyir:' directive comment applies to the module
# MIXED: directive-placement-mixed.py:[[@LINE-2]]:15: error: a '# pyir:' directive comment applies to the module


# pyir: boundscheck=False
@pyir.compile
def first(a: f64[:], i: int) -> float:
    return a[i]


TEXT = """
    # pyir: not a comment, a string
"""
# MIXED-NOT: error
