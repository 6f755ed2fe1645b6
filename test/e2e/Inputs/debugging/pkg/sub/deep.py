from pyir import i64


def ratio(a: i64, b: i64) -> i64:
    q = a // b
    return q
