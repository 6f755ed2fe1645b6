"""Cases for Inputs/ref_slicing.py (parity.test): the reference, the
extension and the interpreter slice NumPy arrays, memoryviews and copying
buffers alike."""
import array
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                "e2e", "Inputs"))
from cases_common import mk  # noqa: E402

MODULE = "ref_slicing.py"

I32 = lambda: np.arange(12, dtype=np.int32).reshape(3, 4)  # noqa: E731

CASES = {
    "used": [mk(I32), mk(lambda: memoryview(I32()))],
    "row": [mk(I32), mk(lambda: memoryview(I32()))],
    "strides0": [mk(lambda: np.zeros(2, np.int64)[::2]),
                 mk(lambda: np.zeros(0, np.int64)[::-1]),
                 mk(lambda: np.arange(6)[::-2]),
                 mk(lambda: memoryview(np.zeros(2, np.int64))[::2])],
    "fn39": [mk(), mk(1), mk(-1)],
    "empty_slice": [mk()],
    "copy_sliced": [mk(lambda: bytearray(b"abc")),
                    mk(lambda: array.array("B", [1, 2])),
                    mk(lambda: memoryview(bytearray(b"abc"))),
                    mk(lambda: np.arange(3, dtype=np.uint8))],
    "made": [mk(2)],
    "made_pair": [mk(3)],
    "shift_made": [mk(1), mk(2), mk(0)],
    "shift_pair": [mk(1), mk(4)],
}
