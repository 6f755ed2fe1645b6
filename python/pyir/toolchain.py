"""Where PyIR's compiler and runtime headers are.

``pyirc_path()`` is the ``pyirc`` to run, the first of:

1. ``$PYIR_PYIRC``, when set (a build tree's ``bin/pyirc``, say);
2. the one installed with this package (the wheel's ``pyir/_bin/pyirc``, or
   ``PREFIX/bin/pyirc`` after ``cmake --install``);
3. ``pyirc`` on ``PATH``.

``runtime_include_dir()`` is the directory that holds ``pyir/Runtime/*.h``:
the one installed with this package, else the source checkout's
``include/`` (``PYTHONPATH=<repo>/python``).

Each returns None when there is none; the caller says what to do
(pyir._compile.find_pyirc), and checks that a ``$PYIR_PYIRC`` runs.

What "installed with this package" means is written by the install itself
(``pyir._install_layout``, generated from cmake/PyIRInstallDirs.cmake); a
source checkout or the pure-Python install of ``python/pyproject.toml`` has
no tools of its own.
"""

import os
import shutil

__all__ = ["pyirc_path", "pyir_opt_path", "pyir_translate_path",
           "runtime_include_dir"]

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _installed_dir(name):
    """The layout's directory `name` (BIN_DIR, INCLUDE_DIR), or None when
    this package was not installed with the compiler."""
    try:
        from . import _install_layout
    except ImportError:
        return None
    return os.path.normpath(
        os.path.join(_PACKAGE_DIR, getattr(_install_layout, name)))


def installed_tool(tool):
    """The tool (``pyirc``, ``pyir-opt``, ``pyir-translate``) installed with
    this package, or None."""
    bin_dir = _installed_dir("BIN_DIR")
    if bin_dir is None:
        return None
    path = os.path.join(bin_dir, tool + (".exe" if os.name == "nt" else ""))
    return path if os.path.isfile(path) else None


def _tool_path(tool, env_var):
    return (os.environ.get(env_var) or installed_tool(tool) or
            shutil.which(tool))


def pyirc_path():
    """The path of the ``pyirc`` to run (``$PYIR_PYIRC``, the installed one,
    or ``pyirc`` on ``PATH``), or None."""
    return _tool_path("pyirc", "PYIR_PYIRC")


def pyir_opt_path():
    """As pyirc_path(), for ``pyir-opt`` (``$PYIR_OPT``)."""
    return _tool_path("pyir-opt", "PYIR_OPT")


def pyir_translate_path():
    """As pyirc_path(), for ``pyir-translate`` (``$PYIR_TRANSLATE``)."""
    return _tool_path("pyir-translate", "PYIR_TRANSLATE")


def runtime_include_dir():
    """The directory holding ``pyir/Runtime/*.h`` (give it to the C compiler
    as ``-I``), or None."""
    candidates = [_installed_dir("INCLUDE_DIR"),
                  # A source checkout: <repo>/python/pyir -> <repo>/include.
                  os.path.join(os.path.dirname(os.path.dirname(_PACKAGE_DIR)),
                               "include")]
    for path in candidates:
        if path and os.path.isfile(
                os.path.join(path, "pyir", "Runtime", "pyir_core.h")):
            return path
    return None
