# RUN: pyirc --emit=pyir %s | FileCheck %s
# RUN: pyirc --emit=pyir %S/Inputs/directive-placement-eof.py | FileCheck %S/Inputs/directive-placement-eof.py --check-prefix=EOF
# RUN: not pyirc --emit=pyir %S/Inputs/directive-placement-bad.py 2>&1 | FileCheck %S/Inputs/directive-placement-bad.py --check-prefix=BAD
# RUN: pyirc --emit=pyir %S/Inputs/directive-placement-late.py | FileCheck %S/Inputs/directive-placement-late.py --check-prefix=LATE
# RUN: not pyirc --emit=pyir %S/Inputs/directive-placement-mixed.py 2>&1 | FileCheck %S/Inputs/directive-placement-mixed.py --check-prefix=MIXED
"""A '# pyir:' directive at module level may stand between a decorator and
its def, and on the last line of the file after a function even without a
final newline (Inputs/directive-placement-eof.py)."""
from pyir import f64, boundscheck


# CHECK-LABEL: func.func @first
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
@boundscheck(True)
# pyir: wraparound=False
def first(a: f64[:], i: int) -> float:
    return a[i]
