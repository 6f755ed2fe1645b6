# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# An integer literal meeting a fixed-width value takes its type and must fit
# it; one beyond int is an error anywhere else (issue #10).
from pyir import u8, u32, u64, i8

# Signatures are checked before bodies.
def wide_default(x: u32 = 4294967296) -> u32:
    # CHECK: literals-errors.py:[[@LINE-1]]:27: error: constant 4294967296 does not fit u32
    return x

def too_wide_for_u32(x: u32) -> u32:
    return x ^ 0x1FFFFFFFF
    # CHECK: literals-errors.py:[[@LINE-1]]:12: error: integer literal 8589934591 does not fit u32

def beyond_int(n: int) -> int:
    return n + 9223372036854775808
    # CHECK: literals-errors.py:[[@LINE-1]]:16: error: integer literal does not fit in int (64-bit signed)

def beyond_u64(p: u64) -> bool:
    return p < 18446744073709551616
    # CHECK: literals-errors.py:[[@LINE-1]]:16: error: integer literal 18446744073709551616 does not fit u64

def negative_u8(x: u8) -> u8:
    x += -1
    # CHECK: literals-errors.py:[[@LINE-1]]:5: error: integer literal -1 does not fit u8
    return x

def beyond_i8(x: i8) -> i8:
    return x * -129
    # CHECK: literals-errors.py:[[@LINE-1]]:12: error: integer literal -129 does not fit i8

def wide_local(n: int) -> int:
    y = 18446744073709551615
    # CHECK: literals-errors.py:[[@LINE-1]]:9: error: integer literal does not fit in int (64-bit signed)
    return n

def wide_float(x: float) -> float:
    return x * 18446744073709551616
    # CHECK: literals-errors.py:[[@LINE-1]]:16: error: integer literal does not fit in int (64-bit signed)

def wide_in_tuple() -> int:
    a, b = 1, 18446744073709551615
    # CHECK: literals-errors.py:[[@LINE-1]]:15: error: integer literal does not fit in int (64-bit signed)
    return a

def wide_tuple_int() -> tuple[int, int]:
    return 1, 18446744073709551615
    # CHECK: literals-errors.py:[[@LINE-1]]:15: error: integer literal does not fit in int (64-bit signed)
