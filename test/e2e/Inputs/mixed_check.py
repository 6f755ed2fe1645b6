"""Imports the compiled mixed module from argv[1] and the same source
interpreted (argv[2]) and compares them; prints what FileCheck checks."""
import array
import importlib.util
import sys
import traceback

build, source = sys.argv[1], sys.argv[2]
sys.path.insert(0, build)
import mixed  # noqa: E402  (the extension)

spec = importlib.util.spec_from_file_location("mixed_interpreted", source)
interp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(interp)

print("extension:", mixed.__file__.endswith(".so"))
for name in ("norm", "fib", "is_even", "is_odd", "fsum"):
    print(name, type(getattr(mixed, name)).__name__)
print("_twice", type(mixed._twice).__name__)
print("describe", type(mixed.describe).__name__)
print("Point", type(mixed.Point).__name__)

failures = 0


def same(what, a, b):
    global failures
    if a != b or type(a) is not type(b):
        failures += 1
        print("MISMATCH", what, repr(a), repr(b))


for name in ("__doc__", "__all__", "TABLE", "DOC", "SCALE", "LIMIT",
             "UNUSED_BY_COMPILED"):
    same(name, getattr(mixed, name), getattr(interp, name))
# array.array: iterated, it gives floats where NumPy gives np.float64.
a = array.array("d", [0.5 * i for i in range(7)])
for n in range(25):
    same("fib", mixed.fib(n), interp.fib(n))
    same("is_even", mixed.is_even(n), interp.is_even(n))
    same("is_odd", mixed.is_odd(n), interp.is_odd(n))
    same("norm", mixed.norm(n, 0.5 * n), interp.norm(n, 0.5 * n))
same("total", mixed.total(a), interp.total(a))
same("describe", mixed.describe(mixed.Point(3, 4)),
     interp.describe(interp.Point(3, 4)))
same("Point.norm", mixed.Point(1.5, 2).norm(), interp.Point(1.5, 2).norm())
same("norm.__doc__", mixed.norm.__doc__, interp.norm.__doc__)
star = {}
exec("from mixed import *", star)
same("import *", sorted(k for k in star if k != "__builtins__"),
     sorted(mixed.__all__))
print("mismatches:", failures)

# The Python parts raise with the .py's file and line.
try:
    mixed.python_fail(1)
except KeyError:
    frame = traceback.extract_tb(sys.exc_info()[2])[-1]
    print("python traceback: %s:%d: %s in %s"
          % (frame.filename, frame.lineno, frame.line, frame.name))
# So do the compiled ones (language.md §6).
try:
    mixed.fib("x")
except TypeError as e:
    print("TypeError:", e)
