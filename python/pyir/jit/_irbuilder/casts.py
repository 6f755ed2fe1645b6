"""pyir.cast to a float.

A cast to an integer and round() name the C runtime's function the C
backend calls (``"runtime"``, export format 1.2), which the emitter calls
(runtime.py): what is left here is C's conversion to a float, a plain
LLVM conversion with no Python rule in it.
"""

from .common import _scalar


class CastOps:
    """Mixed into emitter.Emitter: `self` is the emitter."""

    def op_pyir_cast(self, op, vals, ts, rts, attrs):
        return self.c_cast(vals[0], ts[0], _scalar(rts[0]))
