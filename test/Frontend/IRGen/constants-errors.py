# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# Module constants fold with Python's semantics; what Python would raise,
# and values that do not fit their type, are errors (issue #10).
import math
from pyir import u8, u64

A = 1 // 0
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: integer division or modulo by zero in a constant
B = 0.0 ** -1
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: 0.0 cannot be raised to a negative power (ZeroDivisionError) in a constant
C = 1 << 64
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: constant 18446744073709551616 does not fit int (64-bit signed)
D: u8 = 256
# CHECK: constants-errors.py:[[@LINE-1]]:9: error: constant 256 does not fit u8
E = 10.0 ** 400
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: float power overflows (OverflowError) in a constant
F = (-8.0) ** 0.5
# CHECK: constants-errors.py:[[@LINE-1]]:6: error: a negative number raised to a fractional power is complex
G = int(math.nan)
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: cannot convert float NaN to integer in a constant
H = 2.0 % 0.0
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: float floor division or modulo by zero in a constant
I = 1 << -1
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: negative shift count in a constant
J = len(3)
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: only the builtins int(), float(), bool(), abs(), min(), max() and pow() are folded in a constant
L = 3 ** 1000
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: constant too large: folding is limited to 511-bit integers
M: u64 = -1
# CHECK: constants-errors.py:[[@LINE-1]]:10: error: constant -1 does not fit u64
N = 2 ** 63
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: constant 9223372036854775808 does not fit int (64-bit signed)
O = float(1 << 1100 >> 80)
# CHECK: constants-errors.py:[[@LINE-1]]:11: error: constant too large
P = int(1e300)
# CHECK: constants-errors.py:[[@LINE-1]]:5: error: constant too large
