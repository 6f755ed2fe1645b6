"""setuptools integration: PyIR modules as extension modules of a package.

As ``cythonize``::

    from setuptools import setup
    from pyir.build import pyirize

    setup(ext_modules=pyirize(["mypkg/*.py"]))

``pyirize`` turns ``.py`` files (paths or glob patterns, ``**`` included)
into :class:`PyIRExtension` objects named by their dotted module name
(``mypkg/sub/kern.py`` is ``mypkg.sub.kern``: the package is found by
walking up the directories that have an ``__init__.py``). Nothing is
compiled then: ``setup.py build_ext`` (and so ``pip install``/``pip wheel``)
runs ``pyirc`` on each module, several at a time (``build_ext -j N``,
default: every CPU), skips modules whose sources, options, compiler and
interpreter are unchanged since the last build in the same build directory,
and writes beside each extension its JIT export
(``mypkg/__pyir__/kern/manifest.json``, docs/interchange.md) so the wheel
carries it as package data.

The ``.py`` files stay in the package (setuptools' ``build_py`` installs
them): the extension takes precedence on import, ``PYIR_DISABLE=1`` imports
the source instead, and with ``PYIR_BUILD=optional`` in the environment (or
``pyirize(..., optional=True)``) a module that cannot be compiled — no
``pyirc``, no C compiler, an error in the module — is left interpreted with
a warning, as are the modules that import from it (a compiled module can
only import compiled modules, docs/language.md section 10).

The build step is :class:`build_ext`; installing the ``pyir`` distribution
registers it for every ``setup()`` whose ``ext_modules`` hold a
``PyIRExtension`` (the ``setuptools.finalize_distribution_options`` entry
point), so ``setup.py`` needs no ``cmdclass``. Where ``pyir`` is only on
``sys.path``, pass ``cmdclass={"build_ext": pyir.build.build_ext}``.
"""

import concurrent.futures
import glob
import os
import shutil
import tempfile

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _setuptools_build_ext

# After setuptools: its own distutils (Python 3.12 has none).
from distutils import log  # noqa: E402

from . import _compile

__all__ = ["pyirize", "PyIRExtension", "build_ext", "BUILD_ENV", "DEBUG_ENV"]

#: ``PYIR_BUILD=optional``: modules that fail to compile stay interpreted;
#: ``PYIR_BUILD=required`` (the default): a failure fails the build.
BUILD_ENV = "PYIR_BUILD"

#: ``PYIR_DEBUG=1``: debug builds (``pyirc -g``) unless ``pyirize`` says.
DEBUG_ENV = "PYIR_DEBUG"

#: Where the JIT export of ``pkg/mod.py`` goes: ``pkg/__pyir__/mod/``.
EXPORT_DIR = "__pyir__"


class PyIRExtension(Extension):
    """An extension module built by ``pyirc`` from one ``.py`` source.

    ``pyir_args`` are pyirc's options (``-O2``, ``-g``, ``--march=...``);
    ``jit_export`` asks for the JIT export beside the extension.
    """

    def __init__(self, name, source, *, pyir_args=(), jit_export=True,
                 optional=False):
        super().__init__(name, [source], optional=optional)
        self.pyir_source = source
        self.pyir_args = list(pyir_args)
        self.jit_export = jit_export


def _optional_from_env():
    value = os.environ.get(BUILD_ENV, "required").strip().lower()
    if value not in ("optional", "required", ""):
        raise ValueError("%s=%r: expected 'optional' or 'required'" %
                         (BUILD_ENV, value))
    return value == "optional"


def _expand(patterns, exclude):
    """The ``.py`` files the patterns name, in order, without duplicates. A
    glob skips ``__init__.py`` (a package's ``__init__`` usually imports and
    re-exports; name it explicitly to compile it)."""
    if isinstance(patterns, (str, os.PathLike)):
        patterns = [patterns]
    excluded = set()
    for pattern in exclude or ():
        excluded.update(os.path.normpath(p)
                        for p in glob.glob(os.fspath(pattern), recursive=True))
    files = []
    for pattern in patterns:
        pattern = os.fspath(pattern)
        if glob.has_magic(pattern):
            matches = sorted(p for p in glob.glob(pattern, recursive=True)
                             if os.path.basename(p) != "__init__.py")
            if not matches:
                raise ValueError("pyirize: %r matches no file" % pattern)
        else:
            if not os.path.isfile(pattern):
                raise ValueError("pyirize: %r: no such file" % pattern)
            matches = [pattern]
        for path in matches:
            if not path.endswith(".py"):
                raise ValueError("pyirize: %r is not a Python source file "
                                 "(expected .py)" % path)
            path = os.path.normpath(path)
            if path not in excluded and path not in files:
                files.append(path)
    return files


def pyirize(module_list, exclude=None, *, optimize=2, debug=None, march=None,
            jit_export=True, optional=None, extra_args=()):
    """``Extension`` objects for the PyIR modules in ``module_list``.

    ``module_list``: a path or glob pattern, or a list of them (relative to
    the directory of ``setup.py``). ``exclude``: patterns to leave out.
    ``optimize``: pyirc's ``-O`` level; ``debug``: ``pyirc -g`` (no
    optimisation, debug information, every check; default: ``PYIR_DEBUG=1``
    in the environment); ``march``: ``pyirc --march`` (e.g.
    ``"native"``: fastest, but only for this machine's CPU). ``optional``:
    a failure leaves the module interpreted (default: ``PYIR_BUILD``).
    ``extra_args``: more pyirc options.
    """
    if optional is None:
        optional = _optional_from_env()
    if debug is None:
        debug = os.environ.get(DEBUG_ENV, "") not in ("", "0")
    args = _compile.compile_args(optimize, debug, march, extra_args)
    extensions = []
    names = {}
    for path in _expand(module_list, exclude):
        name = _compile.module_name(path)
        if name in names:
            raise ValueError("pyirize: %s and %s are both module %s" %
                             (names[name], path, name))
        names[name] = path
        extensions.append(PyIRExtension(name, path, pyir_args=args,
                                        jit_export=jit_export,
                                        optional=optional))
    return extensions


class _Built:
    """What building one extension gave: the extension and export paths in
    the cache, or the error."""

    def __init__(self, ext, so=None, export=None, error=None, fresh=False):
        self.ext, self.so, self.export = ext, so, export
        self.error, self.fresh = error, fresh


class PyIRBuildMixin:
    """Builds the ``PyIRExtension``s of a ``build_ext`` with pyirc and leaves
    the others to the base class; mixed into any ``build_ext``."""

    def build_extensions(self):
        """Builds the ``PyIRExtension``s with pyirc, several at a time, and
        the other extensions with the base class."""
        ours = [e for e in self.extensions if isinstance(e, PyIRExtension)]
        others = [e for e in self.extensions if not isinstance(e, PyIRExtension)]
        if others:
            saved = self.extensions
            self.extensions = others
            try:
                super().build_extensions()
            finally:
                self.extensions = saved
        if ours:
            self._build_pyir(ours)

    def build_extension(self, ext):
        """Builds one extension: pyirc for a ``PyIRExtension``, else the base
        class."""
        if isinstance(ext, PyIRExtension):
            self._build_pyir([ext])
        else:
            super().build_extension(ext)

    def _jobs(self):
        if self.parallel is True:
            return os.cpu_count() or 1
        if self.parallel:
            return int(self.parallel)
        return os.cpu_count() or 1

    def _build_pyir(self, extensions):
        try:
            pyirc = _compile.find_pyirc()
        except _compile.CompileFailed as error:
            results = [_Built(ext, error=str(error)) for ext in extensions]
        else:
            total = len(extensions)
            with concurrent.futures.ThreadPoolExecutor(self._jobs()) as pool:
                futures = [pool.submit(self._build_cached, pyirc, ext)
                           for ext in extensions]
                results = []
                for index, future in enumerate(futures, 1):
                    built = future.result()
                    results.append(built)
                    state = ("failed" if built.error else
                             "compiled" if built.fresh else "up to date")
                    log.info("pyir: [%d/%d] %s (%s) %s", index, total,
                             built.ext.name, built.ext.pyir_source, state)
        self._install_results(results)

    def _build_cached(self, pyirc, ext):
        """Builds ``ext`` into ``build_temp/pyir/<name>/`` unless the last
        build there had the same key."""
        cache = os.path.join(self.build_temp, "pyir", ext.name)
        source = ext.pyir_source
        try:
            key = _compile.build_key(source, pyirc,
                                     ext.pyir_args + ["jit=%d" % ext.jit_export])
        except OSError as error:
            return _Built(ext, error=str(error))
        so = _compile.extension_path(cache, source)
        export = os.path.join(cache, "jit") if ext.jit_export else None
        stamp = os.path.join(cache, "key")
        if not self.force and os.path.isfile(so) and _read(stamp) == key:
            return _Built(ext, so, export)
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        staging = tempfile.mkdtemp(prefix=ext.name + ".", dir=os.path.dirname(cache))
        try:
            _compile.run_pyirc(pyirc, source, staging, ext.pyir_args)
            if ext.jit_export:
                _compile.run_pyirc(pyirc, source, os.path.join(staging, "jit"),
                                   ext.pyir_args, emit="jit")
            with open(os.path.join(staging, "key"), "w") as f:
                f.write(key)
            shutil.rmtree(cache, ignore_errors=True)
            os.replace(staging, cache)
        except _compile.CompileFailed as error:
            shutil.rmtree(staging, ignore_errors=True)
            return _Built(ext, error=str(error))
        return _Built(ext, so, export, fresh=True)

    def _install_results(self, results):
        """Copies what was built into place; a failure fails the build unless
        the extension is optional, which leaves it (and every module that
        imports from it) interpreted."""
        failed = {}
        for built in results:
            if built.error:
                if not built.ext.optional:
                    from setuptools.errors import CompileError
                    raise CompileError("pyir: building %s failed:\n%s" %
                                       (built.ext.name, built.error))
                failed[os.path.abspath(built.ext.pyir_source)] = built.ext.name
                self.warn("pyir: %s stays interpreted: %s" %
                          (built.ext.name, built.error))
        for built in results:
            if built.error:
                continue
            needs = [failed[p] for p in _compile.source_closure(built.ext.pyir_source)
                     if p in failed]
            if needs:
                self.warn("pyir: %s stays interpreted: it imports from %s, "
                          "which is not compiled" % (built.ext.name, needs[0]))
                _remove(self.get_ext_fullpath(built.ext.name))
                continue
            target = self.get_ext_fullpath(built.ext.name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(built.so, target)
            if built.export:
                module = built.ext.name.rsplit(".", 1)[-1]
                destination = os.path.join(os.path.dirname(target), EXPORT_DIR,
                                           module)
                shutil.rmtree(destination, ignore_errors=True)
                shutil.copytree(built.export, destination)


    def copy_extensions_to_source(self):
        """``build_ext --inplace`` (and editable installs): the JIT exports
        go beside the extensions in the source tree too."""
        super().copy_extensions_to_source()
        build_py = self.get_finalized_command("build_py")
        for ext in self.extensions:
            if not isinstance(ext, PyIRExtension) or not ext.jit_export:
                continue
            parts = self.get_ext_fullname(ext.name).split(".")
            built = os.path.join(self.build_lib, *parts[:-1], EXPORT_DIR,
                                 parts[-1])
            if os.path.isdir(built):
                package_dir = build_py.get_package_dir(".".join(parts[:-1]))
                destination = os.path.join(package_dir, EXPORT_DIR, parts[-1])
                shutil.rmtree(destination, ignore_errors=True)
                shutil.copytree(built, destination)


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass


class build_ext(PyIRBuildMixin, _setuptools_build_ext):
    """setuptools' ``build_ext`` that builds ``PyIRExtension``s with pyirc."""


def finalize_distribution_options(dist):
    """setuptools hook (entry point ``setuptools.finalize_distribution_options``):
    a ``setup()`` with ``PyIRExtension``s gets a ``build_ext`` that builds
    them, mixed into the one it already has."""
    if not any(isinstance(e, PyIRExtension) for e in dist.ext_modules or ()):
        return
    base = dist.cmdclass.get("build_ext", _setuptools_build_ext)
    if not issubclass(base, PyIRBuildMixin):
        dist.cmdclass["build_ext"] = type("build_ext", (PyIRBuildMixin, base), {})
