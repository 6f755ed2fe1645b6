"""Calls a PyIR extension from @njit code without importing pyir.jit.numba:
Numba's entry point (pyir.jit.numba:init) must register it.

    PYIR_NUMBA_EXPORTS=DIR numba_entrypoint.py
"""
import sys
import warnings
from importlib import metadata

import numba
import numpy as np

import jitk  # the CPython extension, compiled by pyirc

warnings.simplefilter("ignore")
eps = metadata.entry_points()
eps = (eps.select(group="numba_extensions") if hasattr(eps, "select")
       else eps.get("numba_extensions", ()))
print("entry point:", ", ".join(ep.value for ep in eps
                                if ep.value.startswith("pyir")) or "none")
# Nothing imported pyir.jit.numba so far.
assert "pyir.jit.numba" not in sys.modules


@numba.njit
def clip(a, x, y):
    return jitk.clip_fma(a, x, y)


@numba.njit
def norm(a):
    return jitk.norm(a)


try:
    value = clip(1.5, 2.0, 0.25)
except numba.core.errors.TypingError:
    value = None
module = sys.modules.get("pyir.jit.numba")
print("pyir.jit.numba imported by numba: %s from %s"
      % (module is not None, getattr(module, "__file__", "-")))
if module is not None:
    for directory, what in module.AUTO_REGISTERED.items():
        print("registered %s: %s" % (
            directory, sorted(what.tiers.items()) if hasattr(what, "tiers")
            else what))
if value is None:
    print("njit clip_fma: TypingError")
else:
    print("njit clip_fma(1.5, 2.0, 0.25) =", value)
    print("njit norm =", norm(np.array([3.0, 4.0])))
