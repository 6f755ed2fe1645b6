# Directive decorators: no-ops returning the same function object, recording
# themselves in func.__pyir_directives__; bad flags raise TypeError.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import functools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, check_raises, done

import pyir
from pyir import (boundscheck, wraparound, cdivision, overflowcheck, nogil,
                  inline, get_directives, DIRECTIVE_DEFAULTS, f64)

FLAG = {"boundscheck": boundscheck, "wraparound": wraparound,
        "cdivision": cdivision, "overflowcheck": overflowcheck}
BARE = {"nogil": nogil, "inline": inline}
ALL = dict(FLAG, **BARE)

check(DIRECTIVE_DEFAULTS == {"boundscheck": True, "wraparound": True,
                             "cdivision": False, "overflowcheck": True,
                             "nogil": False, "inline": False},
      "defaults follow language.md section 5")


def make():
    def f(a, b=2):
        """doc of f"""
        return a + b
    return f


for name, d in sorted(ALL.items()):
    check(getattr(pyir, name) is d, "pyir.%s exported" % name)
    check(d.__name__ == name and d.__doc__, "%s has a name and docstring"
          % name)
    for flag in (True, False):
        f = make()
        deco = d(flag)
        check(callable(deco), "%s(%r) returns a decorator" % (name, flag))
        g = deco(f)
        check(g is f, "@%s(%r) returns the same function object"
              % (name, flag))
        check(g(1) == 3 and g(1, b=5) == 6, "@%s(%r): still works"
              % (name, flag))
        check(g.__name__ == "f" and g.__doc__ == "doc of f",
              "@%s(%r) keeps name and doc" % (name, flag))
        check(f.__pyir_directives__ == {name: flag},
              "@%s(%r) recorded: %r" % (name, flag, f.__pyir_directives__))
        want = dict(DIRECTIVE_DEFAULTS)
        want[name] = flag
        check(get_directives(f) == want, "get_directives after @%s(%r)"
              % (name, flag))

    # wrong flag types, including the bare form for flag-only directives
    bads = [0, 1, None, "False", "", 1.0, [], (False,)]
    if name in FLAG:
        bads.append(make())
    for bad in bads:
        check_raises(TypeError, lambda: d(bad), "%s(%r)" % (name, bad),
                     match=name)
    check_raises(TypeError, lambda: d(True, True), "%s(True, True)" % name)
    # decorating something that is not a function
    for target in (3, "f", None, int):
        check_raises(TypeError, lambda: d(True)(target),
                     "@%s(True) on %r" % (name, target), match=name)

# bare @boundscheck is a mistake with a helpful message
e = check_raises(TypeError, lambda: boundscheck(make()), "bare @boundscheck")
check("boundscheck(False)" in str(e), "bare use hints at the call form")
check_raises(TypeError, lambda: boundscheck(), "boundscheck() needs a flag")

# nogil / inline: bare, called without arguments, or with a flag
for name, d in sorted(BARE.items()):
    f = make()
    check(d(f) is f, "bare @%s returns the same function" % name)
    check(f.__pyir_directives__ == {name: True}, "bare @%s records True"
          % name)
    f = make()
    check(d()(f) is f and f.__pyir_directives__ == {name: True},
          "@%s() records True" % name)
    for bad in (0, 1, None, "x", 2.5):
        check_raises(TypeError, lambda: d(bad), "%s(%r)" % (name, bad),
                     match=name)


# stacking, as in language.md section 1
@nogil
@inline(False)
@cdivision(True)
@overflowcheck(False)
@boundscheck(False)
@wraparound(False)
def kernel(a: f64[:]) -> float:
    return 0.0


check(kernel.__name__ == "kernel" and kernel([]) == 0.0, "stacked kernel")
check(kernel.__pyir_directives__ == {
    "wraparound": False, "boundscheck": False, "overflowcheck": False,
    "cdivision": True, "inline": False, "nogil": True},
    "stacked directives: %r" % (kernel.__pyir_directives__,))
check(get_directives(kernel)["nogil"] is True, "get_directives(kernel)")
check(get_directives(make()) == DIRECTIVE_DEFAULTS, "undecorated defaults")
check(get_directives(make()) is not DIRECTIVE_DEFAULTS, "a fresh dict")


# the outermost of two conflicting decorators wins; records are not shared
@boundscheck(True)
@boundscheck(False)
def twice():
    pass


check(twice.__pyir_directives__ == {"boundscheck": True}, "outermost wins")
deco = wraparound(False)
a, b = deco(make()), deco(make())
a.__pyir_directives__["extra"] = 1
check(b.__pyir_directives__ == {"wraparound": False},
      "one decorator used twice keeps separate records")

# functools.wraps wrappers and lambdas are functions too
inner = make()
wrapper = functools.wraps(inner)(lambda *a: inner(*a))
check(nogil(wrapper) is wrapper, "@nogil on a wrapper")
lam = lambda: 1  # noqa: E731
check(inline(lam) is lam and lam() == 1, "@inline on a lambda")

done("test_directives")
