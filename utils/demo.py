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
