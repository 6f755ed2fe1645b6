# Cython peer of bench/kernels.py: the same algorithms with static types and
# typed memoryviews; monte_carlo_pi and sieve differ where Cython 3 would
# otherwise fall back to Python objects (see there). bench/run.py builds it
# twice: as is (Cython's default directives) and with "# cython:
# boundscheck=False, wraparound=False, cdivision=True" prepended
# (kernels_cy_fast).
from libc.math cimport sqrt
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


cpdef double a(long i, long j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


cpdef void mul_av(double[::1] v, double[::1] out):
    cdef Py_ssize_t n = v.shape[0], i, j
    cdef double s
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


cpdef void mul_atv(double[::1] v, double[::1] out):
    cdef Py_ssize_t n = v.shape[0], i, j
    cdef double s
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


cpdef void mul_atav(double[::1] v, double[::1] out, double[::1] tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(double[::1] u, double[::1] v, double[::1] tmp):
    cdef Py_ssize_t n = u.shape[0], i
    cdef int it
    cdef double vbv = 0.0, vv = 0.0
    for i in range(n):
        u[i] = 1.0
    for it in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return sqrt(vbv / vv)


def monte_carlo_pi(long n, long seed):
    # 2147483648L: a plain 2147483648 (> C int) is a Python int constant to
    # Cython 3, and the whole expression is then computed with Python
    # objects. 2147483648.0: with cdivision=True, Cython makes `/` of two C
    # integers C's truncating division, even at language_level 3.
    cdef long inside = 0, k
    cdef double x, y
    for k in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648L
        x = seed / 2147483648.0
        seed = (seed * 1103515245 + 12345) % 2147483648L
        y = seed / 2147483648.0
        if x * x + y * y < 1.0:
            inside += 1
    return inside


def sieve(long n, unsigned char[::1] flags):
    cdef long i, j, count = 0
    for i in range(n):
        flags[i] = 1
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i < n:
        if flags[i]:
            # not `for j in range(i * i, n, i)`: Cython 3 runs a range whose
            # step is not a constant as a Python-object loop
            j = i * i
            while j < n:
                flags[j] = 0
                j += i
        i += 1
    for i in range(n):
        if flags[i]:
            count += 1
    return count


def strided_dot(double[:] a, double[:] b):
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def blur(float[:, ::1] src, float[:, ::1] dst):
    cdef Py_ssize_t n = src.shape[0], m = src.shape[1], i, j
    cdef float s
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            s = (src[i - 1, j - 1] + src[i - 1, j] + src[i - 1, j + 1]
                 + src[i, j - 1] + src[i, j] + src[i, j + 1]
                 + src[i + 1, j - 1] + src[i + 1, j] + src[i + 1, j + 1])
            dst[i, j] = s / 9.0


def count_byte(unsigned char[::1] data, long b):
    cdef Py_ssize_t i, count = 0
    for i in range(data.shape[0]):
        if data[i] == b:
            count += 1
    return count


def count_words(unsigned char[::1] data):
    cdef Py_ssize_t i, words = 0
    cdef bint in_word = False
    cdef unsigned char c
    for i in range(data.shape[0]):
        c = data[i]
        if c == 32 or c == 10 or c == 9 or c == 13:
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
    return words


cpdef double bisect(double c, double lo, double hi):
    cdef int k
    cdef double mid
    for k in range(60):
        mid = 0.5 * (lo + hi)
        if mid * mid * mid - c > 0.0:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


def bisect_many(double[::1] cs, double lo, double hi):
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(cs.shape[0]):
        s += bisect(cs[i], lo, hi)
    return s


def add(long a, long b):
    return a + b
