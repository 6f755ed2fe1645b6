"""Differential cases for Inputs/tuple_views.py: NumPy arrays and
memoryviews; tuples of results compared element by element (arrays by
type, format, shape, strides and contents), the arguments afterwards."""
import numpy as np

from cases_common import mk, mv, vec

MODULE = "tuple_views.py"


CASES = {
    "split": [mk(f(), k) for f in (vec, mv) for k in (0, 3, -2, 7, 99)],
    "with_len": [mk(n) for n in (0, 1, 5, -1)],
    "param_and_new": [mk(f(), n) for f in (vec, mv) for n in (0, 3, -2)],
    "swap_loop": [mk(vec(2), lambda: np.array([5.0]), n) for n in (0, 1, 2, 3, 6)],
    "slide": [mk(vec(8), lambda: np.arange(10.0, 18.0), n) for n in (0, 1, 3, 7, 8)]
    + [mk(mv(8), mv(9), 4)],
    "rotate3": [mk(vec(1), lambda: np.array([2.0]), lambda: np.array([3.0]), n)
                for n in (0, 1, 2, 4)],
    "use_split": [mk(f(), k) for f in (vec, mv) for k in (0, 2, 5, 6, 7)],
    "split_loop": [mk(f(), n) for f in (vec, mv) for n in (0, 1, 6, 7, 8)],
    "pick": [mk(vec(), vec(3), c) for c in (True, False)],
    "tuple_local_loop": [mk(f(), n) for f in (vec, mv) for n in (0, 2, 7, 9)],
    "rebind_after_tuple": [mk(vec(), n) for n in (0, 4)] + [mk(vec(1), 2)],
    "written_through": [mk(vec(), 9.5), mk(vec(1), 9.5)],
    "written_mid": [mk(vec(), 9.5), mk(vec(2), 9.5), mk(mv(4), 2.0)],
    "ints": [mk(n) for n in (0, 4)],
    "raises_after": [mk(vec(), k) for k in (2, 7, -1)],
    "annotated": [mk(lambda: np.arange(12.0).reshape(3, 4), i) for i in (0, -1, 3)]
    + [mk(lambda: memoryview(np.arange(12.0).reshape(3, 4)), 1)],
}
