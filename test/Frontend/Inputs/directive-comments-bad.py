"""Directive comments that cannot be honoured are errors, never ignored."""
from pyir import f64

# pyir: boundscheck=False


def f(a: f64[:], i: int) -> float:
    # pyir: wraparound=False
    x = a[i]  # pyir: cdivision=True
# pyir: nogil=True
    return x
# BAD: directive-comments-bad.py:8:5: error: a '# pyir:' directive comment applies to the module and must be on a line of its own, in the first column, outside functions; for one function, use a decorator such as @boundscheck(False)
# BAD: directive-comments-bad.py:9:15: error: a '# pyir:' directive comment applies to the module
# BAD: directive-comments-bad.py:10:1: error: a '# pyir:' directive comment applies to the module
# pyir: boundscheck=True
# BAD: directive-comments-bad.py:[[@LINE-1]]:9: error: module directive 'boundscheck' contradicts an earlier one
# BAD: directive-comments-bad.py:4:9: note: 'boundscheck' is set here
# pyir:
# BAD: directive-comments-bad.py:[[@LINE-1]]:1: error: '# pyir:' lists directives, e.g. '# pyir: boundscheck=False, wraparound=False'
# pyir: inline=True
# BAD: directive-comments-bad.py:[[@LINE-1]]:9: error: unknown module directive 'inline'
