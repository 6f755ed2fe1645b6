def bad(x) -> int:
    return x
