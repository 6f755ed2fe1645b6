# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# Whatever the frontend accepts must compile (issue #10): a view local is
# bound to a new array only (arrays-errors.py), tuples are not parameters of
# public functions; the rest is rejected here with its location.
from pyir import f64

def view_in_tuple(a: f64[:]) -> tuple[int, f64[:]]:
    # CHECK: views-rejected.py:[[@LINE-1]]:44: error: tuple elements must be scalars
    return 1, a

def tuple_param(t: tuple[int, int]) -> int:
    # CHECK: views-rejected.py:[[@LINE-1]]:20: error: a public function cannot take a tuple parameter; pass the elements as separate parameters (a private '_name' function can take one)
    a, b = t
    return a

def view_local(a: f64[:]) -> float:
    b: f64[:] = a
    # CHECK: views-rejected.py:[[@LINE-1]]:8: error: a local variable cannot be a view; index the parameter directly
    return a[0]

def view_declared(a: f64[:]) -> float:
    c: f64[:]
    # CHECK: views-rejected.py:[[@LINE-1]]:8: error: a local variable cannot be a view
    return a[0]

def chosen_view(a: f64[:], b: f64[:], k: bool) -> float:
    return (a if k else b)[0]
    # CHECK: views-rejected.py:[[@LINE-1]]:13: error: a conditional expression cannot choose a view (f64[:]); index the parameter directly

def view_assigned(a: f64[:]) -> float:
    d = a
    # CHECK: views-rejected.py:[[@LINE-1]]:5: error: a view local is bound to a new array only (pyir.empty, pyir.zeros, pyir.empty_like or a call returning a view), not to another view; index the view directly
    return a[0]
