from pyir import f64


def first(a: f64[:]) -> float:
    return a[0] + len(a)
