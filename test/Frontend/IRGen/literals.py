# RUN: pyirc --emit=pyir %s | FileCheck %s
# An integer literal meeting a fixed-width value takes its type, beyond the
# range of int too (issue #10).
from pyir import u64, u32, i8

# CHECK-LABEL: func.func @mix(%arg0: ui64 {pyir.arg_name = "x"}) -> ui64
# CHECK: %[[K:.*]] = pyir.constant 11400714819323198485 : ui64
# CHECK: pyir.xor %arg0, %[[K]] : ui64
def mix(x: u64) -> u64:
    return x ^ 0x9E3779B97F4A7C15

# CHECK-LABEL: func.func @top(%arg0: ui64 {pyir.arg_name = "p"}) -> i1
# CHECK: %[[M:.*]] = pyir.constant 18446744073709551615 : ui64
# CHECK: pyir.cmp le %arg0, %[[M]] : ui64, ui64
def top(p: u64) -> bool:
    return p <= 18446744073709551615

# CHECK-LABEL: func.func @low(%arg0: si8 {pyir.arg_name = "x"}) -> i1
# CHECK: %[[L:.*]] = pyir.constant -128 : si8
# CHECK: pyir.cmp eq %[[L]], %arg0 : si8, si8
def low(x: i8) -> bool:
    return -128 == x

# CHECK-LABEL: func.func @aug(%arg0: ui32 {pyir.arg_name = "y"}) -> ui32
# CHECK: %[[C:.*]] = pyir.constant 4294967295 : ui32
# CHECK: pyir.add wrap %arg0, %[[C]] : ui32
def aug(y: u32) -> u32:
    y += 0xFFFFFFFF
    return y

# A literal that does not fit compares exactly as an int (Python's answer).
# CHECK-LABEL: func.func @never(%arg0: si8 {pyir.arg_name = "x"}) -> i1
# CHECK: %[[B:.*]] = pyir.constant 300 : i64
# CHECK: pyir.cmp lt %arg0, %[[B]] : si8, i64
def never(x: i8) -> bool:
    return x < 300

# CHECK-LABEL: func.func @seed(%arg0: ui64 {pyir.arg_default = 11400714819323198485 : ui64, pyir.arg_name = "x"}) -> ui64
def seed(x: u64 = 0x9E3779B97F4A7C15) -> u64:
    return x
