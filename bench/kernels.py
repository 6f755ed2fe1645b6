"""PyIR benchmark kernels: ordinary typed Python, compiled by pyirc.

The same file runs interpreted (CPython, PyPy) as a peer of the compiled
builds, and mypyc compiles it with the view annotations replaced by Any;
bench/run.py compares every peer against it.
"""
import math

from pyir import f32, f64, i64, u8


def dot(a: f64[:], b: f64[:]) -> float:
    """Sum of a[i] * b[i], in index order."""
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def saxpy(alpha: float, x: f64[::1], y: f64[::1]) -> None:
    """y <- alpha * x + y, in place."""
    for i in range(len(x)):
        y[i] = alpha * x[i] + y[i]


def mandelbrot(w: int, h: int, maxiter: int) -> int:
    """Total escape iterations over a w x h grid of [-2, 1] x [-1, 1]."""
    total = 0
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < maxiter and x * x + y * y <= 4.0:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                i += 1
            total += i
    return total


def fib(n: int) -> int:
    """Naive recursive Fibonacci."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def matmul(a: f64[:, :], b: f64[:, :], out: f64[:, :]) -> None:
    """out <- a @ b, the naive triple loop."""
    n = a.shape[0]
    m = a.shape[1]
    p = b.shape[1]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i, k] * b[k, j]
            out[i, j] = s


def prefix_sum(a: i64[::1]) -> int:
    """In-place inclusive prefix sum; returns the total."""
    s = 0
    for i in range(len(a)):
        s += a[i]
        a[i] = i64(s)
    return s


def jacobi(grid: f64[:, ::1], out: f64[:, ::1], iters: int) -> None:
    """iters Jacobi sweeps of the 4-point stencil, grid -> out -> grid."""
    n = grid.shape[0]
    m = grid.shape[1]
    for it in range(iters):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                out[i, j] = 0.25 * (grid[i - 1, j] + grid[i + 1, j]
                                    + grid[i, j - 1] + grid[i, j + 1])
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                grid[i, j] = 0.25 * (out[i - 1, j] + out[i + 1, j]
                                     + out[i, j - 1] + out[i, j + 1])


def histogram(data: f64[::1], bins: i64[::1], lo: float, hi: float) -> None:
    """Count data in len(bins) equal bins over [lo, hi); others are ignored."""
    nbins = len(bins)
    scale = nbins / (hi - lo)
    for i in range(len(data)):
        x = data[i]
        if x >= lo and x < hi:
            k = min(int((x - lo) * scale), nbins - 1)
            bins[k] += 1


def a(i: int, j: int) -> float:
    """Entry (i, j) of the infinite matrix of the spectral-norm benchmark."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: f64[::1], out: f64[::1]) -> None:
    """out <- A v."""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v: f64[::1], out: f64[::1]) -> None:
    """out <- A^T v."""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v: f64[::1], out: f64[::1], tmp: f64[::1]) -> None:
    """out <- A^T A v (tmp: work array of len(v))."""
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(u: f64[::1], v: f64[::1], tmp: f64[::1]) -> float:
    """Spectral norm of the n x n top-left block of A, n = len(u): 10 power
    iterations of A^T A; u, v, tmp are work arrays of length n."""
    n = len(u)
    for i in range(n):
        u[i] = 1.0
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def monte_carlo_pi(n: int, seed: int) -> int:
    """How many of n pseudo-random points of the unit square fall inside the
    quarter circle (an LCG modulo 2**31 gives the coordinates)."""
    inside = 0
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed / 2147483648
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed / 2147483648
        if x * x + y * y < 1.0:
            inside += 1
    return inside


def sieve(n: int, flags: u8[::1]) -> int:
    """Count the primes below n (n >= 2) with the sieve of Eratosthenes;
    flags is a work array of at least n bytes."""
    for i in range(n):
        flags[i] = 1
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i < n:
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = 0
        i += 1
    count = 0
    for i in range(n):
        if flags[i]:
            count += 1
    return count


def strided_dot(a: f64[:], b: f64[:]) -> float:
    """dot over views of any stride (the bench passes every other element)."""
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def blur(src: f32[:, ::1], dst: f32[:, ::1]) -> None:
    """3x3 box blur of the interior of src into dst, in f32 arithmetic."""
    n = src.shape[0]
    m = src.shape[1]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            s = (src[i - 1, j - 1] + src[i - 1, j] + src[i - 1, j + 1]
                 + src[i, j - 1] + src[i, j] + src[i, j + 1]
                 + src[i + 1, j - 1] + src[i + 1, j] + src[i + 1, j + 1])
            dst[i, j] = s / 9.0


def count_byte(data: u8[::1], b: int) -> int:
    """How many bytes of data equal b."""
    count = 0
    for i in range(len(data)):
        if data[i] == b:
            count += 1
    return count


def count_words(data: u8[::1]) -> int:
    """Words (runs of bytes other than space, tab, CR, LF), like wc -w."""
    words = 0
    in_word = False
    for c in data:
        if c == 32 or c == 10 or c == 9 or c == 13:
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
    return words


def bisect(c: float, lo: float, hi: float) -> float:
    """The root of x**3 - c in [lo, hi] by bisection, to 1e-12 or 60 steps."""
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if mid * mid * mid - c > 0.0:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


def bisect_many(cs: f64[::1], lo: float, hi: float) -> float:
    """Sum of the cube roots of cs[i] in [lo, hi], each by bisect()."""
    s = 0.0
    for i in range(len(cs)):
        s += bisect(cs[i], lo, hi)
    return s


def add(a: int, b: int) -> int:
    """a + b: the cost of one call from Python."""
    return a + b
