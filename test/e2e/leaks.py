"""Leak check for compiled PyIR modules: every public function called many
times, succeeding and failing, with reference counts and memory flat.

Usage (run with the interpreter the module is built for; a debug build,
python3.11-dbg, adds sys.gettotalrefcount):

    leaks.py --pyirc PATH/pyirc [--calls N] MODULE.py...

The arguments are generated from each function's annotations (the module is
imported interpreted, with the pyir package on PYTHONPATH, to read them): a
rotation of good values (0, 1, -1, extremes, NaN, empty and non-empty
buffers) and bad ones (wrong types, out-of-range ints, wrong item formats,
wrong dimensions, read-only and non-contiguous buffers, missing, extra and
unknown keyword arguments), so that every exit path of the glue and the
errors the core raises are exercised. Buffers are array.array, memoryview
and bytearray (no NumPy: Debian's debug interpreter has none). After every
call each bytearray and array.array argument is resized and each memoryview
released, which raises BufferError if the call still holds an export.

Per module, after a warm-up (every argument set twice, and at least N/2
calls per function: a cache keyed by the arguments, such as the shapes of
the memoryviews an allocating function makes without NumPy, fills over
several hundred calls and then stays put), N calls per function are made and the growth of sys.gettotalrefcount() (debug builds),
sys.getallocatedblocks() and the resident set size is checked against
limits that do not grow with N (see LIMITS); a growth past a limit is a
leak when a second batch of N calls per function grows past it too. Prints one line per module:
"<name>: <calls> calls, <ok> ok, <raised> raised, refs +R, blocks +B,
rss +K KiB" and "LEAK ..." lines for each violation; exit status 1 if any.
"""

import argparse
import array
import gc
import importlib.machinery
import importlib.util
import inspect
import itertools
import math
import operator
import os
import subprocess
import sys
import sysconfig
import tempfile

import pyir
from pyir.types import GenericView, ScalarType, TypeVar, ViewType

# Growth allowed over a whole run, independent of the number of calls: a leak
# of one object per call shows up as >= N (10**5). Measured noise on Debian's
# 3.11 debug build: refs and blocks within +-20 (interned strings, method
# caches, freelists), RSS within 1 MiB (allocator arenas).
LIMITS = {"refs": 200, "blocks": 200, "rss_kib": 4096}

# Calls outside a function's contract (undefined behaviour by §5), skipped:
# "module.function" -> predicate on the bound arguments.
VALID = {
    # boundscheck(False): the sieve must have at least n bytes.
    "kernels.count_primes":
        lambda a: operator.index(a["n"]) <= len(a["sieve"]),
    "semantics.unchecked":
        lambda a: 0 <= operator.index(a["i"]) < len(a["a"]),
    "semantics.no_wrap": lambda a: operator.index(a["i"]) >= 0,
    # cdivision(True): C division, no zero check, INT64_MIN // -1 overflows.
    "semantics.cdiv": lambda a: operator.index(a["b"]) != 0 and not (
        operator.index(a["a"]) == -2**63 and operator.index(a["b"]) == -1),
    # Not undefined, only slow: n iterations.
    "semantics.loop_var": lambda a: operator.index(a["n"]) <= 10**4,
}

FORMATS = {("i", 8): "b", ("i", 16): "h", ("i", 32): "i", ("i", 64): "q",
           ("u", 8): "B", ("u", 16): "H", ("u", 32): "I", ("u", 64): "Q",
           ("f", 32): "f", ("f", 64): "d"}


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIndex:
    def __index__(self):
        raise RuntimeError("__index__ failed")


class BadFloat:
    def __float__(self):
        raise RuntimeError("__float__ failed")


class BadBool:
    def __bool__(self):
        raise RuntimeError("__bool__ failed")


def scalar_values(ann):
    """(good values, bad values) for a scalar annotation."""
    if ann is bool:
        return [True, False, 0, 3], [BadBool()]
    if ann is int or (isinstance(ann, ScalarType) and ann.kind != "f"):
        if ann is int:
            lo, hi = -2**63, 2**63 - 1
        else:
            lo, hi = ann.min, ann.max
        good = sorted({0, 1, 2, 3, 7, 13, 101, 1000, lo, hi, lo + 1, hi - 1,
                       max(lo, -1), max(lo, -7)})
        good.append(Index(5))
        bad = [hi + 1, lo - 1, 1.5, "3", None, BadIndex(), 2**100]
        return good, bad
    # float, f32, f64
    good = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e308, -1e308, 5e-324, math.inf,
            -math.inf, math.nan, 3, -2**63, True]
    bad = ["1.0", None, BadFloat(), 2**2000, [1.0]]
    return good, bad


def make_buffer(view, shape, kind="array", fmt=None):
    fmt = fmt or FORMATS[(view.dtype.kind, view.dtype.bits)]
    count = math.prod(shape)
    if kind == "bytearray":
        base = bytearray(count)
        mv = memoryview(base)
        return base if len(shape) == 1 else mv.cast("B", shape)
    base = array.array(fmt, [(i % 5) for i in range(count)]
                       if fmt not in "fd" else [i * 0.5 for i in range(count)])
    if kind == "array" and len(shape) == 1:
        return base
    mv = memoryview(base).cast("B").cast(fmt, shape)
    if kind == "readonly":
        return mv.toreadonly()
    return mv


def view_values(view):
    """(good factories, bad factories) for a view annotation."""
    nd = view.ndim
    good = []
    # memoryview cannot make an empty view of several dimensions.
    for shape in [(4,) * nd, (1,) * nd, (3,) + (5,) * (nd - 1)] + (
            [(0,)] if nd == 1 else []):
        good.append(lambda shape=shape: make_buffer(view, shape))
    if view.dtype.kind == "u" and view.dtype.bits == 8 and nd == 1:
        good.append(lambda: bytearray(b"\x01\x02\x03\x04\x05"))
        good.append(lambda: bytearray())
    other = "d" if view.dtype.kind != "f" else "q"
    bad = [lambda: make_buffer(view, (4,) * nd, fmt=other),
           lambda: make_buffer(view, (2,) * (nd % 4 + 1)),  # wrong ndim
           lambda: 1.5, lambda: [1, 2, 3], lambda: b"abc"]
    if nd == 1:
        # Non-contiguous (memoryview cannot slice several dimensions).
        def strided():
            return make_buffer(view, (8,), kind="memoryview")[::2]
        (bad if view.contiguous else good).append(strided)
    good.append(lambda: make_buffer(view, (4,) * nd, kind="readonly"))
    return good, bad


def arg_sets(fn, valid=None):
    """Factories of (args, kwargs) for a public function of the module;
    `valid(bound arguments)` rejects calls whose behaviour is undefined
    (e.g. out of range with boundscheck off)."""
    sets = raw_arg_sets(fn)
    if valid is None:
        return sets
    sig = inspect.signature(fn)

    def ok(factory):
        args, kwargs = factory()
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError:
            return True
        bound.apply_defaults()
        try:
            return valid(bound.arguments)
        except Exception:  # noqa: BLE001 - bad arguments fail in the glue
            return True
    return [f for f in sets if ok(f)]


def resolve(ann, binding):
    """The annotation `ann` with its type variable bound by `binding`."""
    if isinstance(ann, GenericView):
        return ViewType(binding[ann.typevar], ann.ndim, ann.contiguous)
    if isinstance(ann, TypeVar):
        return binding[ann]
    return ann


def raw_arg_sets(fn):
    """The argument sets of every specialisation of a generic function
    (language.md section 8), each type variable bound to its k-th
    constraint, and mixed element types (the first T view bound to one
    constraint, the others to another), or those of a plain function."""
    params = list(inspect.signature(fn).parameters.values())
    tvs = []
    for p in params:
        ann = p.annotation
        tv = ann.typevar if isinstance(ann, GenericView) else \
            ann if isinstance(ann, TypeVar) else None
        if tv is not None and tv not in tvs:
            tvs.append(tv)
    if not tvs:
        return binding_arg_sets(params, [p.annotation for p in params])
    sets = []
    width = max(len(tv.constraints) for tv in tvs)
    for k in range(width):
        binding = {tv: tv.constraints[k % len(tv.constraints)] for tv in tvs}
        sets += binding_arg_sets(params, [resolve(p.annotation, binding)
                                          for p in params])
    views = [i for i, p in enumerate(params)
             if isinstance(p.annotation, GenericView)]
    if len(views) >= 2:
        first = {tv: tv.constraints[0] for tv in tvs}
        other = {tv: tv.constraints[1] for tv in tvs}
        anns = [resolve(p.annotation, other if i in views[1:] else first)
                for i, p in enumerate(params)]
        sets += binding_arg_sets(params, anns)
    return sets


def binding_arg_sets(params, anns):
    goods, bads = [], []
    for ann in anns:
        if isinstance(ann, ViewType):
            g, b = view_values(ann)
        else:
            gv, bv = scalar_values(ann)
            g = [lambda v=v: v for v in gv]
            b = [lambda v=v: v for v in bv]
        goods.append(g)
        bads.append(b)
    sets = []
    # Good values: a rotation through every parameter's list, zipped so the
    # number of sets stays linear in the sizes.
    width = max([len(g) for g in goods] + [1])
    for k in range(width):
        sets.append(lambda k=k: (tuple(g[k % len(g)]() for g in goods), {}))
    # One bad value at a time, the others good.
    for i, b in enumerate(bads):
        for k, bad in enumerate(b):
            def factory(i=i, bad=bad, k=k):
                args = [g[k % len(g)]() for g in goods]
                args[i] = bad()
                return tuple(args), {}
            sets.append(factory)
    # Argument-count errors.
    names = [p.name for p in params]
    sets.append(lambda: (tuple(g[0]() for g in goods) + (1,), {}))
    sets.append(lambda: ((), {}))
    sets.append(lambda: (tuple(g[0]() for g in goods), {"zz_unknown": 1}))
    if names:
        sets.append(lambda: (tuple(g[0]() for g in goods),
                             {names[0]: goods[0][0]()}))
        sets.append(lambda: ((), {n: g[0]() for n, g in zip(names, goods)}))
    return sets


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def load(name, path):
    if path.endswith(".py"):
        loader = importlib.machinery.SourceFileLoader(name, path)
    else:
        loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def call_all(fn, sets, count, stats):
    for factory in itertools.islice(itertools.cycle(sets), count):
        args, kwargs = factory()
        try:
            fn(*args, **kwargs)
            stats[0] += 1
        except Exception:  # noqa: BLE001 - failing calls are the point
            stats[1] += 1
        # Each of these raises BufferError while an export is still held.
        for a in list(args) + list(kwargs.values()):
            if isinstance(a, bytearray):
                a.extend(b"xy")
                del a[-2:]
            elif isinstance(a, array.array):
                a.append(0)
                a.pop()
            elif isinstance(a, memoryview):
                a.release()
        del args, kwargs


def check_module(pyirc, source, calls, tmp, extra):
    name = os.path.splitext(os.path.basename(source))[0]
    so = os.path.join(tmp, name + sysconfig.get_config_var("EXT_SUFFIX"))
    proc = subprocess.run([pyirc, source, "-o", so, "--python",
                           sys.executable] + extra, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        print("pyirc failed:\n" + proc.stdout + proc.stderr)
        return ["pyirc failed"]
    compiled = load(name, so)
    interpreted = load(name + "_interpreted", source)
    functions = [(n, getattr(compiled, n),
                  arg_sets(getattr(interpreted, n), VALID.get(f"{name}.{n}")))
                 for n, f in vars(interpreted).items()
                 if inspect.isfunction(f) and not n.startswith("_")
                 and f.__module__ == interpreted.__name__]
    stats = [0, 0]
    failures = []
    for fname, fn, sets in functions:  # warm-up: caches, interned strings
        try:
            call_all(fn, sets, max(2 * len(sets), calls // 2), [0, 0])
        except BufferError as e:
            failures.append(f"{fname}: buffer not released: {e}")
    def batch():
        """The growth of refs, blocks and RSS over N calls per function."""
        gc.collect()
        refs0 = (sys.gettotalrefcount() if hasattr(sys, "gettotalrefcount")
                 else 0)
        blocks0 = sys.getallocatedblocks()
        rss0 = rss_kib()
        for fname, fn, sets in functions:
            try:
                call_all(fn, sets, calls, stats)
            except BufferError as e:
                failures.append(f"{fname}: buffer not released: {e}")
        gc.collect()
        refs = (sys.gettotalrefcount() - refs0
                if hasattr(sys, "gettotalrefcount") else 0)
        return {"refs": refs, "blocks": sys.getallocatedblocks() - blocks0,
                "rss_kib": rss_kib() - rss0}

    grown = batch()
    ok, raised = stats  # the first batch's, as reported
    over = [w for w in grown if grown[w] > LIMITS[w]]
    if over:
        # A leak grows in every batch; a one-off (an allocator's or a
        # cache's burst: blocks +258 once in a loaded lit run where +25..+40
        # is usual) does not: a second batch must grow past the limit too.
        again = batch()
        print(f"{name}: grew past the limit ({', '.join(over)}); second "
              f"batch: " + ", ".join(f"{w} {again[w]:+d}" for w in over))
        over = [w for w in over if again[w] > LIMITS[w]]
    refs, blocks, rss = grown["refs"], grown["blocks"], grown["rss_kib"]
    for what in over:
        failures.append(f"{name}: {what} grew by {grown[what]} over "
                        f"{ok + raised} calls (limit "
                        f"{LIMITS[what]}), and again in a second batch")
    print(f"{name}: {len(functions)} functions, {ok + raised} calls, "
          f"{ok} ok, {raised} raised, refs {refs:+d}, "
          f"blocks {blocks:+d}, rss {rss:+d} KiB")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("--calls", type=int, default=10**5,
                        help="calls per function")
    parser.add_argument("--pyirc-arg", action="append", default=[],
                        help="extra pyirc argument (--sanitize=address)")
    parser.add_argument("--no-rss", action="store_true",
                        help="skip the RSS limit (AddressSanitizer's "
                        "quarantine keeps freed memory)")
    parser.add_argument("--hide-numpy", action="store_true",
                        help="make `import numpy` fail, so that allocating "
                        "functions return memoryviews (NumPy itself grows "
                        "the debug interpreter's total refcount on every "
                        "np.empty: 1.24 on Debian)")
    parser.add_argument("modules", nargs="+")
    opts = parser.parse_args()
    if opts.hide_numpy:
        sys.modules["numpy"] = None
    print("debug build:", hasattr(sys, "gettotalrefcount"))
    failures = []
    if opts.no_rss:
        LIMITS["rss_kib"] = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for source in opts.modules:
            failures += check_module(opts.pyirc, os.path.abspath(source),
                                     opts.calls, tmp, opts.pyirc_arg)
    for f in failures:
        print("LEAK", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
