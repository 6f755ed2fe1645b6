# RUN: pyirc --emit=pyir %s | FileCheck %s
# RUN: pyirc --emit=ast %s | FileCheck %s --check-prefix=AST
# A mixed module (docs/language.md §9): the frontend compiles the functions
# marked @pyir.compile, the imports and the constants they use; the rest
# stays Python and is never parsed. Strings and brackets that span lines,
# with lines in the first column, do not start statements.
"""Module docstring.
@pyir.compile
def in_docstring() -> int:
    return 1
"""
import pyir
import math, os
from pyir import compile as native, i64
from collections import OrderedDict
import numpy as np

K = 3
M: int = K * 2
NOT_USED = {"a": 1}
TEXT = '''first line
@native
def in_string() -> int:
    return 2
'''
TABLE = {
"x": [1,
2],
}
ESCAPED = "a \
@native"


class Shape:
    def area(self):
        return helper(2)


def helper(n):
    return [n] * 2


@pyir.compile
def scaled(x: int) -> int:
    """Uses M, which uses K."""
    return x * M


@native
def twice(x: int) -> i64:
    return scaled(x) + scaled(x)


# `data` is a local here; the module's `data` is not a constant of the
# language and stays Python. `shape` is an attribute, not the module's.
data = np.zeros(3)
shape = [1, 2]


@pyir.compile
def first(data: pyir.f64[:]) -> float:
    return data[0] + data.shape[0]


if __name__ == "__main__":
    print(twice(2))

# CHECK: module @"mixed-module" attributes {
# CHECK-SAME: pyir.python_source = "# RUN:
# The source's quotes are escaped (\22): this matches after it.
# CHECK-SAME: pyir.source = "{{[^"]*}}mixed-module.py"
# CHECK: func.func @scaled(
# CHECK: pyir.constant 6 : i64
# CHECK: func.func @twice(
# CHECK: call @scaled
# CHECK: func.func @first(
# CHECK-NOT: func.func
# The compiled part only: `import math, os` stays Python (every name of an
# import must be one the frontend accepts), so do the docstring, the
# constants no compiled function uses, the class and `helper`.
# AST: Module 'mixed-module' <1:1>
# AST-NEXT: Import <12:1>
# AST-NEXT: Alias 'pyir' <12:8>
# AST-NEXT: ImportFrom 'pyir' <14:1>
# AST-NEXT: Alias 'compile' as 'native' <14:18>
# AST-NEXT: Alias 'i64' <14:37>
# AST-NEXT: Assign <18:1>
# AST: AnnAssign <19:1>
# AST-NOT: <{{2[0-9]|3[0-9]|40}}:
# AST: FunctionDef 'scaled' <44:1>
# AST-NOT: helper
# AST: FunctionDef 'twice' <50:1>
# AST-NOT: Assign
# AST: FunctionDef 'first'
