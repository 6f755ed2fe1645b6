"""Directives that are not at module level: errors, never ignored."""
from pyir import f64

N = (1 +
# pyir: boundscheck=False
     2)
# BAD: directive-placement-bad.py:[[@LINE-2]]:1: error: a '# pyir:' directive comment applies to the module
    # pyir: boundscheck=False
# BAD: directive-placement-bad.py:[[@LINE-1]]:5: error: a '# pyir:' directive comment applies to the module


def f(a: f64[:], i: int) -> float:
# pyir: boundscheck=False
    return a[i]
# BAD: directive-placement-bad.py:[[@LINE-2]]:1: error: a '# pyir:' directive comment applies to the module
