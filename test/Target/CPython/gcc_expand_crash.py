# RUN: rm -rf %t && mkdir -p %t
# RUN: pyirc -O1 %s -o %t/ && pyirc -O3 %s -o %t/
# RUN: env PYTHONPATH=%t %python -c "import gcc_expand_crash as m, array; print(m.scaled(array.array('d', [0.75])), m.scaled(array.array('d', [0.25])))" | FileCheck %s
# GCC 12 crashed ("internal compiler error: Segmentation fault during RTL
# pass: expand") compiling the extension when an element read through
# memcpy reached __builtin_mul_overflow through a comparison (campaign seed
# 9960, reduced by utils/fuzz/reduce.py). The runtime's element access now
# reads through a 1-aligned may_alias type under GCC and Clang.
from pyir import f64


def scaled(p1: f64[::1]) -> int:
    return 5 * int(p1[0] > 0.5)

# CHECK: 5 0
