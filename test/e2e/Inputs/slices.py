"""Views as values (issue #13 item 2): slices, view locals, views passed on
and returned; test/e2e/slices.test."""
import pyir
from pyir import f64, i32, u8


def tail(a: f64[:], k: int) -> f64[:]:
    return a[k:]


def window(a: f64[:], lo: int, hi: int) -> f64[:]:
    return a[lo:hi]


def stepped(a: f64[:], lo: int, hi: int, st: int) -> f64[:]:
    return a[lo:hi:st]


def reversed_copy_sum(a: f64[:]) -> float:
    s = 0.0
    for x in a[::-1]:
        s = s * 0.5 + x
    return s


def row(m: f64[:, ::1], i: int) -> f64[::1]:
    return m[i]


def col(m: f64[:, :], j: int) -> f64[:]:
    return m[:, j]


def block(m: f64[:, :], i0: int, i1: int, j0: int, j1: int) -> f64[:, :]:
    return m[i0:i1, j0:j1]


def rows(m: i32[:, :], lo: int, hi: int) -> i32[:, :]:
    return m[lo:hi]


def row_sums(m: f64[:, :], out: f64[:]) -> None:
    for i in range(len(m)):
        r = m[i, :]
        s = 0.0
        for x in r:
            s += x
        out[i] = s


def shrink(a: f64[:]) -> float:
    """A view local rebound to a slice of itself in a loop."""
    v = a
    t = 0.0
    while len(v) > 0:
        t = t * 2.0 + v[0]
        v = v[1:]
    return t


def keeps(a: f64[:], b: f64[:]) -> float:
    """`c = a` keeps the view a was bound to when a is rebound."""
    c = a
    a = b[1:]
    return c[0] * 10.0 + a[0]


def rotate(a: f64[:], b: f64[:], c: f64[:], n: int) -> float:
    """Views exchanged through a temporary, in a loop."""
    t = 0.0
    for i in range(n):
        tmp = a
        a = b
        b = c
        c = tmp
        t = t * 10.0 + a[0]
    return t


def prev_cur(a: f64[:]) -> float:
    prev = a[0:1]
    t = 0.0
    for i in range(1, len(a)):
        cur = a[i:i + 1]
        t += prev[0] * cur[0]
        prev = cur
    return t


def strides_of(m: f64[:, :], st: int) -> int:
    v = m[::st, 1:]
    return v.strides[0] * 1000 + v.strides[1] * 10 + v.shape[0] + v.ndim


def fill_tail(a: f64[:], k: int, x: float) -> None:
    """Writes through a slice land in the argument."""
    t = a[k:]
    for i in range(len(t)):
        t[i] = x


def whole(a: f64[:]) -> f64[:]:
    return a[:]


def same(a: f64[:]) -> f64[:]:
    b = a
    return b


def new_part(n: int) -> f64[:]:
    out = pyir.zeros(n, f64)
    for i in range(n):
        out[i] = i * 1.5
    return out[1::2]


def _middle(a: u8[:]) -> u8[:]:
    return a[1:-1]


def poke(a: u8[:]) -> None:
    """The caller writes into what a callee returned: a part of a."""
    m = _middle(a)
    m[0] = 7


def nested(a: f64[:], i: int) -> float:
    return a[1:][::2][i]


def sub_sum(m: f64[:, :], i: int) -> float:
    return _total(m[i]) + _total(m[:, i])


def _total(v: f64[:]) -> float:
    s = 0.0
    for x in v:
        s += x
    return s


def plane(c: f64[:, :, ::1], k: int) -> f64[:, ::1]:
    return c[k]


def cell_row(c: f64[:, :, ::1], k: int, j: int) -> f64[::1]:
    return c[k, j]


def chosen(a: f64[::1], b: f64[:], k: bool) -> float:
    """A conditional expression choosing a view (contiguous or strided)."""
    return (a if k else b)[0] + (a[1:] if k else b[::2])[1]


def chosen_local(a: f64[:], b: f64[:], k: bool, n: int) -> f64[:]:
    v = a if k else b
    for i in range(n):
        v = v[1:] if i % 2 == 0 else b
    return v
