"""pyir.jit - the JIT side of PyIR: using a ``pyirc --emit=jit`` export.

* ``pyir.jit`` (this package, the reader of ``export.py``): load and check
  an export directory, the Python reference module, the C ABI through cffi;
* ``pyir.jit.numba``: inlining exported functions into ``@numba.njit``
  code (needs Numba); tier 1 emits LLVM IR with ``_irbuilder``
  (one file per op family);
* ``pyir.jit.pypy``: the reference or cffi module for PyPy.

Not imported by ``import pyir``; ``import pyir.jit`` needs only the
standard library (cffi when a cffi module is asked for). The format is
described in docs/interchange.md.
"""

from .export import (SUPPORTED_MAJOR, KNOWN_MINOR, EXCEPTION_KINDS,
                     ExportError, Export, CffiModule, parse_version,
                     validate_manifest, load, is_view_type, result_types,
                     implementation)

__all__ = [
    "SUPPORTED_MAJOR", "KNOWN_MINOR", "EXCEPTION_KINDS", "ExportError",
    "Export", "CffiModule", "parse_version", "validate_manifest", "load",
    "is_view_type", "result_types", "implementation",
]
