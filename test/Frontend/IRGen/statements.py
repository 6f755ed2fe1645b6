# RUN: pyirc --emit=pyir %s | pyir-opt | FileCheck %s
# Aliased imports, `import pyir`, annotated locals, every augmented
# assignment, for/else over range, nogil/inline.
import pyir
from pyir import f64 as F, u16 as U, nogil, inline

# CHECK-LABEL: func.func @aliases(%arg0: !pyir.view<f64, 1, contiguous> {pyir.arg_name = "a"}, %arg1: !pyir.view<ui16, 2> {pyir.arg_name = "b"}) -> f64
def aliases(a: F[::1], b: pyir.u16[:, :]) -> F:
    # u16(70000) of a literal folds to 70000 % 2**16.
    # CHECK: pyir.constant 4464 : ui16
    c = pyir.u16(70000) + U(1)
    return a[0] + b[0, 0] + c

# CHECK-LABEL: func.func @augmented(%arg0: i64 {pyir.arg_name = "n"}, %arg1: f64 {pyir.arg_name = "x"}) -> f64
def augmented(n: int, x: float) -> float:
    # CHECK: pyir.add checked
    # CHECK: pyir.sub checked
    # CHECK: pyir.mul checked
    # CHECK: pyir.floordiv checked
    # CHECK: pyir.mod checked
    # CHECK: pyir.pow checked
    # CHECK: pyir.and
    # CHECK: pyir.or
    # CHECK: pyir.xor
    # CHECK: pyir.shl checked
    # CHECK: pyir.shr
    n += 1
    n -= 2
    n *= 3
    n //= 4
    n %= 5
    n **= 2
    n &= 255
    n |= 16
    n ^= 3
    n <<= 2
    n >>= 1
    # `/=` makes a float: the variable must already be one.
    # CHECK: pyir.truediv %arg1, %{{.*}} : f64 -> f64
    x /= 2
    return x + n

# CHECK-LABEL: func.func @annotated(%arg0: i64 {pyir.arg_name = "n"}) -> f64
def annotated(n: int) -> float:
    # An annotation fixes the type; the int literal converts.
    # CHECK: %[[S:.*]] = pyir.constant 0.000000e+00 : f64
    s: float = 0
    # `total: int` declares without assigning.
    total: int
    total = n
    # CHECK: pyir.cast %{{.*}} : i64 to f64
    s += total
    return s

# CHECK-LABEL: func.func @for_else(%arg0: i64 {pyir.arg_name = "n"}) -> i64
def for_else(n: int) -> int:
    found = -1
    for i in range(n):
        if i * i > n:
            found = i
            break
    else:
        found = n
    return found

# CHECK-LABEL: func.func @flags
# CHECK-SAME: pyir.inline
# CHECK-SAME: pyir.nogil
@nogil
@inline
def flags(n: int) -> int:
    pass
    return n

# CHECK-LABEL: func.func @tuple_local
def tuple_local(a: int, b: int) -> int:
    # CHECK: %[[T:.*]] = pyir.tuple %{{.*}}, %{{.*}} : i64, i64
    # CHECK: pyir.tuple_get %[[T]][0] : tuple<i64, i64> -> i64
    # CHECK: pyir.tuple_get %[[T]][1] : tuple<i64, i64> -> i64
    t = divmod(a, b)
    q, r = t
    return q * b + r
