"""Prints inspect.signature and the docstring of each function of dbgmod
(imported from the directory given), and checks that each signature is
what calling accepts: every parameter by position and by keyword, the
defaults applied."""
import inspect
import sys

sys.path.insert(0, sys.argv[1])
import dbgmod  # noqa: E402

for name in ("total_of", "scaled_sum", "min_max", "first"):
    f = getattr(dbgmod, name)
    print("%s%s doc=%r" % (name, inspect.signature(f), f.__doc__))

a = memoryview(bytearray(8 * 3)).cast("d")
a[0], a[1], a[2] = 1.0, 2.0, 3.0
sig = inspect.signature(dbgmod.scaled_sum)
bound = sig.bind(a, flag=False)
bound.apply_defaults()
print("bound", sorted(bound.arguments))
print("called", dbgmod.scaled_sum(*bound.args, **bound.kwargs),
      dbgmod.scaled_sum(a=a, s=1.0), dbgmod.total_of(step=2, n=4))
