# RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/imports/. %t/ && cp %s %t/imports_errors.py
# RUN: not pyirc --emit=pyir %t/imports_errors.py 2>&1 | FileCheck %s
# RUN: not pyirc --emit=pyir %t/imp_cycle_a.py 2>&1 | FileCheck %s --check-prefix=CYCLE
# RUN: not pyirc --emit=pyir %t/pkg/imp_relative_errors.py 2>&1 | FileCheck %s --check-prefix=REL
# Imports of functions of other PyIR modules (docs/language.md §10): every
# error is located, at the import or at the call.
from imp_lib import add, mean, LIMIT, _hidden, nothing, T
from imp_broken import bad
from numpy import zeros
from pyir import f64, f32

# CHECK: imports_errors.py:7:32: error: 'LIMIT' of module 'imp_lib' is not a function: only compiled functions can be imported from a PyIR module
# CHECK: imports_errors.py:7:39: error: '_hidden' is private to module 'imp_lib' (its name starts with '_')
# CHECK: imp_lib.py:20:5: note: '_hidden' is defined here
# CHECK: imports_errors.py:7:48: error: module 'imp_lib' has no compiled function 'nothing'
# CHECK: imports_errors.py:7:57: error: 'T' of module 'imp_lib' is not a function
# CHECK: imp_broken.py:1:9: error: parameter 'x' needs a type annotation
# CHECK: imports_errors.py:8:6: error: module 'imp_broken' ({{.*}}imp_broken.py) has errors; fix them first
# CHECK: imports_errors.py:9:6: error: importing from 'numpy' is not supported


def calls(a: f64[:], b: f32[:], n: int) -> float:
    x = add(n, 2) + add(n) + add(b=3, a=n)
    # CHECK: imports_errors.py:[[@LINE+1]]:13: error: argument 'a' of add() must be int, not float
    y = add(1.5)
    # CHECK: imports_errors.py:[[@LINE+1]]:16: error: add() got an unexpected keyword argument 'c'
    y = add(1, c=2)
    z = mean(a) + mean(b)
    # CHECK: imports_errors.py:[[@LINE+1]]:9: error: no specialisation of generic function 'mean' accepts these arguments (int); it is specialised for (f32[:]); (f64[:])
    w = mean(n)
    return x + z


# CYCLE: imp_cycle_b.py:1:6: error: import cycle: module 'imp_cycle_a' imports itself through 'imp_cycle_b'; compiled modules cannot import each other in a cycle
# CYCLE: imp_cycle_a.py:1:6: error: module 'imp_cycle_b' ({{.*}}imp_cycle_b.py) has errors; fix them first
# CYCLE: imp_cycle_a.py:5:12: error: name 'g' is not defined

# REL-NOT: error: {{.*}}imp_lib
# REL: imp_relative_errors.py:2:6: error: no PyIR module '.imp_missing': looked for '{{.*}}pkg/imp_missing.py', '{{.*}}pkg/imp_missing/__init__.py'
# REL: imp_relative_errors.py:3:15: error: module '.' has no compiled function 'imp_sibling'
