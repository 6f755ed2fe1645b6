# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=DECL
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=COUNT
# The arity of every builtin (Builtins.def): calls with too few or too many
# positional arguments or with keywords, in bodies and in module constants
# (DECL, reported first); a name that is not a builtin.
# COUNT-COUNT-32: error:
# COUNT-NOT: error:
from pyir import f64

C1 = int(1, 2)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: int() takes 1 argument in a constant
C2 = float()
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: float() takes 1 argument in a constant
C3 = bool(x=1)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: only the builtins int(), float(), bool(), abs(), min(), max() and pow() are folded in a constant
C4 = abs(1, 2)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: abs() takes 1 argument in a constant
C5 = min(1)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: min() takes 2 or more arguments in a constant
C6 = max()
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: max() takes 2 or more arguments in a constant
C7 = pow(2)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: pow() takes 2 arguments in a constant
C8 = pow(2, 3, 5)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: pow() takes 2 arguments in a constant
C9 = round(1.5)
# DECL: builtins-errors.py:[[@LINE-1]]:6: error: only the builtins int(), float(), bool(), abs(), min(), max() and pow() are folded in a constant


def builtins(a: f64[:], x: float) -> None:
    b1 = len()
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: len() takes 1 positional argument(s) here
    b2 = len(a, a)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: len() takes 1 positional argument(s) here
    b3 = len(a=a)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: len() takes 1 positional argument(s) here
    b4 = int()
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: int() takes 1 positional argument(s) here
    b5 = float(x, x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: float() takes 1 positional argument(s) here
    b6 = bool(x=x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: bool() takes 1 positional argument(s) here
    b7 = abs()
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: abs() takes 1 positional argument(s) here
    b8 = abs(x, x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: abs() takes 1 positional argument(s) here
    b9 = min(x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:10: error: min() takes two or more positional arguments here
    b10 = max()
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: max() takes two or more positional arguments here
    b11 = max(x, x, key=x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: max() takes two or more positional arguments here
    b12 = pow(x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: pow() takes 2 positional argument(s) here
    b13 = pow(x, x, x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: pow() takes 2 positional argument(s) here
    b14 = divmod(x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: divmod() takes 2 positional argument(s) here
    b15 = divmod(x, x, x)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: divmod() takes 2 positional argument(s) here
    b16 = round()
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: round() takes 1 to 2 positional argument(s) here
    b17 = round(x, 2, 3)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: round() takes 1 to 2 positional argument(s) here
    b18 = round(x, ndigits=2)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: round() takes 1 to 2 positional argument(s) here
    b19 = range(3)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: range() is only supported as the iterable of a for loop
    for i in range():
        # CHECK: builtins-errors.py:[[@LINE-1]]:14: error: range() takes 1 to 3 positional integer arguments
        pass
    for j in range(1, 2, 3, 4):
        # CHECK: builtins-errors.py:[[@LINE-1]]:14: error: range() takes 1 to 3 positional integer arguments
        pass
    for k in range(stop=3):
        # CHECK: builtins-errors.py:[[@LINE-1]]:14: error: range() takes 1 to 3 positional integer arguments
        pass
    b20 = sum(a)
    # CHECK: builtins-errors.py:[[@LINE-1]]:11: error: name 'sum' is not defined (or is not supported by PyIR)
