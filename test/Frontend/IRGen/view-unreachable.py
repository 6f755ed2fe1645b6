# RUN: pyirc --emit=pyir %s | FileCheck %s
# Fuzz finding (seed 1000003, smoke.test): a view local read after a loop
# that never exits was reported as "may be used before it is assigned"; in
# code that cannot run a view reads as a placeholder, as every type does.
from pyir import u64


# CHECK-LABEL: func.func @after_endless_loop(
def after_endless_loop(p: u64[::1], n: int) -> int:
    c = 0
    while c < 9:
        n += 1
    w: u64[:] = p[n::2]
    if n > 1:
        return -8
    return w.shape[0]


# CHECK-LABEL: func.func @after_return(
def after_return(p: u64[:], n: int) -> int:
    return n
    w = p[1:]
    return len(w)
