# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# The marked functions of a mixed module, and the constants they use, must
# be in the language: located errors, as in a whole module. The Python
# parts may use anything.
import pyir

TABLE = {"a": 1}
OTHER = {"b": [i for i in range(3)]}


class Fine:
    x = [i for i in range(3)]


@pyir.compile
def outside(n: int) -> int:
    # CHECK: mixed-module-syntax.py:[[@LINE+1]]:9: error: list comprehensions are not supported by PyIR
    y = [i for i in range(n)]
    return n

