# RUN: pyirc --emit=typed-ast %s -o - | FileCheck %s
# The typed AST Sema leaves for IR generation: every expression has its type,
# names their variable, calls their callee; literals and constants are folded
# into Constant nodes of the type they take, conversions are Convert nodes.
import math
from pyir import u8, u64, f32

LIMIT = 7

def helper(k: int, s: float = 2.0) -> float:
    return k * s

# CHECK-LABEL: FunctionDef 'typed'
def typed(x: u8, n: int, a: f32[:], b: u8[:, :]) -> float:
    # An integer literal takes the type of the other operand.
    # CHECK: Binding
    # CHECK-NEXT: Name 'y' : u8
    # CHECK-NEXT: BinOp '+' : u8
    # CHECK-NEXT: Name 'x' : u8
    # CHECK-NEXT: Constant 1 : u8
    y = x + 1
    # A wide literal is a value only in the type that holds it.
    # CHECK: Constant 18446744073709551615 : u64
    w = u64_mask(0xFFFF_FFFF_FFFF_FFFF)
    # Each comparison of a chain converts its own operands; n is one node.
    # CHECK: Compare '<' '<' : bool
    # CHECK-NEXT: Operands '<'
    # CHECK-NEXT: Constant 0 : int
    # CHECK-NEXT: Name 'n' : int
    # CHECK-NEXT: Operands '<'
    # CHECK-NEXT: Name 'n' : int
    # CHECK-NEXT: Constant 7 : int
    if 0 < n < LIMIT:
        # The operation reads the target node itself.
        # CHECK: AugAssign '+='
        # CHECK: Result
        # CHECK-NEXT: BinOp '+' : int
        # CHECK-NEXT: Name 'n' : int
        # CHECK-NEXT: Constant 2 : int
        n += 2
    # An element of an f32 view: computed in float, rounded when stored.
    # CHECK: Result
    # CHECK-NEXT: Convert : f32
    # CHECK-NEXT: BinOp '+' : float
    # CHECK-NEXT: Convert : float
    # CHECK-NEXT: Subscript : f32
    a[0] += 1.5
    # divmod is a tuple of // and %; unpacking takes its elements.
    # CHECK: Binding
    # CHECK-NEXT: Name 'q' : int
    # CHECK-NEXT: TupleElement 0 : int
    # CHECK-NEXT: Tuple : tuple[int, int]
    # CHECK-NEXT: BinOp '//' : int
    # CHECK: BinOp '%' : int
    q, r = divmod(n, 3)
    # A swap binds the elements of the value, evaluated before either store.
    # CHECK: Value
    # CHECK-NEXT: Tuple : tuple[int, int]
    # CHECK-NEXT: Name 'q' : int
    # CHECK-NEXT: Name 'n' : int
    # CHECK-NEXT: Binding
    # CHECK-NEXT: Name 'n' : int
    # CHECK-NEXT: Name 'q' : int
    # CHECK-NEXT: Binding
    # CHECK-NEXT: Name 'q' : int
    # CHECK-NEXT: Name 'n' : int
    n, q = q, n
    # a.shape[k] and a.ndim fold to what Sema knows; math.pi is a constant.
    # CHECK: Subscript : int
    # CHECK-NEXT: Name 'b' : u8[:, :]
    # CHECK-NEXT: Axis 1
    # CHECK: Constant 2 : int
    # CHECK: Constant 3.141592653589793 : float
    m = b.shape[-1] + b.ndim + math.pi
    # A call binds converted arguments to parameters, defaults filled in;
    # pow is an operation; int(x) an explicit conversion.
    # CHECK: Return
    # CHECK: Convert : float
    # CHECK-NEXT: BinOp '**' : u8
    # CHECK: Call : float
    # CHECK-NEXT: Name 'helper'
    # CHECK-NEXT: Arg 0
    # CHECK-NEXT: Name 'n' : int
    # CHECK-NEXT: Arg 1
    # CHECK-NEXT: Constant 2.0 : float
    # CHECK: Convert explicit : int
    # CHECK-NEXT: Subscript : f32
    return pow(y, 2) + helper(n) + int(a[0]) + m + float(w > 0) + r

def u64_mask(v: u64) -> u64:
    return v

# CHECK-LABEL: FunctionDef 'loops'
def loops(v: f32[:], n: int) -> int:
    t = 0
    # The bounds of a range loop, as `int`s.
    # CHECK: For
    # CHECK: Bounds
    # CHECK-NEXT: Constant 1 : int
    # CHECK-NEXT: Name 'n' : int
    for i in range(1, n):
        t += i
    # CHECK: Call : int
    # CHECK-NEXT: Name 'len'
    # CHECK-NEXT: Arg 0
    # CHECK-NEXT: Name 'v' : f32[:]
    return t + len(v)
