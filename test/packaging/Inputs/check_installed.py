"""Checks, inside the virtual environment that runs it, the installed PyIR
wheel and the extension its pyirc built from examples/kernels.py into the
current directory. Prints what it found for FileCheck; exits 1 on a failed
check.

    VENV/bin/python check_installed.py
"""
import math
import os
import subprocess
import sys
import sysconfig

failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def inside_venv(path):
    return os.path.realpath(path).startswith(os.path.realpath(sys.prefix) + os.sep)


import pyir  # noqa: E402
import pyir.toolchain as toolchain  # noqa: E402

check(sys.prefix != sys.base_prefix, "running in a virtual environment")
check(inside_venv(pyir.__file__), "pyir imported from the environment")

# The tools and headers the wheel installed, found through the package.
tools = [toolchain.pyirc_path(), toolchain.pyir_opt_path(),
         toolchain.pyir_translate_path()]
for tool in tools:
    check(inside_venv(tool) and os.access(tool, os.X_OK),
          "{} in the environment".format(os.path.basename(tool)))
include = toolchain.runtime_include_dir()
check(inside_venv(include) and os.path.isfile(
    os.path.join(include, "pyir", "Runtime", "pyir_core.h")),
    "runtime headers in the environment")

# The console script is on the environment's PATH and reports the package's
# version (the one definition in python/pyir/_version.py).
script = os.path.join(sysconfig.get_path("scripts"), "pyirc")
version = subprocess.run([script, "--version"], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
print("pyirc --version: " + version.splitlines()[0])
print("pyir.__version__: " + pyir.__version__)

# Each tool needs nothing but the C and C++ runtimes: no LLVM, no run path.
for tool in tools:
    dynamic = subprocess.run(["readelf", "-d", tool], check=True,
                             stdout=subprocess.PIPE, text=True).stdout
    needed = sorted(line.split("[")[1].rstrip("]") for line in
                    dynamic.splitlines() if "(NEEDED)" in line)
    print("{} needs: {}".format(os.path.basename(tool), " ".join(needed)))
    check("RPATH" not in dynamic and "RUNPATH" not in dynamic,
          "{} has no run path".format(os.path.basename(tool)))
    ldd = subprocess.run(["ldd", tool], check=True, stdout=subprocess.PIPE,
                         text=True).stdout
    check(not any(word in ldd for word in ("LLVM", "MLIR", "llvm")),
          "ldd {}: no LLVM".format(os.path.basename(tool)))

# The extension pyirc built is this interpreter's and computes as the source.
sys.path.insert(0, os.getcwd())
import kernels  # noqa: E402

check(kernels.__file__.endswith(sysconfig.get_config_var("EXT_SUFFIX")),
      "kernels is an extension of this interpreter")
check(kernels.norm(memoryview(bytearray(16)).cast("d")) == 0.0 and
      math.isclose(kernels.norm(__import__("array").array("d", [3.0, 4.0])),
                   5.0), "kernels.norm")
check(kernels.count_primes(100, bytearray(100)) == 25, "kernels.count_primes")
check(kernels.collatz_steps(27) == 111, "kernels.collatz_steps")
sys.exit(1 if failures else 0)
