# pyir.build.pyirize and what it shares with the import hook
# (pyir._compile): dotted module names from the package layout, patterns,
# the files a module reads at compile time, the build key, PYIR_BUILD.
# Nothing here runs pyirc (test/python/build.test builds for real).
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %s %t
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, done  # noqa: E402

import pyir._compile as compile_  # noqa: E402
from pyir.build import PyIRExtension, pyirize  # noqa: E402

root = os.path.abspath(sys.argv[1])


def write(relative, text=""):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


write("pkg/__init__.py", "from .a import f\n")
a = write("pkg/a.py", "from .b import g\nfrom pkg.sub.c import h\n"
          "def f(x: int) -> int:\n    return g(x) + h(x)\n")
b = write("pkg/b.py", "import math\nfrom numpy import zeros\n"
          "def g(x: int) -> int:\n    return x\n")
c = write("pkg/sub/c.py", "from .. import f\ndef h(x: int) -> int:\n"
          "    return x\n")
write("pkg/sub/__init__.py")
top = write("top.py", "from pkg.b import g\nfrom sibling import s\n")
sibling = write("sibling.py", "def s() -> int:\n    return 1\n")
write("notes.txt", "not python")
broken = write("pkg/broken.py", "def f(:\n")

# Module names follow the __init__.py files up to the package root.
check(compile_.module_name(a) == "pkg.a", compile_.module_name(a))
check(compile_.module_name(c) == "pkg.sub.c", compile_.module_name(c))
check(compile_.module_name(top) == "top", compile_.module_name(top))
check(compile_.module_name(os.path.join(root, "pkg/sub/__init__.py")) ==
      "pkg.sub", "a package's __init__ is the package")
check(compile_.package_root(c) == root, compile_.package_root(c))

# The files a compile reads: relative, absolute from the root, the parent
# package's __init__ for `from .. import`, a sibling top-level module;
# math and numpy are no files. Transitive, each file once.
closure = compile_.source_closure(a)
expected = [a, b, c, os.path.join(root, "pkg/__init__.py")]
check(sorted(closure) == sorted(expected), closure)
check(closure[0] == a, "the module itself comes first")
check(sorted(compile_.source_closure(top)) == sorted([top, b, sibling]),
      compile_.source_closure(top))
check(compile_.source_closure(broken) == [broken],
      "a file that does not parse adds nothing (pyirc reports it)")

# The key changes with a source the module imports from, and with options.
key = compile_.build_key(a, sys.executable, ["-O2"])
check(key == compile_.build_key(a, sys.executable, ["-O2"]), "stable key")
check(key != compile_.build_key(a, sys.executable, ["-O3"]), "options")
with open(b, "a") as f:
    f.write("# changed\n")
check(key != compile_.build_key(a, sys.executable, ["-O2"]),
      "a changed dependency changes the key")

# pyirize: patterns relative to the current directory (setup.py's).
os.chdir(root)
extensions = pyirize(["pkg/*.py", "top.py"], exclude=["pkg/broken.py"])
check(all(isinstance(e, PyIRExtension) for e in extensions), extensions)
names = [e.name for e in extensions]
check(names == ["pkg.a", "pkg.b", "top"], names)
check(extensions[0].sources == [os.path.join("pkg", "a.py")],
      extensions[0].sources)
check(extensions[0].pyir_args == ["-O2"] and extensions[0].jit_export,
      extensions[0].pyir_args)
check(not extensions[0].optional, "required by default")
recursive = [e.name for e in pyirize("**/*.py", exclude=["pkg/broken.py"])]
check(recursive == ["pkg.a", "pkg.b", "pkg.sub.c", "sibling", "top"],
      recursive)
explicit = pyirize(["pkg/__init__.py"], optimize=3, debug=True,
                   march="native", jit_export=False)
check(explicit[0].name == "pkg" and explicit[0].pyir_args ==
      ["-g", "--march=native"] and not explicit[0].jit_export,
      (explicit[0].name, explicit[0].pyir_args))


def raises(call, text):
    try:
        call()
    except ValueError as error:
        check(text in str(error), "%r not in %r" % (text, str(error)))
        return
    check(False, "no ValueError for " + text)


raises(lambda: pyirize("nothing/*.py"), "'nothing/*.py' matches no file")
raises(lambda: pyirize("missing.py"), "'missing.py': no such file")
raises(lambda: pyirize("notes.txt"),
       "'notes.txt' is not a Python source file (expected .py)")
write("other/pkg/__init__.py")
write("other/pkg/a.py")
raises(lambda: pyirize(["pkg/a.py", "other/pkg/a.py"]), "are both module")

# PYIR_BUILD: optional or required, anything else is an error.
os.environ["PYIR_BUILD"] = "optional"
check(pyirize("top.py")[0].optional, "PYIR_BUILD=optional")
check(not pyirize("top.py", optional=False)[0].optional, "argument wins")
os.environ["PYIR_BUILD"] = "sometimes"
raises(lambda: pyirize("top.py"), "PYIR_BUILD='sometimes'")
del os.environ["PYIR_BUILD"]

# PYIR_DEBUG=1: debug builds unless pyirize says otherwise.
os.environ["PYIR_DEBUG"] = "1"
check(pyirize("top.py")[0].pyir_args == ["-g"], "PYIR_DEBUG=1")
check(pyirize("top.py", debug=False)[0].pyir_args == ["-O2"], "argument wins")
del os.environ["PYIR_DEBUG"]

# PYIR_DISABLE: unset, empty and 0 mean compiled.
for value, expected_disabled in (("", False), ("0", False), ("1", True)):
    os.environ["PYIR_DISABLE"] = value
    check(compile_.disabled() == expected_disabled, "PYIR_DISABLE=" + value)
done("test_build")
