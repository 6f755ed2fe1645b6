# pyir: boundscheck=False, wraparound=False
from pyir import i64


def at(a: i64[:], i: i64) -> i64:
    return a[i]
