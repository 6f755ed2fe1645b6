# RUN: not pyirc --emit=ast %s 2>&1 | FileCheck %s
# Every construct outside the language is rejected by name, at its line and
# column, and the parser goes on with the next statement.

# CHECK: errors-rejected.py:[[@LINE+1]]:1: error: classes are not supported by PyIR; use module-level functions and constants
class Foo:
    x = 1

# CHECK: errors-rejected.py:[[@LINE+2]]:1: error: classes are not supported by PyIR
@decorated
class Bar:
    pass

# Relative imports are parsed (Sema finds the module: imports-errors.py).
from . import sibling
# CHECK: errors-rejected.py:[[@LINE+1]]:18: error: wildcard imports ('from math import *') are not supported by PyIR; import the names you use
from math import *

def f(x: int, y: int) -> int:
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: nested functions (closures) are not supported by PyIR; define 'g' at module level
    def g():
        return 1
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: list comprehensions are not supported by PyIR
    y = [i for i in range(3)]
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: dict and set comprehensions are not supported by PyIR
    y = {i: i for i in range(3)}
    # CHECK: errors-rejected.py:[[@LINE+1]]:12: error: generator expressions are not supported by PyIR
    y = sum(i for i in range(3))
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: generator expressions are not supported by PyIR
    y = (i for i in range(3))
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: lambda expressions are not supported by PyIR; define a module-level function
    z = lambda q: q
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: 'try' statements (exception handling) are not supported by PyIR
    try:
        pass
    except ValueError:
        pass
    finally:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: 'with' statements are not supported by PyIR
    with open("x") as fh:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: the 'global' statement is not supported by PyIR; functions cannot rebind outer variables
    global q
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: the 'nonlocal' statement is not supported by PyIR
    nonlocal q
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: the 'del' statement is not supported by PyIR
    del x
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: dicts are not supported by PyIR
    w = {1: 2}
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: dicts are not supported by PyIR
    w = {}
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: sets are not supported by PyIR
    s = {1, 2}
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: lists are not supported by PyIR; use a view parameter (e.g. 'f64[:]') or a tuple
    l = [1, 2]
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: f-strings are not supported by PyIR; strings may only be literal messages
    v = f"hi {x}"
    # CHECK: errors-rejected.py:[[@LINE+1]]:13: error: complex numbers (the imaginary literal '1j') are not supported by PyIR
    c = 2 + 1j
    # CHECK: errors-rejected.py:[[@LINE+1]]:10: error: the 'is' operator is not supported by PyIR; compare values with '=='
    if x is None:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:10: error: the 'is not' operator is not supported by PyIR; compare values with '!='
    if x is not None:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:10: error: the 'in' operator is not supported by PyIR (there are no containers)
    if x in y:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:10: error: the 'not in' operator is not supported by PyIR (there are no containers)
    if x not in y:
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:11: error: assignment expressions (':=') are not supported by PyIR; use a separate assignment
    if (n := 3):
        pass
    # CHECK: errors-rejected.py:[[@LINE+1]]:11: error: argument unpacking ('*args') is not supported by PyIR
    print(*x)
    # CHECK: errors-rejected.py:[[@LINE+1]]:14: error: argument unpacking ('**kwargs') is not supported by PyIR
    print(1, **x)
    # CHECK: errors-rejected.py:[[@LINE+1]]:12: error: starred expressions ('*x') are not supported by PyIR
    a, b = *x, 1
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: 'yield' (generators) is not supported by PyIR
    yield x
    # CHECK: errors-rejected.py:[[@LINE+1]]:9: error: 'yield' (generators) is not supported by PyIR
    a = yield
    # CHECK: errors-rejected.py:[[@LINE+1]]:16: error: operations on strings ('+') are not supported by PyIR; strings may only be literal messages
    return "a" + "b"
    # CHECK: errors-rejected.py:[[@LINE+1]]:17: error: operations on strings ('%') are not supported by PyIR
    return "%d" % x
    # CHECK: errors-rejected.py:[[@LINE+1]]:13: error: cannot mix bytes and str literals
    m = "a" b"b"
    # CHECK: errors-rejected.py:[[@LINE+1]]:11: error: the '@' operator (matrix multiplication) is not supported by PyIR
    m = x @ y
    # CHECK: errors-rejected.py:[[@LINE+1]]:7: error: the '@=' operator (matrix multiplication) is not supported by PyIR
    m @= y
    # CHECK: errors-rejected.py:[[@LINE+1]]:13: error: 'raise ... from ...' (exception chaining) is not supported by PyIR
    raise x from y
    # CHECK: errors-rejected.py:[[@LINE+1]]:5: error: 'match' statements are not supported by PyIR
    match x:
        case 1:
            pass
    match = 3
    return x

# CHECK: errors-rejected.py:[[@LINE+1]]:7: error: '*args' parameters are not supported by PyIR
def h(*args):
    pass
# CHECK: errors-rejected.py:[[@LINE+1]]:10: error: '**kwargs' parameters are not supported by PyIR
def h(a, **kwargs):
    pass
# CHECK: errors-rejected.py:[[@LINE+1]]:10: error: keyword-only parameters (a bare '*') are not supported by PyIR
def h(a, *, b):
    pass
# CHECK: errors-rejected.py:[[@LINE+1]]:10: error: positional-only parameters (a '/' marker) are not supported by PyIR
def h(a, /, b):
    pass
# CHECK: errors-rejected.py:[[@LINE+1]]:1: error: 'async' functions and statements are not supported by PyIR
async def k():
    await x

def k2():
    # CHECK: errors-rejected.py:[[@LINE+1]]:12: error: 'await' is not supported by PyIR (no coroutines)
    return await x
