"""The main job, end to end: compile examples/kernels.py with pyirc, import
the extension next to the interpreted module, check they agree, and time both.

    /usr/bin/python3 utils/demo.py BUILD_DIR
"""
import array
import importlib.util
import os
import statistics
import subprocess
import sys
import sysconfig
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build"))
source = os.path.join(root, "examples", "kernels.py")
outdir = os.path.join(build, "examples")
os.makedirs(outdir, exist_ok=True)
sys.path.insert(0, os.path.join(root, "python"))

target = os.path.join(outdir, "kernels" + sysconfig.get_config_var("EXT_SUFFIX"))
print("$ pyirc examples/kernels.py --python /usr/bin/python3 -o",
      os.path.relpath(target, root))
start = time.perf_counter()
subprocess.run([os.path.join(build, "bin", "pyirc"), source, "-o", target,
                "--python", "/usr/bin/python3"],
               check=True)
print("  compiled in %.2f s" % (time.perf_counter() - start))


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


interpreted = load("kernels", source)
compiled = load("kernels", target)
print("  imported", compiled.__file__)
print()

cases = [
    ("norm", lambda: (array.array("d", [float(i % 7) for i in range(200_000)]),)),
    ("count_primes", lambda: (200_000, bytearray(200_000))),
    ("collatz_steps", lambda: (837_799,)),
]


def median_time(fn, make_args, repeat):
    times = []
    for _ in range(repeat):
        args = make_args()
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


print("%-14s %-22s %12s %12s %9s" % ("kernel", "result", "CPython", "PyIR", "speed-up"))
for name, make_args in cases:
    expected = getattr(interpreted, name)(*make_args())
    got = getattr(compiled, name)(*make_args())
    if repr(expected) != repr(got):
        sys.exit("MISMATCH in %s: interpreted %r, compiled %r" % (name, expected, got))
    t_py, _, _ = median_time(getattr(interpreted, name), make_args, 3)
    t_c, lo, hi = median_time(getattr(compiled, name), make_args, 11)
    print("%-14s %-22r %10.2f ms %10.3f ms %8.0fx" % (name, got, t_py * 1e3, t_c * 1e3, t_py / t_c))

print()
print("Errors carry a traceback entry pointing at the .py line:")
try:
    compiled.collatz_steps(0)
except ValueError as e:
    import traceback
    frame = traceback.extract_tb(e.__traceback__)[-1]
    print("  ValueError(%r) at %s:%d in %s" % (str(e), os.path.relpath(frame.filename, root), frame.lineno, frame.name))

# The example library (issue #13): generic functions that return new arrays,
# compiled into one extension; checked against the interpreter on NumPy
# arrays of every element type it serves.
import numpy as np

lib_source = os.path.join(root, "examples", "arraylib.py")
lib_target = os.path.join(outdir, "arraylib" + sysconfig.get_config_var("EXT_SUFFIX"))
print()
print("$ pyirc examples/arraylib.py --python /usr/bin/python3 -o",
      os.path.relpath(lib_target, root))
subprocess.run([os.path.join(build, "bin", "pyirc"), lib_source, "-o",
                lib_target, "--python", "/usr/bin/python3"], check=True)
lib_interpreted = load("arraylib", lib_source)
lib_compiled = load("arraylib", lib_target)


def outcome(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:  # compared by type and message
        return ("raised", type(e).__name__, str(e))
    if isinstance(r, np.ndarray):
        return ("array", r.dtype.str, r.shape, r.strides, r.tobytes())
    return ("value", type(r).__name__, r)


rng = np.random.default_rng(2026)
calls = 0
for dtype in (np.float32, np.float64, np.int64):
    for n in (0, 1, 2, 3, 10, 1000):
        if dtype is np.int64:
            a = rng.integers(-10**6, 10**6, n).astype(dtype)
            v = rng.integers(-100, 100, max(1, n // 4)).astype(dtype)
        else:
            a = rng.standard_normal(n).astype(dtype)
            v = rng.standard_normal(max(1, n // 4)).astype(dtype)
        for name, args in (("cumsum", (a,)), ("convolve", (a, v)),
                           ("argmax", (a,)), ("normalize", (a,))):
            if name == "normalize" and dtype is np.int64:
                continue
            expected = outcome(getattr(lib_interpreted, name), *args)
            got = outcome(getattr(lib_compiled, name), *args)
            calls += 1
            if expected != got:
                sys.exit("MISMATCH in arraylib.%s(%s[%d]): interpreted %r, "
                         "compiled %r" % (name, dtype.__name__, n,
                                          expected[:3], got[:3]))
print("  %d calls (cumsum, convolve, argmax, normalize over f32, f64, i64): "
      "compiled == interpreted" % calls)
big = rng.standard_normal(10**6)
t_py, _, _ = median_time(lib_interpreted.cumsum, lambda: (big,), 3)
t_c, _, _ = median_time(lib_compiled.cumsum, lambda: (big,), 11)
t_np, _, _ = median_time(np.cumsum, lambda: (big,), 11)
print("  cumsum of 10^6 f64: CPython %.1f ms, PyIR %.2f ms (%.0fx), "
      "numpy.cumsum %.2f ms" % (t_py * 1e3, t_c * 1e3, t_py / t_c, t_np * 1e3))
