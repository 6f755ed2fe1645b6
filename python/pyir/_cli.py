"""The console scripts ``pyirc``, ``pyir-opt`` and ``pyir-translate`` of the
wheel (pyproject.toml): each runs the tool installed with this package.

``pyirc`` builds for the interpreter that runs the script (``--python
sys.executable``) unless told otherwise, so the ``pyirc`` of a virtual
environment builds extensions for that environment's Python.
"""

import os
import subprocess
import sys

from .toolchain import installed_tool


def _run(tool, args):
    path = installed_tool(tool)
    if path is None:
        # Never $PATH: the first `tool` there may be this script.
        sys.exit("{}: the {} binary is not installed with this pyir package "
                 "({}); reinstall the PyIR wheel".format(
                     tool, tool, os.path.dirname(os.path.abspath(__file__))))
    argv = [path] + args
    if os.name == "posix":
        os.execv(path, argv)
    sys.exit(subprocess.call(argv))


def _names_python(args):
    """Whether the command line chooses the interpreter (LLVM's option
    syntax: -python or --python, then =VALUE or the next argument)."""
    for arg in args:
        if arg == "--":
            return False
        if arg.lstrip("-") == "python" and arg.startswith("-") or \
                arg.startswith(("-python=", "--python=")):
            return True
    return False


def pyirc():
    args = sys.argv[1:]
    if not _names_python(args):
        args = ["--python", sys.executable] + args
    _run("pyirc", args)


def pyir_opt():
    _run("pyir-opt", sys.argv[1:])


def pyir_translate():
    _run("pyir-translate", sys.argv[1:])
