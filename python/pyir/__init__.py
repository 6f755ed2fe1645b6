"""pyir - the runtime package that lets a PyIR module run interpreted.

A PyIR module is an ordinary Python 3.9 file that ``pyirc`` compiles to a
CPython extension. Interpreted (on CPython or PyPy) it needs this package for
its type names and decorators:

* type names ``i8 i16 i32 i64 u8 u16 u32 u64 f32 f64`` - conversion functions
  (``i32(x)``, ``f32(x)``, same results as compiled code) and view
  annotations (``f64[:]``, ``u8[::1]``, ``f64[:, ::1]``, up to 4 dims);
* ``TypeVar("T", f32, f64)`` - a constrained type variable for generic
  functions (``def scale(a: T[:], k: T)``), subscriptable like the types;
* ``empty(shape, T)``, ``zeros(shape, T)``, ``empty_like(view)`` - new
  arrays: NumPy arrays when NumPy is importable, else memoryviews;
* directive decorators ``boundscheck wraparound cdivision overflowcheck
  nogil inline`` - no-ops that return the function unchanged;
* ``compile`` - ``@pyir.compile`` marks the functions ``pyirc`` compiles in
  a mixed module, the rest staying Python (``pyir.directives.compile``; not
  in ``__all__``, so ``from pyir import *`` keeps the builtin ``compile``).

Pure Python, no dependencies (NumPy is used when it is there).

Submodules for the JIT export (``pyirc --emit=jit``, docs/interchange.md),
not imported by ``import pyir``: ``pyir.jit`` (reading an export),
``pyir.jit.numba`` (inlining into ``@njit`` code; needs Numba) and
``pyir.jit.pypy`` (the reference/cffi module for PyPy).
"""

from ._version import __version__
from .types import (ScalarType, ViewType, MAX_VIEW_NDIM, SCALAR_TYPES,
                    TypeVar, GenericView, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64)
from .directives import (boundscheck, wraparound, cdivision, overflowcheck,
                         nogil, inline, get_directives, DIRECTIVE_DEFAULTS,
                         compile)
from .arrays import empty, zeros, empty_like

__all__ = [
    "__version__",
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64",
    "ScalarType", "ViewType", "MAX_VIEW_NDIM", "SCALAR_TYPES", "TypeVar",
    "GenericView", "boundscheck", "wraparound", "cdivision", "overflowcheck", "nogil",
    "inline", "get_directives", "DIRECTIVE_DEFAULTS",
    "empty", "zeros", "empty_like",
]
