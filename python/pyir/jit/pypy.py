"""PyPy adapter: a PyIR-compiled module on PyPy, without cpyext.

    import pyir.jit.pypy
    kernels = pyir.jit.pypy.load("path/to/export")      # or install("kernels", ...)

Functions the manifest marks inlinable (``tiers.pypy`` starting with
``"python"``) come from the generated reference ``<mod>_ref.py``, which
PyPy's tracing JIT inlines into the caller's loop; call-only functions
(large kernels) are called through cffi (ABI mode, ``lib<mod>_abi.so``),
one direct call in the trace. The CPython extension is never imported.
Pure Python; works on CPython too (for tests).
"""

import sys
import types

from . import export as _jit


def load(directory, name=None, check_hashes=True):
    """A module object with the export's public functions and constants."""
    export = _jit.load(directory, check_hashes=check_hashes)
    module = types.ModuleType(name or export.name,
                              export.manifest["module"].get("doc"))
    module.__pyir_export__ = export
    module.__pyir_tiers__ = {}
    ref = None
    try:
        ref = export.ref_module()
    except _jit.ExportError:
        pass
    if ref is not None:
        for key, value in vars(ref).items():
            if not key.startswith("_") and not callable(value) and \
                    not isinstance(value, types.ModuleType):
                setattr(module, key, value)
    for fn in export.manifest["functions"]:
        impl = None
        for tier in fn["tiers"].get("pypy", []):
            if tier == "python" and ref is not None:
                impl = getattr(ref, fn["name"])
            elif tier == "cffi":
                try:
                    impl = getattr(export.cffi_module(), fn["name"])
                except (ImportError, OSError, _jit.ExportError):
                    continue
            if impl is not None:
                module.__pyir_tiers__[fn["name"]] = tier
                break
        if impl is not None:
            setattr(module, fn["name"], impl)
    return module


def install(name, directory):
    """Makes ``import name`` return :func:`load`'s module."""
    module = load(directory, name)
    sys.modules[name] = module
    return module
