# pyir.toolchain finds the compiler and the runtime headers ($PYIR_PYIRC, the
# tools installed with the package, PATH) and the console scripts of the wheel
# (pyir._cli) run the installed tools, pyirc with --python of the interpreter
# running it. The installed layout is simulated here with a copy of the
# package; test/packaging/ checks the real wheel and `cmake --install`.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, done

import pyir
from pyir import toolchain
from pyir._cli import _names_python

SOURCE_PACKAGE = os.path.dirname(os.path.abspath(pyir.__file__))
REPO = os.path.dirname(os.path.dirname(SOURCE_PACKAGE))


def executable(path, text="#!/bin/sh\n"):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, 0o755)
    return path


def with_env(changes, fn):
    saved = dict(os.environ)
    try:
        for key, value in changes.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        return fn()
    finally:
        os.environ.clear()
        os.environ.update(saved)


lazy = subprocess.run(
    [sys.executable, "-c", "import sys, pyir; print(sorted(m for m in "
     "sys.modules if m in ('pyir.toolchain', 'pyir._cli')))"],
    stdout=subprocess.PIPE, text=True).stdout
check(lazy == "[]\n", "import pyir imports neither pyir.toolchain nor "
      "pyir._cli, got " + lazy)

tmp = tempfile.mkdtemp()
try:
    # A source checkout: the headers of <repo>/include, no installed tools.
    check(toolchain.runtime_include_dir() == os.path.join(REPO, "include"),
          "source checkout: runtime_include_dir() is <repo>/include")
    check(toolchain.installed_tool("pyirc") is None,
          "source checkout: no installed pyirc")

    # $PYIR_PYIRC first (as it is: the caller checks that it runs); then
    # PATH; else None.
    fake = executable(os.path.join(tmp, "pyirc"))
    check(with_env({"PYIR_PYIRC": fake}, toolchain.pyirc_path) == fake,
          "$PYIR_PYIRC is used")
    check(with_env({"PYIR_PYIRC": None, "PATH": tmp}, toolchain.pyirc_path)
          == fake, "pyirc on PATH is used")
    check(with_env({"PYIR_PYIRC": "/none/pyirc", "PATH": tmp},
                   toolchain.pyirc_path) == "/none/pyirc",
          "$PYIR_PYIRC is used as it is")
    check(with_env({"PYIR_PYIRC": None, "PATH": ""}, toolchain.pyirc_path)
          is None, "no pyirc anywhere: None")
    check(with_env({"PYIR_OPT": fake}, toolchain.pyir_opt_path) == fake,
          "$PYIR_OPT is used")

    # --python given on the command line, in LLVM's spellings.
    for args, named in [(["--python", "x", "a.py"], True),
                        (["a.py", "--python=x"], True),
                        (["-python", "x"], True), (["-python=x"], True),
                        (["a.py", "-o", "d"], False), (["--pythonx"], False),
                        (["--", "--python"], False)]:
        check(_names_python(args) is named,
              "_names_python({}) is {}".format(args, named))

    # An installed package (as the wheel lays it out): the tools in _bin,
    # the headers in include, found through _install_layout.
    site = os.path.join(tmp, "site")
    package = os.path.join(site, "pyir")
    shutil.copytree(SOURCE_PACKAGE, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    with open(os.path.join(package, "_install_layout.py"), "w") as f:
        f.write('BIN_DIR = "_bin"\nINCLUDE_DIR = "include"\n')
    os.makedirs(os.path.join(package, "_bin"))
    os.makedirs(os.path.join(package, "include", "pyir", "Runtime"))
    open(os.path.join(package, "include", "pyir", "Runtime", "pyir_core.h"),
         "w").close()
    # The installed "pyirc" prints its arguments.
    executable(os.path.join(package, "_bin", "pyirc"),
               '#!/bin/sh\necho "$@"\n')

    def run(code, *args):
        env = dict(os.environ, PYTHONPATH=site, PATH=os.path.join(tmp, "none"))
        env.pop("PYIR_PYIRC", None)
        return subprocess.run([sys.executable, "-c", code] + list(args),
                              env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)

    found = run("import pyir.toolchain as t; print(t.pyirc_path()); "
                "print(t.runtime_include_dir())").stdout.split()
    check(found == [os.path.join(package, "_bin", "pyirc"),
                    os.path.join(package, "include")],
          "installed: the package's tools and headers, got {}".format(found))
    script = "import sys; from pyir._cli import {0}; sys.argv[0] = '{0}'; {0}()"
    out = run(script.format("pyirc"), "a.py", "-O3").stdout
    check(out == "--python {} a.py -O3\n".format(sys.executable),
          "the pyirc script adds --python sys.executable, got " + repr(out))
    out = run(script.format("pyirc"), "--python=/x", "a.py").stdout
    check(out == "--python=/x a.py\n",
          "the pyirc script keeps the user's --python, got " + repr(out))
    # No installed pyir-opt: a clear message, not the pyir-opt on PATH.
    missing = run(script.format("pyir_opt"), "x.mlir")
    check(missing.returncode == 1 and "pyir-opt binary is not installed"
          in missing.stderr and "Traceback" not in missing.stderr,
          "a missing tool is a message, got " + repr(missing.stderr))
finally:
    shutil.rmtree(tmp)
done("test_toolchain")
