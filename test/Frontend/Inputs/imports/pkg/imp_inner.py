"""In a package: imports its sibling relatively and a top-level module."""
from .imp_sibling import twice
from imp_lib import add


def inner(x: int) -> int:
    return add(twice(x))
