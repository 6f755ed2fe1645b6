"""pyir.autocompile end to end: argv[1] is pyirc, argv[2] a scratch
directory. Each import happens in a new interpreter (as a user's programs
would), with PYIR_PYIRC pointing at a wrapper that logs every compile, so
the checks can count what the cache saved."""
import os
import subprocess
import sys

from harness import check, done

pyirc, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
mods = os.path.join(root, "mods")
cache = os.path.join(root, "cache")
log = os.path.join(root, "compiles.log")
os.makedirs(root, exist_ok=True)


def write(relative, text):
    path = os.path.join(mods, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


wrapper = os.path.join(root, "pyirc-logged")
with open(wrapper, "w") as f:
    f.write('#!/bin/sh\n[ "$1" = --version ] || echo "$@" >> %s\n'
            'exec %s "$@"\n' % (log, pyirc))
os.chmod(wrapper, 0o755)

write("fast.py", "import pyir\n\ndef f(x: int) -> int:\n    return x * 3 + 1\n")
write("plain.py", "def f(x: int) -> int:\n    return x * 3 + 1\n")
write("broken.py", 'import pyir\n\ndef f(x: int) -> int:\n'
      '    return x + "s"\n\ndef g() -> int:\n    return 7\n')
write("pk/__init__.py", "")
# lib does not import pyir: compiled because user imports from it.
write("pk/lib.py", "def twice(x: int) -> int:\n    return 2 * x\n")
write("pk/user.py", "import pyir\nfrom .lib import twice\n\n"
      "def quad(x: int) -> int:\n    return twice(twice(x))\n")

PROBE = r"""
import sys, warnings
sys.path.insert(0, MODS)
warnings.simplefilter("always")
import pyir.autocompile
pyir.autocompile.install()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mod = __import__(NAME, fromlist=["*"])
for w in caught:
    print("WARNING", w.category.__name__, str(w.message).splitlines()[0])
print("KIND", type(getattr(mod, FN)).__name__)
print("FILE", mod.__file__)
print("RESULT", getattr(mod, FN)(*ARGS))
"""


def probe(name, fn, args, **env):
    code = PROBE.replace("MODS", repr(mods)).replace("NAME", repr(name))
    code = code.replace("FN", repr(fn)).replace("ARGS", repr(tuple(args)))
    environment = dict(os.environ, PYIR_PYIRC=wrapper, PYIR_CACHE_DIR=cache)
    environment.update(env)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, env=environment)
    check(result.returncode == 0, "%s: %s" % (name, result.stderr))
    lines = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        lines.setdefault(key, []).append(value)
    return lines


def compiles():
    try:
        with open(log) as f:
            return len(f.read().splitlines())
    except OSError:
        return 0


# First import: compiled into the cache; the next process finds it there.
out = probe("fast", "f", [5])
check(out["KIND"] == ["builtin_function_or_method"], out)
check(out["RESULT"] == ["16"], out)
check(out["FILE"][0].startswith(cache), out)
check("WARNING" not in out, out)
check(compiles() == 1, "one compile, not %d" % compiles())
out = probe("fast", "f", [5])
check(out["KIND"] == ["builtin_function_or_method"], out)
check(compiles() == 1, "the second import compiled again")

# A changed source is recompiled on its next import.
write("fast.py", "import pyir\n\ndef f(x: int) -> int:\n    return x * 3 + 2\n")
out = probe("fast", "f", [5])
check(out["RESULT"] == ["17"] and compiles() == 2, (out, compiles()))
check(len(os.listdir(os.path.join(cache, "fast"))) == 1,
      "the stale entry is removed: %s" % os.listdir(os.path.join(cache, "fast")))

# A module that does not import pyir is left alone.
out = probe("plain", "f", [5])
check(out["KIND"] == ["function"] and compiles() == 2, (out, compiles()))
# ...unless named in install(modules=...): tested through the package below.

# A compiled module's imports are compiled too (lib does not import pyir).
out = probe("pk.user", "quad", [5])
check(out["KIND"] == ["builtin_function_or_method"] and out["RESULT"] == ["20"],
      out)
check(compiles() == 4, "user and lib compiled: %d" % compiles())
lib = probe("pk.lib", "twice", [4])
check(lib["KIND"] == ["function"], "pk.lib imported alone is not selected")

# A module that cannot be compiled: interpreted, with a warning that names
# the error; the failure is cached (no second compile), the warning repeats.
out = probe("broken", "g", [])
check(out["KIND"] == ["function"] and out["RESULT"] == ["7"], out)
check(len(out.get("WARNING", [])) == 1 and
      "AutocompileWarning pyir.autocompile: broken is imported interpreted: "
      in out["WARNING"][0] and "broken.py:4:" in out["WARNING"][0], out)
count = compiles()
out = probe("broken", "g", [])
check(compiles() == count and len(out.get("WARNING", [])) == 1, out)

# No pyirc: interpreted with a warning saying so.
out = probe("fast", "f", [5], PYIR_PYIRC=os.path.join(root, "missing"),
            PYIR_CACHE_DIR=os.path.join(root, "cache2"))
check(out["KIND"] == ["function"] and out["RESULT"] == ["17"] and
      "not an executable file" in out["WARNING"][0], out)

# PYIR_DISABLE=1: nothing compiled, the source imported.
out = probe("fast", "f", [5], PYIR_DISABLE="1")
check(out["KIND"] == ["function"] and "WARNING" not in out, out)
done("autocompile")
