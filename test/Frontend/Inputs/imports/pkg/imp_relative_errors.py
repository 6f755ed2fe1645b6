from ..imp_lib import add
from .imp_missing import f
from . import imp_sibling


def user(x: int) -> int:
    return add(x)
