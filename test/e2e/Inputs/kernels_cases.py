"""Differential cases for examples/kernels.py."""
import array
import math

import numpy as np

from harness import int64_deviation

MODULE = "../../../examples/kernels.py"

F = [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e-300, 1e300, 5e-324,
     math.inf, -math.inf, math.nan]


def arr(values, dtype=np.float64):
    return lambda: ((np.array(values, dtype=dtype),), {})


CASES = {
    "norm": [arr([]), arr([3.0, 4.0]), arr([1e200, 1e200]), arr(F)]
    + [arr([x]) for x in F]
    + [lambda: ((np.arange(20.0)[::3],), {}),
       lambda: ((np.arange(20.0)[::-1],), {}),
       lambda: ((array.array("d", [1.5, -2.5]),), {}),
       lambda: ((memoryview(array.array("d", [0.1] * 7)),), {}),
       lambda: ((), {"a": np.ones(5)})],
    "count_primes": [
        (lambda n: lambda: ((n, bytearray(max(n, 0))), {}))(n)
        for n in [0, 1, 2, 3, 10, 100, 1000, -5]]
    + [lambda: ((50, np.zeros(50, dtype=np.uint8)), {}),
       lambda: ((30, array.array("B", [7] * 40)), {}),
       lambda: ((), {"sieve": bytearray(20), "n": 20})],
    "collatz_steps": [
        (lambda n: lambda: ((n,), {}))(n)
        for n in [1, 2, 3, 7, 27, 97, 871, 0, -1, -2**63, True]]
    + [lambda: ((), {"n": 6}),
       # 3n + 1 leaves int64 on the way (the compiled module raises).
       int64_deviation(lambda: ((2**62 + 1,), {})),
       int64_deviation(lambda: ((2**63 - 1,), {}))],
}

BAD = {
    "collatz_steps": [
        (lambda: ((), {}), TypeError,
         "collatz_steps() missing 1 required positional argument: 'n'"),
        (lambda: ((1, 2), {}), TypeError,
         "collatz_steps() takes 1 positional argument but 2 were given"),
        (lambda: ((), {"x": 1}), TypeError,
         "collatz_steps() got an unexpected keyword argument 'x'"),
        (lambda: ((1,), {"n": 1}), TypeError, "multiple values"),
        (lambda: ((1.0,), {}), TypeError, "'n' must be int, not float"),
        (lambda: (("3",), {}), TypeError, "'n' must be int, not str"),
        (lambda: ((2**63,), {}), OverflowError, "'n'"),
        (lambda: ((-2**63 - 1,), {}), OverflowError, "'n'"),
    ],
    "norm": [
        (lambda: (([1.0, 2.0],), {}), TypeError, "'a' must be a buffer"),
        (lambda: ((np.zeros(3, dtype=np.int64),), {}), TypeError, "'a'"),
        (lambda: ((np.zeros(3, dtype=np.float32),), {}), TypeError, "'a'"),
        (lambda: ((array.array("l", [1]),), {}), TypeError, "'a'"),
        (lambda: ((np.zeros((2, 2)),), {}), ValueError, "dimension"),
        (lambda: ((1.0,), {}), TypeError, "'a'"),
    ],
    "count_primes": [
        (lambda: ((10, bytes(10)), {}), ValueError, "read-only"),
        (lambda: ((10, np.zeros(10, dtype=np.uint8)[::-1]), {}), ValueError,
         "C-contiguous"),
        (lambda: ((10, np.zeros(20, dtype=np.uint8)[::2]), {}), ValueError,
         "C-contiguous"),
        (lambda: ((10, np.zeros(10, dtype=np.int8)), {}), TypeError,
         "'sieve'"),
        (lambda: ((10,), {}), TypeError,
         "count_primes() missing 1 required positional argument: 'sieve'"),
        (lambda: ((1, bytearray(1), 3), {}), TypeError,
         "count_primes() takes 2 positional arguments but 3 were given"),
    ],
}
