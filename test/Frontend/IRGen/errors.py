# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=DECL
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=COUNT
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=FLOW
# Declaration errors (DECL) are reported before the errors in bodies, and the
# errors found on the control flow (prefix FLOW; a variable that may be
# unbound, a missing return) after the type errors of every body.
# COUNT-COUNT-21: error:
# COUNT-NOT: error:
# Type errors are reported with their location, the source line and a caret,
# several per run.
import numpy
# DECL: errors.py:[[@LINE-1]]:8: error: importing 'numpy' is not supported: a PyIR module may import math, pyir and typing
from pyir import u8, f64, boundscheck

print("hello")
# DECL: errors.py:[[@LINE-1]]:1: error: only imports, constants and function definitions are supported at module level

def keeps_type(n: int) -> float:
    x = 1
    x = 2.5
    # CHECK: errors.py:[[@LINE-1]]:5: error: cannot assign a value of type float to 'x' of type int; a variable keeps the type of its first assignment
    # CHECK-NEXT: x = 2.5
    # CHECK-NEXT: ^
    # CHECK: errors.py:[[@LINE-5]]:5: note: 'x' first assigned here as int
    return x

def undefined(n: int) -> int:
    return m + n
    # CHECK: errors.py:[[@LINE-1]]:12: error: name 'm' is not defined (or is not supported by PyIR)

def unbound(n: int) -> int:
    for i in range(n):
        last = i
    return last
    # FLOW: errors.py:[[@LINE-1]]:12: error: local variable 'last' may be used before it is assigned
    # FLOW: errors.py:[[@LINE-3]]:9: note: 'last' is assigned here

def no_return(n: int) -> int:
    # FLOW: errors.py:[[@LINE-1]]:5: error: function 'no_return' may reach its end without returning a value; it must return int on every path
    if n > 0:
        return n

def bad_operands(x: float, n: int) -> int:
    return x & n
    # CHECK: errors.py:[[@LINE-1]]:12: error: unsupported operand types for &: 'float' and 'int'

def calls(n: int) -> int:
    a = helper(n, 2, 3)
    # CHECK: errors.py:[[@LINE-1]]:9: error: helper() takes 2 positional argument(s) but 3 were given
    b = helper(n, scale=2, size=3)
    # CHECK: errors.py:[[@LINE-1]]:28: error: helper() got an unexpected keyword argument 'size'
    c = helper()
    # CHECK: errors.py:[[@LINE-1]]:9: error: helper() missing required argument 'n'
    return n

def helper(n: int, scale: int = 1) -> int:
    return n * scale

def literal_fits(p: u8) -> u8:
    return p + 256
    # CHECK: errors.py:[[@LINE-1]]:12: error: integer literal 256 does not fit u8

def needs_annotation(n) -> int:
    # DECL: errors.py:[[@LINE-1]]:22: error: parameter 'n' needs a type annotation, e.g. 'n: int'
    return 0

def wrong_rank(a: f64[:, :]) -> float:
    return a[0]
    # CHECK: errors.py:[[@LINE-1]]:12: error: returns a value of type f64[:] but function 'wrong_rank' is annotated -> float

def wrong_return(x: float) -> int:
    return x
    # CHECK: errors.py:[[@LINE-1]]:12: error: returns a value of type float but function 'wrong_return' is annotated -> int

def mixed_max(n: int, x: float) -> float:
    return max(n, x)
    # CHECK: errors.py:[[@LINE-1]]:19: error: arguments of max() must have one numeric type here (int and float): the result is one of them; convert explicitly

@staticmethod
def not_a_directive(n: int) -> int:
    # DECL: errors.py:[[@LINE-2]]:2: error: only pyir directives (boundscheck, wraparound, cdivision, overflowcheck, nogil, inline) can decorate a function
    return n

@boundscheck
def flagless(n: int) -> int:
    # DECL: errors.py:[[@LINE-2]]:2: error: @boundscheck needs its flag: write @boundscheck(False) or @boundscheck(True)
    return n

def huge() -> int:
    return 9223372036854775808
    # CHECK: errors.py:[[@LINE-1]]:12: error: integer literal does not fit in int (64-bit signed)

def returns_none(n: int) -> None:
    pass

def uses_none(n: int) -> int:
    x = returns_none(n)
    # CHECK: errors.py:[[@LINE-1]]:9: error: 'returns_none' returns None; its result cannot be used
    return n

def store_narrowing(a: u8[:], n: int) -> None:
    a[0] = n
    # CHECK: errors.py:[[@LINE-1]]:5: error: cannot store a value of type int into an element of u8[:]; convert it explicitly, e.g. u8(x)

def bad_raise(n: int) -> int:
    raise SystemExit("bye")
    # CHECK: errors.py:[[@LINE-1]]:11: error: PyIR raises the builtin exceptions ValueError, TypeError, IndexError, KeyError, ZeroDivisionError, OverflowError, ArithmeticError, RuntimeError, AssertionError, NotImplementedError and MemoryError
