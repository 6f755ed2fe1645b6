"""Differential cases for examples/kernels.py without NumPy (array,
memoryview, bytearray): for the interpreters that have no NumPy
(interpreters/*.test). kernels_cases.py, with NumPy, shares the lists that
need none (F, PRIMES, COLLATZ, COLLATZ_BAD)."""
import array
import math

from harness import int64_deviation

MODULE = "../../../examples/kernels.py"

F = [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e-300, 1e300, 5e-324,
     math.inf, -math.inf, math.nan]


def d(values):
    return lambda: ((array.array("d", values),), {})


PRIMES = [(lambda n: lambda: ((n, bytearray(max(n, 0))), {}))(n)
          for n in [0, 1, 2, 3, 10, 100, 1000, -5]]
COLLATZ = [
    (lambda n: lambda: ((n,), {}))(n)
    for n in [1, 2, 3, 7, 27, 97, 871, 0, -1, -2**63, True]] + [
    lambda: ((), {"n": 6}),
    # 3n + 1 leaves int64 on the way (the compiled module raises).
    int64_deviation(lambda: ((2**62 + 1,), {})),
    int64_deviation(lambda: ((2**63 - 1,), {}))]
COLLATZ_BAD = [
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
]

CASES = {
    "norm": [d([]), d([3.0, 4.0]), d([1e200, 1e200]), d(F)]
    + [d([x]) for x in F]
    + [lambda: ((memoryview(array.array("d", range(20)))[::3],), {}),
       lambda: ((memoryview(array.array("d", range(20)))[::-1],), {}),
       lambda: ((memoryview(array.array("d", [0.1] * 7)),), {}),
       lambda: ((), {"a": array.array("d", [1.0] * 5)})],
    "count_primes": PRIMES
    + [lambda: ((30, array.array("B", [7] * 40)), {}),
       lambda: ((), {"sieve": bytearray(20), "n": 20})],
    "collatz_steps": COLLATZ,
}

BAD = {
    "collatz_steps": COLLATZ_BAD,
    "norm": [
        (lambda: (([1.0, 2.0],), {}), TypeError,
         "'a' must be a buffer (f64[:]), not list"),
        (lambda: ((array.array("q", [1]),), {}), TypeError,
         "'a' must be a buffer of f64"),
        (lambda: ((array.array("f", [1.0]),), {}), TypeError, "'a'"),
        (lambda: ((memoryview(bytearray(16)).cast("d", (1, 2)),), {}),
         ValueError, "dimension"),
        (lambda: ((1.0,), {}), TypeError, "'a'"),
    ],
    "count_primes": [
        (lambda: ((10, bytes(10)), {}), ValueError, "read-only"),
        (lambda: ((10, memoryview(bytearray(20))[::2]), {}), ValueError,
         "C-contiguous"),
        (lambda: ((10, array.array("b", [0] * 10)), {}), TypeError,
         "'sieve'"),
        (lambda: ((10,), {}), TypeError,
         "count_primes() missing 1 required positional argument: 'sieve'"),
    ],
}
