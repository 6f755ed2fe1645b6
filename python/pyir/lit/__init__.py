"""Run a folder of lit tests against the installed PyIR tools (``pyir-lit``).

A compiler engineer's own tests, outside the PyIR repository, run with one
command::

    python -m pyir.lit [lit options] path/to/tests    # or: pyir-lit ...

The folder holds only test files (``*.py``, ``*.test``, ``*.mlir``: the
suffixes of ``lit.cfg.py`` here; helper files go in folders named
``Inputs``) and, optionally, ``lit.local.cfg`` files. Their ``RUN:`` lines
have these substitutions:

``%pyirc``
    the compiler driver, building extensions for ``%python``
``%pyir-opt``, ``%pyir-translate``
    the other PyIR tools (lit features of the same names say which exist)
``%python``
    the interpreter that runs ``pyir-lit``
``FileCheck``
    LLVM's FileCheck; without it, the ``filecheck`` port from PyPI (which
    lacks some of it: ``[[@LINE]]`` expressions, for one)

plus lit's own (``%s``, ``%S``, ``%t``, ...) and its shell's builtins
(``not``, ``env``, ``cd``, ``rm``, ``mkdir``, ...). Options for lit take
their value in the same argument (``-j2``, ``--filter=emit``,
``-Dname=value``); every other argument is a test file or folder. Test
outputs (``%t``) go to a temporary folder removed afterwards, or to
``--exec-root=DIR``, which is kept.

Where the tools come from: ``$PYIR_BIN_DIR`` if set (a build tree's
``bin``), else the tools the installed ``pyir`` package ships
(``pyir.toolchain``), else ``PATH``. Lit itself: the installed ``lit``
package, else Debian's LLVM copy (``/usr/lib/llvm-22/utils/lit``).
``$PYIR_FILECHECK`` names a FileCheck command to use instead of the search
(``"python3 -m filecheck"``, say).

A folder with its own ``lit.cfg.py`` can load the same configuration
instead: see :func:`config_path`.
"""

import os
import shlex
import shutil
import subprocess
import sys
import tempfile

__all__ = ["main", "config_path", "tool_path", "filecheck_command",
           "import_lit", "TOOLS"]

#: The PyIR tools a test can run, each as ``%<name>``.
TOOLS = ("pyirc", "pyir-opt", "pyir-translate")

#: Where Debian's LLVM keeps its tools and its copy of lit.
_LLVM_PREFIXES = ("/usr/lib/llvm-22",)

def _error(message):
    sys.stderr.write("pyir-lit: error: %s\n" % message)
    return 2


def _executable(path):
    return bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)


def _packaged_tool(name):
    """The tool `name` the installed ``pyir`` package ships, or None.

    ``pyir.toolchain`` (a wheel's tools) gives ``pyirc_path()``; the other
    tools are looked for by a function of their own name, then beside pyirc.
    """
    try:
        from .. import toolchain
    except ImportError:
        return None
    for function, file in ((name.replace("-", "_") + "_path", None),
                           ("pyirc_path", name)):
        finder = getattr(toolchain, function, None)
        if finder is None:
            continue
        try:
            path = finder()
        except (OSError, LookupError, RuntimeError):
            continue
        if path and file:
            path = os.path.join(os.path.dirname(path), file)
        if _executable(path):
            return os.path.abspath(path)
    return None


def tool_path(name):
    """The path of the PyIR tool `name` (one of :data:`TOOLS`), or None.

    ``$PYIR_BIN_DIR/<name>`` when ``PYIR_BIN_DIR`` is set (and nothing else:
    a build tree asked for by name is never silently replaced), else the
    installed package's tool, else the first on ``PATH``.
    """
    bin_dir = os.environ.get("PYIR_BIN_DIR")
    if bin_dir:
        path = os.path.join(bin_dir, name)
        return os.path.abspath(path) if _executable(path) else None
    return _packaged_tool(name) or shutil.which(name)


def _llvm_bin_dirs():
    """LLVM's tool folders: ``llvm-config --bindir``, then Debian's."""
    dirs = []
    llvm_config = shutil.which("llvm-config")
    if llvm_config:
        try:
            dirs.append(subprocess.run(
                [llvm_config, "--bindir"], stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, universal_newlines=True,
                check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    dirs.extend(os.path.join(prefix, "bin") for prefix in _LLVM_PREFIXES)
    return dirs


def filecheck_command(path=None, llvm_bin_dirs=None, python=sys.executable):
    """The command that runs FileCheck, as a list; None if there is none.

    ``$PYIR_FILECHECK`` if set; else LLVM's FileCheck on `path` (default
    ``$PATH``) or in `llvm_bin_dirs` (default ``llvm-config --bindir``, then
    Debian's ``/usr/lib/llvm-22/bin``); else the ``filecheck`` port from
    PyPI, run by `python`. LLVM's comes first: the port implements most but
    not all of its options.
    """
    chosen = shlex.split(os.environ.get("PYIR_FILECHECK", ""))
    if chosen:
        # Tests run in their own folders: a relative path would not resolve.
        if os.sep in chosen[0]:
            chosen[0] = os.path.abspath(chosen[0])
        return chosen
    found = shutil.which("FileCheck", path=path)
    if found:
        return [found]
    for directory in (_llvm_bin_dirs() if llvm_bin_dirs is None
                      else llvm_bin_dirs):
        candidate = os.path.join(directory, "FileCheck")
        if _executable(candidate):
            return [candidate]
    try:
        has_port = subprocess.run(
            [python, "-c", "import filecheck"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode == 0
    except OSError:
        has_port = False
    return [python, "-m", "filecheck"] if has_port else None


def import_lit():
    """The ``lit`` package: the installed one, else Debian's LLVM copy."""
    try:
        import lit.main
        return lit
    except ImportError:
        pass
    for prefix in _LLVM_PREFIXES:
        directory = os.path.join(prefix, "utils", "lit")
        if os.path.isfile(os.path.join(directory, "lit", "main.py")):
            sys.path.append(directory)
            import lit.main
            return lit
    return None


def config_path():
    """The path of pyir-lit's lit configuration, to load from a suite's own
    ``lit.cfg.py`` after setting ``config.pyir_test_source_root`` and
    ``config.pyir_tools`` (see the file's header)."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "lit.cfg.py")


def _split_arguments(argv):
    """(lit's options, test paths, exec root or None, error or None)."""
    options, paths, exec_root = [], [], None
    for arg in argv:
        if arg.startswith("--exec-root="):
            exec_root = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            options.append(arg)
        elif not os.path.exists(arg):
            return None, None, None, (
                "'%s' does not exist (give lit options their values as "
                "-j2 or --filter=NAME)" % arg)
        else:
            paths.append(os.path.abspath(arg))
    return options, paths, exec_root, None


def _quote(command):
    """A command list as one string for lit's shell."""
    return " ".join(shlex.quote(part) for part in command)


def _site_config(source_root, exec_root, tools, filecheck):
    """The text of the lit.site.cfg.py that points lit at the user's tests."""
    lines = [
        "# Written by pyir-lit (python -m pyir.lit) for %s." % source_root,
        "config.pyir_test_source_root = %r" % source_root,
        "config.test_exec_root = %r" % exec_root,
        "config.pyir_tools = %r" % tools,
        "config.pyir_filecheck = %r" % _quote(filecheck),
        "config.pyir_python = %r" % sys.executable,
        "lit_config.load_config(config, %r)" % config_path(),
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    """Run lit on the test folders and files in `argv` (default
    ``sys.argv[1:]``); returns lit's exit status (0: every test passed)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if any(arg in ("-h", "--help") for arg in argv):
        sys.stdout.write(__doc__)
        return 0
    options, paths, exec_root, problem = _split_arguments(argv)
    if problem:
        return _error(problem)
    if not paths:
        return _error("no test folder given: python -m pyir.lit "
                      "[lit options] path/to/tests")
    roots = [p if os.path.isdir(p) else os.path.dirname(p) for p in paths]
    source_root = os.path.commonpath(roots)

    tools = {name: tool_path(name) for name in TOOLS}
    if not tools["pyirc"]:
        where = ("$PYIR_BIN_DIR (%s)" % os.environ["PYIR_BIN_DIR"]
                 if os.environ.get("PYIR_BIN_DIR") else
                 "the pyir package or PATH (set PYIR_BIN_DIR to a PyIR "
                 "build's bin folder)")
        return _error("pyirc not found in %s" % where)
    filecheck = filecheck_command()
    if not filecheck:
        return _error("no FileCheck: install LLVM's (Debian: llvm-22-tools) "
                      "or the Python port (pip install filecheck)")
    lit = import_lit()
    if lit is None:
        return _error("lit not found: pip install lit (or, on Debian, "
                      "apt-get install llvm-22-tools)")

    keep = exec_root is not None
    exec_root = os.path.abspath(exec_root) if keep else tempfile.mkdtemp(
        prefix="pyir-lit-")
    try:
        os.makedirs(exec_root, exist_ok=True)
        with open(os.path.join(exec_root, "lit.site.cfg.py"), "w") as out:
            out.write(_site_config(source_root, exec_root, tools, filecheck))
        # lit finds the suite from a test's path in the exec root (as in a
        # build tree) and reads the tests from config.test_source_root.
        inputs = [os.path.join(exec_root, os.path.relpath(p, source_root))
                  for p in paths]
        saved_argv = sys.argv
        sys.argv = ["pyir-lit"] + options + inputs
        try:
            lit.main.main()
        except SystemExit as done:
            code = done.code
            return code if isinstance(code, int) else (0 if code is None
                                                        else 1)
        finally:
            sys.argv = saved_argv
        return 0
    finally:
        if not keep:
            shutil.rmtree(exec_root, ignore_errors=True)

