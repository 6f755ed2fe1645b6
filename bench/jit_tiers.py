"""Benchmark: a hot loop over a tiny kernel through each JIT-export tier.

    /usr/bin/python3 bench/jit_tiers.py [--pyirc PATH] [--n N] [--repeat R]
                                        [--only numba|pypy] [--kernel K]

Exports test/Target/JITExport/Inputs/jitk.py (``pyirc --emit=jit``) and
times ``s += clip_fma(1.5, xs[i], ys[i])`` over N doubles:

* Numba 0.56 (this interpreter): a jitted loop calling the kernel through
  each pyir.jit.numba tier (irbuilder, bitcode, py_inline: inlined; c_call: an
  opaque call), with and without ``fastmath=True`` on the caller;
  ``--kernel int`` times ``q, r = idivmod(iadd3(i, 7, 3), 7)`` instead
  (checked int arithmetic and floor division: C runtime calls in every
  tier but py_inline);
* PyPy (``pypy3`` as a subprocess): the same loop over the reference
  (``<mod>_ref.py``, traced and inlined) and over cffi (the C ABI).

Each figure is the median of R timed runs after warm-up (compilation and
JIT warm-up excluded), with min/max and the relative spread
(max-min)/median. The goal (shared/spec/interchange.md) is >= 3x for the
inlined path over the opaque call on each JIT. Not a test: the machine is
shared, so figures are noisy; the printout says so.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCE = os.path.join(ROOT, "test", "Target", "JITExport", "Inputs",
                      "jitk.py")
sys.path.insert(0, os.path.join(ROOT, "python"))

PYPY_SCRIPT = r"""
import array, json, math, sys, time
sys.path.insert(0, sys.argv[1])
import pyir.jit, pyir.jit.pypy
export_dir, n, repeat = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ref = pyir.jit.pypy.load(export_dir)
cffi_mod = pyir.jit.load(export_dir).cffi_module()
xs = array.array("d", [-1e6 + 2e6 * i / (n - 1) for i in range(n)])
ys = array.array("d", [math.cos(x) * 1e5 for x in xs])

def run(clip, xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += clip(1.5, xs[i], ys[i])
    return s

out = {"tiers": ref.__pyir_tiers__.get("clip_fma")}
# The cheapest cffi call by hand: the C symbol, out/err allocated once.
ffi, lib = cffi_mod.ffi, cffi_mod.lib
sym, res, err = lib.pyir_jitk_clip_fma, ffi.new("double *"), ffi.new("pyir_error *")

def raw_clip(a, x, y):
    if sym(a, x, y, res, err):
        raise ValueError("pyir error")
    return res[0]

for name, clip in (("python_ref", ref.clip_fma), ("cffi", cffi_mod.clip_fma),
                   ("cffi_raw", raw_clip)):
    for _ in range(3):
        run(clip, xs, ys)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = run(clip, xs, ys)
        times.append(time.perf_counter() - t0)
    out[name] = {"times": times, "value": value}
print(json.dumps(out))
"""


def stats(times, n):
    med = statistics.median(times)
    return {"ns": med / n * 1e9, "min": min(times) / n * 1e9,
            "max": max(times) / n * 1e9,
            "spread": (max(times) - min(times)) / med}


def fmt(name, s):
    return ("  %-28s %8.3f ns/elem  (min %.3f, max %.3f, spread %4.1f%%)"
            % (name, s["ns"], s["min"], s["max"], 100 * s["spread"]))


def find_pyirc(explicit):
    if explicit:
        return explicit
    for build in ("build-jit2", "build-jit", "build"):
        path = os.path.join(ROOT, build, "bin", "pyirc")
        if os.path.exists(path):
            return path
    return shutil.which("pyirc")


#: The Numba loops of --kernel: (the kernel functions, the loop's source).
NUMBA_LOOPS = {
    "clip": (("clip_fma",),
             "def loop(xs, ys):\n"
             "    s = 0.0\n"
             "    for i in range(xs.shape[0]):\n"
             "        s += clip_fma(1.5, xs[i], ys[i])\n"
             "    return s\n"),
    "int": (("iadd3", "idivmod"),
            "def loop(xs, ys):\n"
            "    s = 0\n"
            "    for i in range(xs.shape[0]):\n"
            "        q, r = idivmod(iadd3(i, 7, 3), 7)\n"
            "        s += q + r\n"
            "    return s\n"),
}


def bench_numba(export_dir, n, repeat, kernel="clip"):
    import numba
    import numpy as np

    import pyir.jit
    import pyir.jit.numba
    export = pyir.jit.load(export_dir)
    xs = np.linspace(-1e6, 1e6, n)
    ys = np.cos(xs) * 1e5
    names, source = NUMBA_LOOPS[kernel]
    results = {}
    for tier in pyir.jit.numba.TIERS:
        namespace = {name: pyir.jit.numba.implementation(export, name,
                                                         (tier,))[1]
                     for name in names}
        exec(source, namespace)  # noqa: S102
        for fastmath in (False, True):
            loop = numba.njit(fastmath=fastmath)(namespace["loop"])
            loop(xs, ys)  # compile
            for _ in range(2):
                loop(xs, ys)
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                loop(xs, ys)
                times.append(time.perf_counter() - t0)
            results[(tier, fastmath)] = stats(times, n)
    return results


def report_numba(out, opts):
    import numba
    print("\nNumba %s (llvmlite, LLVM 14): %s"
          % (numba.__version__, NUMBA_LOOPS[opts.kernel][1].split("\n")[3]
             .strip()))
    res = bench_numba(out, opts.n, opts.repeat, opts.kernel)
    goals = []
    for fastmath in (False, True):
        print(" fastmath=%s" % fastmath)
        opaque = res[("c_call", fastmath)]
        for tier in ("irbuilder", "bitcode", "py_inline", "c_call"):
            s = res[(tier, fastmath)]
            speedup = opaque["ns"] / s["ns"]
            print(fmt(tier, s) + ("" if tier == "c_call" else
                                  "  %5.1fx vs c_call" % speedup))
            if tier != "c_call":
                goals.append(("numba %s fastmath=%s" % (tier, fastmath),
                              speedup))
    return goals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc")
    parser.add_argument("--n", type=int, default=10**7)
    parser.add_argument("--pypy-n", type=int, default=10**6)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", choices=("numba", "pypy"),
                        help="run one JIT's part only")
    parser.add_argument("--kernel", choices=sorted(NUMBA_LOOPS),
                        default="clip", help="the Numba loop's kernel")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    pyirc = find_pyirc(opts.pyirc)
    print("jit_tiers: %s, %s; N=%d (Numba), %d (PyPy), %d runs each"
          % (time.strftime("%Y-%m-%d"), os.uname().machine, opts.n,
             opts.pypy_n, opts.repeat))
    print("cores: %d (shared with other work: expect noise)" % os.cpu_count())
    goals = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "jitk")
        subprocess.run([pyirc, "--emit=jit", SOURCE, "-o", out], check=True)

        if opts.only != "pypy":
            goals += report_numba(out, opts)

        pypy = shutil.which("pypy3")
        if opts.only == "numba":
            pass
        elif pypy is None:
            print("\nPyPy: pypy3 not found, skipped")
        else:
            script = os.path.join(tmp, "pypy_bench.py")
            with open(script, "w") as f:
                f.write(PYPY_SCRIPT)
            proc = subprocess.run(
                [pypy, script, os.path.join(ROOT, "python"), out,
                 str(opts.pypy_n), str(opts.repeat)],
                check=True, capture_output=True, text=True)
            data = json.loads(proc.stdout)
            version = subprocess.run(
                [pypy, "-c", "import sys; print(sys.version.split()[0], "
                 "sys.pypy_version_info[:3])"],
                capture_output=True, text=True).stdout.strip()
            print("\nPyPy %s: the same loop over array.array('d'); "
                  "pyir.jit.pypy picked %s" % (version, data["tiers"]))
            ref = stats(data["python_ref"]["times"], opts.pypy_n)
            cffi = stats(data["cffi"]["times"], opts.pypy_n)
            raw = stats(data["cffi_raw"]["times"], opts.pypy_n)
            speedup = cffi["ns"] / ref["ns"]
            speedup_raw = raw["ns"] / ref["ns"]
            print(fmt("reference (traced)", ref) + "  %5.1fx vs cffi, "
                  "%.1fx vs raw cffi" % (speedup, speedup_raw))
            print(fmt("cffi (pyir.jit wrapper)", cffi))
            print(fmt("cffi raw (symbol, no alloc)", raw))
            if data["python_ref"]["value"] != data["cffi"]["value"]:
                print("  WARNING: results differ: %r vs %r" % (
                    data["python_ref"]["value"], data["cffi"]["value"]))
            goals.append(("pypy reference vs pyir.jit cffi", speedup))
            goals.append(("pypy reference vs raw cffi", speedup_raw))

    print("\nGoal: inlined >= 3x faster than the opaque call")
    for name, speedup in goals:
        print("  %-32s %5.1fx  %s" % (name, speedup,
                                      "met" if speedup >= 3 else "MISSED"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
