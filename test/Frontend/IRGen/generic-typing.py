# RUN: pyirc --emit=pyir %s | FileCheck %s
# RUN: env PYTHONPATH=%pyir_src_root/python %python -c "import runpy, numpy; m = runpy.run_path('%s'); print(m['half'](3), m['half'](2.5), m['first'](numpy.ones(2)))" | FileCheck %s --check-prefix=INTERP
# INTERP: 1.5 1.25 1.0
# typing.TypeVar is accepted too (language.md §8): with `from __future__
# import annotations` its T[:] annotations are never evaluated, so the file
# also runs interpreted.
from __future__ import annotations

import typing
from typing import TypeVar

from pyir import f32, f64, i64

N = typing.TypeVar("N", int, float)
V = TypeVar("V", i64, f64)


# CHECK-LABEL: func.func @half__int(%arg0: i64
# CHECK-SAME: pyir.binding = {N = "int"}
# CHECK-LABEL: func.func @half__f64(%arg0: f64
def half(x: N) -> float:
    return x / 2


# CHECK-LABEL: func.func @first__i64(%arg0: !pyir.view<si64, 1>
# CHECK-LABEL: func.func @first__f64(%arg0: !pyir.view<f64, 1>
def first(a: V[:]) -> float:
    return float(a[0])

