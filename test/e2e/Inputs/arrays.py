"""Arrays out (language.md §11): allocation, view locals, view results."""
import pyir
from pyir import f32, f64, i8, i16, i32, i64, u8, u16, u32, u64, zeros


def ramp(n: int) -> f64[:]:
    out = pyir.empty(n, f64)
    for i in range(n):
        out[i] = i * 0.5
    return out


def zeros_i64(n: int) -> i64[::1]:
    return zeros(n, i64)


def grid(n: int, m: int) -> i32[:, ::1]:
    g = pyir.empty((n, m), i32)
    for i in range(n):
        for j in range(m):
            g[i, j] = i32(i * m + j)
    return g


def cube(n: int) -> u16[:, :, ::1]:
    c = pyir.zeros((n, n + 1, 2), u16)
    c[n - 1, n, 1] = u16(7)
    return c


def four(n: int) -> i8[:, :, :, :]:
    return pyir.zeros((1, n, 2, 1), i8)


def small(n: int) -> f32[::1]:
    s = pyir.zeros(n, f32)
    if n > 0:
        s[0] = f32(0.1)
    return s


def total(a: f64[:]) -> float:
    s = 0.0
    for x in a:
        s += x
    return s


def sum_of_ramps(n: int, k: int) -> float:
    s = 0.0
    for j in range(k):
        r = ramp(n + j)
        s += total(r)
    return s + total(ramp(n))


def same(a: f64[:]) -> f64[:]:
    return a


def plus_one(a: u8[:]) -> u8[::1]:
    b = pyir.empty_like(a)
    for i in range(len(a)):
        b[i] = a[i] + u8(1)
    return b


def like_2d(m: f64[:, :]) -> f64[:, ::1]:
    out = pyir.empty_like(m)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out[i, j] = m[i, j] * 2.0
    return out


def rebind(n: int) -> u32[:]:
    a = pyir.zeros(n, u32)
    for i in range(3):
        a = pyir.zeros(n + i, u32)
        a[0] = u32(i)
    return a


def pick(n: int, first: bool) -> u64[:]:
    if first:
        return pyir.zeros(n, u64)
    b = pyir.zeros(n + 1, u64)
    b[n] = u64(9)
    return b


def raises_after(n: int) -> i16[:]:
    a = pyir.zeros(n, i16)
    a[n] = i16(1)
    return a


def checked(n: int) -> float:
    a = pyir.empty((n, 2), f64)
    return float(len(a))


def churn(n: int, k: int) -> float:
    s = 0.0
    for j in range(k):
        s += total(ramp(n))
    return s


def returns_or_raises(n: int) -> f64[:]:
    # Campaign seed 5 (generator self-check): a raise in a function with a
    # view result left a return of an i64 placeholder (invalid IR).
    a = zeros(n, f64)
    if n > 1:
        return a
    raise ValueError("fz")


T = pyir.TypeVar("T", f32, f64)


def doubled(a: T[:]) -> T[::1]:
    out = pyir.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] * T(2)
    return out


def zeros_3d(n: int, m: int, k: int) -> f32[:, :, :]:
    return zeros((n, m, k), f32)


def new_strides(n: int) -> int:
    """NumPy's own strides of a new array (0 for one without elements in
    NumPy 1.24), as `.strides` reads them interpreted."""
    a = pyir.zeros((n, 3), f64)
    return a.strides[0] * 100 + a.strides[1]
