"""Edge-value corpus for Inputs/jitk_views.py (harness CASES format): NaN,
+-inf, -0.0, denormals, int64 and fixed-width edges, out-of-bounds and
negative indices with and without wraparound, zero divisors, read-only and
non-contiguous views. INLINE: the loops numba_parity.py --inline compiles
to prove tier 1 inlined (the kernel is K)."""
import itertools
import math

import numpy as np

MODULE = "jitk_views.py"

I64_MIN, I64_MAX = -2**63, 2**63 - 1
NAN, INF = math.nan, math.inf
SPECIAL = [0.0, -0.0, 1.0, -1.5, 5e-324, -5e-324, 2.2250738585072014e-308,
           1e-310, 1e308, -1e308, INF, -INF, NAN, 0.1, 3.0, -7.25]


def call(*args):
    return lambda: (args, {})


def arrays(*specs):
    """A factory making fresh arrays (and passing scalars through)."""
    def factory():
        out = []
        for s in specs:
            if isinstance(s, tuple) and s and s[0] == "array":
                a = np.array(s[1], dtype=s[2])
                if len(s) > 3:
                    a = s[3](a)
                out.append(a)
            else:
                out.append(s)
        return tuple(out), {}
    return factory


def f64(values, view=None):
    return ("array", values, np.float64) + ((view,) if view else ())


def read_only(a):
    a.flags.writeable = False
    return a


X = SPECIAL
Y = list(reversed(SPECIAL))
INTS = [0, 1, -1, 7, -7, 2**31, -2**31 - 1, 2**53 + 1, I64_MAX, I64_MIN,
        I64_MAX - 1, I64_MIN + 1]

CASES = {
    "dot": [arrays(f64(X), f64(Y)),
            arrays(f64([1.0, 2.0, 3.0]), f64([4.0, 5.0])),   # IndexError
            arrays(f64([]), f64([])),
            arrays(f64([1e308, 1e308]), f64([10.0, -10.0])),
            arrays(f64(list(range(20)), lambda a: a[::-3]),
                   f64(list(range(7)))),
            arrays(f64([5e-324] * 4), f64([0.5, 1.0, 2.0, 4.0]))],
    "saxpy": [(lambda a: arrays(a, f64(X), f64(Y)))(a)
              for a in [2.0, -0.0, 0.5, NAN, INF, 1e-310]]
    + [arrays(1.0, f64([1.0, 2.0, 3.0]), f64([0.0, 0.0])),   # IndexError
       arrays(1.0, f64([]), f64([])),
       # not C-contiguous: ValueError (the extension's argument check)
       arrays(1.0, f64(list(range(10)), lambda a: a[::2]), f64([0.0] * 5)),
       arrays(1.0, f64([1.0]), f64([2.0], read_only))],      # read-only
    "at2": [(lambda i, j: arrays(
        f64(list(range(12)), lambda a: a.reshape(3, 4)), i, j))(i, j)
        for i, j in itertools.product([0, 2, -1, -3, 3, -4, I64_MIN,
                                       I64_MAX], [0, 3, -1, -4, 4, -5])]
    + [arrays(f64(list(range(12)), lambda a: a.reshape(3, 4).T), 1, -1),
       arrays(f64([], lambda a: a.reshape(0, 3)), 0, 0)],
    "at_nowrap": [(lambda i: arrays(f64([1.0, 2.0, 3.0]), i))(i)
                  for i in [0, 2, 3, -1, -3, I64_MIN, I64_MAX]],
    # boundscheck(False): in-range indices only (negative ones wrap).
    "at_wraponly": [(lambda i: arrays(f64([1.0, 2.0, 3.0]), i))(i)
                    for i in [0, 2, -1, -3]],
    "put": [(lambda i, v: arrays(("array", [0] * 4, np.int16), i, v))(i, v)
            for i in [0, 3, -1, -4, 4, -5] for v in [-32768, 32767, -1]],
    "fnv1a": [arrays(("array", [], np.uint8)),
              arrays(("array", list(b"hello world"), np.uint8)),
              arrays(("array", list(range(256)), np.uint8,
                      lambda a: a[::-7]))],
    "mix64": [(lambda vals, k: arrays(("array", vals, np.int64), k))(vals, k)
              for vals in [[], [1, 2, 3], [I64_MAX, I64_MIN, -1, 0]]
              for k in [0, 1, -1, 0x9E3779B97F4A7C15 - 2**64, I64_MIN]],
    "floordiv_sum": [(lambda vals, d: arrays(("array", vals, np.int64), d))(
        vals, d) for vals in [[7, -7, 0, 1], [I64_MAX, I64_MIN + 1],
                              [I64_MIN]]
        for d in [3, -3, 1, -1, 0, I64_MAX, I64_MIN, 2]],
    "fdiv_map": [arrays(f64(X), f64(Y), f64([0.0] * len(X)),
                        f64([0.0] * len(X))),
                 arrays(f64(X), f64([0.0] * len(X)), f64([0.0] * len(X)),
                        f64([0.0] * len(X))),            # ZeroDivisionError
                 arrays(f64([1.0, 2.0]), f64([3.0]), f64([0.0] * 2),
                        f64([0.0] * 2))],                # IndexError
    "f32_divmod": [call(x, y) for x in [0.0, -0.0, 7.5, -7.5, 1e-45, 3e38,
                                        INF, -INF, NAN]
                   for y in [0.0, -0.0, 2.0, -0.5, 1e-45, INF, NAN]],
    "i8_divmod": [call(a, b) for a in [-128, -127, -1, 0, 1, 7, 127]
                  for b in [-128, -1, 0, 1, 3, -7, 127]],
    "u16_divmod": [call(a, b) for a in [0, 1, 7, 65535]
                   for b in [0, 1, 3, 65535]],
    # cdivision: defined inputs only (no zero divisor).
    "cdiv32": [call(a, b) for a in [-2**31, -7, 0, 7, 2**31 - 1]
               for b in [-2**31, -1, 1, 3, -3]],
    "sumsq": [arrays(f64(X)), arrays(f64([])), arrays(f64([1e200, 1e200]))],
}

# (loop source; K is the kernel), argument factory, for the inlining proof.
INLINE = {
    "dot": ("def loop(x, y, n):\n"
            "    s = 0.0\n"
            "    for _ in range(n):\n"
            "        s += K(x, y)\n"
            "    return s\n",
            lambda: (np.linspace(-1.0, 1.0, 1000), np.ones(1000), 3)),
    "saxpy": ("def loop(x, y, n):\n"
              "    for _ in range(n):\n"
              "        K(0.5, x, y)\n"
              "    return y[0]\n",
              lambda: (np.linspace(-1.0, 1.0, 1000), np.ones(1000), 3)),
    "fnv1a": ("def loop(d, n):\n"
              "    s = 0\n"
              "    for _ in range(n):\n"
              "        s += K(d)\n"
              "    return s\n",
              lambda: (np.arange(256, dtype=np.uint8), 3)),
    "floordiv_sum": ("def loop(a, n):\n"
                     "    s = 0\n"
                     "    for k in range(1, n):\n"
                     "        s += K(a, k)\n"
                     "    return s\n",
                     lambda: (np.arange(-500, 500, dtype=np.int64), 5)),
    "fdiv_map": ("def loop(x, y, q, r, n):\n"
                 "    for _ in range(n):\n"
                 "        K(x, y, q, r)\n"
                 "    return q[0] + r[0]\n",
                 lambda: (np.linspace(-9.0, 9.0, 100),
                          np.full(100, 2.5), np.zeros(100), np.zeros(100),
                          3)),
}
CASES["total_c"] = [
    arrays(f64(X), f64(list(range(6)), lambda a: a.reshape(2, 3))),
    arrays(f64([]), f64([[1.0]])),
    arrays(f64([1.0, 2.0]), f64([], lambda a: a.reshape(0, 2))),  # IndexError
    arrays(f64(list(range(8)), lambda a: a[::2]), f64([[1.0]]))]  # ValueError

F32 = [0.0, -0.0, 1.0, -1.0, 0.5, -2.25, 3.0, 2.0**-149, 2.0**127,
       3.4028234663852886e38, INF, -INF, NAN]
CASES.update({
    "fixed_pow": [call(a, b, c, d) for a, b in [(0, 0), (2, 7), (2, 8),
                                                (3, 5), (255, 255), (0, 3)]
                  for c, d in [(2, 15), (-2, 15), (0, -1), (3, -2), (-1, 7),
                               (7, 0), (-32768, 2)]],
    "f32_pow": [call(x, y) for x in F32 for y in [0.0, 0.5, 2.0, -1.0, 3.0,
                                                  -0.5, 200.0, INF, NAN]],
    "float_pow": [call(x, y) for x in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5,
                                       1e308, 5e-324, INF, -INF, NAN]
                  for y in [0.0, -0.0, 1.0, 2.0, -1.0, 0.5, -0.5, 3.0, 1e308,
                            -1e308, INF, -INF, NAN]],
    "bits16": [call(a, n, b, m) for a in [0, 1, 0x8001, 65535]
               for n in [0, 1, 15, 16, 200] for b in [-128, -1, 0, 5, 127]
               for m in [0, 3, 7, 8, 100, -1]],
    "mixed_cmp": [call(u, n, x, f) for u in [0, 1, 2**53 + 1, 2**63, 2**64 - 1]
                  for n in [-1, 0, 1, 2**53 + 1, I64_MAX, I64_MIN]
                  for x, f in [(0.0, 0.0), (2.0**53, 1.0), (2.0**63, -0.0),
                               (2.0**64, 2.0**64), (NAN, NAN), (-1.0, INF),
                               (9007199254740993.0, 2.0**53)]],
    "f32_math": [call(x) for x in F32 + [100.0, -100.0, 1e-30]],
    "conv2": [call(b, n, u) for b in [False, True]
              for n in [0, -1, 2**24 + 1, 2**60 + 2**36 + 1, I64_MIN, I64_MAX]
              for u in [0, 255, 2**63 + 2**39 + 1, 2**64 - 1]],
})
