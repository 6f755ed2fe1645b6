# RUN: pyirc --emit=pyir %s | pyir-opt -canonicalize | FileCheck %s
# Control flow becomes a CFG whose variables are block arguments.

# CHECK-LABEL: func.func @loop_else(%arg0: i64 {pyir.arg_name = "n"}) -> i64
def loop_else(n: int) -> int:
    total = 0
    i = 0
    # CHECK: %[[MINUS1:.*]] = pyir.constant -1 : i64
    # CHECK: cf.br ^[[HEAD:bb[0-9]+]](%[[ZERO:.*]], %[[ZERO]] : i64, i64)
    # CHECK: ^[[HEAD]](%[[I:.*]]: i64, %[[T:.*]]: i64):
    # CHECK: %[[C:.*]] = pyir.cmp lt %[[I]], %arg0 : i64, i64
    # The normal exit runs the else clause: total = -1.
    # CHECK: cf.cond_br %[[C]], ^[[BODY:bb[0-9]+]], ^[[AFTER:bb[0-9]+]](%[[MINUS1]] : i64)
    while i < n:
        # CHECK: ^[[BODY]]:
        # CHECK: %[[I1:.*]] = pyir.add checked %[[I]], %{{.*}} : i64
        i += 1
        # `continue` goes back to the loop header.
        # CHECK: cf.cond_br %{{.*}}, ^[[HEAD]](%[[I1]], %[[T]] : i64, i64), ^[[ELIF:bb[0-9]+]]
        if i % 2 == 0:
            continue
        # `break` skips the else clause.
        # CHECK: ^[[ELIF]]:
        # CHECK: cf.cond_br %{{.*}}, ^[[AFTER]](%[[T]] : i64), ^{{bb[0-9]+}}
        elif i > 7:
            break
        else:
            total += i
    else:
        total = -1
    return total

# CHECK-LABEL: func.func @early_return
def early_return(n: int) -> int:
    # CHECK: cf.cond_br %{{.*}}, ^[[RET:bb[0-9]+]], ^[[REST:bb[0-9]+]]
    if n < 2:
        # CHECK: ^[[RET]]:
        # CHECK-NEXT: return %arg0 : i64
        return n
    # CHECK: ^[[REST]]:
    # CHECK: call @early_return
    return early_return(n - 1) + 1

# CHECK-LABEL: func.func @range_step
def range_step(n: int) -> int:
    total = 0
    # A literal negative step counts down: 10, 8, 6, 4, 2 (5 iterations).
    # CHECK: %[[FIVE:.*]] = arith.constant 5 : i64
    # CHECK: arith.cmpi ult, %{{.*}}, %[[FIVE]] : i64
    for j in range(10, 0, -2):
        total += j
    # A runtime step is checked for zero and may have either sign.
    # CHECK: %[[NZ:.*]] = pyir.cmp ne %arg0, %{{.*}} : i64, i64
    # CHECK: pyir.assert %[[NZ]], ValueError "range() arg 3 must not be zero"
    # CHECK: %[[POS:.*]] = arith.cmpi sgt, %arg0
    # CHECK: arith.select %[[POS]]
    for k in range(0, 100, n):
        total += k
    return total

# CHECK-LABEL: func.func @conditional
def conditional(a: int, b: int, c: float) -> bool:
    # Chained comparisons short-circuit; `and`/`or`/`not` too.
    # CHECK: %[[LT:.*]] = pyir.cmp lt %arg0, %arg1 : i64, i64
    # CHECK: cf.cond_br %[[LT]]
    # CHECK-DAG: pyir.cmp le %arg1, %arg2 : i64, f64
    # CHECK-DAG: pyir.cmp eq %arg1, %arg2 : i64, f64
    # CHECK-DAG: arith.xori
    # CHECK-DAG: pyir.cmp ne %arg0, %{{.*}} : i64, i64
    return a < b <= c and not b == c or a != 0

# CHECK-LABEL: func.func @ifexp
def ifexp(n: int) -> float:
    # An int branch meeting a float branch becomes float.
    # CHECK: %[[F:.*]] = pyir.cast %arg0 : i64 to f64
    # CHECK: cf.br ^{{bb[0-9]+}}(%[[F]] : f64)
    return n if n > 0 else 0.5

# CHECK-LABEL: func.func @raises
def raises(n: int) -> int:
    # CHECK: pyir.raise ValueError "n must be positive"
    if n < 0:
        raise ValueError("n must be positive")
    # CHECK: pyir.assert %{{.*}}, AssertionError "small"
    assert n < 100, "small"
    # CHECK: pyir.raise ZeroDivisionError
    # CHECK-NOT: "
    if n == 0:
        raise ZeroDivisionError
    return n
