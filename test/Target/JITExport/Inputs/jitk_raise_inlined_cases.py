"""Cases for Inputs/jitk_raise_inlined.py."""

MODULE = "jitk_raise_inlined.py"

CASES = {
    "after_raise": [lambda: ((0,), {}), lambda: ((172,), {})],
    "raise_or_root": [lambda: ((4.0,), {}), lambda: ((-1.0,), {})],
}
