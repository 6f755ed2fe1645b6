"""Control-flow shapes for the structured Python reference (structured.test,
parity.test, numba-tiers.test): branches, several returns, loops with
break, continue, early returns, while loops with compound conditions, loop
`else`, nested loops."""
from pyir import f64, i64


def sign(x: float) -> int:
    if x > 0.0:
        return 1
    elif x < 0.0:
        return -1
    return 0


def absdiff(a: int, b: int) -> int:
    if a > b:
        d = a - b
    else:
        d = b - a
    return d * 2


def sum_to(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def find(a: f64[:], v: float) -> int:
    k = -1
    for i in range(len(a)):
        if a[i] == v:
            k = i
            break
    return k


def first_negative(a: f64[:]) -> float:
    for i in range(len(a)):
        if a[i] < 0.0:
            return a[i]
    return 0.0


def count_below(a: f64[:], limit: float) -> int:
    i = 0
    s = 0.0
    while i < len(a) and s + a[i] < limit:
        s += a[i]
        i += 1
    return i


def odd_sum(n: int) -> int:
    s = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        s += i
    return s


def pairs_below(a: i64[:], t: int) -> int:
    c = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            if a[i] + a[j] >= t:
                break
            c += 1
    return c


def search(a: i64[:], v: int) -> int:
    for i in range(len(a)):
        if a[i] == v:
            break
    else:
        return -1
    return i


def steps(n: int, limit: int) -> int:
    k = 0
    while n > 0:
        if n == 1:
            return k
        if k >= limit:
            raise ValueError("too many steps")
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        k += 1
    return -1


def strided(n: int, step: int) -> int:
    s = 0
    for i in range(n, 0, -step):
        s += i
    return s


def classify(x: float, y: float) -> int:
    r = 0
    if x > 0.0 and y > 0.0:
        r = 1
    elif x < 0.0 or y < 0.0:
        r = 2
        if x < y:
            r = 3
    return r


def copy_back(x: int, y: int) -> int:
    # Two loop variables equal at the end of the body: the lifted loop
    # forwards one value twice, which MLIR 22's WhileMoveIfDown
    # canonicalization miscompiles (llvm/llvm-project#219456) unless
    # guarded (PythonRef.cpp, UniqueConditionArgs).
    a = x
    b = y
    i = 0
    while i < 3:
        i += 1
        j = 0
        while j < 2 and x < 0:
            j += 1
            b = a + 1
        a = b
    return a + 3 * b
