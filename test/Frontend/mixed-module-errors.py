# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=CONST
# A mixed module's marked functions must be in the language, with located
# errors; a compiled function calls only compiled functions.
import pyir
from pyir import compile

def helper(n):
    return n + 1


class Box:
    pass


def abs(x):
    return x


@pyir.compile
def calls_python(n: int) -> int:
    # CHECK: mixed-module-errors.py:[[@LINE+1]]:12: error: 'helper' is not compiled: mark it @pyir.compile (a compiled function calls only compiled functions)
    return helper(n)
# CHECK: mixed-module-errors.py:8:5: note: 'helper' is defined here, in Python


@compile
def makes_box(n: int) -> int:
    # CHECK: mixed-module-errors.py:[[@LINE+1]]:9: error: 'Box' is not compiled
    b = Box()
    # A Python `abs` shadows the builtin, as in Python.
    # CHECK: mixed-module-errors.py:[[@LINE+1]]:12: error: 'abs' is not compiled
    return abs(n)


TABLE = {"a": 1}
# A constant the compiled code uses: it must be a constant of the language.
# CONST: mixed-module-errors.py:[[@LINE+1]]:5: error: integer division or modulo by zero in a constant
K = 1 // 0


# A module-level name that is not a constant of the language stays Python:
# compiled code cannot see it.
@pyir.compile
def uses_dict(n: int) -> int:
    # CHECK: mixed-module-errors.py:[[@LINE+1]]:12: error: name 'TABLE' is not defined (or is not supported by PyIR)
    return TABLE["a"] + K
