"""Differential cases for examples/kernels.py."""
import array

import numpy as np

from kernels_stdlib_cases import COLLATZ, COLLATZ_BAD, F, PRIMES

MODULE = "../../../examples/kernels.py"


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
    "count_primes": PRIMES
    + [lambda: ((50, np.zeros(50, dtype=np.uint8)), {}),
       lambda: ((30, array.array("B", [7] * 40)), {}),
       lambda: ((), {"sieve": bytearray(20), "n": 20})],
    "collatz_steps": COLLATZ,
}

BAD = {
    "collatz_steps": COLLATZ_BAD,
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
