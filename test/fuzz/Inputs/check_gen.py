"""Tests of the program generator (utils/fuzz/gen.py).

    check_gen.py SEED COUNT

* determinism: generating each seed twice gives the same bytes (program,
  model, argument sets), in this process and in a fresh interpreter;
  different seeds give different programs;
* validity: every generated program runs interpreted (CPython, with the
  pyir package) on all its argument sets with no error a valid program
  cannot raise (NameError, UnboundLocalError, TypeError outside the
  program's own raise statements, falling off the end of a function with
  a return type, a call that does not terminate), and the model agrees
  with the program except where it raises a documented deviation
  (run.compare's "generator" findings);
* coverage: across the seeds, every construct of docs/language.md the
  generator claims (docs/Fuzzing.md) appears in the programs.
Prints one line per check; exits 1 on any failure.
"""
import ast
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..",
                                    ".."))
sys.path.insert(0, os.path.join(ROOT, "utils", "fuzz"))
import gen  # noqa: E402
import run  # noqa: E402

#: construct -> regular expression over the program text
CONSTRUCTS = {
    "int param": r"\w+: int\b", "float param": r"\w+: float\b",
    "bool": r": bool\b|-> bool", "f32": r"f32\(", "f64 annotation": r"f64\b",
    "i8": r"\bi8\(", "i16": r"\bi16\(", "i32": r"\bi32\(",
    "i64": r"\bi64\(", "u8": r"\bu8\(", "u16": r"\bu16\(",
    "u32": r"\bu32\(", "u64": r"\bu64\(",
    "1-D view": r"\[:\]", "2-D view": r"\[:, :\]|\[:, ::1\]",
    "3-D view": r"\[:, :, (:|::1)\]", "4-D view": r"\[:, :, :, (:|::1)\]",
    "contiguous view": r"::1\]", "view write": r"\w+\[[^\]]+\] [-+*^|&]?= ",
    "negative index": r"\w+\[-\d", "len": r"len\(", "shape": r"\.shape\[\d\]",
    "ndim": r"\.ndim", "for over view": r"for x\d+ in \w+:",
    "tuple return": r"-> tuple\[", "tuple swap": r"\w+, \w+ = \w+, \(\w+ \+ \w+\)",
    "range 1 arg": r"in range\([^,()]*(\([^()]*\))?[^,()]*\):",
    "range 3 args negative step": r"in range\(.*, \(?-\d\)?\):",
    "while": r"while c\d+ < \d+:", "while and": r"while c\d+ < \d+ and ",
    "while or": r"while c\d+ < \d+ and \(.* or ",
    "while True": r"while True:", "break": r"\bbreak\b",
    "loop counter": r"\bcnt\d+ [-+]= \d+\n",
    "trip-count product": r"\btri\d+ = \(\(\w+ \+ \w+\) \* ",
    "continue": r"\bcontinue\b", "loop else": r"^\s+else:\n",
    "elif": r"\belif\b", "conditional expression": r" if .* else ",
    "and": r" and ", "or": r" or ", "not": r"\(not ",
    "chained comparison": r"\(\S+ (<|<=|>|>=|==|!=) [^()]+ (<|<=|>|>=|==|!=) ",
    "keyword argument": r"\w+\(.*\bp\d=", "default": r"p\d: \w+ = ",
    "recursion": r"depth - 1", "private function": r"def _fn\d+",
    "math function": r"math\.(sqrt|exp|log|sin|cos|atan2|hypot|fmod)\(",
    "math of constant": r"math\.\w+\(\d", "math constant": r"math\.(pi|e|tau|inf|nan)\b",
    "int()": r"\bint\(", "float()": r"\bfloat\(", "bool()": r"\bbool\(",
    "round": r"\bround\(", "divmod": r"divmod\(", "pow": r"\bpow\(",
    "**": r"\*\* ", "<<": r" << ", ">>": r" >> ", "//": r" // ", "%": r" % ",
    "raise": r"raise \w+Error\(", "assert": r"^\s+assert ",
    "boundscheck": r"@boundscheck\(False\)", "wraparound": r"@wraparound\(False\)",
    "cdivision": r"@cdivision\(True\)", "overflowcheck": r"@overflowcheck\(False\)",
    "nogil": r"@nogil", "inline": r"@inline",
    "pyir comment": r"^# pyir: ", "pyir comment after line 5": None,
    "pyir comment between a decorator and its def":
        r"^@.*\n# pyir: .*\ndef ",
    "pyir comment on the last line, no final newline": None,
    "module constant expression": r"^K\d+(: Final)? = (2\.0 \*\* 53|K0 \* 3|math\.|1 << )",
    "Final": r"^K\d+: Final = ", "u64 literal": r"18446744073709551615|0xffffffffffffffff",
    "augmented assignment": r"\w+ (\+|-|\*|//|%|\*\*|&|\||\^|<<|>>)= ",
    "annotated local": r"v\d+: \w+ = ", "abs/min/max": r"\b(abs|min|max)\(",
    "isnan/isinf/isfinite": r"math\.is(nan|inf|finite)\(",
    "math.floor/ceil/trunc of a bool": r"math\.(floor|ceil|trunc)\(bool\(",
    "-> None": r"-> None:",
    "generic function (TypeVar)": r'^T\d+ = TypeVar\("T\d+", ',
    "generic function, two type variables": r'^U\d+ = TypeVar\("U\d+", ',
    "generic array result (empty/zeros of T)": r"(empty|zeros)\([^\n]*, T\d+\)",
    "generic view parameter": r"\bp\d: T\d+\[",
    "generic scalar parameter": r"\bp\d: T\d+[,)]",
    "int op of two literals (folded)":
        r"\((\(-?\d+\)|-?\d+) (\+|-|\*|//|%|&|\||\^) (\(-?\d+\)|-?\d+)\)",
    "mixed module (@pyir.compile)": r"^import pyir\n(.|\n)*^@pyir\.compile\n",
    "mixed module (@compile)": r"^from pyir import compile\n(.|\n)*^@compile\n",
    # Arrays out (language.md section 10).
    "pyir.empty, filled": r"= empty\(.*\n\s*for ix\d+ in range\(arr\d+\.shape\[0\]\)",
    "pyir.zeros (tuple shape)": r"= zeros\(\(",
    "pyir.empty_like": r"= empty_like\(p\d+\)",
    "view result": r"-> [iuf]\d+\[[:, ]*(::1)?\]:",
    "returned array local": r"return arr\d+\n",
    # Views as values (language.md section 12).
    "slice local": r"w\d+: [iuf]\d+\[[:, ]*\] = \w+\[[^\]]*:[^\]]*\]\n",
    "slice, negative step": r"\w+\[[^\]]*:[^\]]*:-\d\]",
    "slice rebound": r"^\s+w\d+ = \w+\[[^\]]*:",
    "view local bound to a view": r"^\s+w\d+ = \w+\n",
    "conditional expression choosing a view":
        r"^\s+w\d+ = \(\w+ if .* else \w+\)\n",
    "returned slice local": r"return w\d+\n",
    "strides": r"\.strides\[\d\]",
    # Keys of several items and indices (NumPy-mode modules; item texts
    # hold no comma or colon of their own but in calls).
    "key: an index (m[i], a row or a plane)":
        r"^\s+w\d+(: [^=\n]+)? = \w+\[[^:\n]*\]\n",
    "key: an index, then a slice (m[i, :])":
        r"^\s+w\d+(: [^=\n]+)? = \w+\[[^:,\n]+, [^\n]*:[^\n]*\]\n",
    "key: a slice, then an index (m[:, j])":
        r"^\s+w\d+(: [^=\n]+)? = \w+\[[^,\n]*:[^,\n]*, [^:,\n]+\]\n",
    "key: two slices (m[a:b, ::2])":
        r"^\s+w\d+(: [^=\n]+)? = \w+\[[^,\n]*:[^,\n]*, [^,\n]*:[^,\n]*\]\n",
    "key: three items (3-D and 4-D views)":
        r"^\s+w\d+(: [^=\n]+)? = \w+\[[^,\n]+, [^,\n]+, [^,\n]+\]\n",
    "key of several items of a slice local":
        r"^\s+w\d+(: [^=\n]+)? = w\d+\[[^\n]*, [^\n]*\]\n",
    "code after return/break/continue":
        r"^( +)(return|break|continue)\b.*\n\1[^\s]",
}

# How modules slice (gen.Module.slice_mode, a stream of its own per seed)
# and which arguments then reach the extension: a module slicing through
# memoryviews gives every variant memoryviews (worker.py), so NumPy arrays,
# array.array and bytearray reach it only from the other modules.
def _statements(block):
    """Every statement of a block, nested ones too."""
    for st in block:
        yield st
        for b in st.b:
            yield from _statements(b if isinstance(b, list) else [b])


def _args(m):
    for _, args, kw in m.calls:
        for v in list(args) + list(kw.values()):
            if isinstance(v, tuple) and v and v[0] == "view":
                yield v


def _imported_calls(m):
    """(library function, call expression) of every call of a function
    imported from the module's library (gen.Module.lib)."""
    if m.lib is None:
        return
    lib = {f.name: f for f in m.lib.fns if f.imported}
    for fn in m.fns:
        for e in expressions(fn.body):
            mt = re.match(r"(lf\d+)\(", e.t)
            if mt and mt.group(1) in lib:
                yield lib[mt.group(1)], e


def _raises(fn):
    return any(st.kind == "raise" for st in _statements(fn.body))


def _unpacked_imports(m, with_view):
    """Tuple results of imported functions unpacked (a, b = lf3(...))."""
    lib = {f.name for f in m.lib.fns} if m.lib else set()
    return any(st.kind == "tcall" and re.match(r"lf\d+\(", st.e[0].t) and
               st.e[0].t.split("(")[0] in lib and
               any(gen.is_view(x) for x in st.e[0].ty[1]) == with_view
               for f in m.fns for st in _statements(f.body))


MODULE_CONSTRUCTS = {
    # Imports between compiled modules (language.md section 10): a
    # library module whose public functions the program calls.
    "program importing a library (from lib_<seed> import ...)":
        lambda m: m.lib is not None and re.search(
            r"^from lib_\d+ import lf\d+", m.render(False), re.M),
    "package-relative import of a library (from .lib_<seed> import ...)":
        lambda m: m.lib is not None and re.search(
            r"^from \.lib_\d+ import lf\d+", m.render(False), re.M),
    "imported scalar function called":
        lambda m: any(not isinstance(f.ret, tuple)
                      for f, _ in _imported_calls(m)),
    "imported function's scalar tuple unpacked":
        lambda m: _unpacked_imports(m, False),
    "imported array function's view unpacked":
        lambda m: _unpacked_imports(m, True),
    "imported function taking a view":
        lambda m: any(any(gen.is_view(t) for _, t in f.params)
                      for f, _ in _imported_calls(m)),
    "imported generic function":
        lambda m: any(f.generic for f, _ in _imported_calls(m)),
    "imported function raising":
        lambda m: any(_raises(f) for f, _ in _imported_calls(m)),
    "imported function called with a keyword argument":
        lambda m: any(re.search(r"\w=\{", e.t)
                      for _, e in _imported_calls(m)),
    "imported recursive function":
        lambda m: any(f.recursive for f, _ in _imported_calls(m)),

    "module that never slices": lambda m: m.slice_mode is None,
    "module slicing through memoryviews (SLICES_MARK)":
        lambda m: m.slices and gen.SLICES_MARK in m.render(False),
    "module slicing NumPy arguments (keys of several items)":
        lambda m: m.slice_mode == "numpy",
    "memoryview argument of a NumPy-slicing module":
        lambda m: m.slice_mode == "numpy" and any(
            v[3] == "memoryview" for v in _args(m)),
    "returned slice local of a NumPy-slicing module":
        lambda m: m.slice_mode == "numpy" and re.search(
            r"return w\d+\n", m.render(False)),
    # Tuples holding views (language.md section 11).
    "tuple result holding a view":
        lambda m: re.search(r"-> tuple\[[^\n]*\w\[[:, 1]+\][^\n]*\]:",
                            m.render(False)),
    "tuple result holding two views":
        lambda m: any(f.tuple_wrap == ("V", "V") for f in m.fns),
    "views unpacked from a call's tuple":
        lambda m: any(st.kind == "tcall" and any(
            gen.is_view(x) for x in st.e[0].ty[1])
            for f in m.fns for st in _statements(f.body)),
    "view swap (a, b = b, a)":
        lambda m: any(st.kind == "tassign" and gen.is_view(st.e[0].ty) and
                      st.e[0].t == st.d["names"][1]
                      for f in m.fns for st in _statements(f.body)),
    "view slide (a, b = b[k:], a[k:])":
        lambda m: any(st.kind == "tassign" and gen.is_view(st.e[0].ty) and
                      "[" in st.e[0].t
                      for f in m.fns for st in _statements(f.body)),
}
for _layout in ("fortran", "step", "neg", "rows", "c"):
    MODULE_CONSTRUCTS["NumPy argument to the extension, layout " + _layout] = (
        lambda m, lay=_layout: m.slice_mode != "memoryview" and any(
            v[3] == "numpy" and v[4] == lay for v in _args(m)))
for _kind in ("array", "bytearray"):
    MODULE_CONSTRUCTS[_kind + " argument to the extension"] = (
        lambda m, k=_kind: m.slice_mode != "memoryview" and any(
            v[3] == k for v in _args(m)))

# constructs seen in the model's rendering (where the program's text does
# not tell them apart)
MODEL_CONSTRUCTS = {
    "f32 ** (rounding may overflow)": r"_f32pow\(",
}


def expressions(block):
    """Every expression (gen.E) of a block of statements, nested ones too."""
    for st in block:
        for e in st.e:
            yield from e.walk()
        for b in st.b:
            yield from expressions(b if isinstance(b, list) else [b])


def model_rules():
    """The model's helpers agree with CPython wherever language.md has no
    deviation: -inf ** 0.5 is inf in CPython, and the model once raised
    its 'negative ** fractional' deviation there, hiding an OverflowError
    that the compiled code rightly raised later (campaign seed 804002427
    fn25). Returns failure strings."""
    ns = {"math": math}
    exec(gen.MODEL_PRELUDE, ns)  # noqa: S102 - our own text
    failures = []
    for a, b in [(-math.inf, 0.5), (-math.inf, -0.5), (-math.inf, 3.0),
                 (-math.inf, math.inf), (-2.0, 3.0), (2.0, 0.5),
                 (-0.0, 0.5), (-2.0, math.inf)]:
        try:
            if ns["_fpow"](a, b) != a ** b:
                failures.append("model: _fpow(%r, %r)" % (a, b))
        except ValueError:
            failures.append("model: _fpow(%r, %r) raised" % (a, b))
    try:
        ns["_fpow"](-2.0, 0.5)
        failures.append("model: _fpow(-2.0, 0.5) did not raise")
    except ValueError:
        pass
    return failures


def runner_rules():
    """The runner's validity check: where int wraps (overflowcheck(False))
    the interpreted program may leave the model's path and fail there
    (campaign seed 6004018019 fn15: `i64(2**63 - 1) + K0` grew past int64,
    took a loop, and a negative ** fractional made a complex that int()
    refused); only the model's own failure is an invalid program. Returns
    failure strings."""
    failures = []
    for wrap, plain, model, flagged in [
            (True, ["exc", "TypeError", "", "complex"], ["ok", ["1"]], False),
            (True, ["exc", "TypeError", "", "t"], ["exc", "TypeError", "",
                                                   "t"], True),
            (False, ["exc", "TypeError", "", "t"], ["ok", ["1"]], True),
            # a memoryview argument given a key of an index and a slice
            # (language.md section 12): a valid program's TypeError
            (False, ["exc", "TypeError", "", run.MEMORYVIEW_KEY_ERROR],
             ["exc", "TypeError", "", run.MEMORYVIEW_KEY_ERROR], False)]:
        m = gen.Module("m", 0)
        fn = gen.Fn("fn0", [], "int")
        fn.wrap = wrap
        m.fns, m.calls = [fn], [("fn0", [], {})]
        findings, stats = [], {"calls": 0, "deviations": 0}
        run.compare(m, {"plain": {0: [plain, []]}, "model": {0: [model, []]}},
                    ["plain", "model"], findings, stats)
        got = any("invalid program" in f["detail"] for f in findings)
        if got != flagged:
            failures.append("runner: wrap=%s plain %r model %r: invalid "
                            "program %s" % (wrap, plain, model,
                                            "reported" if got else "missed"))
    return failures


def main():
    seed0, count = int(sys.argv[1]), int(sys.argv[2])
    failures = model_rules() + runner_rules()
    texts, models = [], []
    for s in range(seed0, seed0 + count):
        a, b = gen.generate(s, 40, 4), gen.generate(s, 40, 4)
        ta = (a.render(False), a.render(True), gen.calls_text(a))
        tb = (b.render(False), b.render(True), gen.calls_text(b))
        if ta != tb:
            failures.append("seed %d: two generations differ" % s)
        texts.append(ta[0])
        models.append(ta[1])
    # a fresh interpreter (another hash seed) gives the same bytes
    out = subprocess.run(
        [sys.executable, os.path.join(ROOT, "utils", "fuzz", "gen.py"),
         str(seed0), "--functions", "40", "--calls", "4"],
        capture_output=True, text=True,
        env=dict(os.environ, PYTHONHASHSEED="12345")).stdout
    if out != texts[0]:
        failures.append("seed %d: gen.py in a fresh process differs" % seed0)
    if len(set(texts)) != len(texts):
        failures.append("different seeds gave the same program")
    print("determinism: %d seeds checked" % count)

    # validity: interpreted runs, model vs program
    cfg = run.Config(levels=[], ref=False)
    calls = 0
    with tempfile.TemporaryDirectory() as tmp:
        for s in range(seed0, seed0 + count):
            m = gen.generate(s, 40, 4)
            stats, findings = run.run_module(cfg, m, os.path.join(
                tmp, str(s)))
            calls += len(m.calls)
            for f in findings:
                failures.append("seed %d: %s (%s): %s" % (
                    s, f["detail"], f.get("function"),
                    f.get("output", "")[:300]))
    print("validity: %d programs, %d calls run interpreted and modelled"
          % (count, calls))

    # shapes that once made a wrong model or an invalid program (campaign
    # findings, issue #10): a negative literal as the base of ** (it
    # parses as -(a ** b)); an int % under cdivision(True), C's % (of a
    # view extent, which may be 0; pow's exponent `x % 6`, a range step
    # `-1 - x % 3` or a new array's extent, which may be negative); int / int by a maybe-zero int
    # under cdivision(True), which has no zero check
    for s, text in zip(range(seed0, seed0 + count), texts):
        if re.search(r"[(\s]-\d[\d.e]* \*\*", text):
            failures.append("seed %d: a negative literal base of **" % s)
    for s in range(seed0, seed0 + count):
        mod = gen.generate(s, 40, 4)
        for fn in mod.fns + (mod.lib.fns if mod.lib else []):
            # (also an allocation's extent: campaign seed 14000042004,
            # `zeros((p3 % 5 - 1,), f64)` with p3 = -2 under cdivision)
            if fn.cdiv and any((e.ty == "int" or e.t.startswith(
                    ("zeros(", "empty("))) and " % " in e.t.replace(
                    "%%", "%") for e in expressions(fn.body)):
                failures.append("seed %d: int %% under cdivision in %s"
                                % (s, fn.name))
            # (the sign of a NaN arithmetic makes is unspecified,
            # language.md section 4: copysign must not show it; campaign
            # seed 31000093023 fn27, copysign(3.0, log2(-math.nan)))
            if any("copysign(" in e.t and "math.isnan({1})" not in e.t
                   for e in expressions(fn.body)):
                failures.append("seed %d: copysign of a maybe-NaN sign in %s"
                                % (s, fn.name))
            # (float / int converts the int: a float division, checked
            # under cdivision too; only int / int is C's.)
            if fn.cdiv and any(
                    e.t == "({0} / {1})" and e.k[0].ty == "int" and
                    e.k[1].ty == "int" and
                    not e.k[1].t.startswith("max(") and
                    not re.fullmatch(r"\(?-?[1-9]\d*\)?", e.k[1].t)
                    for e in expressions(fn.body)):
                failures.append("seed %d: int / maybe by 0 under cdivision "
                                "in %s" % (s, fn.name))

    # coverage (module headers vary per module: 60 more small modules)
    texts += [gen.generate(s, 2, 1).render(False)
              for s in range(seed0 + 1000, seed0 + 1060)]
    joined = "\n".join(texts)
    missing = []
    for name, rx in CONSTRUCTS.items():
        if name == "pyir comment on the last line, no final newline":
            ok = any(t.split("\n")[-1].startswith("# pyir: ") for t in texts)
        elif rx is None:
            ok = any(re.search(r"^# pyir: ", t, re.M) and
                     t.split("\n").index(next(
                         ln for ln in t.split("\n") if
                         ln.startswith("# pyir:"))) >= 5 for t in texts)
        else:
            ok = re.search(rx, joined, re.M) is not None
        if not ok:
            missing.append(name)
    mods = [gen.generate(s, 40, 4) for s in range(seed0, seed0 + count)]
    for name, pred in MODULE_CONSTRUCTS.items():
        if not any(pred(m) for m in mods):
            missing.append(name)
    modes = [m.slice_mode for m in mods]
    print("slicing: %d modules never slice, %d slice through memoryviews, "
          "%d NumPy arguments" % (modes.count(None),
                                  modes.count("memoryview"),
                                  modes.count("numpy")))
    print("imports: %d of %d programs import a library" % (
        sum(1 for m in mods if m.lib is not None and m.imported_names()),
        len(mods)))
    model_joined = "\n".join(models)
    for name, rx in MODEL_CONSTRUCTS.items():
        if re.search(rx, model_joined, re.M) is None:
            missing.append(name)
    print("coverage: %d constructs, missing: %s" % (
        len(CONSTRUCTS) + len(MODEL_CONSTRUCTS) + len(MODULE_CONSTRUCTS),
        ", ".join(missing) or "none"))
    if missing:
        failures.append("constructs never generated: " + ", ".join(missing))
    for f in failures:
        print("FAIL", f)
    print("generator: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
