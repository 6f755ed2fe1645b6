def bad(a: int) -> int:
    return a + undefined_name
