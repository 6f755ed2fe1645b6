"""Numba peer of bench/kernels.py: the same source under @njit."""
import math

from numba import njit


@njit
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@njit
def saxpy(alpha, x, y):
    for i in range(len(x)):
        y[i] = alpha * x[i] + y[i]


@njit
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


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
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


@njit
def prefix_sum(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
        a[i] = s
    return s


@njit
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


@njit
def histogram(data, bins, lo, hi):
    nbins = len(bins)
    scale = nbins / (hi - lo)
    for i in range(len(data)):
        x = data[i]
        if x >= lo and x < hi:
            k = min(int((x - lo) * scale), nbins - 1)
            bins[k] += 1


@njit
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit
def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


@njit
def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


@njit
def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


@njit
def spectral_norm(u, v, tmp):
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


@njit
def monte_carlo_pi(n, seed):
    inside = 0
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed / 2147483648
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed / 2147483648
        if x * x + y * y < 1.0:
            inside += 1
    return inside


@njit
def sieve(n, flags):
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


@njit
def strided_dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@njit
def blur(src, dst):
    n = src.shape[0]
    m = src.shape[1]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            s = (src[i - 1, j - 1] + src[i - 1, j] + src[i - 1, j + 1]
                 + src[i, j - 1] + src[i, j] + src[i, j + 1]
                 + src[i + 1, j - 1] + src[i + 1, j] + src[i + 1, j + 1])
            dst[i, j] = s / 9.0


@njit
def count_byte(data, b):
    count = 0
    for i in range(len(data)):
        if data[i] == b:
            count += 1
    return count


@njit
def count_words(data):
    words = 0
    in_word = False
    for c in data:
        if c == 32 or c == 10 or c == 9 or c == 13:
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
    return words


@njit
def bisect(c, lo, hi):
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if mid * mid * mid - c > 0.0:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


@njit
def bisect_many(cs, lo, hi):
    s = 0.0
    for i in range(len(cs)):
        s += bisect(cs[i], lo, hi)
    return s


@njit
def add(a, b):
    return a + b
