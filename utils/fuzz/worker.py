"""Runs the calls of one generated module in one process (run.py starts it).

    worker.py DIR NAME OUT VARIANT[:START] [VARIANT ...]

For each variant (plain, model: the interpreted program and the model;
O0, O2, O3, asan: the extension in DIR/<variant>/; ref: the JIT export's
Python reference in DIR/jit; numba: tier 1 of pyir.jit.numba over DIR/jit,
compared with the O2 extension) it loads the module and runs every call of
DIR/NAME_calls.py from START on, on fresh arguments. It appends JSON lines
to OUT, flushed: ["B", variant, i] before call i (so that run.py can tell
which call crashed or hung) and ["R", variant, i, result, buffers] after.

Returned arrays: the interpreted program and the model allocate
OracleArrays (memoryviews in a module slicing through memoryviews: pyir.arrays
without NumPy), compared by item kind and size, shape, strides and contents
(encode).

Arguments: a view spec ("view", elem, shape, kind, layout, data) becomes a
NumPy array, array.array, bytearray or memoryview (kind) that is
C-contiguous, a contiguous slice of rows, a strided slice, reversed or
Fortran-ordered (layout). The extension and the reference get the object
itself. The interpreted program and the model get, for a NumPy array, an
OracleArray view of an identical array (NumPy's shape, strides and
slicing, elements read and written as a memoryview reads and writes them:
Python ints and floats, as the language promises, where NumPy scalars
would bring NumPy's arithmetic), for anything else a memoryview of it; and
they allocate OracleArrays where the extension allocates NumPy arrays.
A module that slices through memoryviews (gen.SLICES_MARK) gives every
variant the memoryview, which they all slice as CPython's memoryview does
(language.md section 12), and the extension allocates memoryviews (NumPy
hidden during its calls), as the interpreted runs then do: slicing follows
the owner's type, and NumPy exports a buffer's strides of a length-1 axis
in C order. See docs/Fuzzing.md, "What is compared".

A program importing a library (`from lib_<seed> import ...` or `from
.lib_<seed> import ...`, gen.Module.lib): before each variant is loaded,
the library that variant imports is put in sys.modules (install_library:
the .py for the program, its model for the model, the extension built the
same way for each compiled variant, a compiled one for the reference and
Numba); a package-relative importer is loaded as gen.PACKAGE.<name>.
"""
import array
import importlib.machinery
import importlib.util
import json
import math
import os
import signal
import sys
import sysconfig
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

import numpy as np  # noqa: E402
from pyir._compare import array_key, buffer_key, float_key  # noqa: E402
from pyir import arrays as pyir_arrays  # noqa: E402

NP = {"i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64,
      "u8": np.uint8, "u16": np.uint16, "u32": np.uint32, "u64": np.uint64,
      "f32": np.float32, "f64": np.float64}
ARRAY_CODES = {"i8": "b", "u8": "B", "i16": "h", "u16": "H", "i32": "i",
               "u32": "I", "i64": "q", "u64": "Q", "f32": "f", "f64": "d"}
EXT = sysconfig.get_config_var("EXT_SUFFIX")


def make_view(spec):
    _, elem, shape, kind, layout, data = spec
    dt = NP[elem]
    if kind == "array":
        return array.array(ARRAY_CODES[elem], data)
    if kind == "bytearray":
        return bytearray(data)
    base = np.array(data, dtype=dt).reshape(shape)
    if layout == "rows":
        big = np.zeros((shape[0] + 2,) + tuple(shape[1:]), dtype=dt)
        big[1:-1] = base
        arr = big[1:-1]
    elif layout == "step":
        big = np.zeros(tuple(shape[:-1]) + (shape[-1] * 2,), dtype=dt)
        big[..., ::2] = base
        arr = big[..., ::2]
    elif layout == "neg":
        arr = np.ascontiguousarray(base[::-1])[::-1]
    elif layout == "fortran":
        arr = np.asfortranarray(base)
    else:
        arr = base
    if kind == "memoryview":
        return memoryview(arr)
    return arr


class OracleArray(np.ndarray):
    """The interpreted runs' NumPy array: NumPy's shape, strides, slicing
    (keys with indices and several items, language.md section 12: a slice
    is an OracleArray on the same memory) and iteration order, but element
    reads and writes through the buffer as a memoryview's, so that an
    element is a Python int or float (section 6: what compiled code reads;
    a NumPy scalar would bring NumPy's arithmetic, `np.float64(1) / 0` is
    inf). Only the interpreted program and the model see it; it is compared
    through its buffer like the extension's NumPy arrays (encode)."""

    def __getitem__(self, key):
        r = np.ndarray.__getitem__(self, key)
        if isinstance(r, np.ndarray):
            return r
        # one element (NumPy checked the key): read as a memoryview reads it
        return memoryview(self)[key]

    def __setitem__(self, key, value):
        # an element (the generator writes only elements: slice stores
        # are compile errors), packed as the memoryview packs it
        memoryview(self)[key] = value

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]


def oracle_view(arr):
    return arr.view(OracleArray)


class OracleNumPy:
    """What the interpreted pyir.empty/zeros see as NumPy
    (pyir.arrays._NUMPY): they allocate OracleArrays."""
    dtype = staticmethod(np.dtype)

    @staticmethod
    def zeros(shape, dt):
        return oracle_view(np.zeros(shape, dt))

    @staticmethod
    def empty(shape, dt):
        return oracle_view(np.empty(shape, dt))


#: Set by main for a module with gen.SLICES_MARK: every variant gets
#: memoryview arguments, sliced as CPython's memoryview slices them.
ALL_MEMORYVIEWS = []


def materialize(value, oracle):
    if isinstance(value, tuple) and value and value[0] == "view":
        obj = make_view(value)
        if ALL_MEMORYVIEWS:
            return memoryview(obj)
        if not oracle:
            return obj
        return oracle_view(obj) if isinstance(obj, np.ndarray) else \
            memoryview(obj)
    return value


def encode(value):
    """A result, comparable across variants. A returned array (language.md
    section 10) is compared by item kind and size, shape, strides and
    contents, the strides as the buffer exports them: the interpreted runs
    allocate OracleArrays or memoryviews (NumPy scalars would bring NumPy's
    arithmetic, section 6), the extension NumPy arrays or memoryviews (that
    it returns NumPy arrays is test/e2e/arrays.test's business)."""
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float", float_key(value)]
    if isinstance(value, tuple):
        return ["tuple", [encode(v) for v in value]]
    if value is None:
        return ["None"]
    if isinstance(value, (np.generic,)):
        return encode(value.item())
    key = array_key(value)
    if key is not None:
        _, fmt, shape, strides, data = key
        kind = "f" if fmt in ("f", "d") else "u" if fmt.isupper() else "i"
        size = memoryview(value).itemsize
        return ["view", "%s%d" % (kind, size), list(shape), list(strides),
                data.hex()]
    return ["other", repr(value)]


def buffers(objs):
    out = []
    for o in objs:
        data = buffer_key(o)
        out.append(None if data is None else data.hex())
    return out


INVALID = ("NameError", "UnboundLocalError", "AttributeError", "SyntaxError",
           "RecursionError", "ImportError")


def run_call(fn, args, kw):
    objs = list(args) + list(kw.values())
    try:
        res = ["ok", encode(fn(*args, **kw))]
    except Exception as e:  # noqa: BLE001 - exceptions are the data
        msg = str(e)
        flag = ("dev" if gen.MODEL_MARK in msg else
                "gen" if msg.startswith(gen.MARK + " ") else "")
        res = ["exc", type(e).__name__, flag, msg[:200]]
    return res, buffers(objs)


#: A program importing a library (gen.Module.lib; language.md section 10):
#: the library's name, read from the program's `from lib_<seed> import`.
LIBRARY_LINE = r"^from (\.?)(lib_\d+) import "

#: Where each variant finds the library it imports: the program and the
#: model their own renderings, each compiled variant the library compiled
#: the same way, the JIT export's reference (it imports the library with
#: importlib) and Numba (O2's extension) a compiled library, the first of
#: these built (an interpreted library given NumPy arrays would read NumPy
#: scalars).
REF_LIBRARY_DIRS = ("O2", "O3", "O1", "O0", "libref")


def library_name(directory, name):
    """(the library's name, is the import package-relative) or None."""
    import re
    with open(os.path.join(directory, name + ".py")) as f:
        mt = re.search(LIBRARY_LINE, f.read(), re.M)
    return (mt.group(2), mt.group(1) == ".") if mt else None


def package():
    """The synthetic package of a program importing its library
    package-relative (gen.PACKAGE): the program is loaded as
    PACKAGE.<name>, its import finds PACKAGE.lib_<seed> in sys.modules."""
    import types
    if gen.PACKAGE not in sys.modules:
        pkg = types.ModuleType(gen.PACKAGE)
        pkg.__path__ = []
        sys.modules[gen.PACKAGE] = pkg
    return gen.PACKAGE


def module_name(lib, name):
    return package() + "." + name if lib and lib[1] else name


def install_library(directory, lib, variant):
    """Puts the library `lib` variant `variant` sees in sys.modules, where
    the program's import (interpreted, or the extension's
    PyImport_ImportModuleLevel when it is imported) finds it."""
    if lib is None:
        return
    lib, relative = lib
    sys.modules.pop(lib, None)
    if variant == "plain":
        path = os.path.join(directory, lib + ".py")
    elif variant == "model":
        path = os.path.join(directory, lib + "_model.py")
    elif variant in ("ref", "numba"):
        path = next((p for p in (os.path.join(directory, d, lib + EXT)
                                 for d in REF_LIBRARY_DIRS)
                     if os.path.exists(p)), None)
        if path is None:
            return
    else:
        path = os.path.join(directory, variant, lib + EXT)
    # (relative: PACKAGE.lib_<seed>; the JIT export's reference imports
    # the absolute name pyirc found, lib_<seed>: both)
    full = package() + "." + lib if relative else lib
    sys.modules[full] = sys.modules[lib] = load(full, path)


def load(name, path):
    if path.endswith(".py"):
        loader = importlib.machinery.SourceFileLoader(name, path)
    else:
        loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


FLOAT_TYPES = ("float", "f32", "f64")


def specialization(functions, fname, args, kw):
    """The name of the specialisation of generic function `fname` that a
    call with these arguments reaches (language.md section 8: the element
    types of its views, the Python types of its scalars where the
    specialisations differ), from the export's manifest entries
    `functions`; or `fname` itself when it is not generic."""
    specs = [f for f in functions
             if f.get("generic", {}).get("name") == fname]
    if not specs:
        return fname
    params = [f["signature"]["params"] for f in specs]
    given = dict(zip((p["name"] for p in params[0]), args))
    given.update(kw)

    def fits(t, v):
        if "[" in t:
            return t.split("[")[0] == v[1]
        if isinstance(v, float):
            return t in FLOAT_TYPES
        return t not in FLOAT_TYPES

    for f, ps in zip(specs, params):
        if all(fits(p["type"], given[p["name"]])
               for i, p in enumerate(ps) if p["name"] in given and
               len({q[i]["type"] for q in params}) > 1):
            return f["name"]
    return fname


NUMBA_INTS = ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64")


def numba_runner(directory, name, calls, lib=None):
    """Returns fn(i) -> (result, buffers) or None (skipped) for tier 1."""
    import numba
    import pyir.jit
    import pyir.jit.numba
    export = pyir.jit.load(os.path.join(directory, "jit"))
    ext = load(module_name(lib, name), os.path.join(directory, "O2",
                                                    name + EXT))
    cache = {}

    def impl(fname):
        if fname not in cache:
            fn = export.functions[fname]
            try:
                _, f = pyir.jit.numba.implementation(export, fname, ("irbuilder",))
            except pyir.jit.numba.TierUnavailable:
                cache[fname] = None
                return None
            params = fn["signature"]["params"]
            names = ", ".join("a%d" % k for k in range(len(params)))
            ns = {"impl": f}
            exec("def call(%s):\n    return impl(%s)\n" % (names, names), ns)
            cache[fname] = (numba.njit(ns["call"]), params)
        return cache[fname]

    def run(fname, args, kw):
        ext_fn = getattr(ext, fname)
        fname = specialization(export.manifest["functions"], fname, args, kw)
        got = impl(fname)
        if got is None:
            return None
        call, params = got
        full = list(args)
        for p in params[len(args):]:
            if p["name"] not in kw:
                return None
            full.append(kw[p["name"]])
        nargs = []
        for v, p in zip(full, params):
            t = p["type"]
            if isinstance(v, tuple) and v and v[0] == "view":
                nargs.append(np.asarray(memoryview(make_view(v))))
            elif t in NUMBA_INTS:
                nargs.append(NP[t](v))
            elif t == "f32":
                nargs.append(np.float32(v))
            else:
                nargs.append(v)
        # The extension gets the same NumPy arrays: in Numba every view is
        # a NumPy array, sliced by NumPy's rules, and so are NumPy owners
        # in the extension (language.md section 12).
        e_args = [np.asarray(memoryview(make_view(v)))
                  if isinstance(v, tuple) and v and v[0] == "view"
                  else materialize(v, False) for v in full]
        e_res = run_call(ext_fn, e_args, {})
        n_res = run_call(call, nargs, {})
        # NumPy scalars (the ints and f32 passed to Numba) have buffers too:
        # only views' contents are compared.
        n_buf = [b if isinstance(v, tuple) and v and v[0] == "view" else None
                 for v, b in zip(full, n_res[1])]
        return [n_res[0], n_buf, e_res[0], e_res[1]]
    return run


class OracleTimeout(BaseException):
    pass


def _alarm(signum, frame):
    raise OracleTimeout()


#: Interpreted calls (the program, the model) that run longer are "slow":
#: the program's ints grew huge where the model raised OverflowError.
ORACLE_TIMEOUT = 3.0


def main():
    directory, name, out = sys.argv[1:4]
    signal.signal(signal.SIGALRM, _alarm)
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10000)
    with open(os.path.join(directory, name + "_calls.py")) as f:
        calls = gen.load_calls(f.read())
    with open(os.path.join(directory, name + ".py")) as f:
        if gen.SLICES_MARK in f.read().splitlines():
            ALL_MEMORYVIEWS.append(True)
    lib = library_name(directory, name)
    with open(out, "a", buffering=1) as log:
        def emit(rec):
            log.write(json.dumps(rec) + "\n")
            log.flush()
        for item in sys.argv[4:]:
            variant, _, start = item.partition(":")
            start = int(start or 0)
            emit(["L", variant])
            install_library(directory, lib, variant)
            if variant == "numba":
                runner = numba_runner(directory, name, calls, lib)
                only = set(os.environ.get("FUZZ_NUMBA_FNS", "").split(","))
                for i in range(start, len(calls)):
                    fname, args, kw = calls[i]
                    if fname not in only:
                        continue
                    emit(["B", variant, i])
                    r = runner(fname, args, kw)
                    emit(["R", variant, i] + (r if r else [None]))
                continue
            oracle = variant in ("plain", "model")
            # The interpreted pyir.empty/zeros make OracleArrays, or
            # memoryviews in a module slicing through memoryviews.
            pyir_arrays._NUMPY[:] = [] if not oracle else [
                None if ALL_MEMORYVIEWS else OracleNumPy]
            mname = module_name(lib, name)
            if variant == "plain":
                mod = load(mname, os.path.join(directory, name + ".py"))
            elif variant == "model":
                mod = load(mname, os.path.join(directory, name + "_model.py"))
            elif variant == "ref":
                import pyir.jit
                export = pyir.jit.load(os.path.join(directory, "jit"))
                mod = export.ref_module()
            else:
                mod = load(mname, os.path.join(directory, variant,
                                               name + EXT))
            emit(["I", variant])
            for i in range(start, len(calls)):
                fname, args, kw = calls[i]
                if variant == "ref":
                    fname = specialization(export.manifest["functions"],
                                           fname, args, kw)
                fn = getattr(mod, fname, None)
                if fn is None:
                    continue
                a = [materialize(v, oracle) for v in args]
                k = {key: materialize(v, oracle) for key, v in kw.items()}
                emit(["B", variant, i])
                if oracle:
                    signal.setitimer(signal.ITIMER_REAL, ORACLE_TIMEOUT)
                # A module that slices through memoryviews: the extension
                # and the JIT export's reference allocate memoryviews too
                # (NumPy hidden from their first allocation on), so that
                # their arrays slice as the interpreted run's do.
                hide = ALL_MEMORYVIEWS and variant not in ("plain", "model")
                saved = sys.modules.get("numpy")
                if hide:
                    sys.modules["numpy"] = None
                try:
                    res, bufs = run_call(fn, a, k)
                except OracleTimeout:
                    res, bufs = ["slow"], []
                finally:
                    if hide:
                        sys.modules["numpy"] = saved
                    if oracle:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                emit(["R", variant, i, res, bufs])


if __name__ == "__main__":
    main()
