# Cython peer of bench/kernels.py: the same algorithms with static types and
# typed memoryviews. bench/run.py builds it twice: as is (Cython's default
# directives) and with "# cython: boundscheck=False, wraparound=False,
# cdivision=True" prepended (kernels_cy_fast).
from libc.stdint cimport int64_t


def dot(double[:] a, double[:] b):
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy(double alpha, double[::1] x, double[::1] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] = alpha * x[i] + y[i]


def mandelbrot(long w, long h, long maxiter):
    cdef long total = 0
    cdef long px, py, i
    cdef double x0, y0, x, y, xt
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


cpdef long fib(long n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def matmul(double[:, :] a, double[:, :] b, double[:, :] out):
    cdef Py_ssize_t n = a.shape[0], m = a.shape[1], p = b.shape[1]
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i, k] * b[k, j]
            out[i, j] = s


def prefix_sum(int64_t[::1] a):
    cdef int64_t s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
        a[i] = s
    return s


def jacobi(double[:, ::1] grid, double[:, ::1] out, long iters):
    cdef Py_ssize_t n = grid.shape[0], m = grid.shape[1]
    cdef Py_ssize_t i, j
    cdef long it
    for it in range(iters):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                out[i, j] = 0.25 * (grid[i - 1, j] + grid[i + 1, j]
                                    + grid[i, j - 1] + grid[i, j + 1])
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                grid[i, j] = 0.25 * (out[i - 1, j] + out[i + 1, j]
                                     + out[i, j - 1] + out[i, j + 1])


def histogram(double[::1] data, int64_t[::1] bins, double lo, double hi):
    cdef Py_ssize_t nbins = bins.shape[0]
    cdef double scale = nbins / (hi - lo)
    cdef Py_ssize_t i, k
    cdef double x
    for i in range(data.shape[0]):
        x = data[i]
        if x >= lo and x < hi:
            k = min(<Py_ssize_t>((x - lo) * scale), nbins - 1)
            bins[k] += 1


def add(long a, long b):
    return a + b
