# RUN: pyirc --emit=pyir %s | FileCheck %s
# Issue #10: IRGen read the predecessor map of a block by reference while
# the recursive SSA reads inserted into it; when the map grew, the vector
# being iterated was freed (an intermittent segfault in addPhiOperands <-
# readVar <- seal in emitCountedLoop; deterministic under AddressSanitizer
# with this program, reduced from generated nested counted loops with
# break, continue, return and else clauses).

# CHECK-LABEL: func.func @f(%arg0: i64, %arg1: i64) -> i64
# CHECK: return
def f(n: int, m: int) -> int:
    s = 0
    t = 1
    if s % 3 == 1:
        if s > 59:
            return s + t
        if s > 12:
            return s + t
        if s % 2 == 0:
            if s > 46:
                return s + t
    for i in range(3):
        for j in range(n):
            for k in range(m):
                for l in range(3):
                    if s > 87:
                        return s + t
                    if s > 28:
                        break
            else:
                if t > 16:
                    continue
        for j in range(n):
            for k in range(n - 1):
                if s > 18:
                    break
                if s > 1:
                    break
                if s > 51:
                    return s + t
                for l in range(n):
                    while t < 45:
                        t += 3
            else:
                if s > 63:
                    return s + t
            if s > 22:
                return s + t
        for j in range(n - 1):
            while t < 45:
                t += 3
            if s > 16:
                break
        else:
            if s > 14:
                break
        for j in range(m):
            if s > 18:
                return s + t
            if s % 3 == 1:
                t += j + 1
            if t > 12:
                continue
    for i in range(0, n, 2):
        return s + t
    return s * 3 + t
