"""Pythran peer of bench/kernels.py: the same source with export lines."""

#pythran export dot(float64[:], float64[:])
#pythran export saxpy(float64, float64[:], float64[:])
#pythran export mandelbrot(int64, int64, int64)
#pythran export fib(int64)
#pythran export matmul(float64[:, :], float64[:, :], float64[:, :])
#pythran export prefix_sum(int64[:])
#pythran export jacobi(float64[:, :], float64[:, :], int64)
#pythran export histogram(float64[:], int64[:], float64, float64)
#pythran export add(int64, int64)


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def saxpy(alpha, x, y):
    for i in range(len(x)):
        y[i] = alpha * x[i] + y[i]


def mandelbrot(w, h, maxiter):
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


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def matmul(a, b, out):
    n = a.shape[0]
    m = a.shape[1]
    p = b.shape[1]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i, k] * b[k, j]
            out[i, j] = s


def prefix_sum(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
        a[i] = s
    return s


def jacobi(grid, out, iters):
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


def histogram(data, bins, lo, hi):
    nbins = len(bins)
    scale = nbins / (hi - lo)
    for i in range(len(data)):
        x = data[i]
        if x >= lo and x < hi:
            k = min(int((x - lo) * scale), nbins - 1)
            bins[k] += 1


def add(a, b):
    return a + b
