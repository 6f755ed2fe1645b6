"""The cost of a call between compiled modules (docs/language.md §10).

    python3 bench/imports.py --pyirc build/bin/pyirc [-n 10000000] [-O2]

Compiles bench/imports/{callee,caller}.py into a temporary directory and
times caller.loop_local(n) (the helper in the same module: the C compiler
may inline it) against caller.loop_imported(n) (the same helper imported
from callee: an indirect call through the capsule's pointer, never
inlined), best of 5, and prints ns per iteration.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyirc", required=True)
    ap.add_argument("-n", type=int, default=10_000_000)
    ap.add_argument("-O", dest="opt", default="2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as out:
        for name in ("callee", "caller"):
            subprocess.run([args.pyirc, "-O" + args.opt,
                            os.path.join(HERE, "imports", name + ".py"),
                            "--python", sys.executable, "-o", out + "/"],
                           check=True)
        sys.path.insert(0, out)
        import caller
        assert caller.loop_local(10_000) == caller.loop_imported(10_000)
        for name in ("loop_local", "loop_imported"):
            f = getattr(caller, name)
            best = min(_time(f, args.n) for _ in range(5))
            print("%-14s %6.2f ns/iteration (n = %d, -O%s)"
                  % (name, best * 1e9 / args.n, args.n, args.opt))


def _time(f, n):
    t = time.perf_counter()
    f(n)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
