# RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/imports/. %t/ && cp %s %t/imports_view_result.py
# RUN: not pyirc --emit=pyir %t/imports_view_result.py 2>&1 | FileCheck %s
# A function of another module that returns an array cannot be imported
# yet (its owner does not cross the C ABI between extensions): a located
# error at the import, with the definition; one taking a view can.
from imp_arrays import ramp, total
from pyir import f64

# CHECK: imports_view_result.py:6:24: error: 'ramp' of module 'imp_arrays' returns an array: calling another module's function that returns a view is not supported yet; call it from Python, or define it in this module
# CHECK-NEXT: from imp_arrays import ramp, total
# CHECK-NEXT: {{^}}                       ^~~~{{$}}
# CHECK: imp_arrays.py:5:5: note: 'ramp' is defined here
# CHECK-NOT: error:


def use(a: f64[:]) -> float:
    return total(a)
