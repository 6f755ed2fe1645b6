#!/usr/bin/env python3
"""PyIR benchmark suite: bench/kernels.py against CPython, PyPy, Cython,
Numba, Pythran, mypyc and hand-written C (see bench/README.md).

    bench/setup-venv.sh           # once: build/bench-venv with the PyPI peers
    build/bench-venv/bin/python bench/run.py [--quick] [--json out.json]
                                             [--pyirc PATH]

Builds every peer into bench/build/ (timing source -> importable module),
checks that every peer returns the same result on the same inputs before any
time counts, then times the peers interleaved (round robin, rotating order)
and prints per-kernel tables, ratios, geometric means, build costs, the
machine noise and the goals of the spec.
"""
import argparse
import datetime
import gc
import importlib.util
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import sysconfig
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
VENV = os.path.join(REPO, "build", "bench-venv")
SETUP_HINT = ("set it up with\n    bench/setup-venv.sh\nthen run\n    "
              "build/bench-venv/bin/python bench/run.py [--quick]")


def ensure_venv():
    """Run under build/bench-venv's interpreter (the peers are its packages):
    re-exec there when it exists, else say how to create it."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    py = os.path.join(VENV, "bin", "python")
    if os.path.exists(py) and not os.environ.get("PYIR_BENCH_REEXEC"):
        print("bench/run.py: running under %s" % py, file=sys.stderr)
        os.environ["PYIR_BENCH_REEXEC"] = "1"
        os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])
    sys.exit("bench/run.py runs under the benchmark venv %s (not %s); %s" % (
        VENV, sys.executable, SETUP_HINT))


if __name__ == "__main__":
    ensure_venv()

import numpy as np  # noqa: E402 - after the venv check

VENV_BIN = os.path.dirname(sys.executable)
PEERS_DIR = os.path.join(BENCH, "peers")
BUILD = os.path.join(BENCH, "build")
KERNELS_PY = os.path.join(BENCH, "kernels.py")
EXT = sysconfig.get_config_var("EXT_SUFFIX")
FAST_HEADER_PYIR = "# pyir: boundscheck=False, wraparound=False, cdivision=True\n"
FAST_HEADER_CY = "# cython: boundscheck=False, wraparound=False, cdivision=True\n"

# One C compiler and one optimisation level for every compiled peer.
CC = (sysconfig.get_config_var("CC") or "cc").split()[0]
OPT = ["-O3", "-march=native"]
NOFMA = ["-ffp-contract=off"]


def base_cflags():
    """The interpreter's CFLAGS (as every extension build gets them), without
    its -O level and without anything that changes floating point."""
    out = []
    for f in (sysconfig.get_config_var("CFLAGS") or "").split():
        if (f.startswith("-O") and len(f) <= 3) or f == "-ffast-math" \
                or f.startswith("-ffp-contract="):
            continue
        out.append(f)
    out += (sysconfig.get_config_var("CCSHARED") or "-fPIC").split()
    return out


# ---------------------------------------------------------------- kernels

class Kernel:
    """sizes: (full, quick); make(size, rng) -> the argument list; mutable:
    indices of the arguments the kernel writes; approx: peer -> why that
    peer's floats are compared to a tolerance instead of bit for bit."""

    def __init__(self, name, desc, sizes, make, mutable=(), approx=None):
        self.name, self.desc, self.sizes = name, desc, sizes
        self.make, self.mutable = make, set(mutable)
        self.approx = approx or {}


def _dot(sz, rng):
    n = sz["n"]
    return [rng.random(n), rng.random(n)]


def _saxpy(sz, rng):
    n = sz["n"]
    return [1.0 / 3.0, rng.random(n), rng.random(n)]


def _mandel(sz, rng):
    return [sz["w"], sz["h"], sz["maxiter"]]


def _fib(sz, rng):
    return [sz["n"]]


def _matmul(sz, rng):
    n = sz["n"]
    return [rng.random((n, n)), rng.random((n, n)), np.zeros((n, n))]


def _prefix(sz, rng):
    return [rng.integers(-1000, 1000, sz["n"], dtype=np.int64)]


def _jacobi(sz, rng):
    g = rng.random((sz["n"], sz["n"]))
    return [g, g.copy(), sz["iters"]]


def _hist(sz, rng):
    return [rng.normal(0.5, 0.25, sz["n"]), np.zeros(sz["bins"], np.int64),
            0.0, 1.0]


def _spectral(sz, rng):
    return [np.zeros(sz["n"]), np.zeros(sz["n"]), np.zeros(sz["n"])]


def _monte_carlo(sz, rng):
    return [sz["n"], 12345]


def _sieve(sz, rng):
    return [sz["n"], np.zeros(sz["n"], np.uint8)]


def _strided_dot(sz, rng):
    # every other element of twice as long arrays: stride 16 bytes
    n = sz["n"]
    return [rng.random(2 * n)[::2], rng.random(2 * n)[::2]]


def _blur(sz, rng):
    src = rng.random((sz["n"], sz["m"]), dtype=np.float32)
    return [src, np.zeros_like(src)]


def _text(sz, rng):
    """Random lowercase words: 1 byte in 6 a space, 1 in 40 a newline."""
    alphabet = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz \n", np.uint8)
    p = np.full(len(alphabet), (1 - 1 / 6 - 1 / 40) / 26)
    p[-2], p[-1] = 1 / 6, 1 / 40
    return rng.choice(alphabet, sz["n"], p=p)


def _count_byte(sz, rng):
    return [_text(sz, rng), ord("\n")]


def _count_words(sz, rng):
    return [_text(sz, rng)]


def _bisect_many(sz, rng):
    return [rng.random(sz["n"]) * 8.0, 0.0, 2.0]


# f32 kernels: PyPy and mypyc read the items of an f32 buffer as Python
# floats and compute in binary64 (rounding to f32 only at the store), where
# PyIR, NumPy scalars, C, Cython, Numba and Pythran round after every
# operation; these two are compared to a relative 1e-6.
F64_ARITHMETIC = ("binary64 arithmetic on the f32 items (Python floats), "
                  "rounded to f32 at the store: compared to rel. 1e-6, not "
                  "bit for bit")

KERNELS = [
    Kernel("dot", "n={n}", ({"n": 10**6}, {"n": 10**5}), _dot),
    Kernel("saxpy", "n={n}", ({"n": 10**6}, {"n": 10**5}), _saxpy, [2]),
    Kernel("mandelbrot", "{w}x{h}, maxiter={maxiter}",
           ({"w": 400, "h": 400, "maxiter": 200},
            {"w": 100, "h": 100, "maxiter": 100}), _mandel),
    Kernel("fib", "n={n}", ({"n": 27}, {"n": 20}), _fib),
    Kernel("matmul", "{n}x{n}", ({"n": 200}, {"n": 60}), _matmul, [2]),
    Kernel("prefix_sum", "n={n}", ({"n": 10**6}, {"n": 10**5}), _prefix, [0]),
    Kernel("jacobi", "{n}x{n}, iters={iters} (2 sweeps each)",
           ({"n": 256, "iters": 50}, {"n": 64, "iters": 10}), _jacobi, [0, 1]),
    Kernel("histogram", "n={n}, bins={bins}",
           ({"n": 10**6, "bins": 256}, {"n": 10**5, "bins": 256}), _hist, [1]),
    Kernel("spectral_norm", "n={n}, 10 power iterations",
           ({"n": 200}, {"n": 50}), _spectral, [0, 1, 2]),
    Kernel("monte_carlo_pi", "n={n} points", ({"n": 10**6}, {"n": 10**5}),
           _monte_carlo),
    Kernel("sieve", "n={n}", ({"n": 10**6}, {"n": 10**5}), _sieve, [1]),
    Kernel("strided_dot", "n={n}, stride 2", ({"n": 10**6}, {"n": 10**5}),
           _strided_dot),
    Kernel("blur", "{n}x{m} f32", ({"n": 800, "m": 800},
                                   {"n": 100, "m": 100}), _blur, [1],
           approx={"pypy": F64_ARITHMETIC, "mypyc": F64_ARITHMETIC}),
    Kernel("count_byte", "n={n} bytes", ({"n": 4 * 10**6}, {"n": 10**5}),
           _count_byte),
    Kernel("count_words", "n={n} bytes", ({"n": 4 * 10**6}, {"n": 10**5}),
           _count_words),
    Kernel("bisect_many", "{n} roots by bisection",
           ({"n": 10**5}, {"n": 10**4}), _bisect_many),
    Kernel("call_overhead", "add(i, 1) x {n} from a Python loop",
           ({"n": 10**6}, {"n": 10**5}), None),
]

CHECK_PAIRS = [(0, 0), (1, 2), (-5, 3), (2**40, 2**40 - 1), (-2**62, -2**62)]


# ---------------------------------------------------------------- peers

class Peer:
    def __init__(self, name, label, kind="inproc"):
        self.name, self.label, self.kind = name, label, kind
        self.module = None
        self.skipped = None          # reason, when the peer is unavailable
        self.build = {}              # time_s, c_lines, so_bytes, flags, ...
        self.adapt = None            # ndarray -> what the peer is called with

    @property
    def ok(self):
        return self.skipped is None


def run(cmd, env=None, cwd=None):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError("command failed (%d): %s\n%s" % (
            p.returncode, " ".join(map(shlex.quote, cmd)), p.stdout[-3000:]))
    return dt, p.stdout


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def so_sizes(path):
    size = os.path.getsize(path)
    stripped = None
    strip = shutil.which("strip")
    if strip:
        tmp = path + ".stripped"
        if subprocess.run([strip, "-o", tmp, path]).returncode == 0:
            stripped = os.path.getsize(tmp)
            os.remove(tmp)
    return size, stripped


def venv_tool(name):
    """A console script of the venv (cython, pythran): never Debian's."""
    path = os.path.join(VENV_BIN, name)
    if not os.path.exists(path):
        raise FileNotFoundError("%s is not in %s; %s" % (name, VENV_BIN,
                                                         SETUP_HINT))
    return path


def compile_line(log, source):
    """The compiler command of the build log that compiles source."""
    for line in log.splitlines():
        if source in line and " -c " in line:
            return line.strip()
    return None


def key_flags(cmd):
    """The code-generation flags of a compiler command, in order."""
    return " ".join(t for t in cmd.split() if t.startswith(
        ("-O", "-march", "-mtune", "-ffp-contract", "-frounding-math",
         "-ffast", "-fno-math",
         "-fwrapv", "-fno-wrapv", "-g", "-std=", "-fvisibility")))


def load_ext(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.modules[name] = mod
    return mod


def build_pyir(peer, pyirc, fast):
    name = "kernels_fast" if fast else "kernels"
    src = os.path.join(BUILD, name + ".py")
    with open(KERNELS_PY) as f:
        text = f.read()
    with open(src, "w") as f:
        f.write((FAST_HEADER_PYIR if fast else "") + text)
    out = os.path.join(BUILD, name + EXT)
    # OPT's -march=native through pyirc's own option (--march=native).
    march = [f for f in OPT if f.startswith("-march=")]
    cmd = [pyirc, "-O3"] + ["-" + f for f in march] + [
        src, "-o", out, "--python", sys.executable]
    dt, _ = run(cmd)
    cfile = os.path.join(BUILD, name + ".c")
    run([pyirc, "-O3", "--emit=c", src, "-o", cfile])
    peer.module = load_ext(name, out)
    size, stripped = so_sizes(out)
    _, ver = run([pyirc, "--version"])
    # What pyirc passes to CC (checked with a logging CC, README.md): the
    # interpreter's CFLAGS without -O and -g, CCSHARED, then -O3, -march
    # and -ffp-contract=off -frounding-math (GCC) -w.
    cc = [f for f in base_cflags() if not f.startswith("-g")] + [
        "-O3"] + march + NOFMA + ["-frounding-math"]
    peer.build = {
        "time_s": dt, "c_lines": count_lines(cfile), "so_bytes": size,
        "so_stripped_bytes": stripped,
        "version": ver.split("(PyIR)")[-1].split()[0],
        "command": " ".join(cmd),
        "flags": key_flags(" ".join(cc)) + " (pyirc drops -g)"}


def build_cython(peer, fast):
    name = "kernels_cy_fast" if fast else "kernels_cy"
    with open(os.path.join(PEERS_DIR, "kernels_cy.pyx")) as f:
        text = f.read()
    pyx = os.path.join(BUILD, name + ".pyx")
    with open(pyx, "w") as f:
        f.write((FAST_HEADER_CY if fast else "") + text)
    cython = venv_tool("cython")
    cfile = os.path.join(BUILD, name + ".c")
    t1, _ = run([cython, "-3", pyx, "-o", cfile])
    out = os.path.join(BUILD, name + EXT)
    cmd = [CC] + base_cflags() + OPT + NOFMA + [
        "-I" + sysconfig.get_paths()["include"], "-shared", "-o", out, cfile]
    t2, _ = run(cmd)
    peer.module = load_ext(name, out)
    size, stripped = so_sizes(out)
    _, ver = run([cython, "--version"])
    peer.build = {
        "time_s": t1 + t2, "cython_s": t1, "cc_s": t2,
        "c_lines": count_lines(cfile), "so_bytes": size,
        "so_stripped_bytes": stripped, "version": ver.split()[-1],
        "command": "%s -3 %s; %s" % (cython, pyx, " ".join(cmd)),
        "flags": key_flags(" ".join(cmd))}


def build_c(peer, contract):
    name = "ckernels_fma" if contract else "ckernels"
    src = os.path.join(PEERS_DIR, "ckernels.c")
    out = os.path.join(BUILD, name + EXT)
    cmd = [CC] + base_cflags() + OPT + ([] if contract else NOFMA) + [
        "-DMODNAME=" + name, "-I" + sysconfig.get_paths()["include"],
        "-shared", "-o", out, src]
    dt, _ = run(cmd)
    peer.module = load_ext(name, out)
    size, stripped = so_sizes(out)
    _, ver = run([CC, "-dumpfullversion"])
    peer.build = {"time_s": dt, "c_lines": count_lines(src), "so_bytes": size,
                  "so_stripped_bytes": stripped, "version": "gcc " +
                  ver.strip(), "command": " ".join(cmd),
                  "flags": key_flags(" ".join(cmd))}


def pythran_source():
    """The Pythran peer: the export lines of peers/kernels_pythran.py, then
    the functions of peers/kernels_numba.py without their @njit."""
    with open(os.path.join(PEERS_DIR, "kernels_pythran.py")) as f:
        head = f.read()
    with open(os.path.join(PEERS_DIR, "kernels_numba.py")) as f:
        numba = f.read()
    body = numba[numba.index("\n@njit\n"):]
    lines = [line for line in body.split("\n") if line != "@njit"]
    if any("njit" in line for line in lines):
        raise ValueError("kernels_numba.py: only a bare @njit line is "
                         "removed for Pythran")
    return head + "\n" + "\n".join(lines)


def build_pythran(peer):
    pythran = venv_tool("pythran")
    src = os.path.join(BUILD, "kernels_pythran.py")
    with open(src, "w") as f:
        f.write(pythran_source())
    out = os.path.join(BUILD, "kernels_pythran" + EXT)
    flags = OPT + NOFMA
    cmd = [pythran, "-v"] + flags + [src, "-o", out]
    dt, log = run(cmd)
    cc_line = compile_line(log, ".cpp") or "?"
    cpp = os.path.join(BUILD, "kernels_pythran.cpp")
    run([pythran, "-E", src, "-o", cpp])
    peer.module = load_ext("kernels_pythran", out)
    size, stripped = so_sizes(out)
    _, ver = run([sys.executable, "-c",
                  "import pythran; print(pythran.__version__)"])
    peer.build = {"time_s": dt, "c_lines": count_lines(cpp),
                  "so_bytes": size, "so_stripped_bytes": stripped,
                  "version": ver.strip().splitlines()[-1],
                  "command": " ".join(cmd), "compile_line": cc_line,
                  "flags": key_flags(cc_line) + " (C++; links with "
                  "-Wl,-strip-all)"}


MYPYC_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="kernels_mypyc",
      ext_modules=mypycify(["--ignore-missing-imports", "kernels_mypyc.py"],
                           opt_level="3"))
"""


def mypyc_source(text):
    """kernels.py as mypy can type it: every view annotation (f64[:],
    u8[::1], f32[:, ::1], ...) of a parameter becomes Any (mypy has no typed
    buffer; memoryview would make every item an int), and `from typing import
    Any` is added before the pyir import. Nothing else changes: the pyir
    import stays (mypy does not follow it: --ignore-missing-imports; at run
    time i64(x) and friends are the pyir package's functions)."""
    import ast
    lines = text.splitlines(keepends=True)
    spans = []
    for node in ast.walk(ast.parse(text)):
        ann = getattr(node, "annotation", None)
        if isinstance(node, ast.arg) and isinstance(ann, ast.Subscript) \
                and isinstance(ann.value, ast.Name) \
                and ann.value.id in ("i8", "i16", "i32", "i64", "u8", "u16",
                                     "u32", "u64", "f32", "f64"):
            assert ann.lineno == ann.end_lineno, "one-line view annotations"
            spans.append((ann.lineno - 1, ann.col_offset, ann.end_col_offset))
    for ln, c0, c1 in sorted(spans, reverse=True):
        lines[ln] = lines[ln][:c0] + "Any" + lines[ln][c1:]
    out = "".join(lines)
    assert "\nfrom pyir import" in out
    return out.replace("\nfrom pyir import",
                       "\nfrom typing import Any\n\nfrom pyir import", 1)


def build_mypyc(peer):
    d = os.path.join(BUILD, "mypyc")
    os.makedirs(d)
    with open(KERNELS_PY) as f:
        text = mypyc_source(f.read())
    with open(os.path.join(d, "kernels_mypyc.py"), "w") as f:
        f.write(text)
    with open(os.path.join(d, "setup.py"), "w") as f:
        f.write(MYPYC_SETUP)
    # setuptools puts $CFLAGS after the interpreter's CFLAGS (so our -O3
    # overrides its -O); mypyc appends its own -O3 -g1 -W... flags.
    env = dict(os.environ, CFLAGS=" ".join(OPT + NOFMA))
    cmd = [sys.executable, "setup.py", "build_ext", "--force", "-b", "."]
    dt, log = run(cmd, env=env, cwd=d)
    with open(os.path.join(d, "build.log"), "w") as f:
        f.write(log)
    cc_line = compile_line(log, "__native.c")
    if not cc_line or any(f not in cc_line.split() for f in OPT + NOFMA):
        raise RuntimeError("the mypyc build did not pass %s to the C "
                           "compiler: %s" % (" ".join(OPT + NOFMA), cc_line))
    out = os.path.join(d, "kernels_mypyc" + EXT)
    if os.path.join(REPO, "python") not in sys.path:
        sys.path.insert(0, os.path.join(REPO, "python"))
    peer.module = load_ext("kernels_mypyc", out)
    peer.adapt = memoryview
    size, stripped = so_sizes(out)
    import mypy.version
    cdir = os.path.join(d, "build")
    c_lines = sum(count_lines(os.path.join(cdir, f)) for f in os.listdir(cdir)
                  if f.endswith((".c", ".h")))
    peer.build = {
        "time_s": dt, "c_lines": c_lines, "so_bytes": size,
        "so_stripped_bytes": stripped, "version": mypy.version.__version__,
        "command": "CFLAGS=%r %s" % (env["CFLAGS"], " ".join(cmd)),
        "compile_line": cc_line,
        "flags": key_flags(cc_line) + " (last -O and -g win)"}


def build_numba(peer):
    t0 = time.perf_counter()
    peer.module = load_ext("kernels_numba",
                           os.path.join(PEERS_DIR, "kernels_numba.py"))
    import numba
    peer.build = {"time_s": None, "import_s": time.perf_counter() - t0,
                  "version": numba.__version__, "compile_s": {},
                  "flags": "@njit defaults (LLVM, no fastmath: no FMA "
                  "contraction)"}


def build_cpython(peer):
    if os.path.join(REPO, "python") not in sys.path:
        sys.path.insert(0, os.path.join(REPO, "python"))
    peer.module = load_ext("kernels_interp", KERNELS_PY)
    peer.build = {"time_s": None, "version": platform.python_version(),
                  "flags": "interpreted, NumPy inputs"}


def build_pypy(peer):
    pypy = shutil.which("pypy3")
    if not pypy:
        raise FileNotFoundError("pypy3 not installed (apt-get install pypy3)")
    _, ver = run([pypy, "--version"])
    peer.module = pypy
    full = " ".join(ver.split())
    short = full.split("[PyPy ")[-1].split()[0] if "[PyPy " in full else full
    peer.build = {"time_s": None, "version": short, "version_full": full,
                  "flags": "interpreted by PyPy's JIT, array.array inputs "
                  "(2-D: memoryview casts); warm-up calls excluded"}


# ---------------------------------------------------------------- checking

def same(a, b, exact=True):
    """(equal, note): bit-for-bit for floats and arrays unless not exact
    (then to a relative 1e-12, 1e-6 for float32 arrays)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        if a.shape != b.shape or a.dtype != b.dtype:
            return False, "shape/dtype differ"
        if a.tobytes() == b.tobytes():
            return True, ""
        rtol = 1e-6 if a.dtype == np.float32 else 1e-12
        if not exact and a.dtype.kind == "f" and np.allclose(a, b, rtol=rtol,
                                                             atol=0):
            a, b = a.astype(np.float64), b.astype(np.float64)
            return True, "close, not bit-identical (max rel diff %.2e)" % (
                np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-300)))
        return False, "arrays differ at %d elements" % int(np.sum(a != b))
    if isinstance(a, list):
        return (a == b), ("" if a == b else "%r != %r" % (a, b))
    if isinstance(a, (float, np.floating)) or isinstance(b, (float,
                                                             np.floating)):
        if isinstance(a, (int, np.integer)) or isinstance(b, (int,
                                                              np.integer)):
            return False, "type differs: %r vs %r" % (a, b)
        a, b = float(a), float(b)
        if struct.pack("d", a) == struct.pack("d", b):
            return True, ""
        if not exact and math.isclose(a, b, rel_tol=1e-12):
            return True, "close, not bit-identical (%r vs %r)" % (a, b)
        return False, "%r != %r" % (a, b)
    if a is None or b is None:
        return a is b, "" if a is b else "%r vs %r" % (a, b)
    a, b = int(a), int(b)
    if a == b:
        return True, ""
    if not exact and abs(a - b) <= 1e-6 * max(abs(a), abs(b)):
        return True, "close, not equal (%d vs %d)" % (a, b)
    return False, "%d != %d" % (a, b)


# ---------------------------------------------------------------- timing

def _call_loop(f, n):
    for i in range(n):
        f(i, 1)


def _empty_loop(n):
    for i in range(n):
        pass


def _ref_loop():
    s = 0
    for i in range(200000):
        s += i
    return s


def time_ref(samples, k=5):
    for _ in range(k):
        t0 = time.perf_counter()
        _ref_loop()
        samples.append(time.perf_counter() - t0)


def stats(ts):
    if not ts:
        return None
    med = statistics.median(ts)
    if len(ts) >= 4:
        q = statistics.quantiles(ts, n=4)
        iqr = q[2] - q[0]
    else:
        iqr = max(ts) - min(ts)
    return {"median": med, "best": min(ts), "worst": max(ts),
            "spread": iqr / med if med > 0 else 0.0,
            "range": (max(ts) - min(ts)) / med if med > 0 else 0.0,
            "reps": len(ts), "times": ts}


class Work:
    """Fresh, preallocated inputs for one peer (mutated arrays are copied back
    from the base before every call, outside the timed region)."""

    def __init__(self, kernel, base, adapt=None):
        self.base = base
        self.args = [a.copy() if i in kernel.mutable else a
                     for i, a in enumerate(base)]
        self.mutable = sorted(kernel.mutable)
        # what the peer is called with (mypyc: memoryviews of self.args)
        self.call_args = [adapt(a) if adapt and isinstance(a, np.ndarray)
                          else a for a in self.args]

    def reset(self):
        for i in self.mutable:
            np.copyto(self.args[i], self.base[i])


# array.array type codes of the views' item types
TYPECODE = {"<f8": "d", "<f4": "f", "<i8": "q", "|u1": "B"}


def pypy_run(peer, kernel, sz, base, reps, warmup):
    d = os.path.join(BUILD, "pypy")
    os.makedirs(d, exist_ok=True)
    spec = {"kernel": kernel.name, "reps": reps, "warmup": warmup,
            "sys_path": [BENCH, os.path.join(REPO, "python")]}
    if kernel.name == "call_overhead":
        spec.update(n=sz["n"], check_pairs=CHECK_PAIRS)
    else:
        args = []
        for i, a in enumerate(base):
            if isinstance(a, np.ndarray):
                path = os.path.join(d, "%s_%d.bin" % (kernel.name, i))
                step = 1
                if not a.flags.c_contiguous:
                    # a strided 1-D view a = full[::step]: PyPy gets the
                    # same slice of a memoryview of the full array
                    full = a.base
                    step = a.strides[0] // a.itemsize
                    assert a.ndim == 1 and full.flags.c_contiguous and \
                        full.ndim == 1 and np.shares_memory(a, full) and \
                        full[::step].tobytes() == a.tobytes() and \
                        i not in kernel.mutable, "strided input of %s" % (
                            kernel.name)
                    a = full
                a.tofile(path)
                args.append({"path": path, "shape": list(a.shape),
                             "step": step, "typecode": TYPECODE[a.dtype.str],
                             "mutable": i in kernel.mutable})
            else:
                args.append({"value": a})
        spec["args"] = args
    path = os.path.join(d, kernel.name + ".json")
    with open(path, "w") as f:
        json.dump(spec, f)
    _, out = run([peer.module, os.path.join(BENCH, "pypy_driver.py"), path])
    res = json.loads(out.strip().splitlines()[-1])
    if kernel.name != "call_overhead":
        r = res["result"]
        if res.get("result_is_float"):
            r = float.fromhex(r)
        arrays = {}
        for k, p in res["arrays"].items():
            a = base[int(k)]
            arrays[int(k)] = np.fromfile(p, dtype=a.dtype).reshape(a.shape)
        res["value"] = (r, arrays)
    return res


def bench_kernel(kernel, peers, quick, reps_target, budget, noise):
    sz = kernel.sizes[1 if quick else 0]
    rng = np.random.default_rng(20261125)
    out = {"name": kernel.name, "size": kernel.desc.format(**sz), "peers": {},
           "error": None, "notes": {}}
    live = [p for p in peers if p.ok]
    inproc = [p for p in live if p.kind == "inproc"]
    pypy = [p for p in live if p.kind == "pypy"]
    is_call = kernel.name == "call_overhead"
    base = None if is_call else kernel.make(sz, rng)
    n_calls = sz["n"] if is_call else None

    # 1. One checked call per peer (its warm-up), compared with CPython.
    results, first = {}, {}
    for p in inproc:
        try:
            if is_call:
                t0 = time.perf_counter()
                _call_loop(p.module.add, n_calls)
                first[p.name] = time.perf_counter() - t0
                results[p.name] = [p.module.add(a, b) for a, b in CHECK_PAIRS]
                continue
            w = Work(kernel, base, p.adapt)
            fn = getattr(p.module, kernel.name)
            t0 = time.perf_counter()
            r = fn(*w.call_args)
            first[p.name] = time.perf_counter() - t0
            results[p.name] = (r, {i: w.args[i].copy() for i in w.mutable})
        except Exception as e:  # noqa: BLE001 - reported, stops the kernel
            out["error"] = "%s raised %s: %s" % (p.label, type(e).__name__, e)
            return out
    pypy_res = None
    for p in pypy:
        try:
            pypy_res = pypy_run(p, kernel, sz, base, 3 if quick else 7,
                                3 if quick else 5)
        except Exception as e:  # noqa: BLE001
            out["error"] = "%s failed: %s" % (p.label, e)
            return out
        results[p.name] = pypy_res["result"] if is_call else pypy_res["value"]
    ref_name = "cpython" if "cpython" in results else next(iter(results))
    ref = results[ref_name]
    for name, r in results.items():
        exact = name != "c_fma" and name not in kernel.approx
        if is_call:
            ok, note = same(r, ref)
        else:
            ok, note = same(r[0], ref[0], exact)
            for i, a in ref[1].items():
                if not ok:
                    break
                ok, note = same(r[1][i], a, exact)
        if not ok:
            out["error"] = "result of %s differs from %s: %s" % (
                name, ref_name, note)
            return out
        if note:
            out["notes"][name] = note + (
                "; " + kernel.approx[name] if name in kernel.approx else "")
    # 2. Interleaved timing, round robin with a rotating order.
    est = dict(first)
    if "numba" in first and not is_call:
        # The first Numba call compiled; estimate its cost from a second one.
        w = Work(kernel, base)
        t0 = time.perf_counter()
        getattr(next(p for p in inproc if p.name == "numba").module,
                kernel.name)(*w.args)
        est["numba"] = time.perf_counter() - t0
    target, times = {}, {p.name: [] for p in inproc}
    for p in inproc:
        f = est[p.name]
        if f > budget and p.name != "numba":
            target[p.name] = 3          # slow peer: the checked call counts
            times[p.name].append(f)
        else:
            target[p.name] = max(3, min(reps_target, int(budget / max(f, 1e-9))))
    empty = []
    works = {p.name: (None if is_call else Work(kernel, base, p.adapt))
             for p in inproc}
    fns = {p.name: (p.module.add if is_call else getattr(p.module, kernel.name))
           for p in inproc}
    rnd = 0
    while True:
        todo = [p for p in inproc if len(times[p.name]) < target[p.name]]
        if not todo:
            break
        k = rnd % len(todo)
        for p in todo[k:] + todo[:k]:
            fn, w = fns[p.name], works[p.name]
            if is_call:
                gc.disable()
                t0 = time.perf_counter()
                _call_loop(fn, n_calls)
                t1 = time.perf_counter()
                gc.enable()
            else:
                w.reset()
                gc.disable()
                t0 = time.perf_counter()
                fn(*w.call_args)
                t1 = time.perf_counter()
                gc.enable()
            times[p.name].append(t1 - t0)
        if is_call:
            t0 = time.perf_counter()
            _empty_loop(n_calls)
            empty.append(time.perf_counter() - t0)
        rnd += 1
    time_ref(noise)

    for p in inproc:
        out["peers"][p.name] = stats(times[p.name])
        out["peers"][p.name]["first_call"] = first[p.name]
    if pypy_res is not None:
        out["peers"]["pypy"] = stats(pypy_res["times"])
        out["peers"]["pypy"]["warmup_times"] = pypy_res["warmup_times"]
    if "numba" in out["peers"]:
        s = out["peers"]["numba"]
        out["numba_compile_s"] = max(0.0, first["numba"] - s["median"])
    if is_call:
        out["calls"] = n_calls
        out["empty_loop"] = stats(empty)
        e = out["empty_loop"]["median"]
        for name, s in out["peers"].items():
            if name == "pypy":
                e_p = statistics.median(pypy_res["empty_times"])
            else:
                e_p = e
            s["per_call_ns"] = s["median"] / n_calls * 1e9
            s["net_ns"] = (s["median"] - e_p) / n_calls * 1e9
            if name == "pypy" or s["net_ns"] < 0.05 * s["per_call_ns"]:
                # PyPy's JIT inlines add() into the loop: the call vanishes
                # and loop - empty loop is ~0. Compare the whole loop.
                s["net_ns"] = s["per_call_ns"]
                out["notes"][name] = ("the JIT inlines add() into the loop; "
                                      "its ratio uses the raw loop time per "
                                      "call, not net")
    return out


# ---------------------------------------------------------------- reporting

PEER_ORDER = [
    ("pyir", "PyIR"), ("pyir_fast", "PyIR fast"),
    ("c", "C"), ("c_fma", "C +FMA"),
    ("cython", "Cython"), ("cython_fast", "Cython fast"),
    ("numba", "Numba"), ("pythran", "Pythran"), ("mypyc", "mypyc"),
    ("pypy", "PyPy"), ("cpython", "CPython"),
]
LABEL = dict(PEER_ORDER)


def fmt_t(t):
    if t is None:
        return "-"
    if t >= 1:
        return "%.3f s" % t
    if t >= 1e-3:
        return "%.3f ms" % (t * 1e3)
    return "%.2f us" % (t * 1e6)


def metric(kres, name):
    """The value ratios are computed on: median seconds, or for
    call_overhead the net ns per call (loop minus empty loop)."""
    s = kres["peers"].get(name)
    if not s:
        return None
    return s["net_ns"] if kres["name"] == "call_overhead" else s["median"]


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def fmt_r(r):
    if r is None:
        return "-"
    return "%.2f" % r if 0.1 <= r < 1000 else "%.3g" % r


def print_kernel(k):
    print("\n== %s (%s)" % (k["name"], k["size"]))
    if k["error"]:
        print("   ERROR: " + k["error"] + " -- kernel not timed")
        return
    call = k["name"] == "call_overhead"
    hdr = "%-12s %11s %11s %7s %5s %9s %14s" % (
        "peer", "median", "best", "IQR", "reps", "PyIR/peer",
        "PyIR fast/peer")
    if call:
        hdr += " %9s %9s" % ("ns/call", "net ns")
    print(hdr)
    py, pf = metric(k, "pyir"), metric(k, "pyir_fast")
    for name, label in PEER_ORDER:
        s = k["peers"].get(name)
        if not s:
            continue
        m = metric(k, name)
        line = "%-12s %11s %11s %6.1f%% %5d %9s %14s" % (
            label, fmt_t(s["median"]), fmt_t(s["best"]), 100 * s["spread"],
            s["reps"], fmt_r(py / m if py and m else None),
            fmt_r(pf / m if pf and m else None))
        if call:
            line += " %9.1f %9.1f" % (s["per_call_ns"], s["net_ns"])
        print(line)
    if call:
        print("(empty loop of the same length: %s; ratios use net ns = "
              "(loop - empty loop) / calls)" % fmt_t(k["empty_loop"]["median"]))
    if "numba_compile_s" in k:
        print("Numba compile (first call - median): %.2f s" %
              k["numba_compile_s"])
    if "pypy" in k["peers"]:
        print("PyPy warm-up calls excluded: %s" % ", ".join(
            fmt_t(t) for t in k["peers"]["pypy"]["warmup_times"]))
    for name, note in k["notes"].items():
        print("note: %s: %s" % (LABEL.get(name, name), note))


def summarize(report):
    ks = [k for k in report["kernels"] if not k["error"]]
    present = [n for n, _ in PEER_ORDER
               if any(n in k["peers"] for k in ks)]
    summary = {"pyir_over_peer": {}, "pyir_fast_over_peer": {},
               "peer_over_c": {}}
    for n in present:
        for key, who in (("pyir_over_peer", "pyir"),
                         ("pyir_fast_over_peer", "pyir_fast")):
            rs = [metric(k, who) / metric(k, n) for k in ks
                  if metric(k, who) and metric(k, n)]
            summary[key][n] = geomean(rs)
        rs = [metric(k, n) / metric(k, "c") for k in ks
              if metric(k, n) and metric(k, "c")]
        summary["peer_over_c"][n] = geomean(rs)
    report["summary"] = summary

    print("\n== Ratio to C (-ffp-contract=off) per kernel, and geometric mean")
    print("%-14s" % "kernel" + "".join("%12s" % LABEL[n] for n in present))
    for k in ks:
        c = metric(k, "c")
        print("%-14s" % k["name"] + "".join(
            "%12s" % (fmt_r(metric(k, n) / c) if c and metric(k, n) else "-")
            for n in present))
    print("%-14s" % "geomean" + "".join(
        "%12s" % fmt_r(summary["peer_over_c"][n]) for n in present))
    print("\n== Geometric mean of PyIR / peer over the kernels")
    print("%-14s" % "" + "".join("%12s" % LABEL[n] for n in present))
    for key, label in (("pyir_over_peer", "PyIR"),
                       ("pyir_fast_over_peer", "PyIR fast")):
        print("%-14s" % label + "".join(
            "%12s" % fmt_r(summary[key][n]) for n in present))


def print_builds(report):
    print("\n== Builds (source -> importable module)")
    print("%-12s %-9s %9s %9s %10s %13s  %s" % (
        "peer", "version", "build s", "C lines", ".so bytes", "stripped .so",
        "code-generation flags of the C/C++ compile"))
    for name, label in PEER_ORDER:
        b = report["builds"].get(name)
        if b is None:
            continue
        if "skipped" in b:
            print("%-12s SKIPPED: %s" % (label, b["skipped"]))
            continue
        t = b.get("time_s")
        if name == "numba":
            tt = b.get("compile_total_s")
            ts = ("%.2f" % tt) if tt is not None else "-"
            ts += "*"
        else:
            ts = "%.2f" % t if t is not None else "-"
        print("%-12s %-9s %9s %9s %10s %13s  %s" % (
            label, b.get("version", "-"), ts, b.get("c_lines", "-"),
            b.get("so_bytes", "-"), b.get("so_stripped_bytes", "-") or "-",
            b.get("flags", "")))
    print("(* Numba: sum over the kernels of first call - median, i.e. JIT "
          "compile time; plus %.2f s to import the module)" %
          report["builds"].get("numba", {}).get("import_s", 0.0))


def goals(report):
    ks = {k["name"]: k for k in report["kernels"] if not k["error"]}
    b = report["builds"]
    res = []

    def ratio(k, a, p):
        x, y = metric(k, a), metric(k, p)
        return x / y if x and y else None

    def per_kernel(title, a, p, limit, strict=False):
        worst, bad = None, []
        for name, k in ks.items():
            r = ratio(k, a, p)
            if r is None:
                continue
            worst = r if worst is None else max(worst, r)
            if (r >= limit) if strict else (r > limit):
                # "~": within the timing spread (IQR) of the two peers.
                iqr = max(k["peers"][a]["spread"], k["peers"][p]["spread"])
                bad.append("%s %s%.2f" % (name, "~" if r <= limit * (1 + iqr)
                                          else "", r))
        if worst is None:
            res.append({"goal": title, "status": "n/a"})
            return
        res.append({"goal": title, "worst": worst,
                    "status": "MISSED" if bad else "met",
                    "misses": bad})

    per_kernel("PyIR <= 1.0x Cython (default directives), every kernel",
               "pyir", "cython", 1.0)
    per_kernel("PyIR fast <= 1.0x Cython fast, every kernel",
               "pyir_fast", "cython_fast", 1.0)
    per_kernel("PyIR <= 1.10x C floor, every kernel", "pyir", "c", 1.10)
    per_kernel("PyIR fast <= 1.10x C floor, every kernel", "pyir_fast", "c",
               1.10)
    for who, label in (("pyir", "PyIR"), ("pyir_fast", "PyIR fast")):
        g = report.get("summary", {}).get("peer_over_c", {}).get(who)
        if g:
            res.append({"goal": "%s geomean <= 1.05x C floor" % label,
                        "worst": g, "status": "met" if g <= 1.05 else
                        "MISSED"})
    per_kernel("PyIR faster than Numba, every kernel", "pyir", "numba", 1.0,
               True)
    per_kernel("PyIR faster than mypyc, every kernel", "pyir", "mypyc", 1.0,
               True)
    per_kernel("PyIR faster than PyPy, every kernel", "pyir", "pypy", 1.0,
               True)
    for name, title, limit in (
            ("spectral_norm", "spectral_norm (public helper a()): PyIR <= "
             "1.1x C", 1.1),
            ("call_overhead", "call_overhead: PyIR <= 1.2x FASTCALL C (net "
             "ns per call)", 1.2)):
        r = ratio(ks[name], "pyir", "c") if name in ks else None
        if r is not None:
            res.append({"goal": title, "worst": r,
                        "status": "met" if r <= limit else "MISSED"})
    pb, cb = b.get("pyir", {}), b.get("cython", {})
    if pb.get("time_s") and cb.get("time_s"):
        r = pb["time_s"] / cb["time_s"]
        res.append({"goal": "compile time pyirc <= 0.5x cython + cc",
                    "worst": r, "status": "met" if r <= 0.5 else "MISSED"})
        for key, what in (("c_lines", "generated C lines"),
                          ("so_bytes", ".so size"),
                          ("so_stripped_bytes", "stripped .so size")):
            if pb.get(key) and cb.get(key):
                r = pb[key] / cb[key]
                res.append({"goal": "%s <= 1/3 of Cython's" % what,
                            "worst": r,
                            "status": "met" if r <= 1 / 3 else "MISSED"})
    report["goals"] = res
    print("\n== Goals (bench/README.md); ~ marks a miss within the IQR of "
          "the two peers' timings")
    for g in res:
        line = "%-6s %-58s" % (g["status"], g["goal"])
        if "worst" in g:
            line += " worst %.2f" % g["worst"]
        if g.get("misses"):
            line += "  [" + ", ".join(g["misses"]) + "]"
        print(line)


def machine_info():
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        gcc = subprocess.run([CC, "--version"], stdout=subprocess.PIPE,
                             text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        gcc = "?"
    try:
        rev = subprocess.run(["git", "-C", REPO, "rev-parse", "--short",
                              "HEAD"], stdout=subprocess.PIPE,
                             text=True).stdout.strip()
    except OSError:
        rev = "?"
    return {"date": datetime.datetime.now().isoformat(timespec="seconds"),
            "cpu": cpu, "cores": os.cpu_count(), "platform": platform.platform(),
            "python": sys.version.split()[0], "numpy": np.__version__,
            "cc": gcc, "pyir_commit": rev, "loadavg_start": os.getloadavg()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="small sizes and few repeats (< 2 minutes)")
    ap.add_argument("--json", metavar="OUT", help="write all results here")
    ap.add_argument("--pyirc", default=os.path.join(REPO, "build", "bin",
                                                    "pyirc"))
    ap.add_argument("--repeats", type=int, default=None,
                    help="timed calls per peer (default 15, quick 5); slow "
                    "peers get fewer within --budget, never below 3")
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds of timed calls per peer and kernel "
                    "(default 3, quick 0.4)")
    ap.add_argument("--kernels", help="comma-separated subset")
    args = ap.parse_args()
    reps = args.repeats or (5 if args.quick else 15)
    budget = args.budget or (0.4 if args.quick else 3.0)
    t_start = time.perf_counter()

    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    report = {"machine": machine_info(), "quick": args.quick,
              "repeats": reps, "budget_s": budget, "builds": {},
              "kernels": []}
    m = report["machine"]
    print("PyIR benchmarks  %s  %s, %d cores, load %.2f  %s  tree %s%s" % (
        m["date"], m["cpu"], m["cores"], m["loadavg_start"][0], m["cc"],
        m["pyir_commit"], "  (--quick)" if args.quick else ""))
    print("CPython %s (%s), NumPy %s; pyirc %s" % (
        m["python"], sys.executable, m["numpy"], os.path.abspath(args.pyirc)))

    pyirc = os.path.abspath(args.pyirc)
    m["pyirc"] = pyirc
    builders = [
        ("cpython", "CPython", build_cpython),
        ("pyir", "PyIR", lambda p: build_pyir(p, pyirc, False)),
        ("pyir_fast", "PyIR fast", lambda p: build_pyir(p, pyirc, True)),
        ("c", "C", lambda p: build_c(p, False)),
        ("c_fma", "C +FMA", lambda p: build_c(p, True)),
        ("cython", "Cython", lambda p: build_cython(p, False)),
        ("cython_fast", "Cython fast", lambda p: build_cython(p, True)),
        ("numba", "Numba", build_numba),
        ("pythran", "Pythran", build_pythran),
        ("mypyc", "mypyc", build_mypyc),
        ("pypy", "PyPy", build_pypy),
    ]
    peers = []
    print("building:", end="", flush=True)
    for name, label, fn in builders:
        p = Peer(name, label, "pypy" if name == "pypy" else "inproc")
        try:
            fn(p)
        except Exception as e:  # noqa: BLE001 - a missing peer is reported
            p.skipped = "%s: %s" % (type(e).__name__, str(e).strip()[:500])
        report["builds"][name] = dict(p.build) if p.ok else {
            "skipped": p.skipped}
        print(" %s%s" % (name, "" if p.ok else "(SKIPPED)"), end="",
              flush=True)
        peers.append(p)
    print()

    noise = []
    time_ref(noise)
    wanted = set(args.kernels.split(",")) if args.kernels else None
    numba_compile = 0.0
    for kernel in KERNELS:
        if wanted and kernel.name not in wanted:
            continue
        k = bench_kernel(kernel, peers, args.quick, reps, budget, noise)
        report["kernels"].append(k)
        print_kernel(k)
        numba_compile += k.get("numba_compile_s", 0.0)
        sys.stdout.flush()
    if report["builds"].get("numba") and "skipped" not in report["builds"][
            "numba"]:
        report["builds"]["numba"]["compile_total_s"] = numba_compile
    time_ref(noise)

    summarize(report)
    print_builds(report)
    goals(report)
    ns = stats(noise)
    m["loadavg_end"] = os.getloadavg()
    report["noise"] = {"reference_loop": ns,
                       "description": "a fixed pure-Python loop (sum of "
                       "range(200000)) timed 5x after every kernel"}
    print("\n== Machine noise: reference loop median %s, best %s, worst %s, "
          "IQR/median %.1f%%, (worst-best)/median %.1f%% over %d samples; "
          "load average %.2f -> %.2f" % (
              fmt_t(ns["median"]), fmt_t(ns["best"]), fmt_t(ns["worst"]),
              100 * ns["spread"], 100 * ns["range"], ns["reps"],
              m["loadavg_start"][0], m["loadavg_end"][0]))
    report["total_s"] = time.perf_counter() - t_start
    print("total %.1f s" % report["total_s"])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1, default=str)
        print("wrote " + args.json)
    return 1 if any(k["error"] for k in report["kernels"]) else 0


if __name__ == "__main__":
    sys.exit(main())
