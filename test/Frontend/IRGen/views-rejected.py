# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# Whatever the frontend accepts must compile (issue #10): a view local is
# bound to a new array only (arrays-errors.py), tuples are not parameters of
# public functions, a tuple parameter holds no view; the rest is rejected
# here with its location.
from pyir import f64

def tuple_in_tuple(a: f64[:]) -> tuple[int, tuple[int, int]]:
    # CHECK: views-rejected.py:[[@LINE-1]]:45: error: tuple elements must be scalars (int, float, bool or a fixed-width type) or views
    return 1, (2, 3)

def _view_in_tuple_param(t: tuple[int, f64[:]]) -> int:
    # CHECK: views-rejected.py:[[@LINE-1]]:29: error: a tuple parameter cannot hold a view; pass the view as a parameter of its own
    return 1

def tuple_param(t: tuple[int, int]) -> int:
    # CHECK: views-rejected.py:[[@LINE-1]]:20: error: a public function cannot take a tuple parameter; pass the elements as separate parameters (a private '_name' function can take one)
    a, b = t
    return a

def view_in_tuple_declared(a: f64[:]) -> int:
    t: tuple[f64[:], int]
    # CHECK: views-rejected.py:[[@LINE-1]]:8: error: a view local is declared with its value ('b: f64[:] = a[1:]')
    return 1

def view_declared(a: f64[:]) -> float:
    c: f64[:]
    # CHECK: views-rejected.py:[[@LINE-1]]:8: error: a view local is declared with its value ('b: f64[:] = a[1:]')
    return a[0]

def store_into_slice(a: f64[:]) -> None:
    a[1:3] = 0.0
    # CHECK: views-rejected.py:[[@LINE-1]]:5: error: assigning to a slice or a sub-view is not supported by PyIR; assign the elements one by one

def store_into_row(m: f64[:, :]) -> None:
    m[0] += 1.0
    # CHECK: views-rejected.py:[[@LINE-1]]:5: error: assigning to a slice or a sub-view is not supported by PyIR; assign the elements one by one

def float_bound(a: f64[:], x: float) -> f64[:]:
    return a[x:]
    # CHECK: views-rejected.py:[[@LINE-1]]:14: error: slice bounds and steps must be integers, not float

def key_too_long(a: f64[:], i: int) -> f64[:]:
    return a[i, :]
    # CHECK: views-rejected.py:[[@LINE-1]]:14: error: a view of 1 dimension(s) takes at most 1 index(es) or slice(s), got 2

def strides_of_int(n: int) -> int:
    return n.strides[0]
    # CHECK: views-rejected.py:[[@LINE-1]]:12: error: '.strides' needs a view

def strides_axis(a: f64[:]) -> int:
    return a.strides[1]
    # CHECK: views-rejected.py:[[@LINE-1]]:22: error: the axis of '.strides[k]' must be an integer literal in range for a view of 1 dimension(s)

def slice_mismatch(a: f64[::1], n: int) -> float:
    b = a[1:n]
    b = a[::2]
    # CHECK: views-rejected.py:[[@LINE-1]]:5: error: cannot assign a value of type f64[:] to 'b' of type f64[::1]
    return b[0]

def chosen_rank(a: f64[:], b: f64[:, :], k: bool) -> float:
    return (a if k else b)[0]
    # CHECK: views-rejected.py:[[@LINE-1]]:13: error: both branches of a conditional expression need one type (f64[:] and f64[:, :])
