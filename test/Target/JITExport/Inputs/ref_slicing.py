"""Fuzz findings of campaigns 26000-26011 (the generator's NumPy-slicing
modules), reduced: the JIT export's Python reference sliced every view as a
memoryview or every key through NumPy, read `.strides` from the buffer
export, and sliced its new arrays as memoryviews. It now follows the
extension: the argument's (or the new array's) own slicing rule."""
from pyir import f64, i32, i64, u8, u64, empty, zeros


# Seed 26000 fn14/fn23: a memoryview refuses these keys (CPython and the
# extension raise NotImplementedError); NumPy arrays slice.
def used(p2: i32[:, :]) -> int:
    w: i32[:, :] = p2[0:, ::2]
    return w.shape[1]


def row(p2: i32[:, :]) -> int:
    r: i32[:] = p2[1]
    return r[0]


# Seed 26003 fn35, 26011 fn5: NumPy's own strides, not the buffer
# export's (canonical on axes of extent 0 or 1).
def strides0(p0: i64[:]) -> int:
    return p0.strides[0]


# Seed 26003 fn39, 26010 fn0: a new array slices as the NumPy array it is.
def fn39(p2: int = -3) -> u8[:, :, :, :]:
    arr594 = empty((3, 2, 1, p2 % 4 + 1), u8)
    for i in range(3):
        for j in range(2):
            for k in range(p2 % 4 + 1):
                arr594[i, j, 0, k] = u8(i + j + k)
    w599: u8[:, :, :, :] = arr594[0::3]
    return w599


def empty_slice() -> int:
    a = zeros(4, f64)
    w: f64[:] = a[3:1:3]
    return w.strides[0]


# A buffer whose Python slice is a copy: TypeError in both.
def copy_sliced(a: u8[:]) -> int:
    w: u8[:] = a[1:]
    return len(w)


# Campaign 33000, seed 33000099034 fn36: a view a called function returned
# (alone or in a tuple) came back to the caller as a plain NumPy array
# (_pyir_out), whose elements read as NumPy scalars: `uint64 << int` raised
# TypeError in the reference where the extension shifts modulo 2**64.
def made(n: int) -> u64[::1]:
    a = empty(n, u64)
    for i in range(n):
        a[i] = u64(3 + i)
    return a


def made_pair(n: int) -> tuple[u64[::1], int]:
    return made(n), n


def shift_made(n: int) -> int:
    a = made(n)
    return int(a[n - 1] << 62)


def shift_pair(n: int) -> int:
    a, m = made_pair(n)
    a[0] = a[0] << 63
    return int(a[0] | a[m - 1])
