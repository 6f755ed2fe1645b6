"""An import hook that compiles PyIR modules on first import (as
``pyximport``)::

    import pyir.autocompile
    pyir.autocompile.install()
    import mykern            # compiled by pyirc, then imported

Which modules: those named in ``install(modules=[...])`` (a name covers its
submodules), or by default every module whose source imports ``pyir``
(``import pyir`` or ``from pyir import ...`` at the start of a line).

The built extension is cached under ``$PYIR_CACHE_DIR`` (default
``$XDG_CACHE_HOME/pyir`` or ``~/.cache/pyir``), keyed by a hash of the
module's source and of every PyIR module it imports from, the compiler's
version, the options and the interpreter: a changed source is recompiled on
its next import, an unchanged one is imported from the cache. A module that
cannot be compiled (an error in it, no ``pyirc``, no C compiler) is imported
interpreted, with a :class:`AutocompileWarning` that says why; the failure is
cached too, so the warning comes back without recompiling until the source
changes. With ``PYIR_DISABLE=1`` nothing is compiled.
"""

import importlib.abc
import importlib.machinery
import importlib.util
import os
import re
import shutil
import sys
import tempfile
import warnings

from . import _compile

__all__ = ["install", "uninstall", "cache_dir", "AutocompileWarning"]

CACHE_ENV = "PYIR_CACHE_DIR"

_IMPORTS_PYIR = re.compile(rb"^[ \t]*(?:import[ \t]+pyir\b|from[ \t]+pyir\b)",
                           re.MULTILINE)


class AutocompileWarning(UserWarning):
    """A module was imported interpreted because it could not be compiled."""


def cache_dir():
    """The directory compiled modules are cached in."""
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyir")


class PyIRFinder(importlib.abc.MetaPathFinder):
    """Finds a selected module's ``.py`` as the path finder would, and
    returns the spec of its compiled extension instead."""

    def __init__(self, modules, args, cache):
        self.modules = tuple(modules) if modules is not None else None
        self.args = args
        self.cache = cache
        # The files compiled modules import from: compiled too, whatever the
        # selection (a compiled module imports only compiled ones).
        self.required = set()
        self.building = set()

    def _selected(self, fullname, source):
        if os.path.abspath(source) in self.required:
            return True
        if self.modules is not None:
            return any(fullname == m or fullname.startswith(m + ".")
                       for m in self.modules)
        if os.path.basename(source) == "__init__.py":
            return False
        try:
            with open(source, "rb") as f:
                return _IMPORTS_PYIR.search(f.read()) is not None
        except OSError:
            return False

    def find_spec(self, fullname, path, target=None):
        if _compile.disabled():
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if (spec is None or spec.origin is None or
                not isinstance(spec.loader, importlib.machinery.SourceFileLoader) or
                not spec.origin.endswith(".py")):
            return None
        if not self._selected(fullname, spec.origin):
            return None
        extension = self._compiled(fullname, spec.origin)
        if extension is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, extension)
        compiled = importlib.util.spec_from_file_location(
            fullname, extension, loader=loader,
            submodule_search_locations=spec.submodule_search_locations)
        return compiled

    def _compiled(self, fullname, source):
        """The cached extension of ``source``, built if needed; None (after a
        warning) if it cannot be built."""
        try:
            pyirc = _compile.find_pyirc()
            key = _compile.build_key(source, pyirc, self.args)
        except (_compile.CompileFailed, OSError) as error:
            self._warn(fullname, str(error))
            return None
        if not self._dependencies_compiled(fullname, source):
            return None
        module_dir = os.path.join(self.cache, fullname)
        entry = os.path.join(module_dir, key[:32])
        extension = _compile.extension_path(entry, source)
        if os.path.isfile(extension):
            return extension
        failure = os.path.join(entry, "failed.txt")
        if os.path.isfile(failure):
            with open(failure) as f:
                self._warn(fullname, f.read())
            return None
        os.makedirs(module_dir, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".build-", dir=module_dir)
        try:
            _compile.run_pyirc(pyirc, source, staging, self.args)
            # Beside the extension, so tracebacks find the source lines
            # (the glue looks in the directory of __file__).
            shutil.copyfile(source, os.path.join(staging, os.path.basename(source)))
        except _compile.CompileFailed as error:
            with open(os.path.join(staging, "failed.txt"), "w") as f:
                f.write(str(error))
            self._warn(fullname, str(error))
            extension = None
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            self._warn(fullname, str(error))
            return None
        # Another process may have built the same entry meanwhile: either
        # copy is good; older entries of the module are stale.
        for old in os.listdir(module_dir):
            if old != os.path.basename(entry) and not old.startswith(".build-"):
                shutil.rmtree(os.path.join(module_dir, old), ignore_errors=True)
        try:
            os.replace(staging, entry)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
        return extension

    def _dependencies_compiled(self, fullname, source):
        """Compiles the modules ``source`` imports from; False (after a
        warning) if one cannot be compiled, which leaves this one
        interpreted too."""
        source = os.path.abspath(source)
        self.building.add(source)
        try:
            for dependency in _compile.source_closure(source)[1:]:
                if dependency in self.building:
                    continue
                self.required.add(dependency)
                name = _compile.module_name(dependency)
                if self._compiled(name, dependency) is None:
                    self._warn(fullname, "it imports from %s, which is not "
                               "compiled" % name)
                    return False
            return True
        finally:
            self.building.discard(source)

    @staticmethod
    def _warn(fullname, why):
        warnings.warn("pyir.autocompile: %s is imported interpreted: %s" %
                      (fullname, why), AutocompileWarning, stacklevel=3)


_installed = None


def install(modules=None, *, optimize=2, debug=False, march=None,
            extra_args=(), cache=None):
    """Installs the hook (first in ``sys.meta_path``) and returns it; a
    second call replaces the first. ``modules``: the module names to compile
    (each with its submodules), default: every module that imports pyir.
    ``optimize``, ``debug``, ``march``, ``extra_args``: as ``pyir.build.pyirize``.
    ``cache``: the cache directory (default :func:`cache_dir`)."""
    global _installed
    uninstall()
    if isinstance(modules, str):
        modules = [modules]
    _installed = PyIRFinder(modules,
                            _compile.compile_args(optimize, debug, march, extra_args),
                            cache or cache_dir())
    sys.meta_path.insert(0, _installed)
    return _installed


def uninstall():
    """Removes the hook; modules already imported stay as they are."""
    global _installed
    if _installed is not None and _installed in sys.meta_path:
        sys.meta_path.remove(_installed)
    _installed = None
