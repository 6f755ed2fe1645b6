# RUN: pyirc --emit=pyir %s | pyir-opt | FileCheck %s
# pyir: wraparound=False
# View access carries the directives as flags; the module comment above
# turns wrap-around off for every function unless a decorator says otherwise.
from pyir import f64, u8, i32, i64, boundscheck, wraparound

# CHECK-LABEL: func.func @reads(%arg0: !pyir.view<f64, 2> {pyir.arg_name = "a"}, %arg1: !pyir.view<ui8, 1, contiguous> {pyir.arg_name = "b"}) -> f64
def reads(a: f64[:, :], b: u8[::1]) -> float:
    s = 0.0
    # Iterating over a view needs no check: the index is in range.
    # CHECK: %[[N:.*]] = pyir.dim %arg1[0] : !pyir.view<ui8, 1, contiguous>
    # CHECK: arith.cmpi slt, %{{.*}}, %[[N]] : i64
    # CHECK: %[[X:.*]] = pyir.load %arg1[%{{.*}}] : !pyir.view<ui8, 1, contiguous>
    # CHECK: pyir.cast %[[X]] : ui8 to f64
    for x in b:
        s += x
    # CHECK: pyir.load %arg0[%{{.*}}, %{{.*}}] boundscheck : !pyir.view<f64, 2>
    # CHECK: pyir.dim %arg0[1] : !pyir.view<f64, 2>
    # `ndim` is a constant.
    # CHECK: pyir.constant 2 : i64
    # CHECK: pyir.dim %arg1[0]
    return a[0, -1] + a.shape[-1] + a.ndim + len(b) + s

# CHECK-LABEL: func.func @writes
@boundscheck(False)
@wraparound(True)
def writes(a: f64[:], c: i32[:], i: int) -> None:
    # CHECK: %[[V:.*]] = pyir.load %arg0[%arg2] wraparound : !pyir.view<f64, 1>
    # CHECK: %[[D:.*]] = pyir.mul %[[V]], %{{.*}} : f64
    # CHECK: pyir.store %[[D]], %arg0[%arg2] wraparound : !pyir.view<f64, 1>
    a[i] *= 2
    # A literal is stored with the element type.
    # CHECK: %[[SEVEN:.*]] = pyir.constant 7 : si32
    # CHECK: pyir.store %[[SEVEN]], %arg1[%arg2] wraparound : !pyir.view<si32, 1>
    c[i] = 7

# CHECK-LABEL: func.func @int_into_i64
def int_into_i64(a: i64[::1]) -> int:
    # An int is stored into an i64 view without an explicit conversion: both
    # hold the same values.
    s = 0
    for i in range(len(a)):
        s += a[i]
        # CHECK: %[[W:.*]] = pyir.cast wrap %{{.*}} : i64 to si64
        # CHECK: pyir.store %[[W]], %arg0[%{{.*}}]
        a[i] = s
    return s
