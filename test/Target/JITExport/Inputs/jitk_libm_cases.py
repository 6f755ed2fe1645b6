"""Cases for Inputs/jitk_libm.py."""

MODULE = "jitk_libm.py"

CASES = {
    "pow_half": [(lambda x: lambda: ((x,), {}))(x)
                 for x in [2.5, 1.0, 3.0, 1e300]],
    "math_pow_half": [(lambda x: lambda: ((x,), {}))(x)
                      for x in [2.5, 1.0, 3.0, 1e300]],
}
