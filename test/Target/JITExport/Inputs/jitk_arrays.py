"""Arrays in tier 1 of pyir.jit.numba (numba-arrays.test): allocations
(negative extents, zero extents, too many bytes), slices (clamping,
negative bounds and steps, empty results, a zero step, out-of-range
indices, the int64 edges), view locals rebound in loops, views passed to
and returned by private functions, returned slices, raises with arrays
alive."""
import pyir
from pyir import f32, f64, i16, i64, u8


def filled(n: int, m: int, x: float) -> f64[:, ::1]:
    out = pyir.empty((n, m), f64)
    for i in range(n):
        for j in range(m):
            out[i, j] = x + i * 10.0 + j
    return out


def zeros3(a: int, b: int, c: int) -> i16[:, :, ::1]:
    return pyir.zeros((a, b, c), i16)


def like(v: f32[:, :]) -> f32[:, ::1]:
    out = pyir.empty_like(v)
    for i in range(v.shape[0]):
        for j in range(v.shape[1]):
            out[i, j] = v[i, j] * f32(2.0)
    return out


def part(a: i64[:], lo: int, hi: int, st: int) -> i64[:]:
    return a[lo:hi:st]


def tail_from(a: u8[::1], lo: int) -> u8[::1]:
    return a[lo:]


def column(m: f64[:, ::1], j: int) -> f64[:]:
    return m[:, j]


def corner(m: f64[:, :], i: int, st: int) -> f64[:, :]:
    return m[i:, ::st]


def element_row(c: f64[:, :, :], i: int, j: int) -> f64[:]:
    return c[i, j]


def _halve(v: f64[:]) -> f64[:]:
    return v[:len(v) // 2]


def halvings(a: f64[:]) -> float:
    """A view local rebound to a callee's result in a loop."""
    v = a
    t = 0.0
    while len(v) > 1:
        v = _halve(v)
        t = t * 3.0 + v[len(v) - 1]
    return t


def last_window(a: f64[:], k: int) -> f64[:]:
    """A view local rebound in a loop, then returned."""
    w = a[0:k]
    for i in range(1, len(a) - k + 1):
        w = a[i:i + k]
    return w


def sums_of_new(n: int, k: int) -> float:
    """An allocation in a loop (each iteration releases the previous; a
    negative extent raises with the previous array alive)."""
    s = 0.0
    for j in range(k):
        r = pyir.zeros(n - j, f64)
        if len(r) > 0:
            r[len(r) - 1] = j * 1.5
            s += r[len(r) - 1] + r[0]
        s += len(r)
    return s


def raise_with_arrays(n: int) -> float:
    """Raises while a new array and a slice of it are alive."""
    a = pyir.zeros(n, f64)
    b = a[1:]
    if n > 3:
        raise ValueError("too long")
    return b[0] + b.strides[0]


def stride_sum(m: f64[:, :], st: int) -> int:
    v = m[::st, ::-1]
    return v.strides[0] + v.strides[1] * 1000 + len(v)


def pick(a: f64[:], b: f64[:], first: bool) -> f64[:]:
    c = a if first else b[::2]
    return c
