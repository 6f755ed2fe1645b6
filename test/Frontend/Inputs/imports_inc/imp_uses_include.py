"""Imports a module that only -I finds (it is not beside this file)."""
from imp_lib import add


def plus2(x: int) -> int:
    return add(x, 2)
