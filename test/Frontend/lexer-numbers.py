# RUN: pyirc --emit=tokens %s | FileCheck %s
# Every numeric literal form of Python 3.
a = 0
# CHECK: <[[@LINE-1]]:5> INT 0 '0'
a = 00
# CHECK: <[[@LINE-1]]:5> INT 0 '00'
a = 1_000_000
# CHECK: <[[@LINE-1]]:5> INT 1000000 '1_000_000'
a = 0xFF + 0X_1f
# CHECK: <[[@LINE-1]]:5> INT 255 '0xFF'
# CHECK: <[[@LINE-2]]:12> INT 31 '0X_1f'
a = 0o17 + 0O7_7
# CHECK: <[[@LINE-1]]:5> INT 15 '0o17'
# CHECK: <[[@LINE-2]]:12> INT 63 '0O7_7'
a = 0b1010 + 0B_1_1
# CHECK: <[[@LINE-1]]:5> INT 10 '0b1010'
# CHECK: <[[@LINE-2]]:14> INT 3 '0B_1_1'
a = 9223372036854775807
# CHECK: <[[@LINE-1]]:5> INT 9223372036854775807 '9223372036854775807'
a = 18446744073709551616
# CHECK: <[[@LINE-1]]:5> INT 18446744073709551616 '18446744073709551616'
a = 1.5 + 1. + .5 + 1e-3 + 1E+3 + 2e10 + 1_0.2_5e1_0
# CHECK: <[[@LINE-1]]:5> FLOAT 1.5 '1.5'
# CHECK: <[[@LINE-2]]:11> FLOAT 1 '1.'
# CHECK: <[[@LINE-3]]:16> FLOAT 0.5 '.5'
# CHECK: <[[@LINE-4]]:21> FLOAT 0.001 '1e-3'
# CHECK: <[[@LINE-5]]:28> FLOAT 1000 '1E+3'
# CHECK: <[[@LINE-6]]:35> FLOAT 20000000000 '2e10'
# CHECK: <[[@LINE-7]]:42> FLOAT 102500000000 '1_0.2_5e1_0'
a = 1e400
# CHECK: <[[@LINE-1]]:5> FLOAT inf '1e400'
a = 1j + 2.5J + 1e3j
# CHECK: <[[@LINE-1]]:5> IMAGINARY 1 '1j'
# CHECK: <[[@LINE-2]]:10> IMAGINARY 2.5 '2.5J'
# CHECK: <[[@LINE-3]]:17> IMAGINARY 1000 '1e3j'
a = x.real + 1 .real
# CHECK: <[[@LINE-1]]:5> NAME 'x'
# CHECK-NEXT: '.'
# CHECK-NEXT: NAME 'real'
# CHECK-NEXT: '+'
# CHECK-NEXT: INT 1 '1'
# CHECK-NEXT: '.'
