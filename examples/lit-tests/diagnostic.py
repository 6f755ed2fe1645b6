# A type error is a located diagnostic, and pyirc exits with status 1.
# RUN: not %pyirc --emit=pyir %s 2>&1 | FileCheck %s


def half(x: float) -> int:
    return x / 2
# CHECK: diagnostic.py:[[@LINE-1]]:12: error: returns a value of type float but function 'half' is annotated -> int
# CHECK-NEXT: return x / 2
# CHECK-NEXT: ^~~~~
