"""Cases for Inputs/jitk_viewcast.py."""
import numpy as np

MODULE = "jitk_viewcast.py"

CASES = {
    "total_c": [lambda: ((np.arange(5.0), np.arange(6.0)
                          .reshape(2, 3)), {}),
                lambda: ((np.arange(1.0), np.zeros((1, 1), np.float64)), {}),
                lambda: ((np.arange(0.0), np.zeros((0, 2), np.float64)), {}),
                lambda: ((np.arange(10.0)[::2], np.zeros((1, 1), np.float64)),
                         {}),
                lambda: ((np.arange(3.0), np.zeros((2, 4), np.float64)[:, ::2]),
                         {})],
}
