from pyir import u64, i64


def h(x: u64) -> u64:
    return x ^ 0x9E3779B97F4A7C15


def k(x: i64) -> i64:
    return x | (-9223372036854775807 - 1)
