"""Differential cases for bench/kernels.py (the kernels the performance
work is measured on): small sizes, extents that pass and fail the
versioning guards, values near the ends of int64."""
import math

import numpy as np

from harness import int64_deviation

MODULE = "../../../bench/kernels.py"


def call(*args):
    return lambda: (tuple(a.copy() if isinstance(a, np.ndarray) else a
                          for a in args), {})


def f64(*values):
    return np.array(values, dtype=np.float64)


V = np.linspace(0.5, 3.0, 9)
BYTES = np.frombuffer(b"the quick  brown\tfox\njumps \r\n over", dtype=np.uint8)
GRID = (np.arange(30, dtype=np.float32).reshape(5, 6) / 7).astype(np.float32)

CASES = {
    "dot": [call(V, V), call(V, V[:5]), call(V[:5], V), call(f64(), f64())],
    "saxpy": [call(2.0, V, V[::-1].copy()), call(1.5, V, np.ones(4)),
              call(-0.5, f64(), f64())],
    "mandelbrot": [call(8, 6, 20), call(0, 3, 5), call(3, 3, 0)],
    "fib": [call(n) for n in (0, 1, 2, 10, 20, -3)],
    "matmul": [call(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4),
                    np.zeros((2, 4))),
               call(np.ones((2, 3)), np.ones((3, 2)), np.zeros((2, 1)))],
    "prefix_sum": [call(np.arange(10, dtype=np.int64)),
                   call(np.array([], dtype=np.int64)),
                   int64_deviation(call(np.array([2**62, 2**62, 1],
                                                 dtype=np.int64))),
                   call(np.array([2**62, -2**62, -2**62, -2**62],
                                 dtype=np.int64))],
    "jacobi": [call(np.arange(20.0).reshape(4, 5), np.zeros((4, 5)), 3),
               call(np.arange(20.0).reshape(4, 5), np.zeros((3, 5)), 1),
               call(np.ones((2, 2)), np.zeros((2, 2)), 2)],
    "histogram": [call(V, np.zeros(4, dtype=np.int64), 0.5, 3.0),
                  call(V, np.zeros(1, dtype=np.int64), 1.0, 2.0),
                  call(V, np.zeros(0, dtype=np.int64), 0.0, 4.0),
                  call(f64(math.nan, 1.0, math.inf), np.zeros(3, dtype=np.int64),
                       0.0, 2.0),
                  call(V, np.zeros(3, dtype=np.int64), 1.0, 1.0 + 1e-300),
                  call(V, np.zeros(3, dtype=np.int64), -math.inf, math.inf)],
    "a": [call(0, 0), call(3, 5), call(2**30, 2**30),
          int64_deviation(call(2**31, 2**31))],
    "mul_av": [call(V, np.zeros(9)), call(V, np.zeros(8)), call(f64(), f64())],
    "mul_atv": [call(V, np.zeros(9)), call(V[:3].copy(), np.zeros(2))],
    "spectral_norm": [call(np.zeros(6), np.zeros(6), np.zeros(6)),
                      call(np.zeros(2), np.zeros(2), np.zeros(1))],
    "monte_carlo_pi": [call(100, 1), call(0, 5), call(-4, 3),
                       int64_deviation(call(10, 2**62))],
    "sieve": [call(30, np.zeros(30, dtype=np.uint8)),
              call(100, np.zeros(120, dtype=np.uint8)),
              call(30, np.zeros(29, dtype=np.uint8)),
              call(2, np.zeros(2, dtype=np.uint8)),
              call(1, np.zeros(5, dtype=np.uint8))],
    "strided_dot": [call(V[::2], V[1::2]), call(V[::-1], V),
                    call(V, V[::3])],
    "blur": [call(GRID, np.zeros((5, 6), dtype=np.float32)),
             call(GRID, np.zeros((4, 6), dtype=np.float32))],
    "count_byte": [call(BYTES, 32), call(BYTES, 0), call(BYTES, 256),
                   call(BYTES, -1)],
    "count_words": [call(BYTES), call(np.zeros(0, dtype=np.uint8))],
    "bisect": [call(8.0, 0.0, 3.0), call(-1.0, 0.0, 1.0),
               call(2.0, math.nan, 2.0)],
    "bisect_many": [call(V, 0.0, 2.0), call(f64(), 0.0, 1.0)],
    "add": [call(1, 2), int64_deviation(call(2**62, 2**62))],
}
