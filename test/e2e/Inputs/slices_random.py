"""Keys of every shape with run-time parts, for slices_random_check.py."""
from pyir import f64, i16


def s1(a: f64[:], lo: int, hi: int, st: int) -> f64[:]:
    return a[lo:hi:st]


def s1_open(a: f64[:], lo: int) -> f64[:]:
    return a[lo:]


def s1_step(a: i16[:], st: int) -> i16[:]:
    return a[::st]


def s2(m: f64[:, :], a: int, b: int, c: int, d: int, e: int, f: int) -> f64[:, :]:
    return m[a:b:c, d:e:f]


def row(m: f64[:, :], i: int) -> f64[:]:
    return m[i]


def row_part(m: f64[:, :], i: int, a: int, b: int, c: int) -> f64[:]:
    return m[i, a:b:c]


def col_part(m: f64[:, :], a: int, b: int, c: int, j: int) -> f64[:]:
    return m[a:b:c, j]


def rows(m: f64[:, :], a: int, b: int, c: int) -> f64[:, :]:
    return m[a:b:c]


def plane(c3: f64[:, :, :], i: int, a: int, b: int, c: int) -> f64[:, :]:
    return c3[a:b:c, i]


def line(c3: f64[:, :, :], i: int, j: int) -> f64[:]:
    return c3[i, j]


def twice(a: f64[:], lo: int, st: int, lo2: int, st2: int) -> f64[:]:
    b = a[lo::st]
    return b[lo2::st2]


def strides_of(m: f64[:, :], a: int, b: int, c: int, d: int, e: int, f: int) -> int:
    v = m[a:b:c, d:e:f]
    return v.strides[0] * 100000 + v.strides[1] * 100 + v.shape[0] * 10 + v.shape[1]
