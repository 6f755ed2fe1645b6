from imp_cycle_b import g


def f(x: int) -> int:
    return g(x)
