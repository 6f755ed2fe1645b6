# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# Type variables and generic functions (language.md §8): every misuse is a
# located error. The declarations' errors come first, then the bodies'.
from __future__ import annotations
import typing
from typing import TypeVar as TV
from pyir import TypeVar, f32, f64, i8, i16, i32, i64, u8

K = 3
T = TypeVar("T", f32, f64)
I = TypeVar("I", int, float)
# CHECK: generic-errors.py:[[@LINE+1]]:5: error: TypeVar 'U' needs at least two constraints, e.g. TypeVar('U', f32, f64); an unconstrained type variable cannot be compiled
U = TypeVar("U")
# CHECK: generic-errors.py:[[@LINE+1]]:8: error: the first argument of TypeVar() must be the string 'V', the name it is assigned to
V = TV("W", f32, f64)
# CHECK: generic-errors.py:[[@LINE+1]]:35: error: TypeVar 'B': keyword argument 'bound' is not supported; a PyIR type variable is constrained, e.g. TypeVar('B', f32, f64)
B = typing.TypeVar("B", f32, f64, bound=f64)
# CHECK: generic-errors.py:[[@LINE+1]]:23: error: a constraint of TypeVar 'C' must be a scalar type (int, float, bool, i8..u64, f32, f64)
C = TypeVar("C", f32, K)
# CHECK: generic-errors.py:[[@LINE+1]]:23: error: TypeVar 'D' lists f64 twice
D = TypeVar("D", f64, float)
M = TypeVar("M", u8, i32, i64, f32, f64)
P = TypeVar("P", i8, i16, i32, i64)


# CHECK: generic-errors.py:[[@LINE+1]]:12: error: type variable 'I' cannot be a view's element type: its constraint int is not a pyir type (i8..u64, f32, f64)
def bad(a: I[:]) -> None:
    pass


# CHECK: generic-errors.py:[[@LINE+1]]:28: error: type variable 'T' of 'only_result' appears in no parameter: a call could not choose what it stands for
def only_result(x: int) -> T:
    return T(x)


# CHECK: generic-errors.py:[[@LINE+1]]:5: error: generic function 'product' would have 20 specialisations (the product of its type variables' constraints); at most 16 are allowed
def product(a: M[:], b: M[:], x: M, y: P) -> None:
    pass


# CHECK: generic-errors.py:[[@LINE+1]]:5: error: the specialisation 'taken__f32' of generic function 'taken' has the name of another definition of this module
def taken__f32() -> None:
    pass


def taken(a: T[:]) -> None:
    pass


def scale(a: T[:], k: T) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


def unbound(x: float) -> float:
    # CHECK: generic-errors.py:[[@LINE+1]]:8: error: type variable 'T' is used outside a function whose signature mentions it
    y: T = x
    return x


def caller(a: i32[:]) -> None:
    # CHECK: generic-errors.py:[[@LINE+1]]:5: error: no specialisation of generic function 'scale' accepts these arguments (i32[:], float); it is specialised for (f32[:], f32); (f64[:], float)
    scale(a, 2.0)


# An error of the body is reported for the first specialisation that has it
# (the engine reports one error per location).
def body_error(a: T[:], k: T) -> float:
    # CHECK: generic-errors.py:[[@LINE+3]]:12: error: unsupported operand types for +: 'f32' and 'f32[:]'
    # CHECK: generic-errors.py:[[@LINE-2]]:5: note: in the specialisation 'body_error__f32' of generic function 'body_error' (T = f32)
    # CHECK-NOT: body_error__f64
    return a[0] + a


def only_f64(a: T[:]) -> None:
    # A body valid for one binding only: f32 + float is float, not f32.
    # CHECK: generic-errors.py:[[@LINE+3]]:5: error: cannot assign a value of type float to 'x' of type f32
    # CHECK: generic-errors.py:[[@LINE-3]]:5: note: in the specialisation 'only_f64__f32' of generic function 'only_f64' (T = f32)
    # CHECK-NOT: only_f64__f64
    x: T = a[0] + 0.5
    a[0] = x
