"""pyirc --emit=jit with several inputs writes one export per module,
DIR/<module>/ (each loads with pyir.jit.load, and pyir.jit.numba's
PYIR_NUMBA_EXPORTS reader finds them all); one input still writes into
DIR itself; two inputs naming the same module are an error (exit status 1,
nothing written).

    check_multi.py PYIRC INPUT.py INPUT.py WORKDIR
"""
import os
import shutil
import subprocess
import sys

import pyir.jit
import pyir.jit.numba


def main(pyirc, first, second, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = os.path.join(work, "multi")
    proc = subprocess.run([pyirc, "--emit=jit", "-j2", first, second,
                           "-o", out], capture_output=True, text=True)
    print("several inputs: exit", proc.returncode)
    print("top level:", sorted(os.listdir(out)))
    for name in sorted(os.listdir(out)):
        export = pyir.jit.load(os.path.join(out, name))
        print("%s/: module %s, %d functions, files %s" % (
            name, export.name, len(export.functions),
            sorted(export.manifest["sha256"])))

    print("PYIR_NUMBA_EXPORTS=DIR finds:", [
        os.path.relpath(d, out) for d in pyir.jit.numba.export_directories(out)])

    single = os.path.join(work, "single")
    proc = subprocess.run([pyirc, "--emit=jit", first, "-o", single],
                          capture_output=True, text=True)
    export = pyir.jit.load(single)
    print("one input: exit %d, manifest.json in DIR: %s (module %s)" % (
        proc.returncode, os.path.exists(os.path.join(single,
                                                     "manifest.json")),
        export.name))

    other = os.path.join(work, "other")
    os.makedirs(other)
    clash = os.path.join(other, os.path.basename(first))
    shutil.copy(first, clash)
    dup = os.path.join(work, "dup")
    proc = subprocess.run([pyirc, "--emit=jit", first, clash, "-o", dup],
                          capture_output=True, text=True)
    print("same module twice: exit %d, %s written" % (
        proc.returncode, "something" if os.path.exists(dup) else "nothing"))
    sys.stdout.write(proc.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
