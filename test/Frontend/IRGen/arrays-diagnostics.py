# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
# Arrays out (language.md §11): bad uses of pyir.empty/zeros/empty_like are
# located errors with a caret, never a crash.
import pyir
from pyir import f64, i32, empty


def no_type(n: int) -> f64[:]:
    return pyir.empty(n)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:12: error: pyir.empty() takes 2 positional arguments (1 given)
# CHECK-NEXT:    return pyir.empty(n)
# CHECK-NEXT:           ^~~~~~~~~~~~~


def float_shape(x: float) -> f64[:]:
    return pyir.zeros(x, f64)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:23: error: the shape of pyir.zeros() is an int or a tuple of 1 to 4 ints, not float


def five_axes(n: int) -> f64[:]:
    return pyir.zeros((n, n, n, n, n), f64)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:23: error: the shape of pyir.zeros() is an int or a tuple of 1 to 4 ints, not a tuple of 5


def builtin_type(n: int) -> f64[:]:
    return empty(n, float)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:21: error: the element type of pyir.empty() is a view element type (f32, f64, i8..i64, u8..u64)


def unknown_type(n: int) -> f64[:]:
    return pyir.empty(n, pyir.f128)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:26: error: the element type of pyir.empty() is a view element type (f32, f64, i8..i64, u8..u64)


def keyword(n: int) -> f64[:]:
    return pyir.empty(n, dtype=f64)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:26: error: pyir.empty() takes no keyword arguments


def like_scalar(n: int) -> f64[:]:
    return pyir.empty_like(n)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:28: error: pyir.empty_like() takes a view, not int


def wrong_result(n: int) -> i32[:]:
    return pyir.zeros(n, f64)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:12: error: returns a value of type f64[::1] but function 'wrong_result' is annotated -> i32[:]


def strided_to_contiguous(a: f64[:]) -> f64[::1]:
    return a
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:12: error: returns a value of type f64[:] but function 'strided_to_contiguous' is annotated -> f64[::1]


def rebind_other_type(n: int) -> float:
    a = pyir.zeros(n, f64)
    a = pyir.zeros((n, n), f64)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:5: error: cannot assign a value of type f64[:, ::1] to 'a' of type f64[::1]; a variable keeps the type of its first assignment
    return 0.0


from pyir import TypeVar
S = TypeVar("S", int, float)


# A type variable is an element type where its binding is one (§8, §11);
# `int` and `float` are not.
def typevar_not_element(x: S) -> f64[:]:
    return pyir.empty(3, S)
# CHECK:{{.*}}arrays-diagnostics.py:[[@LINE-1]]:26: error: the element type of pyir.empty() is a view element type (f32, f64, i8..i64, u8..u64)
