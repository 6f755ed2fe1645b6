# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=DECL
# RUN: not pyirc --emit=pyir %s 2>&1 | FileCheck %s --check-prefix=COUNT
# The arity of every math function (Builtins.def): calls with too few or too
# many arguments or with keywords; math names PyIR does not compile, imported
# (DECL, reported first) or called; a math constant called.
# COUNT-COUNT-41: error:
# COUNT-NOT: error:
import math
from math import fsum, sqrt
# DECL: math-errors.py:[[@LINE-1]]:18: error: math.fsum is not supported by PyIR; see the language reference for the math functions it compiles
from math import log, pi


def math_functions(x: float) -> None:
    m1 = math.sqrt()
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.sqrt() takes 1 argument(s) here
    m2 = sqrt(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.sqrt() takes 1 argument(s) here
    m3 = math.exp(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.exp() takes 1 argument(s) here
    m4 = math.expm1()
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.expm1() takes 1 argument(s) here
    m5 = math.log()
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.log() takes 2 argument(s) here
    m6 = log(x, 2.0, 3.0)
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.log() takes 2 argument(s) here
    m7 = math.log(x, base=2.0)
    # CHECK: math-errors.py:[[@LINE-1]]:22: error: math.log() takes no keyword arguments
    m8 = math.log1p(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.log1p() takes 1 argument(s) here
    m9 = math.log2(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:10: error: math.log2() takes 1 argument(s) here
    m10 = math.log10(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.log10() takes 1 argument(s) here
    m11 = math.pow(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.pow() takes 2 argument(s) here
    m12 = math.sin(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.sin() takes 1 argument(s) here
    m13 = math.cos(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.cos() takes 1 argument(s) here
    m14 = math.tan(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.tan() takes 1 argument(s) here
    m15 = math.asin(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.asin() takes 1 argument(s) here
    m16 = math.acos(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.acos() takes 1 argument(s) here
    m17 = math.atan(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.atan() takes 1 argument(s) here
    m18 = math.atan2(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.atan2() takes 2 argument(s) here
    m19 = math.sinh(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.sinh() takes 1 argument(s) here
    m20 = math.cosh(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.cosh() takes 1 argument(s) here
    m21 = math.tanh(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.tanh() takes 1 argument(s) here
    m22 = math.hypot(x, x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.hypot() takes 2 argument(s) here
    m23 = math.floor(x=x)
    # CHECK: math-errors.py:[[@LINE-1]]:22: error: math.floor() takes no keyword arguments
    m24 = math.ceil(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.ceil() takes 1 argument(s) here
    m25 = math.trunc(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.trunc() takes 1 argument(s) here
    m26 = math.fabs(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.fabs() takes 1 argument(s) here
    m27 = math.copysign(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.copysign() takes 2 argument(s) here
    m28 = math.fmod(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.fmod() takes 2 argument(s) here
    m29 = math.isnan(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.isnan() takes 1 argument(s) here
    m30 = math.isinf(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.isinf() takes 1 argument(s) here
    m31 = math.isfinite(x, x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.isfinite() takes 1 argument(s) here
    m32 = math.fsum(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.fsum is not supported by PyIR
    m33 = math.pi(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.pi is not supported by PyIR
    m34 = pi(x)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.pi is not supported by PyIR
    m35 = math.gcd(x, 4)
    # CHECK: math-errors.py:[[@LINE-1]]:20: error: math.gcd() needs an int, not float
    m36 = math.ldexp(x, 2.0)
    # CHECK: math-errors.py:[[@LINE-1]]:25: error: math.ldexp() needs an int, not float
    m37 = math.isclose(x, x, 0.1)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.isclose() takes 2 argument(s) here
    m38 = math.isclose(x, x, tol=0.1)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.isclose() got an unexpected keyword argument 'tol'
    m39 = math.gcd(4, k=2)
    # CHECK: math-errors.py:[[@LINE-1]]:23: error: math.gcd() takes no keyword arguments
    m40 = math.perm(4, 2, 1)
    # CHECK: math-errors.py:[[@LINE-1]]:11: error: math.perm() takes 2 argument(s) here
