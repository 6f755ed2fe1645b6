"""Slices for the leak test (leaks-arrays.test): slices of parameters and of
new arrays, view locals rebound in loops, returned slices; bytearray and
array.array arguments raise TypeError when sliced, multi-dimensional
memoryviews NotImplementedError."""
import pyir
from pyir import f64, u8


def tail(a: f64[:], k: int) -> f64[:]:
    return a[k:]


def stepped(a: u8[:], lo: int, st: int) -> u8[:]:
    return a[lo::st]


def shrink(a: f64[:]) -> float:
    v = a
    t = 0.0
    while len(v) > 0:
        t += v[0]
        w = v
        v = w[1:]
    return t


def row(m: f64[:, :], i: int) -> f64[:]:
    return m[i]


def part_of_new(n: int) -> f64[:]:
    out = pyir.zeros(min(max(n, 0), 32), f64)
    v = out[1:]
    for i in range(len(v)):
        v[i] = 2.0
    return v[::2]
