# RUN: pyirc --emit=ast %s 2> %t.err; test $? -eq 1
# RUN: FileCheck %s --strict-whitespace --match-full-lines < %t.err
# Diagnostics are `file:line:col: error: message`, the source line and a
# caret with the range underlined; exit status 1.

def f(x: int) -> int:
    return "a" + "b"
# CHECK:{{.*}}diagnostics-format.py:7:16: error: operations on strings ('+') are not supported by PyIR; strings may only be literal messages
# CHECK-NEXT:    return "a" + "b"
# CHECK-NEXT:           ~~~~^~~~~

class C:
    pass
# CHECK-NEXT:{{.*}}diagnostics-format.py:12:1: error: classes are not supported by PyIR; use module-level functions and constants
# CHECK-NEXT:class C:
# CHECK-NEXT:^~~~~

x = 0x10 + 1.5j
# CHECK-NEXT:{{.*}}diagnostics-format.py:18:12: error: complex numbers (the imaginary literal '1.5j') are not supported by PyIR
# CHECK-NEXT:x = 0x10 + 1.5j
# CHECK-NEXT:           ^~~~
