# The pyir package itself: exports, version, docstrings, pure Python with no
# third-party imports, Python 3.9 syntax.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import ast
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, done

before = set(sys.modules)
import pyir  # noqa: E402
import pyir.types  # noqa: E402
import pyir.directives  # noqa: E402
new = set(sys.modules) - before
third_party = sorted(m for m in new if m.split(".")[0] in
                     ("numpy", "pytest", "setuptools", "pkg_resources"))
check(not third_party, "import pyir pulled in %r" % third_party)

check(isinstance(pyir.__version__, str) and
      re.match(r"^\d+\.\d+\.\d+", pyir.__version__) is not None,
      "__version__ = %r" % (pyir.__version__,))

REQUIRED = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32",
            "f64", "boundscheck", "wraparound", "cdivision", "overflowcheck",
            "nogil", "inline", "__version__"]
for name in REQUIRED:
    check(name in pyir.__all__, "%s in pyir.__all__" % name)
for name in pyir.__all__:
    check(hasattr(pyir, name), "pyir.%s exists" % name)

ns = {}
exec("from pyir import *", ns)
for name in REQUIRED:
    check(name in ns, "from pyir import * gives %s" % name)

# docstrings on every public module, class, function and method
for mod in (pyir, pyir.types, pyir.directives):
    check(bool(mod.__doc__), "%s has a docstring" % mod.__name__)
for name in pyir.__all__:
    obj = getattr(pyir, name)
    if callable(obj) and not isinstance(obj, pyir.ScalarType):
        check(bool(obj.__doc__), "pyir.%s has a docstring" % name)
for cls in (pyir.ScalarType, pyir.ViewType):
    for attr, val in vars(cls).items():
        if not attr.startswith("_") and (callable(val) or
                                         isinstance(val, property)):
            check(bool(val.__doc__), "%s.%s has a docstring"
                  % (cls.__name__, attr))
check(bool(pyir.ScalarType.__call__.__doc__), "ScalarType.__call__ doc")

# every source file: pure Python, standard-library imports only, 3.9 syntax
pkg_dir = os.path.dirname(pyir.__file__)
STDLIB = {"math", "operator", "struct"}
# The JIT-export adapters (docs/interchange.md) are not imported by
# `import pyir` (checked above); each may import exactly these modules
# besides STDLIB. The runtime modules stay on STDLIB alone.
ADAPTER_IMPORTS = {
    # pyir.empty/zeros: NumPy when importable (inside a function, on the
    # first allocation; `import pyir` does not import it: checked above).
    "arrays.py": {"numpy",
                  # sys._getframe: the generic function whose type variable
                  # pyir.empty(n, T) binds (_binding.py).
                  "sys"},
    "jit/export.py": {"hashlib", "importlib", "json", "os", "sys", "cffi",
                      "builtins"},
    "jit/pypy.py": {"sys", "types"},
    "jit/numba.py": {"importlib", "os", "types", "warnings", "numba",
                     "numpy", "llvmlite"},
    "jit/_irbuilder/common.py": {"llvmlite"},
    "jit/_irbuilder/coverage.py": {"numba", "llvmlite"},
    "jit/_irbuilder/runtime.py": {"llvmlite", "numba"},
    "jit/_irbuilder/checks.py": {"llvmlite", "numba"},
    "jit/_irbuilder/emitter.py": {"math", "llvmlite", "numba"},
    "jit/_irbuilder/arith.py": set(),
    "jit/_irbuilder/views.py": set(),
    "jit/_irbuilder/casts.py": {"math", "llvmlite"},
    # The strides of a new array: NumPy's rule, asked of NumPy once.
    "jit/_irbuilder/owners.py": {"numpy", "llvmlite", "numba"},
    "jit/_irbuilder/slicing.py": {"llvmlite"},
    "jit/_irbuilder/results.py": {"numba"},
    "jit/_numba_common.py": {"os", "numba", "llvmlite"},
    # The build integration and the import hook (not imported by
    # `import pyir`): run pyirc, hash sources, setuptools' build_ext.
    "_compile.py": {"ast", "hashlib", "os", "subprocess", "sys", "sysconfig"},
    "build.py": {"concurrent", "glob", "os", "shutil", "tempfile",
                 "setuptools", "distutils"},
    "autocompile.py": {"importlib", "os", "re", "shutil", "sys", "tempfile",
                       "warnings"},
    # Where the compiler is, and the wheel's console scripts that run it
    # (pyproject.toml); `import pyir` imports neither (test_toolchain.py).
    "toolchain.py": {"os", "shutil"},
    "_cli.py": {"os", "subprocess", "sys"},
    "cmake/__init__.py": set(),
    # pyir-lit: runs lit (PyPI's or Debian's LLVM copy) on a user's tests;
    # lit.cfg.py is the configuration lit executes, not a module.
    "lit/__init__.py": {"os", "shlex", "shutil", "subprocess", "sys",
                        "tempfile", "lit"},
    "lit/__main__.py": set(),
    "lit/lit.cfg.py": {"os", "shlex", "lit"},
}
# The runtime at pyir/, the JIT side under pyir/jit/ (tier 1's emitter in
# pyir/jit/_irbuilder/).
sources = sorted(os.path.relpath(os.path.join(d, f), pkg_dir)
                 for d, _, files in os.walk(pkg_dir)
                 if "__pycache__" not in d
                 for f in files if f.endswith(".py"))
check("__init__.py" in sources and "types.py" in sources and
      "jit/__init__.py" in sources and "jit/numba.py" in sources, "layout")
check(not [f for d, _, fs in os.walk(pkg_dir) for f in fs
           if f.endswith((".so", ".pyd", ".c"))], "no native code")
check(not [f for f in sources
           if not f.startswith("jit/") and f[:-3] in
           ("jit", "numba", "pypy", "_messages", "_numba_irbuilder",
            "_numba_common")], "the JIT modules live under pyir/jit/")
for fname in sources:
    with open(os.path.join(pkg_dir, fname)) as fh:
        text = fh.read()
    kwargs = {}
    if sys.version_info >= (3, 8) and sys.implementation.name == "cpython":
        kwargs["feature_version"] = (3, 9)
    tree = ast.parse(text, fname, **kwargs)
    allowed = STDLIB | ADAPTER_IMPORTS.get(fname, set())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                check(alias.name.split(".")[0] in allowed,
                      "%s imports %s" % (fname, alias.name))
        elif isinstance(node, ast.ImportFrom):
            check(node.level > 0 or node.module.split(".")[0] in allowed,
                  "%s imports from %s" % (fname, node.module))
        check(type(node).__name__ not in ("Match", "TypeAlias"),
              "%s uses %s (not Python 3.9)" % (fname, type(node).__name__))

done("test_package")
