# A test whose check does not hold fails the run.
# RUN: %pyirc --emit=pyir %s | FileCheck %s
# CHECK: pyir.sub


def f(x: int) -> int:
    return x + 1
