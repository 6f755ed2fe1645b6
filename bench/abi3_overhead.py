"""The call overhead of an abi3 module (pyirc --limited-api=3.11) against
the full C API: the same functions, built both ways for one interpreter,
called with timeit. A trivial function (`add(a: int, b: int) -> int`: the
cost is argument parsing, unboxing and boxing) and a view function
(`first(a: f64[:]) -> float` on a 1-element array: the buffer protocol).

Usage: PYTHONPATH=python python3.11 bench/abi3_overhead.py [--pyirc PATH]
       [--python INTERPRETER]  (default: this one; 3.11 or newer)
Prints the best of 7 repeats in ns per call, interleaved, and the ratio
abi3 / full. Not a test: the numbers depend on the machine.
"""
import argparse
import array
import importlib.util
import os
import subprocess
import sys
import tempfile
import timeit

SOURCE = '''
from pyir import f64


def add(a: int, b: int) -> int:
    return a + b


def first(a: f64[:]) -> float:
    return a[0]


def fail(a: int) -> int:
    if a > 0:
        raise ValueError("a")
    return a
'''


def best(stmt, number, ns):
    return min(timeit.repeat(stmt, number=number, repeat=7,
                             globals=ns)) / number * 1e9


def load(path):
    spec = importlib.util.spec_from_file_location("abi3_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--pyirc", default=os.path.join(
        here, "..", "build", "bin", "pyirc"))
    parser.add_argument("--python", default=sys.executable)
    opts = parser.parse_args()
    if os.path.realpath(opts.python) != os.path.realpath(sys.executable):
        # Measure in the interpreter the modules are built for.
        os.execv(opts.python, [opts.python] + sys.argv)
    tmp = tempfile.mkdtemp()
    source = os.path.join(tmp, "abi3_bench.py")
    with open(source, "w") as f:
        f.write(SOURCE)
    modules = {}
    for kind, flags in (("full", []), ("abi3", ["--limited-api=3.11"])):
        out = os.path.join(tmp, kind) + "/"
        subprocess.run([opts.pyirc, source, "--python", sys.executable,
                        "-o", out] + flags, check=True)
        (name,) = os.listdir(out)
        modules[kind] = load(os.path.join(out, name))
    a = array.array("d", [1.5])
    rows = [("add(1, 2)", "m.add(1, 2)", 1000000),
            ("add(a=1, b=2)", "m.add(a=1, b=2)", 500000),
            ("first(a) (buffer)", "m.first(a)", 500000),
            ("raise + traceback", "try:\n    m.fail(1)\nexcept ValueError:"
             "\n    pass", 50000)]
    print("CPython %d.%d.%d; best of 7, ns per call" % sys.version_info[:3])
    print("%-20s %10s %10s %7s" % ("", "full", "abi3", "ratio"))
    for label, stmt, number in rows:
        full = best(stmt, number, {"m": modules["full"], "a": a})
        abi3 = best(stmt, number, {"m": modules["abi3"], "a": a})
        print("%-20s %10.1f %10.1f %7.2f" % (label, full, abi3, abi3 / full))


if __name__ == "__main__":
    main()
