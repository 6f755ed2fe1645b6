# RUN: pyirc --emit=c -O0 %s -o - | grep -B2 "int64_t b_old = b;" | FileCheck %s
# Before C23 a label labels a statement, not a declaration: a block whose
# first statement declares the saved copy of a parallel assignment (b_old)
# gets `bbN:;`. Found by the differential runner once pyirc inlined
# (campaign seed 9950: clang-14 rejected the JIT export's C).


def f(n: int) -> int:
    a = 0
    b = 1
    k = 0
    while k < n:
        k += 1
        if k % 3 == 0:
            a, b = b, a
            # CHECK: {{^}}bb{{[0-9]+}}:;{{$}}
            # CHECK-NEXT: #line {{[0-9]+}} "label_declaration.py"
            # CHECK-NEXT: int64_t b_old = b;
            continue
        if k % 5 == 0:
            break
        a, b = b, a + b
    return a + b
