"""Reading a PyIR JIT export (``pyirc --emit=jit FILE.py -o DIR``).

Pure Python (CPython >= 3.9, PyPy 3.9); cffi is imported only by
:meth:`Export.cffi_module`. The format is described in docs/interchange.md.

    exp = pyir.jit.load("DIR")          # validates manifest.json
    exp.functions["norm"]["c_symbol"]
    ref = exp.ref_module()              # the generated pure-Python reference
    abi = exp.cffi_module()             # the C ABI through cffi
"""

import hashlib
import importlib.util
import json
import os
import sys

from .. import _tables

#: The export format major version this package reads.
SUPPORTED_MAJOR = 1
#: The newest minor version it knows; newer minors are read (they only add
#: optional fields, which are ignored).
KNOWN_MINOR = 0

#: pyir_error.kind -> exception name (the C runtime's PYIR_EXC_*).
EXCEPTION_KINDS = _tables.EXCEPTION_KINDS

_REQUIRED_TOP = ("format", "format_version", "producer", "module", "files",
                 "functions")
_REQUIRED_FUNCTION = ("name", "c_symbol", "signature", "effects",
                      "semantics", "inline", "tiers")


class ExportError(Exception):
    """The export directory is missing, malformed, of an unknown format
    version, or a file does not match its hash."""


def parse_version(text):
    """``"MAJOR.MINOR"`` -> (major, minor)."""
    try:
        major, minor = str(text).split(".")
        return int(major), int(minor)
    except ValueError:
        raise ExportError("malformed format_version %r (expected "
                          "'MAJOR.MINOR')" % (text,)) from None


def validate_manifest(manifest):
    """Checks the fields every reader relies on; unknown fields are
    ignored. Raises ExportError."""
    if not isinstance(manifest, dict):
        raise ExportError("manifest.json is not a JSON object")
    if manifest.get("format") != "pyir-export":
        raise ExportError("not a PyIR export (format %r)"
                          % (manifest.get("format"),))
    major, _minor = parse_version(manifest.get("format_version"))
    if major != SUPPORTED_MAJOR:
        raise ExportError(
            "unsupported PyIR export format version %s: this pyir package "
            "reads major version %d; re-export the module with a matching "
            "pyirc or upgrade pyir" % (manifest["format_version"],
                                       SUPPORTED_MAJOR))
    for key in _REQUIRED_TOP:
        if key not in manifest:
            raise ExportError("manifest.json lacks %r" % key)
    for fn in manifest["functions"]:
        for key in _REQUIRED_FUNCTION:
            if key not in fn:
                raise ExportError("function %r lacks %r"
                                  % (fn.get("name"), key))
    return manifest


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


class Export:
    """One export directory."""

    def __init__(self, directory, manifest):
        self.directory = os.path.abspath(directory)
        self.manifest = manifest
        self.name = manifest["module"]["name"]
        self.format_version = parse_version(manifest["format_version"])
        self.functions = {fn["name"]: fn for fn in manifest["functions"]}
        self._ref = None
        self._cffi = None
        self._json = None

    def path(self, key):
        """The absolute path of the file the manifest lists under ``key`` in
        ``files`` (None if the export has no such file)."""
        name = self.manifest["files"].get(key)
        return os.path.join(self.directory, name) if name else None

    def bitcode_path(self, llvm_major=14, key="llvm_bitcode"):
        """The LLVM bitcode readable by LLVM ``llvm_major``: the newest one
        not newer than it (bitcode reads forward), or None. ``key``:
        ``llvm_bitcode`` (the module's C core) or ``runtime_bitcode`` (the
        runtime's arithmetic entries, format 1.1)."""
        entries = self.manifest["files"].get(key) or {}
        usable = sorted((int(k), v) for k, v in entries.items()
                        if int(k) <= llvm_major)
        if not usable:
            return None
        return os.path.join(self.directory, usable[-1][1]["file"])

    def check_hashes(self):
        """Every file listed under ``sha256`` exists and matches."""
        for name, digest in self.manifest.get("sha256", {}).items():
            path = os.path.join(self.directory, name)
            if not os.path.exists(path):
                raise ExportError("%s: missing (listed in manifest.json)"
                                  % name)
            if _sha256(path) != digest:
                raise ExportError("%s: sha256 mismatch (the file changed "
                                  "after the export)" % name)

    def json_ir(self):
        """The JSON op graph (``<mod>.pyir.json``), parsed."""
        if self._json is None:
            with open(self.path("json")) as f:
                ir = json.load(f)
            major, _ = parse_version(ir.get("format_version"))
            if major != SUPPORTED_MAJOR:
                raise ExportError("unsupported pyir-json format version %s"
                                  % ir.get("format_version"))
            self._json = ir
        return self._json

    def ref_source(self):
        """The text of the Python reference ``<mod>_ref.py``."""
        path = self.path("python_ref")
        if not path:
            raise ExportError("the export has no Python reference")
        with open(path) as f:
            return f.read()

    def ref_module(self):
        """Imports ``<mod>_ref.py`` (a fresh module object, not in
        sys.modules)."""
        if self._ref is None:
            path = self.path("python_ref")
            if not path:
                raise ExportError("the export has no Python reference")
            spec = importlib.util.spec_from_file_location(
                "_pyir_ref_" + self.name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            self._ref = module
        return self._ref

    def cffi_module(self):
        """The C ABI through cffi (ABI mode): an object with one Python
        callable per public function, taking the Python-level arguments."""
        if self._cffi is None:
            self._cffi = CffiModule(self)
        return self._cffi


def load(directory, check_hashes=True):
    """Reads and validates ``directory/manifest.json``."""
    path = os.path.join(directory, "manifest.json")
    try:
        with open(path) as f:
            manifest = json.load(f)
    except OSError as e:
        raise ExportError("cannot read %s: %s" % (path, e)) from None
    except ValueError as e:
        raise ExportError("%s is not valid JSON: %s" % (path, e)) from None
    export = Export(directory, validate_manifest(manifest))
    if check_hashes:
        export.check_hashes()
    return export


# --------------------------------------------------------------------------
# cffi access to the C ABI
# --------------------------------------------------------------------------

_C_TYPES = _tables.SCALAR_C_TYPES


def is_view_type(type_name):
    """Whether a manifest type name (``f64[:]``, ``tuple[...]``, ``int``)
    is a view."""
    return type_name.endswith("]") and not type_name.startswith("tuple[")


def result_types(returns):
    """The flattened result types of a ``returns`` annotation."""
    if returns == "None":
        return []
    if returns.startswith("tuple[") and returns.endswith("]"):
        return [t.strip() for t in returns[6:-1].split(",")]
    return [returns]


def _buffer_address(ffi, obj, keep):
    """The address of element 0 of a buffer, its shape and byte strides (a
    NumPy array's own: its buffer export's are C order's on axes of extent
    0 or 1, and `.strides` must read as NumPy's, as in the extension)."""
    mv = memoryview(obj)
    strides = mv.strides
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(obj, numpy.ndarray):
        strides = tuple(obj.strides)
    if mv.nbytes == 0:
        return 0, mv.shape, strides
    iface = getattr(obj, "__array_interface__", None)
    if iface is not None:
        return iface["data"][0], mv.shape, strides
    cdata = ffi.from_buffer(obj)
    keep.append(cdata)
    return int(ffi.cast("uintptr_t", cdata)), mv.shape, mv.strides


class CffiModule:
    """The export's C ABI through cffi: ``ffi`` (the declarations of
    ``<mod>_abi.h``), ``lib`` (the opened ``lib<mod>_abi.so``) and one
    attribute per exported function that calls it as the extension would
    (defaults, conversions, the exception it raises)."""

    def __init__(self, export):
        import cffi  # noqa: PLC0415 - optional dependency
        self.ffi = cffi.FFI()
        with open(export.path("cffi_cdef")) as f:
            self.ffi.cdef(f.read())
        library = export.path("shared_library")
        if not library:
            raise ExportError("the export has no shared library")
        self.lib = self.ffi.dlopen(library)
        for fn in export.manifest["functions"]:
            setattr(self, fn["name"], self._wrap(fn))

    def _wrap(self, fn):
        ffi, symbol = self.ffi, getattr(self.lib, fn["c_symbol"])
        params = fn["signature"]["params"]
        outs = result_types(fn["signature"]["returns"])
        tuple_result = fn["signature"]["returns"].startswith("tuple[")
        defaults = {}
        for p in params:
            if p.get("default_repr") is not None:
                defaults[p["name"]] = eval(p["default_repr"],  # noqa: S307
                                           {"_NAN": float("nan"),
                                            "_INF": float("inf")})

        def call(*args, **kwargs):
            values = list(args)
            for p in params[len(args):]:
                if p["name"] in kwargs:
                    values.append(kwargs[p["name"]])
                elif p["name"] in defaults:
                    values.append(defaults[p["name"]])
                else:
                    raise TypeError("%s() missing argument %r"
                                    % (fn["name"], p["name"]))
            keep, cargs = [], []
            for p, v in zip(params, values):
                if is_view_type(p["type"]):
                    _check_view(fn["name"], p, v)
                    view = ffi.new("pyir_view *")
                    address, shape, strides = _buffer_address(ffi, v, keep)
                    view.data = ffi.cast("char *", address)
                    for k, (n, s) in enumerate(zip(shape, strides)):
                        view.shape[k] = n
                        view.strides[k] = s
                    keep.append(view)
                    cargs.append(view)
                else:
                    cargs.append(v)
            out = [ffi.new(_C_TYPES[t] + " *") for t in outs]
            err = ffi.new("pyir_error *")
            status = symbol(*cargs, *out, err)
            if status != 0:
                kind = EXCEPTION_KINDS[err.kind]
                message = (ffi.string(err.message).decode()
                           if err.message != ffi.NULL else "")
                raise _builtin(kind)(message)
            results = [o[0] for o in out]
            if not results:
                return None
            if tuple_result:
                return tuple(results)
            return results[0]

        call.__name__ = fn["name"]
        return call


def _check_view(fname, param, obj):
    """The extension's checks of a view argument's dimensions and
    C-contiguity (the C ABI trusts its caller for both)."""
    axes = param["type"][param["type"].index("[") + 1:-1].split(",")
    view = memoryview(obj)
    if view.ndim != len(axes):
        raise ValueError("%s() argument '%s' must have %d dimension%s, got %d"
                         % (fname, param["name"], len(axes),
                            "" if len(axes) == 1 else "s", view.ndim))
    if axes[-1].strip() == "::1" and not view.c_contiguous:
        raise ValueError("%s() argument '%s' must be C-contiguous"
                         % (fname, param["name"]))


def _builtin(name):
    import builtins  # noqa: PLC0415
    return getattr(builtins, name)


def implementation():
    """``"pypy"``, ``"cpython"``, ..."""
    return sys.implementation.name
