"""PyIR benchmark kernels: ordinary typed Python, compiled by pyirc.

The same file runs interpreted (CPython, PyPy) as a peer of the compiled
builds, and mypyc compiles it with the view annotations replaced by Any;
bench/run.py compares every peer against it.
"""
from pyir import f64, i64


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


def add(a: int, b: int) -> int:
    """a + b: the cost of one call from Python."""
    return a + b
