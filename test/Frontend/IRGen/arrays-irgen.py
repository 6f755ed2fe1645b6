# RUN: pyirc --emit=pyir -O0 %s | FileCheck %s
# Arrays out (language.md §11): the allocations become pyir.alloc (empty_like
# reads the extents of its view), view locals and results are view values.
import pyir
from pyir import f64, u8


def make(n: int, m: int) -> f64[:, ::1]:
    # CHECK-LABEL: func.func @make(
    # CHECK: %[[A:.*]] = pyir.alloc(%{{.*}}, %{{.*}}) zero : !pyir.view<f64, 2, contiguous>
    # CHECK: return %[[A]] : !pyir.view<f64, 2, contiguous>
    a = pyir.zeros((n, m), f64)
    return a


def like(a: u8[:]) -> u8[:]:
    # CHECK-LABEL: func.func @like(
    # CHECK: %[[N:.*]] = pyir.dim %arg0[0] : !pyir.view<ui8, 1>
    # CHECK: %[[B:.*]] = pyir.alloc(%[[N]]) : !pyir.view<ui8, 1, contiguous>
    # CHECK: %[[S:.*]] = builtin.unrealized_conversion_cast %[[B]] : !pyir.view<ui8, 1, contiguous> to !pyir.view<ui8, 1>
    # CHECK: return %[[S]]
    return pyir.empty_like(a)


def use(n: int) -> float:
    # CHECK-LABEL: func.func @use(
    # CHECK: %[[V:.*]] = call @make(%{{.*}}, %{{.*}}) : (i64, i64) -> !pyir.view<f64, 2, contiguous>
    # CHECK: pyir.load %[[V]]
    v = make(n, 2)
    return v[0, 1]
