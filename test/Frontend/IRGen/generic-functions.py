# RUN: pyirc --emit=pyir %s | FileCheck %s
# A generic function is one func.func per element of the product of its
# type variables' constraints, named name__t1_t2 (language.md §8); a call
# from compiled code picks the first specialisation its arguments fit.
from pyir import TypeVar, f32, f64, i64

T = TypeVar("T", f32, f64)
N = TypeVar("N", i64, float)

# CHECK-LABEL: func.func @scale__f32(%arg0: !pyir.view<f32, 1> {pyir.arg_name = "a"}, %arg1: f32 {pyir.arg_name = "k"}) attributes {pyir.binding = {T = "f32"}, pyir.generic = "scale"}
# CHECK-LABEL: func.func @scale__f64(%arg0: !pyir.view<f64, 1> {pyir.arg_name = "a"}, %arg1: f64 {pyir.arg_name = "k"}) attributes {pyir.binding = {T = "f64"}, pyir.generic = "scale"}
def scale(a: T[:], k: T) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


# The first variable varies slowest.
# CHECK-LABEL: func.func @mix__f32_i64(
# CHECK-SAME: pyir.binding = {N = "i64", T = "f32"}
# CHECK-LABEL: func.func @mix__f32_f64(
# CHECK-LABEL: func.func @mix__f64_i64(
# CHECK-LABEL: func.func @mix__f64_f64(
def mix(a: T[::1], n: N) -> float:
    # T in the body: a conversion and an annotation.
    s: T = T(n)
    return float(s + a[0])


# CHECK-LABEL: func.func @use(
# CHECK: call @scale__f64(
# CHECK: call @mix__f32_i64(
# CHECK: call @mix__f64_f64(
def use(a: f64[:], b: f32[::1], c: f64[::1]) -> float:
    scale(a, 2)
    return mix(b, 3) + mix(c, 0.5)
