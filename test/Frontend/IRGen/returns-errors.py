# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# "May reach its end without returning" is decided on the control-flow
# graph: only paths that can run count (issue #10). These do fall off.

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'loop_with_break' may reach its end without returning a value
def loop_with_break(n: int) -> int:
    while True:
        if n > 3:
            break
        n += 1

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'loop_with_condition' may reach its end
def loop_with_condition(n: int) -> int:
    while n > 0:
        return n

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'if_without_else' may reach its end
def if_without_else(n: int) -> int:
    if n > 0:
        return 1
    elif n < 0:
        return -1

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'false_loop' may reach its end
def false_loop(n: int) -> int:
    while False:
        return n

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'for_else_break' may reach its end
def for_else_break(n: int) -> int:
    for i in range(n):
        if i == 2:
            break
    else:
        return 0

# CHECK: returns-errors.py:[[@LINE+1]]:5: error: function 'assert_true' may reach its end
def assert_true(n: int) -> int:
    assert True

# CHECK-NOT: error:
def ok_nested(n: int) -> int:
    while True:
        for i in range(n):
            if i > 2:
                break
        n += 1
        if n > 10:
            return n
