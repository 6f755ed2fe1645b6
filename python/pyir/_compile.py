"""What the build integration (``pyir.build``) and the import hook
(``pyir.autocompile``) share: a module's dotted name, the PyIR modules it
reads at compile time, the key that says whether a build is up to date, and
running ``pyirc``.

Internal: the public entry points are ``pyir.build`` and ``pyir.autocompile``.
"""

import ast
import hashlib
import os
import subprocess
import sys
import sysconfig

from . import toolchain

#: The environment variable that makes ``import`` of a compiled module load
#: its interpreted source instead (read by the extension itself, and by the
#: import hook, which then compiles nothing).
DISABLE_ENV = "PYIR_DISABLE"


def disabled():
    """Whether ``PYIR_DISABLE`` asks for the interpreted modules."""
    return os.environ.get(DISABLE_ENV, "") not in ("", "0")


def package_root(path):
    """The first directory upward from ``path``'s directory that has no
    ``__init__.py``: the directory ``sys.path`` must hold for the module to
    be importable by its dotted name (docs/language.md, section 10)."""
    directory = os.path.dirname(os.path.abspath(path))
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    return directory


def module_name(path):
    """The dotted name of the module in ``path`` (``pkg/sub/mod.py`` is
    ``pkg.sub.mod`` when ``pkg`` and ``pkg/sub`` have ``__init__.py``; a
    package's ``__init__.py`` is the package itself)."""
    path = os.path.abspath(path)
    relative = os.path.relpath(path, package_root(path))
    parts = relative[:-len(".py")].split(os.sep)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _module_file(directory, dotted):
    """``directory/a/b.py`` or ``directory/a/b/__init__.py`` for ``a.b``, or
    None."""
    base = os.path.join(directory, *dotted.split("."))
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def _imported_files(path, tree):
    """The files the ``from ... import`` lines of ``path`` read, by the rules
    pyirc reads them with (docs/language.md, section 10): relative to the
    file's directory (``from .. import f`` reads the parent package's
    ``__init__.py``), absolute from the package root, or a sibling top-level
    module; ``from . import lib`` names the submodule ``lib`` where there is
    one. Imports of anything else (``math``, ``numpy``) name no file."""
    here = os.path.dirname(os.path.abspath(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = here
            for _ in range(node.level - 1):
                base = os.path.dirname(base)
            bases = [base]
        else:
            bases = [package_root(path), here]
        for base in bases:
            if node.module:
                target = _module_file(base, node.module)
                if target:
                    found.append(target)
                    break
                continue
            submodules = [_module_file(base, alias.name) for alias in node.names]
            if all(submodules):
                found.extend(submodules)
            else:
                package = os.path.join(base, "__init__.py")
                if os.path.isfile(package):
                    found.append(package)
            break
    return found


def source_closure(path):
    """``path`` and every PyIR-readable file it imports from, transitively,
    as absolute paths in a stable order. A file that does not parse adds
    nothing more (pyirc reports it)."""
    order = []
    seen = set()
    stack = [os.path.abspath(path)]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        order.append(current)
        try:
            with open(current, "rb") as f:
                tree = ast.parse(f.read(), filename=current)
        except (OSError, SyntaxError, ValueError):
            continue
        stack.extend(os.path.abspath(p) for p in _imported_files(current, tree))
    return order


_versions = {}


def compiler_version(pyirc):
    """``pyirc --version``'s text (the PyIR, dialect and LLVM versions)."""
    if pyirc not in _versions:
        result = subprocess.run([pyirc, "--version"], capture_output=True,
                                text=True)
        _versions[pyirc] = result.stdout.strip()
    return _versions[pyirc]


def build_key(path, pyirc, args):
    """A hash of everything a build of ``path`` depends on: its sources (the
    module's own and those it imports from), the compiler's version, the
    options, and the interpreter it is built for."""
    digest = hashlib.sha256()
    for item in (compiler_version(pyirc), " ".join(args), sys.version,
                 sysconfig.get_config_var("EXT_SUFFIX") or "",
                 sys.executable):
        digest.update(item.encode() + b"\0")
    for source in source_closure(path):
        digest.update(source.encode() + b"\0")
        with open(source, "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()


def extension_path(directory, path):
    """Where ``pyirc -o directory path`` writes the extension of ``path``."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(directory,
                        stem + (sysconfig.get_config_var("EXT_SUFFIX") or ".so"))


def compile_args(optimize=2, debug=False, march=None, extra=()):
    """pyirc's options for a build (the interpreter is added by
    ``run_pyirc``)."""
    args = ["-g"] if debug else ["-O%d" % optimize]
    if march:
        args.append("--march=" + march)
    args.extend(extra)
    return args


class CompileFailed(Exception):
    """pyirc reported errors; the message is its output (located
    diagnostics)."""


def run_pyirc(pyirc, path, out_dir, args, emit=None):
    """Runs pyirc on ``path`` into ``out_dir`` for this interpreter; raises
    CompileFailed with pyirc's diagnostics."""
    command = [pyirc, "--python", sys.executable, *args]
    if emit:
        command.append("--emit=" + emit)
    command += ["-o", out_dir, path]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise CompileFailed("cannot run pyirc (%s): %s" % (pyirc, error))
    if result.returncode != 0:
        raise CompileFailed((result.stderr + result.stdout).strip() or
                            "pyirc exited with status %d" % result.returncode)
    return result.stderr


def find_pyirc():
    """The pyirc to run (``pyir.toolchain.pyirc_path()``), or raises
    CompileFailed saying how to get one."""
    path = toolchain.pyirc_path()
    if not path:
        raise CompileFailed(
            "pyirc not found: install PyIR (pip install pyir-toolkit), put "
            "pyirc on PATH or set PYIR_PYIRC to its path")
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise CompileFailed("cannot run pyirc (%s): not an executable file"
                            % path)
    return path
