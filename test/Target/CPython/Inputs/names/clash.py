import math
from pyir import f64, i64


def h(x: f64, n: i64) -> f64:
    sqrt = math.sqrt(x)
    floor = math.floor(sqrt)
    int64_t = n + 1
    INT64_C = int64_t * 2
    Py_None = INT64_C + 1
    PyObject = Py_None - 1
    N = PyObject + 2
    total = N + 1
    total = total * 2
    return sqrt + floor + total
