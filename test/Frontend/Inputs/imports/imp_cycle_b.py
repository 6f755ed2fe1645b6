from imp_cycle_a import f


def g(x: int) -> int:
    return x
