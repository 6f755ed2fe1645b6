"""Random PyIR program generator (issue #10, deliverable 1).

    gen.py SEED [--functions N] [--calls K] [-o DIR]

Seeded and deterministic: the same seed and options give the same bytes.
A generated module is a tree of typed nodes (``Module`` / ``Fn`` / ``S`` /
``E``) rendered two ways:

* the **program** (``<mod>.py``): a valid PyIR module, compiled by pyirc and
  run by CPython;
* the **model** (``<mod>_model.py``): the same program where every result of
  type ``int`` passes through ``_chk`` (a value outside int64 raises
  OverflowError, the documented deviation of language.md section 2), and
  ``**`` through ``_ipow`` / ``_fpow`` (int ** negative int and negative
  float ** fractional raise ValueError, section 4). The model is the exact
  expected behaviour of the compiled module; the differential runner
  (run.py) compares every compiled variant with it, and checks that the
  model differs from the plain program only by raising one of those
  documented exceptions.

Validity by construction: one type per variable (fresh names), clean
fixed-width values (a wrapping ``iN``/``uN`` or ``f32`` operation is only
observed through a conversion function ``i32(...)``/``f32(...)`` of a
width at most its own, where interpreted and compiled code agree), bounded
loops (every ``while`` has a counter; ``range`` bounds are clamped), calls
only to earlier functions (a DAG) and recursion through a ``depth``
parameter. See docs/Fuzzing.md for the coverage.
"""

import argparse
import math
import os
import random
import re
import struct
import sys

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1
FIXED = ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64")
WIDTH = {"i8": 8, "i16": 16, "i32": 32, "i64": 64,
         "u8": 8, "u16": 16, "u32": 32, "u64": 64}
#: A bound on the statements one call executes (estimated: loops count 13
#: iterations), so that calls between functions stay fast.
COST_LIMIT = 4000
VIEW_ELEMS = FIXED + ("f32", "f64")
SCALARS = ("int", "float", "bool", "f32") + FIXED
MATH1 = ("sqrt", "exp", "expm1", "log", "log1p", "log2", "log10", "sin",
         "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "fabs", "erf", "erfc", "gamma", "lgamma", "acosh", "asinh", "atanh",
         "cbrt", "exp2")
MATH2 = ("pow", "atan2", "hypot", "copysign", "fmod")
#: The math functions of ints, with their arguments clamped where CPython
#: would compute a huge int for minutes (the clamps still reach the
#: negative-argument ValueErrors and the int64 overflows).
MATH_INT = ("math.factorial(max(min({0}, 23), -3))",
            "math.comb(max(min({0}, 70), -2), max(min({1}, 70), -2))",
            "math.perm(max(min({0}, 70), -2), max(min({1}, 25), -2))",
            "math.perm(max(min({0}, 23), -2))",
            "math.isqrt({0})", "math.gcd({0}, {1})", "math.lcm({0}, {1})",
            "math.gcd({0})", "math.lcm({0})")
EXCS = ("ValueError", "TypeError", "IndexError", "KeyError",
        "ZeroDivisionError", "OverflowError", "ArithmeticError",
        "RuntimeError", "AssertionError", "NotImplementedError")
#: Marker in every message the program raises (run.py tells generated
#: raises from interpreter errors by it) and in the model's deviations.
MARK = "fz"
MODEL_MARK = "fuzz-model"


def frange(t):
    w = WIDTH[t]
    if t[0] == "u":
        return 0, 2**w - 1
    return -2**(w - 1), 2**(w - 1) - 1


def combine(s, t):
    """The type of fixed-width S op T (language.md section 2)."""
    if WIDTH[s] != WIDTH[t]:
        return s if WIDTH[s] > WIDTH[t] else t
    return s if s[0] == "u" else t


def is_view(t):
    return isinstance(t, tuple) and t[0] == "view"


def view_ann(t):
    _, elem, ndim, contig = t
    parts = [":"] * ndim
    if contig:
        parts[-1] = "::1"
    return "%s[%s]" % (elem, ", ".join(parts))


def f32_round(x):
    return struct.unpack("<f", struct.pack("<f", x))[0] if (
        math.isfinite(x) and abs(x) < 3.4e38) else x


# ---------------------------------------------------------------------------
# Nodes
# ---------------------------------------------------------------------------

class E:
    """A typed expression: template ``t`` over the rendered kids; ``m`` the
    model's template (None: same); ``chk`` an int result checked for int64
    in the model; ``clean`` False for a wrapping fixed-width/f32 result that
    only a conversion may consume; ``bare`` an untyped literal."""
    __slots__ = ("ty", "t", "k", "m", "chk", "clean", "bare")

    def __init__(self, ty, t, k=(), m=None, chk=False, clean=True,
                 bare=False):
        self.ty, self.t, self.k, self.m = ty, t, list(k), m
        self.chk, self.clean, self.bare = chk, clean, bare

    def r(self, ctx):
        """ctx 0: the program; 1: the model; 2: the model where int wraps
        (overflowcheck(False))."""
        a = [x.r(ctx) for x in self.k]
        txt = (self.m if ctx and self.m is not None else self.t).format(*a)
        if ctx and self.chk:
            txt = ("_chk(%s)" if ctx == 1 else "_wrap(%s)") % txt
        return txt

    def walk(self):
        yield self
        for x in self.k:
            yield from x.walk()


class S:
    """A statement: ``kind``, expressions ``e``, blocks ``b`` (lists of S),
    and plain data ``d``."""
    __slots__ = ("kind", "e", "b", "d")

    def __init__(self, kind, e=(), b=(), **d):
        self.kind, self.e, self.b, self.d = kind, list(e), list(b), d

    def defines(self):
        return self.d.get("defines", ())


class Fn:
    def __init__(self, name, params, ret):
        self.name, self.params, self.ret = name, params, ret
        self.body = []
        self.decorators = []
        self.defaults = {}      # param name -> rendered constant
        self.wrap = False       # overflowcheck(False)
        self.safe_index = False
        self.cdiv = False
        self.heavy = False      # has loops or calls (not called in loops)
        self.recursive = False
        self.calls = set()      # names of the module functions it calls
        self.imports = set()    # names of the library's functions it calls
        self.imported = False   # a library's function (Module.lib)
        # an array function's tuple result: its layout, "V" its view
        self.tuple_wrap = None
        self.cost = 0
        # A generic function (language.md section 8): one or two (type
        # variable, constraints, names of the parameters annotated with it);
        # its params keep the first constraint's type (what callers pass).
        self.generic = []

    @property
    def public(self):
        return not self.name.startswith("_")


class Module:
    def __init__(self, name, seed):
        self.name, self.seed = name, seed
        self.docstring = None
        self.header = []        # comment lines, imports, constants (text)
        # A module directive placed outside the header: (where, text), where
        # is "before-def" (between the first decorator and its def, or just
        # before the first def) or "eof" (the last line, no final newline).
        self.directive = None
        self.consts = []        # (name, type, plain, model)
        # A mixed module (docs/language.md §9): the mark on every function
        # ("pyir.compile" or "compile") and ordinary Python around them.
        self.mark = None
        self.fns = []
        self.calls = []         # (fn name, [arg spec], {kw: arg spec})
        # How the module slices views (language.md section 12), drawn per
        # module from the seed: None (never: NumPy arrays, array.array and
        # bytearray reach the extension), "memoryview" (one slice of the
        # first axis; every variant gets memoryview arguments, worker.py)
        # or "numpy" (keys with indices and several items; NumPy
        # arguments, the interpreted runs' OracleArray, worker.py).
        self.slice_mode = None
        # A memoryview-mode module that sliced: rendered with SLICES_MARK.
        self.slices = False
        # A library (another generated Module, named lib_<seed>) whose
        # public functions this module imports (language.md section 10):
        # `from lib_<seed> import ...` of those its functions call.
        self.lib = None
        # `from .lib_<seed> import`: package-relative (worker.py loads the
        # program as PACKAGE.<name>, the library as PACKAGE.lib_<seed>)
        self.lib_relative = False

    def imported_names(self):
        """The library's functions the rendered functions call."""
        if self.lib is None:
            return []
        text = "\n".join("\n".join(render_fn(fn, False)) for fn in self.fns)
        return [f.name for f in self.lib.fns if f.public and
                re.search(r"\b%s\(" % f.name, text)]

    def render(self, model=False):
        out = []
        if self.docstring:
            out.append('"""%s"""' % self.docstring)
        out.extend(self.header)
        names = self.imported_names()
        if names:
            # (the same line in the model: worker.py gives the model the
            # library's model under the library's name)
            out.append("from %s%s import %s" % (
                "." if self.lib_relative else "", self.lib.name,
                ", ".join(names)))
        if model:
            out.append(MODEL_PRELUDE)
        for name, ty, plain, mtxt in self.consts:
            ann = ": Final" if ty == "final" else ""
            out.append("%s%s = %s" % (name, ann, mtxt if model else plain))
        generic = [tv for fn in self.fns for tv in fn.generic]
        if generic:
            out.append("from pyir import TypeVar")
        for tv, cons, _ in generic:
            out.append('%s = TypeVar("%s", %s)' % (tv, tv, ", ".join(cons)))
        out.append("")
        mixed = self.mark and not model
        if mixed:
            out.append(PYTHON_PARTS)
        where, text = self.directive or (None, None)
        decorated = next((f for f in self.fns if f.decorators), None)
        for fn in self.fns:
            out.append("")
            lines = render_fn(fn, model)
            if where == "before-def" and fn is (decorated or self.fns[0]):
                # the decorators, the directive, then the def line
                lines.insert(len(fn.decorators), text)
            if mixed:
                lines.insert(0, "@" + self.mark)
            out.extend(lines)
        if mixed:
            out.append(PYTHON_MAIN)
        if self.slices or (self.lib is not None and self.lib.slices and
                           self.imported_names()):
            out.append(SLICES_MARK)
        if where == "eof":
            return "\n".join(out) + "\n" + text
        return "\n".join(out) + "\n"


#: The last line of a module that slices views: worker.py then passes
#: memoryviews to every variant, which all slice them as CPython's
#: memoryview does (NumPy arrays would slice as NumPy does compiled, and as
#: memoryviews interpreted).
SLICES_MARK = "# fuzz: memoryview arguments"

#: The Python parts of a mixed module, before its functions: what pyirc
#: must leave to the interpreter (a dict and a string with lines in the first
#: column, code-like lines among them, a class, an uncompiled function no
#: compiled one calls).
PYTHON_PARTS = '''
_PY_TABLE = {
"alpha": 1,
    "beta": [2,
3],
}
_PY_TEXT = """not compiled:
@pyir.compile
def _py_fake() -> int:
    return 1
"""


class _PyOnly:
    """Python, not compiled."""

    def __init__(self, k):
        self.k = {"k": [k] * 2}


def _py_helper(x):
    return [_PyOnly(x).k, _PY_TABLE, _PY_TEXT]

'''

#: The end of a mixed module: a block that must not run on import.
PYTHON_MAIN = '''

if __name__ == "__main__":
    print(_py_helper(1))'''


MODEL_PRELUDE = '''
def _chk(v):
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError("%(m)s: int64 overflow")
    return v


def _wrap(v):
    v &= 0xFFFFFFFFFFFFFFFF
    return v - 0x10000000000000000 if v >> 63 else v


def _w64(v):
    if v > 9223372036854775807:
        raise OverflowError("%(m)s: u64 meets int")
    return v


def _ipow(a, b):
    if b < 0:
        if a == 0:
            raise ZeroDivisionError("%(m)s: 0 ** negative")
        raise ValueError("%(m)s: int ** negative int")
    return a ** b


def _fpow(a, b):
    a = float(a)
    # CPython returns a complex for a finite negative base only (-inf ** 0.5
    # is inf)
    if -math.inf < a < 0.0 and math.isfinite(b) and b != math.floor(b):
        raise ValueError("%(m)s: negative ** fractional")
    return a ** b


def _f32pow(a, b):
    r = _fpow(a, b)
    f = f32(r)
    if math.isinf(f) and not math.isinf(r):
        raise OverflowError("%(m)s: f32 ** overflows when rounded")
    return f


def _divmod(a, b):
    q, r = divmod(a, b)
    return _chk(q), r
''' % {"m": MODEL_MARK}


def ann(t):
    if is_view(t):
        return view_ann(t)
    if isinstance(t, tuple) and t[0] == "tuple":
        return "tuple[%s]" % ", ".join(ann(x) for x in t[1])
    if t is None:
        return "None"
    return t


def render_fn(fn, model):
    ctx = (2 if fn.wrap else 1) if model else 0
    lines = ["@%s" % d for d in fn.decorators]
    ps = []
    for name, t in fn.params:
        for tv, _, names in fn.generic:
            if name in names:
                t = ("view", tv) + t[2:] if is_view(t) else tv
        p = "%s: %s" % (name, ann(t))
        if name in fn.defaults:
            p += " = " + fn.defaults[name]
        ps.append(p)
    def spelled(t):   # a generic array function's T[...]
        if is_view(t) and t[1].startswith("~"):
            return ("view", fn.generic[0][0]) + t[2:]
        return t
    ret = fn.ret
    if isinstance(ret, tuple) and ret[0] == "tuple":
        ret = ("tuple", tuple(spelled(t) for t in ret[1]))
    lines.append("def %s(%s) -> %s:" % (fn.name, ", ".join(ps),
                                          ann(spelled(ret))))
    body = render_block(fn.body, 1, ctx)
    lines.extend(body or ["    pass"])
    return lines


def render_block(block, ind, ctx):
    out = []
    for s in block:
        out.extend(render_stmt(s, ind, ctx))
    return out


def render_stmt(s, ind, ctx):
    p = "    " * ind
    k = s.kind
    r = [x.r(ctx) for x in s.e]
    d = s.d
    if k == "assign":
        a = (": " + d["ann"]) if d.get("ann") else ""
        return ["%s%s%s = %s" % (p, d["name"], a, r[0])]
    if k == "tassign":
        return ["%s%s = %s" % (p, ", ".join(d["names"]), ", ".join(r))]
    if k == "tcall":
        rhs = r[0]
        if d.get("divmod") and ctx == 1:
            rhs = "_divmod" + rhs[len("divmod"):]
        return ["%s%s = %s" % (p, ", ".join(d["names"]), rhs)]
    if k == "aug":
        return ["%s%s %s= %s" % (p, d["name"], d["op"], r[0])]
    if k == "augm":   # augmented assignment of a checked int: x = _chk(x op e)
        if ctx:
            f = "_chk" if ctx == 1 else "_wrap"
            if d["op"] == "**":
                return ["%s%s = %s(_ipow(%s, %s))" % (p, d["name"], f,
                                                      d["name"], r[0])]
            return ["%s%s = %s(%s %s %s)" % (p, d["name"], f, d["name"],
                                             d["op"], r[0])]
        return ["%s%s %s= %s" % (p, d["name"], d["op"], r[0])]
    if k == "augf":   # float **= through the model's _fpow
        if ctx and d["op"] == "**":
            return ["%s%s = _fpow(%s, %s)" % (p, d["name"], d["name"], r[0])]
        return ["%s%s %s= %s" % (p, d["name"], d["op"], r[0])]
    if k == "store":
        idx = ", ".join(r[:-1])
        return ["%s%s[%s] %s= %s" % (p, d["view"], idx, d.get("op", ""),
                                     r[-1])]
    if k == "if":
        out = []
        for i, (c, blk) in enumerate(zip(r, s.b)):
            out.append("%s%s %s:" % (p, "if" if i == 0 else "elif", c))
            out.extend(render_block(blk, ind + 1, ctx) or [p + "    pass"])
        if len(s.b) > len(r):
            out.append(p + "else:")
            out.extend(render_block(s.b[-1], ind + 1, ctx) or
                       [p + "    pass"])
        return out
    if k == "while":
        c, lim = d["counter"], d["limit"]
        out = ["%s%s = 0" % (p, c)]
        if d["true"]:
            out.append(p + "while True:")
            out.append("%s    %s += 1" % (p, c))
            out.append("%s    if %s > %d:" % (p, c, lim))
            out.extend(render_block(s.b[2], ind + 2, ctx))
        else:
            cond = "%s < %d" % (c, lim)
            if d["conj"] == "and":
                cond += " and %s" % r[0]
            elif d["conj"] == "or":
                cond += " and (%s or %s)" % (r[0], r[1])
            out.append("%swhile %s:" % (p, cond))
            out.append("%s    %s += 1" % (p, c))
        out.extend(render_block(s.b[0], ind + 1, ctx))
        if s.b[1]:
            out.append(p + "else:")
            out.extend(render_block(s.b[1], ind + 1, ctx))
        return out
    if k == "for":
        out = ["%sfor %s in range(%s):" % (p, d["var"], ", ".join(r))]
        out.extend(render_block(s.b[0], ind + 1, ctx) or [p + "    pass"])
        if s.b[1]:
            out.append(p + "else:")
            out.extend(render_block(s.b[1], ind + 1, ctx))
        return out
    if k == "forview":
        out = ["%sfor %s in %s:" % (p, d["var"], d["view"])]
        out.extend(render_block(s.b[0], ind + 1, ctx) or [p + "    pass"])
        if s.b[1]:
            out.append(p + "else:")
            out.extend(render_block(s.b[1], ind + 1, ctx))
        return out
    if k == "return":
        if not r:
            return [p + "return"]
        return ["%sreturn %s" % (p, ", ".join(r))]
    if k in ("break", "continue", "pass"):
        return [p + k]
    if k == "raise":
        return ['%sraise %s("%s %s")' % (p, d["exc"], MARK, d["msg"])]
    if k == "assert":
        return ['%sassert %s, "%s %s"' % (p, r[0], MARK, d["msg"])]
    raise AssertionError(k)


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

EDGE_INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, -100, 255, 256, 2**31 - 1,
             -2**31, 2**32, 2**53 + 1, 2**62, INT64_MAX, INT64_MIN,
             INT64_MAX - 1, INT64_MIN + 1]
EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.5, -2.5, 0.1, 3.0, 1e16,
               1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308,
               1.5e-310, float(2**53 + 1), float(2**63), -float(2**63),
               math.pi, math.inf, -math.inf, math.nan, 1e-300, 700.0, -745.5]
F32_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 3.4028234663852886e+38,
             1.401298464324817e-45, 1.1754943508222875e-38, math.inf,
             -math.inf, math.nan, 16777216.0, 0.099999994039535522]


class Gen:
    def __init__(self, seed, nfns=60, ncalls=8, avoid=(), prefix="fn",
                 imports=(), slice_mode=False):
        self.seed = seed
        self.avoid = set(avoid)
        self.rng = random.Random(seed)
        self.nfns, self.ncalls = nfns, ncalls
        # A library (generate): its functions are named lf<i>, it returns
        # arrays and is generic more often; the importing module starts
        # with the library's imported functions among those it may call.
        self.prefix = prefix
        self.imports = list(imports)
        self.arrays_rate = 0.15 if prefix == "fn" else 0.4
        self.generic_rate = 0.2 if prefix == "fn" else 0.35
        self.forced_slice_mode = slice_mode

    # -- small helpers ------------------------------------------------------
    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def p(self, prob):
        return self.rng.random() < prob

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def vars_of(self, t):
        return [n for n, ty in self.env.items() if ty == t]

    # -- literals -----------------------------------------------------------
    def int_lit(self, small=False):
        rng = self.rng
        if small or rng.random() < 0.85:
            return E("int", str(rng.randint(-9, 20)))
        v = self.ch(EDGE_INTS)
        if v == INT64_MIN:
            return E("int", "(-9223372036854775807 - 1)")
        return E("int", str(v) if v >= 0 else "(%d)" % v)

    def float_lit(self):
        rng = self.rng
        c = rng.random()
        if c < 0.15:
            return E("float", self.ch(("math.pi", "math.e", "math.tau",
                                       "math.inf", "math.nan",
                                       "(-math.inf)")))
        if c < 0.25:
            # math of constants (folded by compilers: 1 ulp traps)
            f = self.ch(MATH1[:12] + ("cosh", "sinh", "tanh", "atan"))
            arg = self.ch(("10.0", "0.5", "2.0", "1e-3", "3.0", "0.75"))
            return E("float", "math.%s(%s)" % (f, arg))
        v = self.ch(EDGE_FLOATS[:20]) if c < 0.5 else round(
            rng.uniform(-100, 100), rng.randint(0, 4))
        if math.isnan(v) or math.isinf(v):
            v = 1.5
        txt = repr(v)
        if txt.startswith("-"):
            txt = "(%s)" % txt
        return E("float", txt)

    def fixed_lit(self, t, bare=True):
        lo, hi = frange(t)
        rng = self.rng
        c = rng.random()
        if c < 0.6:
            v = rng.randint(0, min(hi, 40))
        elif c < 0.8:
            v = hi
        else:
            v = rng.randint(0, hi)
        if v > INT64_MAX and "u64-literal" in self.avoid:
            v = INT64_MAX
        txt = hex(v) if (v > 255 and self.p(0.5)) else str(v)
        if bare:
            return E(t, txt, bare=True)
        return E(t, "%s(%s)" % (t, txt))

    def f32_lit(self):
        v = f32_round(self.ch(F32_EDGES[:10]) if self.p(0.4) else
                      round(self.rng.uniform(-50, 50), 2))
        if math.isinf(v) or math.isnan(v):
            v = 2.0
        return E("f32", "f32(%r)" % v)

    # -- expressions --------------------------------------------------------
    def ex(self, t, d):
        """A clean expression of type t, depth budget d."""
        if t == "int":
            return self.ex_int(d)
        if t == "float":
            return self.ex_float(d)
        if t == "bool":
            return self.ex_bool(d)
        if t == "f32":
            return self.ex_f32(d)
        if isinstance(t, tuple):
            raise AssertionError(t)
        return self.ex_fixed(t, d)

    def leaf(self, t):
        """A variable, constant, view read or literal of type t."""
        opts = self.vars_of(t)
        consts = [n for n, ty in self.const_types.items() if ty == t]
        c = self.rng.random()
        # a generic scalar parameter, read as an exact float
        gs = [n for n, ty in self.env.items() if ty == "~" + t]
        if gs and c < 0.55 and (not opts or self.p(0.5)):
            return E(t, "%s(%s)" % (t, self.ch(gs)))
        if opts and c < 0.55:
            return E(t, self.ch(opts))
        if consts and c < 0.62:
            return E(t, self.ch(consts))
        if c < 0.8:
            r = self.view_read(t)
            if r is not None:
                return r
        if c < 0.9:
            # a variable of another type, converted
            others = [(n, ty) for n, ty in self.env.items()
                      if ty in SCALARS and ty != t and ty != "bool"]
            if others:
                n, ty = self.ch(others)
                if t == "bool":
                    return E("bool", "(%s > %s)" % (n, "0.5" if ty in (
                        "float", "f32") else "1"))
                if t == "int" and ty == "u64":
                    # A u64 above 2**63 - 1 becoming an int raises, also
                    # where int arithmetic wraps (overflowcheck(False)).
                    return E("int", "int(%s)" % n, m="_w64(int(%s))" % n)
                if t == "int" and ty in FIXED:
                    return E("int", "int(%s)" % n)
                if t == "int":
                    # A float outside int64 raises even where int wraps
                    # (overflowcheck(False)): checked in both models.
                    return E("int", "int(%s)" % n, m="_chk(int(%s))" % n)
                if t == "float":
                    return E("float", "float(%s)" % n)
                return E(t, "%s(%s)" % (t, n))
        if t == "int":
            c2 = self.rng.random()
            views = [n for n, ty in self.env.items() if is_view(ty)]
            if views and c2 < 0.3:
                v = self.ch(views)
                ndim = self.env[v][2]
                c3 = self.rng.random()
                if c3 < 0.4:
                    return E("int", "len(%s)" % v)
                if c3 < 0.8:
                    return E("int", "%s.shape[%d]" % (v, self.rng.randrange(ndim)))
                if c3 < 0.9:
                    return E("int", "%s.strides[%d]" % (
                        v, self.rng.randrange(ndim)))
                return E("int", "%s.ndim" % v)
            return self.int_lit()
        if t == "float":
            return self.float_lit()
        if t == "bool":
            return E("bool", self.ch(("True", "False")))
        if t == "f32":
            return self.f32_lit()
        return self.fixed_lit(t, bare=False)

    def index(self, view, axis, nd):
        """An index expression for axis `axis` of `view`."""
        shape = "%s.shape[%d]" % (view, axis) if nd > 1 or self.p(0.5) \
            else "len(%s)" % view
        loops = [n for n in self.loopvars if self.env.get(n) == "int"]
        if self.safe:
            base = E("int", self.ch(loops)) if loops and self.p(0.6) else \
                self.ex_int(1)
            return E("int", "({0} %% %s)" % shape, [base])
        c = self.rng.random()
        if loops and c < 0.5:
            i = E("int", self.ch(loops))
            c2 = self.rng.random()
            if c2 < 0.6:
                return i
            if c2 < 0.8:
                return E("int", "(%s - 1 - {0})" % shape, [i], chk=True)
            return E("int", "(-1 - {0})", [i], chk=True)
        if c < 0.75:
            return E("int", str(self.rng.randint(-3, 3)))
        # No int % under cdivision(True): C's %, no zero check.
        if c < 0.85 or self.fn.cdiv:
            return E("int", "(%s - 1)" % shape, chk=True)
        return E("int", "({0} %% %s)" % shape, [self.ex_int(1)])

    def view_read(self, t):
        views = [n for n, ty in self.env.items() if is_view(ty) and
                 (ty[1] == t or (t == "float" and ty[1] == "f64") or
                  ty[1] == "~" + t)]
        if not views:
            return None
        v = self.ch(views)
        nd = self.env[v][2]
        idx = [self.index(v, a, nd) for a in range(nd)]
        text = "%s[%s]" % (v, ", ".join("{%d}" % i for i in range(nd)))
        if self.env[v][1].startswith("~"):
            # An element of a generic view, as an exact float or i64 (not
            # int: an int index could be one again, without end): the
            # same value whatever the binding, interpreted or compiled.
            text = "%s(%s)" % (t, text)
        return E(t, text, idx)

    def call_expr(self, t, d):
        """A call of an earlier function returning t (None: none)."""
        mult = 13 ** self.loop_depth
        cands = [f for f in self.done if f.ret == t and
                 (not f.heavy or self.loop_depth == 0) and
                 self.cost + f.cost * mult <= COST_LIMIT]
        if not cands:
            return None
        lib = [f for f in cands if f.imported]
        if lib and self.p(0.4):   # (only modules importing a library)
            cands = lib
        f = self.ch(cands)
        args = self.call_args(f, d)
        if args is None:
            return None
        if f.imported:
            self.fn.imports.add(f.name)
        else:
            self.fn.calls.add(f.name)
        self.fn.heavy = True
        self.cost += f.cost * mult
        return E(t, "%s(%s)" % (f.name, args[0]), args[1])

    def call_args(self, f, d):
        parts, kids = [], []
        kw = False
        for i, (name, pt) in enumerate(f.params):
            if f.recursive and i == 0:
                e = E("int", str(self.rng.randint(0, 4)))
            elif is_view(pt):
                vs = [n for n, ty in self.env.items() if is_view(ty) and
                      ty[1] == pt[1] and ty[2] == pt[2] and
                      (ty[3] or not pt[3])]
                if not vs:
                    return None
                e = E(pt, self.ch(vs))
            else:
                e = self.ex(pt, d - 1)
            if name in f.defaults or kw:
                if name in f.defaults and self.p(0.3):
                    kw = True   # omitted: the rest by keyword
                    continue
                if kw or self.p(0.5):
                    kw = True
                    parts.append("%s={%d}" % (name, len(kids)))
                    kids.append(e)
                    continue
            parts.append("{%d}" % len(kids))
            kids.append(e)
        return ", ".join(parts), kids

    def common(self, t, d):
        """Shared forms: conditional expression, call; None if not chosen."""
        c = self.rng.random()
        if c < 0.06:
            return E(t, "({0} if {1} else {2})",
                     [self.ex(t, d - 1), self.ex_bool(d - 1),
                      self.ex(t, d - 1)])
        if c < 0.12:
            return self.call_expr(t, d)
        return None

    def ex_int(self, d):
        if d <= 0 or self.p(0.3):
            return self.leaf("int")
        e = self.common("int", d)
        if e is not None:
            return e
        rng = self.rng
        c = rng.random()
        sub = lambda: self.ex_int(d - 1)  # noqa: E731
        wrap = self.fn.wrap
        if c < 0.35:
            op = self.ch(("+", "-", "*", "+", "-", "*", "//", "%", "&", "|",
                          "^"))
            if self.fn.cdiv and op in ("//", "%"):
                op = "+"
            if wrap and op in ("//",):
                op = "-"
            if self.p(0.1):
                # two literals: the compiler folds them with the C runtime's
                # own functions (a zero divisor stays a run-time raise)
                return E("int", "({0} %s {1})" % op,
                         [self.int_lit(), self.int_lit()],
                         chk=op in ("+", "-", "*", "//"))
            return E("int", "({0} %s {1})" % op, [sub(), self.divisor(
                "int", d) if op in ("//", "%") else sub()],
                chk=op in ("+", "-", "*", "//"))
        if c < 0.42 and not wrap:
            if self.p(0.85):
                k = str(rng.randint(0, 3)) if self.p(0.9) else self.ch(
                    ("-1", "5"))
                # ** binds tighter than a negative literal's minus
                return E("int", "(({0}) ** %s)" % k, [sub()],
                         m="_ipow({0}, %s)" % k, chk=True)
            # the exponent in [0, 6), by Python's % (C's under cdivision
            # may be negative: a literal there)
            exponent = E("int", str(rng.randint(0, 5))) if self.fn.cdiv \
                else E("int", "({0} % 6)", [sub()])
            return E("int", "pow({0}, {1})", [sub(), exponent],
                     m="_ipow({0}, {1})", chk=True)
        if c < 0.48 and not wrap:
            k = rng.randint(0, 8) if self.p(0.8) else (
                rng.randint(0, 66) if self.p(0.8) else -1)
            return E("int", "({0} << %d)" % k, [sub()], chk=True)
        if c < 0.52:
            return E("int", "({0} >> %d)" % rng.randint(0, 70), [sub()])
        if c < 0.56 and not wrap:
            return E("int", "(-{0})", [sub()], chk=True)
        if c < 0.58:
            return E("int", "(~{0})", [sub()])
        if c < 0.61 and not wrap:
            if self.p(0.4):
                f = self.ch(MATH_INT)
                return E("int", f, [sub() for _ in range(f.count("{"))],
                         chk=True)
            if self.p(0.2):
                # three arguments: an intermediate result outside int64
                # raises (language.md §4), which the model checks too
                f = self.ch(("gcd", "lcm"))
                return E("int", "math.%s({0}, {1}, {2})" % f,
                         [sub(), sub(), sub()],
                         m="math.%s(_chk(math.%s({0}, {1})), {2})" % (f, f),
                         chk=True)
            return E("int", "abs({0})", [sub()], chk=True)
        if c < 0.66:
            f = self.ch(("min", "max"))
            n = rng.randint(2, 3)
            return E("int", "%s(%s)" % (f, ", ".join("{%d}" % i for i in
                                                     range(n))),
                     [sub() for _ in range(n)])
        if c < 0.74 and not wrap:
            if self.p(0.15):
                # of a bool: its int (the frontend once refused it)
                f = self.ch(("math.floor(bool({0}))", "math.ceil(bool({0}))",
                             "math.trunc(bool({0}))"))
                return E("int", f, [self.ex_bool(d - 1)])
            f = self.ch(("int({0})", "round({0})", "math.floor({0})",
                         "math.ceil({0})", "math.trunc({0})"))
            return E("int", f, [self.ex_float(d - 1)], chk=True)
        if c < 0.82:
            # int meets a clean fixed-width value
            ft = self.ch(FIXED)
            x = self.ex_fixed(ft, d - 1)
            if wrap and ft == "u64":
                ft = "u32"
                x = self.ex_fixed(ft, d - 1)
            xm = E("int", "{0}", [x], m="_w64({0})" if ft == "u64" else None)
            op = self.ch(("+", "-", "*", "+"))
            # the int side must not be a literal (a literal meeting a
            # fixed-width value takes its type): a variable, a constant,
            # len()
            atoms = self.vars_of("int") + [
                n for n, ty in self.const_types.items() if ty == "int"] + [
                "len(%s)" % n for n, ty in self.env.items() if is_view(ty)]
            if not atoms:
                return E("int", "int({0})", [x], chk=True)
            a = E("int", self.ch(atoms))
            if self.p(0.5):
                return E("int", "({0} %s {1})" % op, [a, xm], chk=True)
            return E("int", "({0} %s {1})" % op, [xm, a], chk=True)
        if c < 0.86:
            return E("int", "int({0})", [self.ex_bool(d - 1)])
        if c < 0.9 and not wrap:
            ft = self.ch(FIXED)
            return E("int", "int({0})", [self.ex_fixed(ft, d - 1)], chk=True)
        return self.leaf("int")

    def ex_float(self, d):
        if d <= 0 or self.p(0.3):
            return self.leaf("float")
        e = self.common("float", d)
        if e is not None:
            return e
        rng = self.rng
        c = rng.random()
        sub = lambda: self.ex_float(d - 1)  # noqa: E731
        if c < 0.3:
            op = self.ch(("+", "-", "*", "/", "+", "*", "//", "%"))
            a, b = sub(), sub()
            if self.p(0.2):
                a = self.ex_int(d - 1)
            elif self.p(0.15):
                b = self.ex_int(d - 1)
            if op in ("/", "//", "%") and self.p(0.7):
                b = self.divisor("float", d)
            return E("float", "({0} %s {1})" % op, [a, b])
        if c < 0.35:
            # int / int has no zero check under cdivision(True)
            return E("float", "({0} / {1})", [
                self.ex_int(d - 1),
                E("int", "max({0}, 1)", [self.ex_int(d - 2)])
                if self.fn.cdiv else self.ex_int(d - 1)])
        if c < 0.4:
            b = sub() if self.p(0.5) else E("float", self.ch(
                ("2.0", "0.5", "3", "-1", "-2.0", "1.5", "0.0")))
            return E("float", "(({0}) ** {1})", [sub(), b],
                     m="_fpow({0}, {1})")
        if c < 0.55:
            f = self.ch(MATH1)
            return E("float", "math.%s({0})" % f, [sub()])
        if c < 0.62:
            if self.p(0.15):
                # the exponent's edges overflow, underflow and pass C's int
                return E("float", "math.ldexp({0}, {1})", [sub(), self.ex_int(
                    d - 1) if self.p(0.6) else E("int", str(self.ch(
                        (1024, -1075, 2**31, -2**31 - 1, 3, -3))))])
            f = self.ch(MATH2)
            if f == "copysign":
                # The sign of a NaN that arithmetic makes is unspecified
                # (language.md section 4, a deviation: the JIT export's
                # reference folds -math.nan to +nan, campaign seed
                # 31000093023 fn27); copysign alone would show it.
                return E("float", "math.copysign({0}, (0.0 if "
                         "math.isnan({1}) else {1}))", [sub(), sub()])
            return E("float", "math.%s({0}, {1})" % f, [sub(), sub()])
        if c < 0.66:
            return E("float", "(-{0})", [sub()])
        if c < 0.69:
            return E("float", "abs({0})", [sub()])
        if c < 0.74:
            f = self.ch(("min", "max"))
            return E("float", "%s({0}, {1})" % f, [sub(), sub()])
        if c < 0.77:
            return E("float", "round({0}, %d)" % rng.randint(-2, 6), [sub()])
        if c < 0.82:
            return E("float", "float({0})", [self.ex_int(d - 1)])
        if c < 0.87:
            ft = self.ch(FIXED + ("f32",))
            x = self.ex(ft, d - 1)
            if self.p(0.5):
                return E("float", "float({0})", [x])
            return E("float", "({0} %s {1})" % self.ch(("*", "+", "-")),
                     [x, self.float_lit()])
        return self.leaf("float")

    def divisor(self, t, d):
        """A right operand of / // %: mostly nonzero."""
        c = self.rng.random()
        if c < 0.5:
            v = self.rng.choice((1, 2, 3, 7, -1, -2, -3, 10))
            return E(t, ("%d" if t == "int" else "%d.0") % v if v > 0 else
                     ("(%d)" if t == "int" else "(%d.0)") % v)
        if c < 0.8 and t == "int":
            return E("int", "max({0}, 1)", [self.ex_int(d - 1)])
        if c < 0.8:
            return E("float", "({0} + 0.5)", [self.ex_float(d - 1)])
        return self.ex(t, d - 1)

    def ex_bool(self, d):
        if d <= 0 or self.p(0.25):
            return self.leaf("bool")
        e = self.common("bool", d)
        if e is not None:
            return e
        rng = self.rng
        c = rng.random()
        if c < 0.05:
            # tolerances from a negative one (ValueError) to inf
            tol = lambda: self.ex_float(d - 1) if self.p(0.3) else E(  # noqa
                "float", self.ch(("0.0", "1e-09", "0.1", "(-0.5)", "math.inf")))
            if self.p(0.4):
                return E("bool", "math.isclose({0}, {1})",
                         [self.ex_float(d - 1), self.ex_float(d - 1)])
            return E("bool", "math.isclose({0}, {1}, abs_tol={2}, "
                     "rel_tol={3})", [self.ex_float(d - 1),
                                      self.ex_float(d - 1), tol(), tol()])
        if c < 0.45:
            # comparison (chained sometimes) over one kind
            kind = self.ch(("int", "float", "mixed", "fixed", "f32"))
            n = 3 if self.p(0.25) else 2
            if kind == "fixed":
                ft = self.ch(FIXED)
                ops = [self.ex_fixed(ft, d - 1) for _ in range(n)]
                if self.p(0.3):
                    ops[-1] = self.fixed_lit(ft, bare=True)
            elif kind == "mixed":
                ops = [self.ex(self.ch(("int", "float")), d - 1)
                       for _ in range(n)]
            elif kind == "f32":
                ops = [self.ex(self.ch(("f32", "float")), d - 1)
                       for _ in range(n)]
            else:
                ops = [self.ex(kind, d - 1) for _ in range(n)]
            cmps = [self.ch(("<", "<=", ">", ">=", "==", "!="))
                    for _ in range(n - 1)]
            t = "({0}"
            for i, op in enumerate(cmps):
                t += " %s {%d}" % (op, i + 1)
            return E("bool", t + ")", ops)
        if c < 0.6:
            op = self.ch(("and", "or"))
            return E("bool", "({0} %s {1})" % op,
                     [self.ex_bool(d - 1), self.ex_bool(d - 1)])
        if c < 0.7:
            return E("bool", "(not {0})", [self.ex_bool(d - 1)])
        if c < 0.8:
            return E("bool", "bool({0})",
                     [self.ex(self.ch(("int", "float") + FIXED), d - 1)])
        if c < 0.9:
            f = self.ch(("isnan", "isinf", "isfinite"))
            return E("bool", "math.%s({0})" % f, [self.ex_float(d - 1)])
        return self.leaf("bool")

    def ex_f32(self, d):
        if d <= 0 or self.p(0.3):
            return self.leaf("f32")
        e = self.common("f32", d)
        if e is not None:
            return e
        c = self.rng.random()
        if c < 0.35:
            op = self.ch(("+", "-", "*", "/"))
            return E("f32", "f32(({0} %s {1}))" % op,
                     [self.ex_f32(d - 1), self.ex_f32(d - 1)])
        if c < 0.6:
            src = self.ch(("float", "int", "float") + FIXED)
            return E("f32", "f32({0})", [self.ex(src, d - 1)])
        if c < 0.7:
            f = self.ch(("min", "max"))
            return E("f32", "%s({0}, {1})" % f,
                     [self.ex_f32(d - 1), self.ex_f32(d - 1)])
        if c < 0.78:
            # f32 ** f32 is a float power rounded to f32; the rounding may
            # overflow where the float power did not (pyir raises then)
            b = self.ex_f32(d - 1) if self.p(0.5) else E("f32", "f32(%s)" % (
                self.ch(("2.0", "0.5", "3.0", "-1.0", "40.0")),))
            return E("f32", "f32(({0} ** {1}))", [self.ex_f32(d - 1), b],
                     m="_f32pow({0}, {1})")
        return self.leaf("f32")

    def ex_fixed(self, t, d):
        if d <= 0 or self.p(0.3):
            return self.leaf(t)
        e = self.common(t, d)
        if e is not None:
            return e
        rng = self.rng
        c = rng.random()
        w = WIDTH[t]
        if c < 0.35:
            # a conversion of a wrapping expression of a width >= w
            wider = [s for s in FIXED if WIDTH[s] >= w]
            s = self.ch(wider)
            return E(t, "%s({0})" % t, [self.dirty(s, d - 1)])
        if c < 0.5:
            src = self.ch(("int", "int", "float", "bool", "f32") + FIXED)
            return E(t, "%s({0})" % t, [self.ex(src, d - 1)])
        if c < 0.65:
            op = self.ch(("&", "|", "^"))
            b = self.fixed_lit(t) if self.p(0.4) else self.ex_fixed(t, d - 1)
            return E(t, "({0} %s {1})" % op, [self.ex_fixed(t, d - 1), b])
        if c < 0.72:
            return E(t, "({0} >> %d)" % rng.randint(0, w - 1),
                     [self.ex_fixed(t, d - 1)])
        if c < 0.8:
            f = self.ch(("min", "max"))
            return E(t, "%s({0}, {1})" % f,
                     [self.ex_fixed(t, d - 1), self.ex_fixed(t, d - 1)])
        return self.leaf(t)

    def dirty(self, t, d):
        """A possibly wrapping expression of fixed-width type t."""
        if d <= 0 or self.p(0.25):
            return self.ex_fixed(t, d)
        rng = self.rng
        c = rng.random()
        if c < 0.55:
            op = self.ch(("+", "-", "*", "&", "|", "^", "+", "*"))
            b = self.fixed_lit(t) if self.p(0.35) else self.dirty(t, d - 1)
            return E(t, "({0} %s {1})" % op, [self.dirty(t, d - 1), b],
                     clean=False)
        if c < 0.65:
            return E(t, "({0} << %d)" % rng.randint(0, WIDTH[t] - 1),
                     [self.dirty(t, d - 1)], clean=False)
        if c < 0.72:
            return E(t, "(%s{0})" % self.ch(("-", "~")),
                     [self.dirty(t, d - 1)], clean=False)
        if c < 0.82 and not self.fn.cdiv:
            op = self.ch(("//", "%"))
            b = self.fixed_lit(t) if self.p(0.4) else self.ex_fixed(t, d - 1)
            return E(t, "({0} %s {1})" % op, [self.ex_fixed(t, d - 1), b],
                     clean=False)
        if c < 0.92:
            # clean S op clean S' giving t
            others = [s for s in FIXED if s != t and combine(s, t) == t]
            if others:
                s = self.ch(others)
                a, b = self.ex_fixed(s, d - 1), self.ex_fixed(t, d - 1)
                if self.p(0.5):
                    a, b = b, a
                return E(t, "({0} %s {1})" % self.ch(("+", "-", "*", "^")),
                         [a, b], clean=False)
        return self.ex_fixed(t, d)

    # -- statements ---------------------------------------------------------
    def block(self, n, depth):
        """A list of about n statements at nesting depth `depth`."""
        out = []
        scope = dict(self.env)
        for _ in range(n):
            out.extend(self.stmt(depth))
        # names first assigned in this block are not visible after it
        if depth > 0:
            self.env = {k: v for k, v in self.env.items() if k in scope}
        return out

    def new_var(self, t, d=3):
        name = self.fresh("v")
        e = self.ex(t, d)
        a = None
        if t in FIXED + ("f32",) and self.p(0.3):
            a = t
        elif t == "float" and self.p(0.15):
            a = self.ch(("float", "f64"))
        elif t == "int" and self.p(0.1):
            a = "int"
        s = S("assign", [e], name=name, ann=a, defines=(name,))
        self.env[name] = t
        return [s]

    def assignable(self):
        return [n for n, t in self.env.items() if not is_view(t) and
                n not in self.loopvars and n not in self.readonly]

    def stmt(self, depth):
        self.cost += 13 ** self.loop_depth
        rng = self.rng
        c = rng.random()
        types = ("int", "int", "float", "float", "bool", "f32") + FIXED
        if c < 0.22 or not self.assignable():
            return self.new_var(self.ch(types))
        if c < 0.34:
            v = self.ch(self.assignable())
            return [S("assign", [self.ex(self.env[v], 3)], name=v)]
        if c < 0.44:
            return self.aug()
        if c < 0.48:
            st = self.view_swap() if self.p(0.25) else None
            return st or self.swap()
        if c < 0.52:
            st = self.slice_stmt()
            if st:
                return st
        if c < 0.55:
            st = self.store()
            if st:
                return st
        if depth < 3:
            if c < 0.65:
                return [self.if_stmt(depth)]
            if c < 0.76:
                return self.for_stmt(depth)
            if c < 0.81:
                return [self.while_stmt(depth)]
            if c < 0.84:
                st = self.forview(depth)
                if st:
                    return st
        if self.loop_depth and self.break_ok[-1] and c < 0.9:
            return [self.guarded(S(self.ch(("break", "continue"))), depth)]
        if c < 0.94:
            return [self.guarded(self.ret_stmt(), depth)]
        if c < 0.95:
            return [self.guarded(S("raise", exc=self.ch(EXCS),
                                   msg=self.fresh("m")), depth)]
        if c < 0.955:
            return [S("assert", [self.ex_bool(2)], msg=self.fresh("a"))]
        # (a tuple holding a generic array function's T[...]: its binding
        # is the call's, not a type of the caller)
        t = self.ch([f.ret for f in self.done if isinstance(f.ret, tuple)
                     and f.ret[0] == "tuple" and not any(
                         is_view(x) and x[1].startswith("~")
                         for x in f.ret[1])] or [None])
        if t is not None and (self.loop_depth == 0):
            call = self.call_expr(t, 2)
            if call is not None:
                names = []
                for et in t[1]:
                    n = self.fresh("v")
                    names.append(n)
                sts = [S("tcall", [call], names=names, defines=names)]
                for n, et in zip(names, t[1]):
                    self.env[n] = et
                return sts
        if self.p(0.2):
            f = self.ch(("frexp", "modf"))
            x = self.ex_float(2)
            m, e = self.fresh("v"), self.fresh("v")
            self.env[m] = "float"
            self.env[e] = "int" if f == "frexp" else "float"
            return [S("tcall", [E(("tuple", ("float", self.env[e])),
                                  "math.%s({0})" % f, [x])],
                      names=[m, e], defines=(m, e))]
        if self.p(0.5) and not (self.fn.wrap or self.fn.cdiv):
            a, b = self.ex_int(2), self.ex_int(2)
            q, r = self.fresh("v"), self.fresh("v")
            self.env[q] = self.env[r] = "int"
            return [S("tcall", [E(("tuple", ("int", "int")),
                                  "divmod({0}, {1})", [a, b])],
                      names=[q, r], divmod=True, defines=(q, r))]
        return self.new_var(self.ch(types))

    def aug(self):
        v = self.ch(self.assignable())
        t = self.env[v]
        if t == "int":
            op = self.ch(("+", "-", "*", "//", "%", "&", "|", "^", "<<",
                          ">>", "**"))
            if self.fn.cdiv and op in ("//", "%"):
                op = "+"
            if self.fn.wrap and op in ("//", "<<", "**"):
                op = "-"
            if op in ("<<", ">>"):
                e = E("int", str(self.rng.randint(0, 64)))
            elif op == "**":
                e = E("int", str(self.rng.randint(0, 3)))
            elif op in ("//", "%"):
                e = self.divisor("int", 2)
            else:
                e = self.ex_int(2)
            if op in ("&", "|", "^", ">>", "%"):
                return [S("aug", [e], name=v, op=op)]
            return [S("augm", [e], name=v, op=op)]
        if t == "float":
            op = self.ch(("+", "-", "*", "/", "//", "%", "**"))
            e = self.ex(self.ch(("float", "float", "int")), 2)
            if op in ("/", "//", "%") and self.p(0.7):
                e = self.divisor("float", 2)
            return [S("augf", [e], name=v, op=op)]
        if t in FIXED:
            op = self.ch(("&", "|", "^"))
            e = self.ex_fixed(t, 2) if self.p(0.6) else self.fixed_lit(t)
            return [S("aug", [e], name=v, op=op)]
        return [S("assign", [self.ex(t, 2)], name=v)]

    def swap(self):
        names = self.assignable()
        by = {}
        for n in names:
            by.setdefault(self.env[n], []).append(n)
        pairs = [(t, ns) for t, ns in by.items() if len(ns) >= 2]
        if not pairs:
            return self.aug()
        t, ns = self.ch(pairs)
        a, b = self.rng.sample(ns, 2)
        if "swap" in self.avoid:
            return self.aug()
        if t == "int" and self.p(0.6):
            # a, b = b, a + b (Fibonacci: block-argument copies)
            rhs = [E(t, b), E("int", "({0} + {1})", [E(t, a), E(t, b)],
                              chk=True)]
        elif t == "float" and self.p(0.6):
            rhs = [E(t, b), E("float", "({0} * 0.5 + {1})",
                              [E(t, a), E(t, b)])]
        else:
            rhs = [E(t, b), E(t, a)]
        return [S("tassign", rhs, names=[a, b])]

    def view_swap(self):
        """`a, b = b, a` of two view locals of one type, or in a module that
        slices `a, b = b[k:], a[::2]` (language.md section 11: all of the
        value is read before any target is bound; each keeps its view)."""
        if "view-swap" in self.avoid:
            return None
        by = {}
        for n, t in self.env.items():
            if is_view(t) and not t[1].startswith("~") and \
                    n not in self.readonly and n not in self.loopvars:
                by.setdefault(t, []).append(n)
        pairs = [(t, ns) for t, ns in sorted(by.items()) if len(ns) >= 2]
        if not pairs:
            return None
        t, ns = self.ch(pairs)
        a, b = self.rng.sample(ns, 2)
        if self.slice_mode is not None and not t[3] and self.p(0.5):
            if self.slice_mode == "memoryview":
                self.module_obj.slices = True
            keys = ("1:", ":-1", "::2", "::-1", "1::2", "2:0")
            rhs = [E(t, "%s[%s]" % (b, self.ch(keys))),
                   E(t, "%s[%s]" % (a, self.ch(keys)))]
        else:
            rhs = [E(t, b), E(t, a)]
        return [S("tassign", rhs, names=[a, b])]

    def slice_part(self, step=False):
        """A bound or step of a slice: absent, a literal (out of range ones
        clamp), an int expression, or an extreme."""
        c = self.rng.random()
        if c < 0.35:
            return None
        if step:
            if c < 0.85 or self.safe:
                return E("int", str(self.ch((1, 2, 3, -1, -2, -3))))
            if c < 0.97 and not self.fn.cdiv:  # no int % under cdivision
                return E("int", "({0} % 3 + 1)", [self.ex_int(1)])
            return E("int", "0")  # ValueError, compiled and interpreted
        if c < 0.75:
            return E("int", str(self.rng.randint(-6, 6)))
        if c < 0.93:
            return self.ex_int(1)
        return E("int", self.ch(("9223372036854775807",
                                 "-9223372036854775807 - 1", "2**40")))

    def slice_stmt(self):
        """A slice of a view (language.md section 12) bound to a new view
        local, declared strided so that any view of its element type and
        rank can rebind it; or an existing slice local rebound (to a slice,
        of itself too, or to another view: pyir.view_ref). In a
        memoryview-mode module the key is one slice of the first axis: what
        every variant's memoryview arguments slice alike (the module then
        passes memoryviews everywhere); in a NumPy-mode module it is often
        a key of several items (multi_key_stmt). None in a module that does
        not slice (Module.slice_mode)."""
        mode = self.slice_mode
        if mode is None:
            return None
        views = [n for n, t in self.env.items() if is_view(t) and
                 not t[1].startswith("~")]
        mod = self.module_obj
        if not views:
            return None
        if mode == "memoryview":
            mod.slices = True
        # Bias towards the function's strided view result: a slice returned
        # (of a view of its rank, or with NumPy keys of a higher rank).
        ret = self.fn.ret
        fits = [n for n in views if is_view(ret) and not ret[3] and
                self.env[n][1] == ret[1] and (
                    self.env[n][2] == ret[2] or
                    (mode == "numpy" and self.env[n][2] > ret[2]))]
        # and, with NumPy keys, towards slicing a slice local again (a row
        # of a slice: subviews of subviews)
        again = [n for n in views if n in self.slicelocals and
                 self.env[n][2] > 1]
        want = None
        if fits and self.p(0.8):
            v = self.ch(fits)
            want = ret[2]
        elif mode == "numpy" and again and self.p(0.35):
            v = self.ch(again)
        else:
            v = self.ch(views)
        _, elem, nd, _ = self.env[v]
        if mode == "numpy" and (nd > 1 and self.p(0.7) or
                                want is not None and want < nd):
            return self.multi_key_stmt(v, want)
        t = ("view", elem, nd, False)
        same = [n for n in self.slicelocals if n in self.env and
                self.env[n] == t and n not in self.readonly]
        if same and self.p(0.15):
            # b = a: another reference to a view of the same type
            others = [n for n, ty in self.env.items() if is_view(ty) and
                      ty[:3] == t[:3] and n != same[0]]
            if others and self.p(0.3):
                # a conditional expression choosing a view
                return [S("assign", [E(t, "(%s if {0} else %s)" % (
                    self.ch(others), self.ch(others)), [self.ex_bool(1)])],
                    name=self.ch(same))]
            if others:
                return [S("assign", [E(t, self.ch(others))],
                          name=self.ch(same))]
        parts = [self.slice_part(), self.slice_part(),
                 self.slice_part(step=True)]
        kids = [x for x in parts if x is not None]
        texts, k = [], 0
        for x in parts:
            if x is None:
                texts.append("")
            else:
                texts.append("{%d}" % k)
                k += 1
        key = "%s:%s" % (texts[0], texts[1])
        if parts[2] is not None:
            key += ":" + texts[2]
        e = E(t, "%s[%s]" % (v, key), kids)
        return self.bind_slice(e, t, same)

    def bind_slice(self, e, t, same=None):
        """`e` (a slice of type t) bound to a new view local, or now and
        then rebinding a slice local of its type."""
        if same is None:
            same = [n for n in self.slicelocals if n in self.env and
                    self.env[n] == t and n not in self.readonly]
        if same and self.p(0.4):
            return [S("assign", [e], name=self.ch(same))]
        name = self.fresh("w")
        self.env[name] = t
        self.slicelocals.add(name)
        return [S("assign", [e], name=name, ann=view_ann(t),
                  defines=(name,))]

    def key_index(self, v, axis):
        """An index of a key (language.md section 12: checked whatever the
        directives; out of range raises IndexError): a small literal, a
        loop variable, one reduced into the axis, the last, or now and
        then far out. No calls: check_gen reads keys by their commas."""
        shape = "%s.shape[%d]" % (v, axis)
        loops = [n for n in self.loopvars if self.env.get(n) == "int"]
        ints = [n for n, ty in self.env.items() if ty == "int"]
        c = self.rng.random()
        if loops and c < 0.3:
            return E("int", self.ch(loops))
        if c < 0.6:
            return E("int", str(self.rng.randint(-3, 3)))
        if c < 0.8 and ints and not self.fn.cdiv:
            # (int % of an extent 0 raises ZeroDivisionError, as in Python)
            return E("int", "(%s %% %s)" % (self.ch(ints), shape))
        if c < 0.95:
            return E("int", "(%s - 1)" % shape, chk=True)
        return E("int", self.ch(("9223372036854775807", "-4", "7")))

    def slice_item(self):
        """One slice of a key as text and kids: `:`, `a:b`, `::s`, ..."""
        parts = [self.slice_part(), self.slice_part(),
                 self.slice_part(step=True) if self.p(0.5) else None]
        kids = [x for x in parts if x is not None]
        texts, k = [], 0
        for x in parts:
            texts.append("" if x is None else "{%d}" % k)
            k += x is not None
        key = "%s:%s" % (texts[0], texts[1])
        if parts[2] is not None:
            key += ":" + texts[2]
        return key, kids

    def multi_key_stmt(self, v, want=None):
        """A key of NumPy's basic slicing, as the frontend takes it
        (language.md section 12): one item per axis at most, each an int
        index (the axis goes) or a slice; the axes after the key whole.
        `m[i]`, `m[i, :]`, `m[:, j]`, `m[a:b, ::2]`, `t[i, 1:, j]`. The
        result has rank `want` (a returned slice) or any rank from 1 to the
        view's, and is declared strided. Only in NumPy-mode modules:
        memoryviews refuse such keys (NotImplementedError, TypeError)."""
        _, elem, nd, _ = self.env[v]
        r = want if want is not None else self.rng.randint(1, nd)
        nidx = nd - r
        k = self.rng.randint(max(nidx, 1), nd)
        if nidx == 0 and k == 1 and nd > 1:
            k = 2       # one slice of the first axis is the other path
        where = set(self.rng.sample(range(k), nidx))
        texts, kids = [], []
        for a in range(k):
            if a in where:
                ix = self.key_index(v, a)
                texts.append("{%d}" % len(kids))
                kids.append(ix)
            else:
                key, ks = self.slice_item()
                texts.append(key.format(*["{%d}" % (len(kids) + j)
                                          for j in range(len(ks))]))
                kids.extend(ks)
        t = ("view", elem, r, False)
        e = E(t, "%s[%s]" % (v, ", ".join(texts)), kids)
        return self.bind_slice(e, t)

    def store(self):
        views = [n for n, t in self.env.items() if is_view(t) and
                 not t[1].startswith("~")]
        if not views:
            return None
        v = self.ch(views)
        _, elem, nd, _ = self.env[v]
        idx = [self.index(v, a, nd) for a in range(nd)]
        et = "float" if elem == "f64" else elem
        if et == "float" and self.p(0.4):
            op = self.ch(("+", "-", "*"))
            return [S("store", idx + [self.ex_float(2)], view=v, op=op)]
        if et in FIXED and self.p(0.3):
            op = self.ch(("^", "|", "&"))
            return [S("store", idx + [self.ex_fixed(et, 2)], view=v, op=op)]
        return [S("store", idx + [self.ex(et, 2)], view=v)]

    def guarded(self, s, depth):
        """`s` (a return, break, continue or raise) under an `if`; now and
        then alone, so that the statements after it in its block are dead
        code (which must still compile)."""
        if "dead-code" not in self.avoid and self.p(0.03):
            return s
        return S("if", [self.ex_bool(2)], [[s]])

    def ret_stmt(self):
        t = self.fn.ret
        if t is None:
            return S("return")
        if is_view(t) and self.fn.tuple_wrap:
            # a tuple holding the array function's views (language.md s. 11)
            return S("return", [self.ret_view(t) if x == "V" else
                                self.ex(x, 3) for x in self.fn.tuple_wrap])
        if is_view(t):
            return S("return", [self.ret_view(t)])
        if isinstance(t, tuple):
            return S("return", [self.ex(x, 3) for x in t[1]])
        return S("return", [self.ex(t, 3)])

    def ret_view(self, t):
        """A view of the result type t to return."""
        # a contiguous view passes where a strided one is declared
        vs = [n for n, ty in self.env.items() if ty == t or
              (is_view(ty) and ty[:3] == t[:3] and ty[3] and not t[3])]
        # a slice local half the time there is one (language.md s. 12)
        sl = [n for n in vs if n in self.slicelocals]
        if sl and self.p(0.8):
            vs = sl
        return E(t, self.ch(vs))

    def if_stmt(self, depth):
        n = self.rng.randint(1, 3)
        conds, blocks = [], []
        for _ in range(n):
            conds.append(self.ex_bool(3))
            blocks.append(self.block(self.rng.randint(1, 3), depth + 1))
        if self.p(0.5):
            blocks.append(self.block(self.rng.randint(1, 3), depth + 1))
        return S("if", conds, blocks)

    def loop_body(self, depth, n=None, break_ok=True):
        self.loop_depth += 1
        self.break_ok.append(break_ok)
        b = self.block(n or self.rng.randint(1, 4), depth + 1)
        self.break_ok.pop()
        self.loop_depth -= 1
        return b

    def bound(self):
        """A small range bound."""
        c = self.rng.random()
        if c < 0.35:
            return E("int", str(self.rng.randint(-2, 12)))
        if c < 0.6:
            views = [n for n, ty in self.env.items() if is_view(ty)]
            if views:
                v = self.ch(views)
                if self.p(0.5):
                    return E("int", "len(%s)" % v)
                return E("int", "%s.shape[%d]" % (
                    v, self.rng.randrange(self.env[v][2])))
        return E("int", "min({0}, %d)" % self.rng.randint(3, 12),
                 [self.ex_int(2)])

    def for_stmt(self, depth):
        out = []
        if self.p(0.3):
            var = self.fresh("k")
            out.append(S("assign", [E("int", "-1")], name=var,
                         defines=(var,)))
            self.env[var] = "int"
            visible_after = True
        else:
            var = self.fresh("j")
            visible_after = False
        c = self.rng.random()
        if c < 0.35:
            args = [self.bound()]
        elif c < 0.65:
            args = [E("int", "max({0}, -20)", [self.ex_int(1)])
                    if self.p(0.4) else E("int", str(self.rng.randint(-3, 4))),
                    self.bound()]
        else:
            step = self.ch((1, 2, 3, -1, -1, -2, -3))
            lo = self.bound()
            hi = E("int", str(self.rng.randint(-3, 3)))
            if step < 0:
                lo, hi = hi, lo
                lo, hi = hi, lo
                computed = self.p(0.1) and not self.fn.cdiv  # Python's %
                args = [lo, hi, E("int", str(step))] if not computed else \
                    [lo, hi, E("int", "(-1 - ({0} % 3))", [self.ex_int(1)])]
            else:
                args = [hi, lo, E("int", str(step))]
        counter = self.counter_start(out)
        self.env[var] = "int"
        self.loopvars[var] = True
        tri = self.trip_product(var)
        body = self.loop_body(depth)
        self.loopvars.pop(var, None)
        if tri:
            self.env.pop(tri.d["name"], None)
            body.insert(0, tri)
        if counter:
            body.insert(self.rng.randint(0, len(body)),
                        self.counter_step(counter))
        if not visible_after:
            self.env.pop(var, None)
        els = self.block(self.rng.randint(1, 2), depth + 1) \
            if self.p(0.2) else []
        out.append(S("for", args, [body, els], var=var))
        self.fn.heavy = True
        return out

    def trip_product(self, var):
        """Sometimes `triN = (j + o) * (j + o + 1) // 2 + j` first in a loop
        body, o an enclosing loop variable or a literal: the optimiser
        versions such products on the loops' trip counts (unchecked when
        every bound is at most 2**k)."""
        if not self.p(0.2):
            return None
        outer = [n for n in self.loopvars
                 if n != var and self.env.get(n) == "int"]
        j = E("int", var)
        o = E("int", self.ch(outer)) if outer and self.p(0.7) else \
            E("int", str(self.rng.randint(0, 3)))
        total = E("int", "({0} + {1})", [j, o], chk=True)
        product = E("int", "({0} * {1})",
                    [total, E("int", "({0} + 1)", [total], chk=True)],
                    chk=True)
        name = self.fresh("tri")
        self.env[name] = "int"
        return S("assign", [E("int", "{0} // 2 + {1}", [product, j],
                              chk=True)], name=name, defines=(name,))

    def counter_start(self, out):
        """Sometimes a loop counter (`cntN = 0` before the loop, `cntN +=
        1` in it, perhaps under an `if`: the optimiser proves that such a
        counter cannot overflow from the loop's trip count); started near
        the ends of int64 or stepped by 2**62, it must still raise."""
        if not self.p(0.25):
            return None
        name = self.fresh("cnt")
        start = self.ch(("0", "0", "0", "5", "-3", "9223372036854775806",
                         "-9223372036854775807"))
        out.append(S("assign", [E("int", start)], name=name,
                     defines=(name,)))
        self.env[name] = "int"
        return name

    def counter_step(self, name):
        step = self.ch(("1", "1", "1", "2", "-1", "4611686018427387904"))
        op = "+"
        if step == "-1" or self.p(0.2):
            op, step = "-", step.lstrip("-")
        st = S("augm", [E("int", step)], name=name, op=op)
        if self.p(0.6):
            st = S("if", [self.ex_bool(2)], [[st]])
        return st

    def forview(self, depth):
        views = [n for n, ty in self.env.items() if is_view(ty) and
                 ty[2] == 1 and not ty[1].startswith("~")]
        if not views:
            return None
        v = self.ch(views)
        var = self.fresh("x")
        et = self.env[v][1]
        self.env[var] = "float" if et == "f64" else et
        self.readonly.add(var)
        body = self.loop_body(depth)
        self.env.pop(var, None)
        els = self.block(1, depth + 1) if self.p(0.2) else []
        self.fn.heavy = True
        return [S("forview", [], [body, els], var=var, view=v)]

    def while_stmt(self, depth):
        c = self.fresh("c")
        self.env[c] = "int"
        self.readonly.add(c)
        lim = self.rng.randint(0, 12)
        self.fn.heavy = True
        if self.p(0.3):
            # while True: left by break (or return) once the counter is up
            ex = [self.ret_stmt() if self.p(0.3) else S("break")]
            body = self.loop_body(depth)
            return S("while", [], [body, [], ex], counter=c, limit=lim,
                     true=True)
        conj = self.ch(("and", "or")) if self.p(0.6) else None
        cond = [self.ex_bool(2)] if conj else []
        if conj == "or":
            cond.append(self.ex_bool(2))
        body = self.loop_body(depth)
        els = self.block(1, depth + 1) if self.p(0.2) else []
        return S("while", cond, [body, els], counter=c, limit=lim,
                 true=False, conj=conj)

    # -- functions ----------------------------------------------------------
    def rand_type(self, ret=False):
        c = self.rng.random()
        if c < 0.25:
            return "int"
        if c < 0.45:
            return "float"
        if c < 0.52:
            return "bool"
        if c < 0.6:
            return "f32"
        return self.ch(FIXED)

    def rand_view(self):
        elem = self.ch(VIEW_ELEMS)
        nd = self.ch((1, 1, 1, 2, 2, 3, 4))
        return ("view", elem, nd, self.p(0.35))

    def function(self, idx):
        rng = self.rng
        recursive = self.p(0.08)
        public = not self.p(0.15)
        name = ("%s%d" % (self.prefix, idx)) if public else \
            ("_%s%d" % (self.prefix, idx))
        params = []
        if recursive:
            params.append(("depth", "int"))
        for j in range(rng.randint(0, 4)):
            t = self.rand_view() if self.p(0.3) else self.rand_type()
            params.append(("p%d" % j, t))
        c = rng.random()
        if c < 0.1:
            ret = None
        elif c < 0.25:
            ret = ("tuple", tuple(self.rand_type() for _ in
                                  range(rng.randint(2, 3))))
        else:
            ret = self.rand_type()
        if recursive and ret is None:
            ret = "int"
        # Now and then a function returning a new array (language.md
        # section 10), decided by a random stream of its own (seed, index).
        arrays = random.Random(self.seed * 15485863 + idx)
        if "arrays" not in self.avoid and not recursive and \
                arrays.random() < self.arrays_rate:
            name = "%s%d" % (self.prefix, idx)
            ret = ("view", arrays.choice(VIEW_ELEMS),
                   arrays.choice((1, 1, 2, 2, 3, 4)), arrays.random() < 0.7)
            if arrays.random() < 0.3:  # a view for empty_like
                params.append(("p%d" % len(params),
                               ("view",) + ret[1:3] + (arrays.random() < 0.3,)))
        else:
            arrays = None
        fn = Fn(name, params, ret)
        fn.recursive = recursive
        # defaults on trailing scalar parameters
        for pname, t in reversed(params):
            if is_view(t) or t in ("int",) and pname == "depth" or \
                    t == "f32" or not self.p(0.3):
                break
            fn.defaults[pname] = self.default_text(t)
        # directives
        if self.module_safe:
            fn.safe_index = True
        if self.p(0.1):
            fn.decorators.append("boundscheck(False)")
            fn.safe_index = True
        if self.p(0.1):
            fn.decorators.append("wraparound(False)")
            fn.safe_index = True
        if self.p(0.06) and not fn.safe_index:
            fn.decorators.append("cdivision(True)")
            fn.cdiv = True
        if self.p(0.06):
            fn.decorators.append("overflowcheck(False)")
            fn.wrap = True
        if self.p(0.05):
            fn.decorators.append(self.ch(("nogil", "nogil(True)")))
        if self.p(0.08):
            fn.decorators.append(self.ch(("inline", "inline(True)")))
        self.fn = fn
        self.safe = fn.safe_index
        self.env = dict(params)
        self.slicelocals = set()
        self.readonly = set(n for n, _ in params)
        if self.p(0.5):
            self.readonly = {"depth"} | {n for n, t in params if is_view(t)}
        if arrays is None:
            self.make_generic(fn, idx)
        else:  # an array function's T is its result's
            self.make_generic_array(fn, idx)
        # Now and then an array function returns its views in a tuple
        # (language.md section 11), decided by a stream of its own.
        fn.tuple_wrap = None
        if arrays is not None and "tuple-views" not in self.avoid:
            tw = random.Random(self.seed * 104729 + idx * 31 + 5)
            if tw.random() < 0.35:
                fn.tuple_wrap = tw.choice((("V", "int"), ("int", "V"),
                                           ("V", "V"), ("float", "V", "bool")))
        self.loopvars = {}
        self.loop_depth = 0
        self.break_ok = [False]
        self.cost = 0
        body = []
        if recursive:
            base = self.ret_stmt()
            body.append(S("if", [E("bool", "(depth <= 0)")], [[base]]))
            rcall = E(ret, "%s(depth - 1%s)" % (name, "".join(
                ", {%d}" % i for i in range(len(params) - 1))),
                [E(t, n) for n, t in params[1:]])
            if isinstance(ret, tuple):
                names = [self.fresh("v") for _ in ret[1]]
                body.append(S("tcall", [rcall], names=names, defines=names))
                for n, t in zip(names, ret[1]):
                    self.env[n] = t
            else:
                v = self.fresh("v")
                body.append(S("assign", [rcall], name=v, defines=(v,)))
                self.env[v] = ret
        if arrays is not None:
            body.extend(self.allocation(arrays, fn.ret))
            if self.slice_mode and not fn.ret[3] and self.p(0.7):
                # a slice to return (strided results are rare: 30% of 15%)
                body.extend(self.slice_stmt() or [])
        body.extend(self.block(rng.randint(3, 10), 0))
        # ending
        c = rng.random()
        if "end-return" in self.avoid:
            c = 1.0
        if fn.ret is not None and c < 0.15:
            conds = [self.ex_bool(2) for _ in range(rng.randint(1, 2))]
            blocks = [[self.ret_stmt()] for _ in range(len(conds) + 1)]
            body.append(S("if", conds, blocks))
        elif fn.ret is not None and c < 0.22:
            cnt = self.fresh("c")
            self.env[cnt] = "int"
            self.readonly.add(cnt)
            inner = self.loop_body(0, rng.randint(1, 3), break_ok=False)
            body.append(S("while", [], [inner, [], [self.ret_stmt()]],
                          counter=cnt, limit=rng.randint(0, 9), true=True))
        elif fn.ret is not None or self.p(0.5):
            body.append(self.ret_stmt())
        fn.body = body
        if fn.tuple_wrap:
            fn.ret = ("tuple", tuple(fn.ret if x == "V" else x
                                     for x in fn.tuple_wrap))
        fn.heavy = fn.heavy or recursive
        fn.cost = self.cost * (6 if recursive else 1)
        return fn

    def allocation(self, rs, t):
        """`a = zeros(shape, T)`, `empty(shape, T)` or `empty_like(p)` for
        the view result type `t`, drawn from `rs`; an `empty` array is
        filled at once by loops over every element (reading an unwritten
        element is unspecified, language.md section 10). Extents are small,
        or `p % 5 - 1` of an int parameter (-1 raises ValueError)."""
        _, elem, nd, _ = t
        a = self.fresh("arr")
        ints = [n for n, ty in self.env.items() if ty == "int"]
        likes = [n for n, ty in self.env.items() if is_view(ty) and
                 ty[1] == elem and ty[2] == nd]

        # Only the first extent may be 0 (or -1): without NumPy a memoryview
        # cannot have a zero extent after the first axis (section 10), and
        # the interpreted runs allocate memoryviews.
        def extent(low):
            if ints and rs.random() < 0.4:
                p = rs.choice(ints)
                if self.fn.cdiv:
                    # C's % of a negative p (language.md section 5) would
                    # make a negative extent the model does not predict.
                    if low:
                        return "min(max(%s, -%d), 3)" % (p, rs.choice((0, 1)))
                    return "min(max(%s, 1), 3)" % p
                if low:
                    return "%s %% 5 - %d" % (p, rs.choice((0, 1)))
                return "%s %% 4 + 1" % p
            return str(rs.choice((0, 1, 2, 3) if low else (1, 2, 3)))
        shape = [extent(k == 0) for k in range(nd)]
        text = shape[0] if nd == 1 and rs.random() < 0.5 else \
            "(%s%s)" % (", ".join(shape), "," if nd == 1 else "")
        c = rs.random()
        # A generic result: the type variable is the element type, and
        # T(x) stores values every binding holds exactly.
        tv = self.fn.generic[0][0] if elem.startswith("~") else elem
        if likes and c < 0.2:
            call = "empty_like(%s)" % rs.choice(likes)
        elif c < 0.6:
            call = "empty(%s, %s)" % (text, tv)
        else:
            call = "zeros(%s, %s)" % (text, tv)
        vt = ("view", elem, nd, True)
        out = [S("assign", [E(vt, call)], name=a, defines=(a,))]
        if not call.startswith("zeros"):
            if elem.startswith("~"):
                value = "%s(%s)" % (tv, repr(rs.choice((0.5, -1.25, 3.0)))
                                    if elem == "~float" else rs.randint(0, 100))
            elif elem == "f64":
                value = repr(rs.choice((0.5, -1.25, 3.0, 1e300)))
            elif elem == "f32":
                value = "f32(%r)" % rs.choice((0.5, -1.25, 3.0))
            else:
                value = "%s(%d)" % (elem, rs.randint(0, 300))
            idx = [self.fresh("ix") for _ in range(nd)]  # not i8, i16
            et = "float" if elem in ("f64", "~float") else \
                "i64" if elem == "~i64" else elem
            inner = [S("store", [E("int", v) for v in idx] + [E(et, value)],
                       view=a)]
            for k in reversed(range(nd)):
                inner = [S("for", [E("int", "%s.shape[%d]" % (a, k))],
                           [inner, []], var=idx[k])]
            out.extend(inner)
            self.cost += 4 ** nd
        self.env[a] = vt
        self.readonly.add(a)
        return out

    def make_generic_array(self, fn, idx):
        """Now and then makes an array function generic over its result's
        element type (language.md sections 8 and 11): T = TypeVar over it
        and others of its family, its view parameters of that element
        annotated T[...], the result T[...] and the array pyir.empty(...,
        T) (the interpreted binding comes from the arguments). Its own
        random stream."""
        rng = random.Random((self.seed * 7919 + 3) * 1009 + idx)
        _, elem, nd, contig = fn.ret
        if rng.random() >= 0.5 or not any(
                is_view(t) and t[1] == elem for _, t in fn.params):
            return
        fam = self.view_type_var(fn, "T%d" % idx, elem, rng)
        if fam is not None:
            fn.ret = ("view", "~" + fam, nd, contig)

    def make_generic(self, fn, idx):
        """Now and then makes `fn` generic (language.md section 8), over
        its first view parameter's element type: T = TypeVar over it and
        one or two others of its family (floats; integers but u64), the
        view parameters of that element annotated T[...] and read only
        through float()/i64() (exact for every binding), never written or
        iterated; or, without views, over a scalar `int`/`float` parameter
        without a default: T = TypeVar over int and float, the parameter
        read only as float(p) and never assigned. Sometimes a second type
        variable, over another scalar or the views of another element
        family (two constraints). Its own random stream: the other
        decisions stay as they were."""
        rng = random.Random((self.seed * 7919 + 2) * 1009 + idx)
        views = [t for _, t in fn.params if is_view(t)]
        scalars = [n for n, t in fn.params if t in ("int", "float") and
                   n != "depth" and n not in fn.defaults]
        if (not views and not scalars) or rng.random() >= self.generic_rate:
            return
        if not views:
            self.make_scalar_type_var(fn, "T%d" % idx, scalars[0], rng)
        else:
            elem = views[0][1]
            fam = self.view_type_var(fn, "T%d" % idx, elem, rng)
            if fam is None:
                return
        if rng.random() >= 0.35:
            return
        taken = {n for _, _, names in fn.generic for n in names}
        free = [n for n in scalars if n not in taken]
        others = [t[1] for t in views if t[1] != "u64" and
                  self.family(t[1]) != self.family(views[0][1])]
        if others and (not free or rng.random() < 0.5):
            self.view_type_var(fn, "U%d" % idx, others[0], rng, 2)
        elif free:
            self.make_scalar_type_var(fn, "U%d" % idx, free[0], rng)

    @staticmethod
    def family(elem):
        return "float" if elem in ("f32", "f64") else "i64"

    def make_scalar_type_var(self, fn, tv, name, rng):
        cons = ["int", "float"]
        rng.shuffle(cons)
        fn.generic.append((tv, cons, [name]))
        self.env[name] = "~float"
        self.readonly.add(name)

    def view_type_var(self, fn, tv, elem, rng, most=3):
        """A type variable over the views of element `elem`; their family,
        or None (u64: no family)."""
        if elem in ("f32", "f64"):
            cons = ["f32", "f64"]
        elif elem != "u64":
            others = [x for x in FIXED if x not in (elem, "u64")]
            cons = [elem] + rng.sample(others, rng.randint(1, most - 1))
        else:
            return None
        fam = self.family(elem)
        rng.shuffle(cons)
        names = [n for n, t in fn.params if is_view(t) and t[1] == elem]
        fn.generic.append((tv, cons, names))
        for n in names:
            self.env[n] = ("view", "~" + fam) + self.env[n][2:]
        return fam

    def default_text(self, t):
        if t == "int":
            return str(self.rng.randint(-5, 9))
        if t == "float":
            return self.ch(("0.5", "1.0", "-2.25", "0.0"))
        if t == "bool":
            return self.ch(("True", "False"))
        if t == "f32":
            return "1.5" if self.p(0.5) else "0.25"
        return str(self.rng.randint(0, 9))

    # -- module -------------------------------------------------------------
    def slice_of(self):
        """The module's slicing mode, from a stream of its own."""
        sl = random.Random(self.seed * 31 + 7).random()
        return (None if sl >= 0.5 or "slices" in self.avoid else
                "numpy" if sl < 0.25 else "memoryview")

    def module(self, name="fz"):
        rng = self.rng
        self.counter = 0
        m = Module(name, self.seed)
        self.module_obj = m
        # Slicing per module, from a stream of its own (language.md section
        # 12): half of the modules never slice, so that NumPy arrays of every
        # layout, array.array and bytearray still reach the extension; a
        # quarter slices NumPy arrays with keys of several items (and
        # first-axis slices, and memoryview arguments now and then), a
        # quarter slices through memoryviews only (docs/Fuzzing.md).
        self.slice_mode = m.slice_mode = self.slice_of()
        if self.forced_slice_mode is not False:   # a library: its importer's
            self.slice_mode = m.slice_mode = self.forced_slice_mode
        self.module_safe = self.p(0.08)
        if self.p(0.5):
            m.docstring = "Generated by utils/fuzz/gen.py, seed %d." % \
                self.seed
        hdr = []
        if self.module_safe or self.p(0.3):
            flags = self.ch(("boundscheck=False, wraparound=False",
                             "boundscheck=False", "wraparound=False"))
            if not self.module_safe:
                flags = "boundscheck=True"
            comment = "# pyir: " + flags
            # a directive comment, sometimes after line 5, between a
            # decorator and its def, or on the last line without a newline
            # (its own random stream: the program's stays as it was)
            if self.p(0.4) or "late-comment" in self.avoid:
                hdr.append(comment)
            else:
                where = random.Random(self.seed * 7919 + 1).choice(
                    ("late", "late", "before-def", "eof"))
                if where == "late":
                    hdr.extend(["# generated", "#", "#", "#", "#", comment])
                else:
                    m.directive = (where, comment)
        hdr.append("import math")
        # A mixed module sometimes (its own random stream: the program's
        # stays as it was).
        mixed = random.Random(self.seed * 104729 + 3)
        if "mixed" not in self.avoid and mixed.random() < 0.25:
            m.mark = mixed.choice(("pyir.compile", "compile"))
            hdr.append("import pyir" if m.mark == "pyir.compile" else
                       "from pyir import compile")
        hdr.append("from typing import Final")
        hdr.append("from pyir import (i8, i16, i32, i64, u8, u16, u32, u64, "
                   "f32, f64, boundscheck, wraparound, cdivision,\n"
                   "                  overflowcheck, nogil, inline, empty, "
                   "zeros, empty_like)")
        m.header = hdr
        self.const_types = {}
        for j in range(rng.randint(0, 4)):
            cname = "K%d" % j
            c = rng.random()
            if c < 0.3:
                txt, t = str(rng.randint(-100, 1000)), "int"
            elif c < 0.45 and "const-pow" not in self.avoid:
                txt, t = "2.0 ** 53", "float"
            elif c < 0.6 and "K0" in self.const_types and \
                    self.const_types["K0"] == "int":
                txt, t = "K0 * 3 + 1", "int"
            elif c < 0.75:
                txt, t = repr(round(rng.uniform(-10, 10), 3)), "float"
            else:
                txt, t = "1 << 40", "int"
            final = self.p(0.3)
            m.consts.append((cname, "final" if final else t, txt, txt))
            self.const_types[cname] = t
        self.done = list(self.imports)
        for i in range(self.nfns):
            fn = self.function(i)
            self.done.append(fn)
            m.fns.append(fn)
        for fn in m.fns:
            if fn.public:
                for k in range(self.ncalls):
                    m.calls.append(self.arg_set(fn, k))
        return m

    # -- arguments ----------------------------------------------------------
    def scalar_arg(self, t):
        rng = self.rng
        if t == "int":
            if self.p(0.5):
                return rng.randint(-20, 30)
            return self.ch(EDGE_INTS)
        if t == "float":
            if self.p(0.6):
                return self.ch(EDGE_FLOATS)
            return rng.uniform(-1e3, 1e3) * 10.0 ** rng.randint(-5, 5)
        if t == "bool":
            return self.p(0.5)
        if t == "f32":
            if self.p(0.5):
                return self.ch(F32_EDGES)
            return f32_round(rng.uniform(-100, 100))
        lo, hi = frange(t)
        c = rng.random()
        if c < 0.3:
            return self.ch((lo, hi, 0, 1, hi - 1, lo + 1))
        if c < 0.6:
            return rng.randint(max(lo, -20), min(hi, 40))
        return rng.randint(lo, hi)

    def view_arg(self, t):
        _, elem, nd, contig = t
        rng = self.rng
        if nd == 1:
            shape = [rng.choice((0, 1, 2, 3, 5, 8, 9))]
        elif nd == 2:
            shape = [rng.randint(0, 4), rng.randint(1, 4)]
        else:
            shape = [rng.randint(1, 3) for _ in range(nd)]
        size = 1
        for s in shape:
            size *= s
        data = [self.scalar_arg("float" if elem == "f64" else elem)
                for _ in range(size)]
        kinds = ["numpy", "numpy", "memoryview"]
        if self.slice_mode == "numpy":
            # Compiled code slices only NumPy arrays and memoryviews (a
            # documented TypeError otherwise, section 12); a memoryview
            # refuses keys of several items, in both runs alike.
            kinds = ["numpy"] * 7 + (
                [] if "mv-keys" in self.avoid else ["memoryview"])
        elif nd == 1:
            kinds.append("array")
            if elem == "u8":
                kinds.append("bytearray")
        layouts = ["c", "c"] + (["rows"] if nd >= 2 else []) + \
            ([] if contig else ["step", "neg", "fortran"])
        kind = self.ch(kinds)
        layout = "c" if kind in ("array", "bytearray") else self.ch(layouts)
        return ("view", elem, shape, kind, layout, data)

    def arg_set(self, fn, k=0):
        """The arguments of call `k` of `fn`; for a generic function, its
        views have the element type of specialisation k % n (every
        specialisation is called: 10 calls, at most 9 specialisations)."""
        args, kw = [], {}
        for i, (pname, t) in enumerate(fn.params):
            # Call k reaches specialisation k (mod their number): the
            # first variable varies fastest.
            j = k
            for _, cons, names in fn.generic:
                if pname in names:
                    b = cons[j % len(cons)]
                    t = ("view", b) + t[2:] if is_view(t) else b
                j //= len(cons)
            if fn.recursive and i == 0:
                v = self.rng.randint(-1, 5)
            elif is_view(t):
                v = self.view_arg(t)
            else:
                v = self.scalar_arg(t)
            if pname in fn.defaults and self.p(0.3):
                continue
            if pname in fn.defaults or (self.p(0.1) and not kw):
                kw[pname] = v
            elif kw:
                kw[pname] = v
            else:
                args.append(v)
        return (fn.name, args, kw)


def calls_text(m):
    """The argument sets as a Python literal (floats bit exact)."""
    return "CALLS = %s\n" % fmt_value(m.calls)


def fmt_value(v):
    if isinstance(v, float):
        if math.isnan(v):
            return "NAN"
        if math.isinf(v):
            return "INF" if v > 0 else "-INF"
        return repr(v)
    if isinstance(v, (list, tuple)):
        inner = ", ".join(fmt_value(x) for x in v)
        if isinstance(v, tuple):
            return "(%s%s)" % (inner, "," if len(v) == 1 else "")
        return "[%s]" % inner
    if isinstance(v, dict):
        return "{%s}" % ", ".join("%r: %s" % (k, fmt_value(x))
                                  for k, x in v.items())
    return repr(v)


def load_calls(text):
    ns = {"NAN": math.nan, "INF": math.inf}
    exec(text, ns)  # noqa: S102 - our own literal file
    return ns["CALLS"]


#: Features that --avoid can turn off (known compiler bugs, so that a
#: campaign is not dominated by one of them while it is being fixed).
AVOIDABLE = ("const-pow", "late-comment", "u64-literal", "end-return",
             "swap", "dead-code", "mixed", "slices", "mv-keys", "tuple-views",
             "view-swap", "imports")


#: The synthetic package worker.py loads a program importing its library
#: package-relative in (`from .lib_<seed> import`): PACKAGE.fz and
#: PACKAGE.lib_<seed>, both files in one directory (pyirc reads the library
#: beside the importer; the package root, and so the library's absolute
#: name, is that directory: it has no __init__.py).
PACKAGE = "fzpkg"

#: The share of the programs that are not mixed modules and import a
#: library (language.md section 10): about 30% of all programs.
LIB_RATE = 0.4
LIB_STREAM = (7927, 5)


def library_of(seed, avoid=()):
    """Does the program of `seed` import a library? Its own random stream
    (the other programs stay as they were); never a mixed module (a
    compiled function of a mixed module cannot call an imported one)."""
    if "imports" in avoid:
        return False
    mixed = "mixed" not in avoid and \
        random.Random(seed * 104729 + 3).random() < 0.25
    return not mixed and random.Random(seed * LIB_STREAM[0] + LIB_STREAM[1]).random() < LIB_RATE


def generate(seed, nfns=60, ncalls=8, name="fz", avoid=()):
    if not library_of(seed, avoid):
        return Gen(seed, nfns, ncalls, avoid).module(name)
    # A library (a smaller module, seed of its own, the importer's slicing
    # mode: its arguments are the importer's views) whose public
    # functions the program may call like its own.
    lib_seed = seed * 7907 + 13
    lib = Gen(lib_seed, max(3, nfns // 5), 0, set(avoid) | {"mixed"},
              prefix="lf", slice_mode=Gen(seed, avoid=avoid).slice_of()).module(
                  "lib_%d" % seed)
    imports = []
    for fn in lib.fns:
        if fn.public and not is_view(fn.ret):
            fn.imported = True
            imports.append(fn)
    m = Gen(seed, nfns, ncalls, avoid, imports=imports).module(name)
    m.lib = lib
    # half of them import it package-relative (`from .lib_<seed> import`)
    m.lib_relative = random.Random(seed * 7927 + 6).random() < 0.5
    return m


def write(m, directory):
    os.makedirs(directory, exist_ok=True)
    files = {m.name + ".py": m.render(False),
             m.name + "_model.py": m.render(True),
             m.name + "_calls.py": calls_text(m)}
    if m.lib is not None:
        # the library and its model (worker.py imports the one or the
        # other under the library's name)
        files[m.lib.name + ".py"] = m.lib.render(False)
        files[m.lib.name + "_model.py"] = m.lib.render(True)
    for fname, text in files.items():
        with open(os.path.join(directory, fname), "w") as f:
            f.write(text)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--functions", type=int, default=60)
    ap.add_argument("--calls", type=int, default=8)
    ap.add_argument("--name", default="fz")
    ap.add_argument("-o", "--out", help="directory (default: print the "
                    "program on stdout)")
    ap.add_argument("--avoid", default="",
                    help="comma-separated features not to generate: " +
                    ", ".join(AVOIDABLE))
    ap.add_argument("--model", action="store_true",
                    help="print the model instead of the program")
    opts = ap.parse_args()
    m = generate(opts.seed, opts.functions, opts.calls, opts.name,
                 [x for x in opts.avoid.split(",") if x])
    if opts.out:
        write(m, opts.out)
    else:
        sys.stdout.write(m.render(opts.model))


if __name__ == "__main__":
    main()
