"""pyir.jit.numba tier 1 on functions with arrays (allocations, slices,
view locals, view results): ``@njit`` callers of the extension's
functions against the interpreted module.

    numba_arrays.py --pyirc PYIRC [--repeat N] CASES.py

CASES is a harness CASES file (test/e2e/harness.py). The export is
registered against the compiled extension (``register(export, ext)``):
every function of CASES (each specialisation of a generic one) must be
implemented by tier 1, the tier the manifest offers first. A jitted caller
``f(a0, ...)`` -> ``ext.f(a0, ...)`` (the overload the user's code gets;
a generic function chooses its specialisation at typing time) runs every
case whose arguments Numba can pass (views as NumPy arrays, as
numba_tiers.as_numba_arg makes them: in Numba every view is a NumPy array,
sliced by NumPy's rules). Against the interpreted module, called with the
same NumPy arrays: the result (a returned array by type, dtype, shape,
strides and contents), the exception type and the arguments' buffers after
the call. Against the extension: the same, and the exception message. The
dtype is compared as NumPy compares dtypes (``dtype.str``: Numba boxes an
int64 array with NumPy's 'l', the extension's i64 arrays have 'q', the
same dtype under two buffer format characters); the strides are the
array's own (``.strides``), except against the extension, whose arrays
are compared as test/e2e compares them with the interpreted ones: by the
strides of their buffer export (pyir._compare.array_key: NumPy gives an
axis of extent 0 or 1 C order's stride there). The calls where the
extension's own strides differ from the interpreted array's are listed
(``extension strides differ``).

Then (``--repeat N``) the cases run N more times and Numba's NRT
statistics (allocations and meminfos) must be balanced: the emitted code
releases what it allocates or references, on the raising paths too. Left
out: the raising calls with array arguments, which Numba 0.56 itself leaks
(an exception leaving a call skips the caller's release of its variables:
``numba.njit`` code calling a jitted function that raises leaks the
arrays the caller holds, tier 1 or not); they are counted.
"""
import argparse
import gc
import os
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "e2e"))
sys.path.insert(0, HERE)
import harness  # noqa: E402
import numpy as np  # noqa: E402
from numba_tiers import as_numba_arg, build, report  # noqa: E402
from pyir._compare import buffer_key  # noqa: E402

import pyir.jit  # noqa: E402
import pyir.jit.numba  # noqa: E402


def specialisations(export, fname):
    """The manifest functions named ``fname`` or specialising it."""
    return [fn for fn in export.manifest["functions"]
            if fn["name"] == fname or
            fn.get("generic", {}).get("name") == fname]


def jitted_caller(target, nargs):
    import numba
    names = ", ".join("a%d" % k for k in range(nargs))
    namespace = {"target": target}
    exec("def call(%s):\n    return target(%s)\n"  # noqa: S102
         % (names, names), namespace)
    return numba.njit(namespace["call"])


def numpy_factory(factory, params):
    def make():
        args, kwargs = factory()
        return tuple(as_numba_arg(v, p["type"])
                     for v, p in zip(args, params)), kwargs
    return make


def encode(value, strides):
    """harness.encode, with a NumPy array's dtype compared by NumPy's
    equality (its ``str``) rather than by its format character, and its
    strides its own (``strides``) or its buffer export's."""
    if isinstance(value, np.ndarray) and value.shape != ():
        return ("array", type(value).__name__, value.dtype.str, value.shape,
                value.strides if strides else memoryview(value).strides,
                buffer_key(value))
    return harness.encode(value)


def run(fn, factory):
    """(result, the result with its buffer's strides), buffers after."""
    args, kwargs = factory()
    try:
        value = fn(*args, **kwargs)
        result = ("ok", encode(value, True), None)
        exported = ("ok", encode(value, False), None)
    except Exception as e:  # noqa: BLE001 - exceptions are the data here
        result = exported = ("exc", type(e).__name__, e)
    return (result, exported), harness.buffer_state(args, kwargs)


def message(res):
    return str(res[2]) if res[0] == "exc" else None


def nrt_balance():
    from numba.core.runtime import rtsys
    gc.collect()
    s = rtsys.get_allocation_stats()
    return s.alloc - s.free, s.mi_alloc - s.mi_free


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("--repeat", type=int, default=0)
    parser.add_argument("cases")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")  # NumPy scalar overflow, interpreted
    cases, source, name = harness.load_cases(opts.cases)
    failures = []
    calls = raised = 0
    runs = []
    strides_differ = []
    with tempfile.TemporaryDirectory() as tmp:
        ext, export = build(opts.pyirc, source, name, tmp)
        interpreted = harness.load(name + "_interpreted", source)
        registered = pyir.jit.numba.register(export, ext)
        tier1 = 0
        for fname in cases.CASES:
            for fn in specialisations(export, fname):
                tier = registered.tiers.get(fn["name"])
                if tier != "irbuilder" or \
                        fn["tiers"]["numba"][:1] != ["irbuilder"]:
                    failures.append("%s: tier %s (offered %s)" % (
                        fn["name"], tier, fn["tiers"]["numba"]))
                else:
                    tier1 += 1
        for fname, factories in cases.CASES.items():
            params = specialisations(export, fname)[0]["signature"]["params"]
            call = jitted_caller(getattr(ext, fname), len(params))
            i_fn = getattr(interpreted, fname)
            for factory in factories:
                args, kwargs = factory()
                if kwargs or len(args) != len(params):
                    continue  # defaults and keywords: the glue's
                make = numpy_factory(factory, params)
                where = "%s%r" % (fname, args)
                try:
                    (res, res_x), buf = run(call, make)
                except Exception as e:  # noqa: BLE001 - compile errors
                    failures.append("%s: %s: %s" % (where,
                                                    type(e).__name__, e))
                    break
                (i_res, _), i_buf = run(i_fn, make)
                (e_own, e_res), e_buf = run(getattr(ext, fname), make)
                if e_own[:2] != i_res[:2] and e_res[:2] == res_x[:2]:
                    strides_differ.append(where)
                calls += 1
                raised += res[0] == "exc"
                if res[0] == "ok" or not any(
                        pyir.jit.is_view_type(p["type"]) for p in params):
                    runs.append((call, make))
                if res[:2] != i_res[:2]:
                    failures.append("%s: %r != interpreted %r" % (
                        where, res[:2], i_res[:2]))
                elif buf != i_buf:
                    failures.append("%s: buffers differ from the "
                                    "interpreted call's" % where)
                elif res_x[:2] != e_res[:2] or buf != e_buf:
                    failures.append("%s: %r != extension %r" % (
                        where, res[:2], e_res[:2]))
                elif message(res) != message(e_res):
                    failures.append("%s: message %r != extension %r" % (
                        where, message(res), message(e_res)))
        print("%s: tier 1 implements %d functions; %d calls compared with "
              "the interpreted module and the extension (%d raising)"
              % (name, tier1, calls, raised))
        for where in strides_differ:
            print("extension strides differ from the interpreted array's "
                  "(tier 1's do not): %s" % where)
        if opts.repeat:
            before = nrt_balance()
            for _ in range(opts.repeat):
                for call, make in runs:
                    run(call, make)
            after = nrt_balance()
            print("%s: NRT after %d x %d calls (%d raising; %d raising with "
                  "array arguments left out): %+d allocations, %+d meminfos"
                  % (name, opts.repeat, len(runs), raised - (calls -
                                                             len(runs)),
                     calls - len(runs), after[0] - before[0],
                     after[1] - before[1]))
            if after != before:
                failures.append("NRT statistics unbalanced: %r -> %r"
                                % (before, after))
    return report(name, failures)


if __name__ == "__main__":
    sys.exit(main())
