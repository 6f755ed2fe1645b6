# RUN: pyirc --emit=pyir %s | FileCheck %s
# RUN: pyirc --emit=pyir %s | pyir-opt --verify-diagnostics > /dev/null
# Arithmetic: checked `int`, wrapping fixed widths, mixed int/float, literals
# taking the fixed-width type, directives choosing the op flags.
from pyir import u8, i32, f32, overflowcheck, cdivision

# CHECK-LABEL: func.func @arith(%{{.*}}: i64 {pyir.arg_name = "a"}, %{{.*}}: i64 {pyir.arg_name = "b"}, %{{.*}}: f64 {pyir.arg_name = "x"}) -> f64
def arith(a: int, b: int, x: float) -> float:
    # CHECK: %[[TWO:.*]] = pyir.constant 2 : i64
    # CHECK: %[[BT:.*]] = pyir.mul checked %arg1, %[[TWO]] : i64
    # CHECK: %[[SUM:.*]] = pyir.add checked %arg0, %[[BT]] : i64
    # CHECK: %[[Q:.*]] = pyir.floordiv checked %arg0, %arg1 : i64
    # CHECK: %[[M:.*]] = pyir.mod checked %[[Q]], %{{.*}} : i64
    # CHECK: %[[C:.*]] = pyir.sub checked %[[SUM]], %[[M]] : i64
    c = a + b * 2 - a // b % 3
    # CHECK: %[[P:.*]] = pyir.pow checked %arg0, %{{.*}} : i64
    # CHECK: %[[SHL:.*]] = pyir.shl checked %[[P]], %{{.*}} : i64
    # CHECK: %[[D:.*]] = pyir.shr %[[SHL]], %arg1 : i64
    d = a ** 2 << 1 >> b
    # CHECK: %[[DIV:.*]] = pyir.truediv %[[C]], %[[D]] : i64 -> f64
    # CHECK: %[[AF:.*]] = pyir.cast %arg0 : i64 to f64
    # CHECK: %[[XA:.*]] = pyir.mul %arg2, %[[AF]] : f64
    # CHECK: %[[R:.*]] = pyir.add %[[DIV]], %[[XA]] : f64
    # CHECK: return %[[R]] : f64
    return c / d + x * a

# CHECK-LABEL: func.func @fixed(%{{.*}}: ui8 {pyir.arg_name = "p"}, %{{.*}}: si32 {pyir.arg_name = "q"}) -> i64
def fixed(p: u8, q: i32) -> int:
    # A literal meeting u8 is a u8 constant; u8 arithmetic wraps.
    # CHECK: %[[ONE:.*]] = pyir.constant 1 : ui8
    # CHECK: %[[R:.*]] = pyir.add wrap %arg0, %[[ONE]] : ui8
    r = p + 1
    # u8 * i32 is i32 (the wider type).
    # CHECK: %[[PW:.*]] = pyir.cast wrap %arg0 : ui8 to si32
    # CHECK: %[[S:.*]] = pyir.mul wrap %[[PW]], %arg1 : si32
    s = p * q
    # CHECK: %[[RW:.*]] = pyir.cast wrap %[[R]] : ui8 to si32
    # CHECK: %[[T:.*]] = pyir.add wrap %[[RW]], %[[S]] : si32
    # CHECK: %[[I:.*]] = pyir.cast wrap %[[T]] : si32 to i64
    # CHECK: return %[[I]] : i64
    return r + s

# CHECK-LABEL: func.func @fast
@overflowcheck(False)
@cdivision(True)
def fast(a: int, b: int) -> int:
    # CHECK: %[[S:.*]] = pyir.add wrap %arg0, %arg1 : i64
    # CHECK: pyir.floordiv wrap cdivision %[[S]], %arg1 : i64
    return (a + b) // b

# CHECK-LABEL: func.func @f32s(%{{.*}}: f32 {pyir.arg_name = "x"}, %{{.*}}: f32 {pyir.arg_name = "y"}) -> f32
def f32s(x: f32, y: f32) -> f32:
    z: f32 = 0
    # CHECK: %[[Z:.*]] = pyir.mul %arg0, %arg1 : f32
    z = x * y
    # CHECK: return %[[Z]] : f32
    return z

# CHECK-LABEL: func.func @mixed_float
def mixed_float(x: f32, n: u8) -> float:
    # f32 with a float gives float; an integer with f32 gives float too.
    # CHECK: %[[XF:.*]] = pyir.cast %arg0 : f32 to f64
    # CHECK: %[[NF:.*]] = pyir.cast %arg1 : ui8 to f64
    # CHECK: pyir.add %[[XF]], %[[NF]] : f64
    return x + n

# CHECK-LABEL: func.func @unary
def unary(a: int, x: float, p: u8) -> float:
    # CHECK: pyir.neg checked %arg0 : i64
    b = -a
    # CHECK: pyir.neg %arg1 : f64
    y = -x
    # CHECK: pyir.invert %arg2 : ui8
    q = ~p
    # CHECK: pyir.neg wrap %{{.*}} : ui8
    r = -q
    return y + b + r

# CHECK-LABEL: func.func @bits
def bits(a: int, b: int, t: bool, f: bool) -> bool:
    # CHECK: %[[AND:.*]] = pyir.and %arg0, %arg1 : i64
    # CHECK: %[[XOR:.*]] = pyir.xor %arg0, %arg1 : i64
    # CHECK: pyir.or %[[AND]], %[[XOR]] : i64
    c = (a & b) | (a ^ b)
    # bool & bool stays bool.
    # CHECK: pyir.and %arg2, %arg3 : i1
    return t & f
