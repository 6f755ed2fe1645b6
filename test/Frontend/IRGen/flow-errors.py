# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# Sema reports the type errors of every body first; the errors found on the
# control flow (a missing return, a variable that may be unbound) follow, for
# the bodies without type errors only: a body with a type error is not
# generated, so its flow is checked once its types are right.
from pyir import u8

def typed_wrong(n: int) -> int:
    x: u8 = n
    if n > 0:
        return 1

def flow_only(n: int) -> int:
    if n > 0:
        return 1

def type_error_later(n: int) -> int:
    return n + 1.5

# CHECK: flow-errors.py:9:5: error: cannot assign a value of type int to 'x' of type u8
# CHECK-NOT: 'typed_wrong' may reach its end
# CHECK: flow-errors.py:18:12: error: returns a value of type float but function 'type_error_later' is annotated -> int
# CHECK: flow-errors.py:13:5: error: function 'flow_only' may reach its end without returning a value; it must return int on every path
# CHECK-NOT: error:
