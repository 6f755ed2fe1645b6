# View annotations: T[:], T[:, :], ... up to 4 dims, '::1' on the last axis
# for C-contiguity; everything else raises TypeError at definition time.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import itertools
import os
import pickle
import sys
import typing

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, check_raises, done

import pyir
from pyir import (ViewType, ScalarType, MAX_VIEW_NDIM, SCALAR_TYPES,
                  i8, i16, i32, i64, u8, u16, u32, u64, f32, f64)

NAMES = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64"]
check(sorted(SCALAR_TYPES) == sorted(NAMES), "SCALAR_TYPES has the ten names")
check(MAX_VIEW_NDIM == 4, "MAX_VIEW_NDIM is 4")
ENV = dict((n, getattr(pyir, n)) for n in NAMES)

# --- the scalar types themselves -----------------------------------------
SIZES = {"i8": 1, "i16": 2, "i32": 4, "i64": 8, "u8": 1, "u16": 2,
         "u32": 4, "u64": 8, "f32": 4, "f64": 8}
for name in NAMES:
    t = ENV[name]
    check(isinstance(t, ScalarType), "%s is a ScalarType" % name)
    check(SCALAR_TYPES[name] is t, "SCALAR_TYPES[%r]" % name)
    check(repr(t) == name and str(t) == name, "repr(%s) == %r" % (name, name))
    check(t.__name__ == name, "%s.__name__" % name)
    check(t.itemsize == SIZES[name], "%s.itemsize" % name)
    check(t.kind == name[0], "%s.kind" % name)
    check(pickle.loads(pickle.dumps(t)) is t, "pickle keeps %s a singleton"
          % name)
    check(callable(t), "%s is callable" % name)

# --- every legal form, for every element type, written as source text ----
legal = 0
for name in NAMES:
    t = ENV[name]
    for ndim in range(1, MAX_VIEW_NDIM + 1):
        for contiguous in (False, True):
            axes = [":"] * ndim
            if contiguous:
                axes[-1] = "::1"
            for sep in (", ", ","):
                src = "%s[%s]" % (name, sep.join(axes))
                v = eval(src, ENV)
                legal += 1
                check(isinstance(v, ViewType), "%s gives a ViewType" % src)
                check(v.dtype is t, "%s.dtype is %s" % (src, name))
                check(v.ndim == ndim, "%s.ndim == %d" % (src, ndim))
                check(v.contiguous is contiguous,
                      "%s.contiguous is %r" % (src, contiguous))
                want_repr = "%s[%s]" % (name, ", ".join(axes))
                check(repr(v) == want_repr,
                      "repr(%s) = %r, want %r" % (src, repr(v), want_repr))
                check(eval(repr(v), ENV) == v, "repr(%s) round-trips" % src)
                check(v == ViewType(t, ndim, contiguous),
                      "%s == ViewType(...)" % src)
                check(hash(v) == hash(ViewType(t, ndim, contiguous)),
                      "hash(%s)" % src)
                check_raises(TypeError, lambda: v(1.0),
                             "calling the annotation %s" % src)
                check_raises(TypeError, lambda: v[:], "%s[:]" % src,
                             match="cannot be subscripted")
check(legal == 10 * 4 * 2 * 2, "all legal forms enumerated")
# the explicit spellings of the same slices are legal too
check(f64[None:None] == f64[:], "f64[None:None]")
check(f64[::None] == f64[:], "f64[::None]")
check(f64[None:None:1] == f64[::1], "f64[None:None:1]")
check(f64[:, None:None:1] == f64[:, ::1], "f64[:, None:None:1]")

# equality distinguishes every attribute
views = [ViewType(t, n, c) for t in SCALAR_TYPES.values()
         for n in range(1, 5) for c in (False, True)]
for a, b in itertools.combinations(views, 2):
    check(a != b and not (a == b), "%r != %r" % (a, b))
check(len(set(views)) == len(views), "views hash apart")
check(f64[:] != f64 and f64[:] != "f64[:]", "views compare with others")
check(f32[:] != f64[:] and i64[:] != u64[:], "element types distinguish")

# --- annotations are evaluated eagerly at definition time -----------------


def kernel(a: f64[:], b: f64[:, ::1], s: u8[::1], m: i32[:, :, :, ::1],
           x: f32 = 0.0) -> tuple[f64, i64]:
    return (a, b)


ann = kernel.__annotations__
check(ann["a"] == f64[:] and ann["b"] == ViewType(f64, 2, True),
      "annotations a, b")
check(ann["s"] == ViewType(u8, 1, True), "annotation s")
check(ann["m"] == ViewType(i32, 4, True), "annotation m")
check(ann["x"] is f32, "scalar annotation")
check(typing.get_type_hints(kernel)["b"] == f64[:, ::1],
      "typing.get_type_hints accepts views")

# --- every illegal form raises TypeError naming the type -------------------
ILLEGAL = [
    "f64[0]", "f64[1]", "f64[-1]", "f64[:, 0]", "f64[0, :]",
    "f64[1:]", "f64[:3]", "f64[0:0]", "f64[1:2:1]", "f64[:, 2:]",
    "f64[::2]", "f64[::-1]", "f64[::0]", "f64[:, ::2]", "f64[::1.0]",
    "f64[::True]", "f64[::'1']",
    "f64[::1, :]", "f64[::1, ::1]", "f64[:, ::1, :]", "f64[::1, :, :, :]",
    "f64[:, :, :, :, :]", "f64[:, :, :, :, ::1]", "f64[:, :, :, :, :, :]",
    "f64[()]", "f64[...]", "f64[:, ...]", "f64['x']", "f64[None]",
    "f64[f64]", "f64[f64[:]]", "f64[[slice(None)]]", "f64[(slice(None),), ]",
    "f64[:][:]", "f64[:, ::1][0]",
    "i8[0]", "u8[::2]", "i32[:, :, :, :, :]", "f32[1:]", "u64[::1, :]",
]
for src in ILLEGAL:
    name = src.split("[")[0]
    e = check_raises(TypeError, lambda: eval(src, ENV), src, match=name)
    check(len(str(e)) > 20, "%s: message is descriptive: %s" % (src, e))

# definition time: a bad annotation fails the def itself
check_raises(TypeError,
             lambda: exec("def g(a: f64[0:]) -> float:\n    return 0.0\n",
                          dict(ENV)),
             "def with a bad annotation")
check_raises(TypeError,
             lambda: exec("def g(a: u8[::1, :]) -> None:\n    pass\n",
                          dict(ENV)),
             "def with a Fortran-order annotation", match="last axis")
check_raises(TypeError, lambda: eval("f64[:, :, :, :, :]", ENV),
             "5-D view", match="at most 4")

# --- the ViewType constructor validates too ---------------------------------
check_raises(TypeError, lambda: ViewType(float, 1), "ViewType(float, 1)")
check_raises(TypeError, lambda: ViewType("f64", 1), "ViewType('f64', 1)")
for bad in (0, 5, -1, 1.0, True, "1", None):
    check_raises((ValueError, TypeError), lambda: ViewType(f64, bad),
                 "ViewType(f64, %r)" % (bad,))
check_raises(TypeError, lambda: ViewType(f64, 1, 1), "contiguous=1")
check(ViewType(f64, 2) == f64[:, :], "contiguous defaults to False")

done("test_views")
