"""Runs CPython's math test vectors (Inputs/math_testcases.txt: erf, erfc,
gamma, lgamma) through a pyirc-compiled module and through CPython's math,
and compares them bit for bit, exceptions by type and message.

Usage: math_vectors.py PYIRC OUTDIR
"""
import importlib.util
import math
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTIONS = ("erf", "erfc", "gamma", "lgamma")


def vectors():
    with open(os.path.join(HERE, "math_testcases.txt")) as f:
        for line in f:
            line = line.split("--")[0].strip()
            if not line:
                continue
            ident, fn, arg = line.split("->")[0].split()
            yield ident, fn, float(arg)


def outcome(fn, x):
    try:
        r = fn(x)
    except Exception as e:  # the kind and message are compared
        return ("exc", type(e).__name__, str(e))
    return ("ok", struct.pack("<d", r).hex())


def main():
    pyirc, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    src = os.path.join(out, "vectors.py")
    with open(src, "w") as f:
        f.write("import math\n")
        for name in FUNCTIONS:
            f.write("\n\ndef %s(x: float) -> float:\n    return math.%s(x)\n"
                    % (name, name))
    subprocess.run([pyirc, src, "-o", out], check=True)
    so = [p for p in os.listdir(out) if p.endswith(".so")][0]
    spec = importlib.util.spec_from_file_location(
        "vectors", os.path.join(out, so))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    count = mismatches = raised = 0
    for ident, fn, x in vectors():
        count += 1
        got = outcome(getattr(mod, fn), x)
        want = outcome(getattr(math, fn), x)
        raised += want[0] == "exc"
        if got != want:
            mismatches += 1
            print("MISMATCH %s %s(%r): compiled %s, CPython %s"
                  % (ident, fn, x, got, want))
    print("%d vectors (%d raise), %d mismatches" % (count, raised,
                                                   mismatches))


if __name__ == "__main__":
    main()
