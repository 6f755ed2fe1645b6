# RUN: pyirc --emit=pyir %s | FileCheck %s
# A mixed module (docs/language.md §9) with a generic function (§8): the
# pre-scan keeps the TypeVar imports and definitions the compiled functions
# use (their string is the variable's name, not a Python constant), so the
# specialisations are compiled (fuzz/smoke.test's seed 1000004 was rejected:
# "unsupported annotation" on T13[:, :, :, :]).
from __future__ import annotations

import typing

from pyir import TypeVar, compile, f32, f64, i64

T = TypeVar("T", f32, f64)
U = typing.TypeVar("U", i64, float)
NAMES = {"scale": "T"}


class Registry:
    entries = []


@compile
def scale(a: T[:], k: T) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


@compile
def twice(x: U) -> U:
    return x + x

# CHECK-DAG: func.func @scale__f32(
# CHECK-DAG: func.func @scale__f64(
# CHECK-DAG: func.func @twice__i64(
# CHECK-DAG: func.func @twice__f64(
