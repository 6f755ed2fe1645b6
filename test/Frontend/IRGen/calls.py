# RUN: pyirc --emit=pyir %s | pyir-opt | FileCheck %s
"""Calls, signatures, constants and builtins."""
import math
from math import sqrt
from typing import Final
from pyir import u8, i64

N = 10
SCALE: Final = N * 2.5
_HIDDEN = 3

# CHECK: module @calls attributes {pyir.constants = {N = 10 : i64, SCALE = 2.500000e+01 : f64}, pyir.doc = "Calls, signatures, constants and builtins.", pyir.module = "calls", pyir.source = "{{.*}}calls.py", pyir.version = "1.6"}

# Calls may go forward; keywords and defaults are resolved at compile time.
# CHECK-LABEL: func.func @caller(%arg0: i64 {pyir.arg_name = "n"}) -> f64
def caller(n: int) -> float:
    # CHECK: %[[TWO:.*]] = pyir.constant 2.000000e+00 : f64
    # CHECK: call @helper(%arg0, %[[TWO]]) : (i64, f64) -> f64
    # CHECK: %[[ONE:.*]] = pyir.constant 1.000000e+00 : f64
    # CHECK: call @helper(%arg0, %[[ONE]]) : (i64, f64) -> f64
    # CHECK: call @_private(%arg0) : (i64) -> i64
    return helper(n, scale=2) + helper(n) + _private(n)

# CHECK-LABEL: func.func @helper(%arg0: i64 {pyir.arg_name = "n"}, %arg1: f64 {pyir.arg_default = 1.000000e+00 : f64, pyir.arg_name = "scale"}) -> f64
# CHECK-SAME: attributes {pyir.doc = "Scaled."}
def helper(n: int, scale: float = 1) -> float:
    """Scaled."""
    # CHECK-DAG: pyir.constant 2.500000e+01 : f64
    # CHECK-DAG: pyir.constant 3.1415926535897931 : f64
    # CHECK-DAG: pyir.math_unary sqrt %arg1 : f64 -> f64
    return n * scale * SCALE + math.pi + sqrt(scale)

# `_name` functions are private to the module.
# CHECK-LABEL: func.func private @_private
def _private(n: int) -> int:
    return n * _HIDDEN

# CHECK-LABEL: func.func @builtins(%arg0: i64 {pyir.arg_name = "a"}, %arg1: f64 {pyir.arg_name = "x"}) -> tuple<i64, f64>
def builtins(a: int, x: float) -> tuple[int, float]:
    # CHECK: %[[Q:.*]] = pyir.floordiv checked %arg0, %{{.*}} : i64
    # CHECK: %[[R:.*]] = pyir.mod checked %arg0, %{{.*}} : i64
    # CHECK: pyir.tuple %[[Q]], %[[R]] : i64, i64
    q, r = divmod(a, 7)
    # max keeps the first of equal values: a new value wins only if greater.
    # CHECK: %[[GT:.*]] = pyir.cmp gt %{{.*}}, %arg0 : i64, i64
    # CHECK: arith.select %[[GT]]
    m = max(a, q)
    # CHECK: %[[LT:.*]] = pyir.cmp lt %{{.*}}, %arg1 : f64, f64
    # CHECK: arith.select %[[LT]]
    y = min(x, 2.0)
    # CHECK: pyir.abs %arg1 : f64
    # CHECK: pyir.round %arg1, %{{.*}} : f64 -> f64
    # CHECK: pyir.cast %arg0 : i64 to f64
    # CHECK: pyir.pow %arg1, %{{.*}} : f64
    z = abs(x) + round(x, 2) + float(a) + pow(x, 2.0)
    # CHECK: pyir.cast checked %arg1 : f64 to i64
    # CHECK: pyir.round %arg1 : f64 -> i64
    # CHECK: pyir.abs checked %arg0 : i64
    k = int(x) + round(x) + abs(a)
    # CHECK: pyir.tuple %{{.*}}, %{{.*}} : i64, f64
    return q + r + m + k, y + z

# CHECK-LABEL: func.func @swap
def swap(a: int, b: int) -> tuple[int, int]:
    # The value is evaluated before the targets are assigned.
    a, b = b, a
    # CHECK: %[[T:.*]] = pyir.tuple %arg1, %arg0 : i64, i64
    # CHECK: return %[[T]]
    return a, b

# CHECK-LABEL: func.func @mathfns
def mathfns(x: float, n: int) -> float:
    # CHECK: pyir.math_unary sin %arg0 : f64 -> f64
    # CHECK: pyir.math_binary log %arg0, %{{.*}} : f64
    # CHECK: pyir.math_unary floor %arg0 : f64 -> i64
    # CHECK: pyir.math_binary hypot %arg0, %{{.*}} : f64
    # CHECK: pyir.math_unary isnan %arg0 : f64 -> i1
    y = math.sin(x) + math.log(x, 2) + math.floor(x) + math.hypot(x, 1.0)
    # math.floor of an int is the int itself.
    # CHECK-NOT: pyir.math_unary floor %arg1
    return y + (1.0 if math.isnan(x) else 0.0) + math.floor(n)

# CHECK-LABEL: func.func @conversions
def conversions(x: float, n: int) -> int:
    # u8(n) wraps; i64(x) truncates (raising on NaN/inf) then wraps.
    # CHECK: pyir.cast wrap %arg1 : i64 to ui8
    # CHECK: pyir.cast wrap %arg0 : f64 to si64
    # A literal conversion folds: u8(300) == 44.
    # CHECK: pyir.constant 44 : ui8
    return u8(n) + i64(x) + u8(300)
