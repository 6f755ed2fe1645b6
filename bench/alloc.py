"""The cost of allocating and returning an array (issue #13 item 1):
a compiled function returning pyir.empty(n, f64) vs np.empty(n) called from
Python, for n = 1 and n = 10**6; and pyir.zeros vs np.zeros.

Usage: PYTHONPATH=python /usr/bin/python3 bench/alloc.py [--pyirc build/bin/pyirc]
Prints the best of 7 repeats, in ns per call, interleaved.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import timeit

import numpy as np

SOURCE = '''
import pyir
from pyir import f64


def empty1() -> f64[:]:
    return pyir.empty(1, f64)


def empty(n: int) -> f64[:]:
    return pyir.empty(n, f64)


def zeros(n: int) -> f64[:]:
    return pyir.zeros(n, f64)
'''


def best(stmt, number, ns):
    return min(timeit.repeat(stmt, number=number, repeat=7,
                             globals=ns)) / number * 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--pyirc", default=os.path.join(
        here, "..", "build", "bin", "pyirc"))
    opts = parser.parse_args()
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "alloc_bench.py"), "w") as f:
        f.write(SOURCE)
    subprocess.run([opts.pyirc, os.path.join(tmp, "alloc_bench.py"), "-o",
                    tmp + "/"], check=True)
    sys.path.insert(0, tmp)
    import alloc_bench as m
    assert m.__file__.endswith(".so")
    d = np.dtype("d")
    ns = {"m": m, "np": np, "d": d}
    rows = [("1 element", "m.empty1()", "np.empty(1)", 200000),
            ("1 element (n arg)", "m.empty(1)", "np.empty(1, d)", 200000),
            ("10**6 elements", "m.empty(1000000)", "np.empty(1000000)", 2000),
            ("zeros 10**6", "m.zeros(1000000)", "np.zeros(1000000)", 200)]
    print("%-20s %14s %14s %7s" % ("", "pyir (ns)", "numpy (ns)", "ratio"))
    for name, ours, theirs, number in rows:
        a = best(ours, number, ns)
        b = best(theirs, number, ns)
        print("%-20s %14.1f %14.1f %7.2f" % (name, a, b, a / b))


if __name__ == "__main__":
    main()
