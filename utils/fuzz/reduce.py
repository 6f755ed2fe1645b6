"""Reduces a failing case of run.py (issue #10, deliverable 3).

    reduce.py CASE_DIR [--pyirc PYIRC] [-o OUT.py] [--max-tests N]

CASE_DIR holds the case.json run.py wrote (seed, generator options, failure
class, variant, function, detail). The module is regenerated from its seed
(gen.py is deterministic) and shrunk on its typed tree, so that every
candidate stays a valid program: first to the failing function and the
functions it calls, with one argument set; then, to a fixed point, by
deleting functions, statements (one at a time, larger blocks first),
replacing compound statements by one of their blocks, replacing
expressions by a sub-expression of the same type or by a literal, and
dropping directives (decorators and the module's comment) and module
constants. A candidate is kept when running it (run.run_module,
restricted to the variant that failed) shows the same
failure - same class and same detail (mismatch kind, compile error line,
crash or hang) - and no generator finding: the interpreter accepts the
program and the model agrees with it, which keeps it valid.

Writes the reduced program to OUT (default CASE_DIR/reduced.py, with a
header comment saying how it fails), its calls and model next to it.

A program importing a library (gen.Module.lib, language.md section 10)
is reduced alone: the library is kept whole (every candidate is built and
run with it) and written beside OUT as lib_<seed>.py and its model; the
import line names only the library functions the reduced program still
calls (none left: no import, the library is not needed).
"""
import argparse
import copy
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import run  # noqa: E402
from gen import E, S  # noqa: E402


def literal(t):
    if t == "int":
        return [E("int", "0"), E("int", "1")]
    if t == "float":
        return [E("float", "0.5"), E("float", "0.0")]
    if t == "bool":
        return [E("bool", "True"), E("bool", "False")]
    if t == "f32":
        return [E("f32", "f32(1.0)")]
    if t in gen.FIXED:
        return [E(t, "%s(1)" % t)]
    return []


class Reducer:
    def __init__(self, case, cfg, workdir, max_tests=2000, verbose=False):
        self.case, self.cfg, self.workdir = case, cfg, workdir
        self.tests = 0
        self.max_tests = max_tests
        self.verbose = verbose

    def config(self):
        v = self.case["variant"]
        cfg = copy.copy(self.cfg)
        cfg.bisect, cfg.max_culprits = False, 0
        cfg.ref, cfg.asan, cfg.levels = False, False, []
        self.numba = []
        if v in ("O0", "O1", "O2", "O3", "debug", "abi3"):
            cfg.levels = [v]
        elif v in ("ref", "jit"):
            cfg.ref = True
        elif v == "numba":
            cfg.levels = ["O2"]
            self.numba = [self.case["function"]]
        elif v == "asan":
            cfg.levels, cfg.asan = [], True
        elif v in ("plain", "model"):
            pass
        return cfg

    def interesting(self, m):
        """Does m fail the same way?"""
        if self.tests >= self.max_tests:
            return False
        self.tests += 1
        d = os.path.join(self.workdir, "t%d" % self.tests)
        cfg = self.config()
        try:
            if self.case["variant"] == "asan":
                cfg.levels = ["O0"]
            _, findings = run.run_module(cfg, m, d, self.numba)
        finally:
            shutil.rmtree(d, ignore_errors=True)
        want = self.case
        same = any(f["class"] == want["class"] and
                   f["detail"] == want["detail"] for f in findings)
        invalid = any(f["class"] == "generator" for f in findings) and \
            want["class"] != "generator"
        ok = same and not invalid
        if self.verbose:
            print("test %d: %s (%d lines)" % (
                self.tests, "yes" if ok else "no",
                m.render(False).count("\n")), flush=True)
        return ok

    # -- passes -------------------------------------------------------------
    def reduce(self, m):
        target = self.case.get("function")
        if target:
            need = closure(m, target)
            m2 = run.subset(m, need)
            m2.calls = [c for c in m.calls if c[0] == target]
            if self.case.get("call") is not None and \
                    self.case["call"] < len(m.calls):
                one = copy.copy(m2)
                one.calls = [m.calls[self.case["call"]]]
                if self.interesting(one):
                    m2 = one
            elif m2.calls:
                one = copy.copy(m2)
                one.calls = m2.calls[:1]
                if self.interesting(one):
                    m2 = one
            if m2.fns and (m2 is not m and self.interesting(m2)):
                m = m2
        progress = True
        while progress and self.tests < self.max_tests:
            progress = False
            progress |= self.drop_functions(m)
            progress |= self.drop_calls(m)
            progress |= self.statements(m)
            progress |= self.expressions(m)
            progress |= self.module_parts(m)
        return m

    def drop_functions(self, m):
        changed = False
        for fn in list(reversed(m.fns)):
            if fn.name == self.case.get("function") or fn not in m.fns:
                continue
            users = [f for f in m.fns if fn.name in f.calls]
            if users:
                continue
            cand = run.subset(m, {f.name for f in m.fns} - {fn.name})
            cand.calls = [c for c in m.calls if c[0] != fn.name]
            if cand.fns and self.interesting(cand):
                m.fns, m.calls = cand.fns, cand.calls
                changed = True
        return changed

    def drop_calls(self, m):
        changed = False
        i = 0
        while len(m.calls) > 1 and i < len(m.calls):
            saved = m.calls
            m.calls = saved[:i] + saved[i + 1:]
            if self.interesting(m):
                changed = True
            else:
                m.calls = saved
                i += 1
        return changed

    def statements(self, m):
        changed = False
        for fn in m.fns:
            for block in blocks(fn.body):
                i = len(block) - 1
                while i >= 0:
                    if i >= len(block):
                        i -= 1
                        continue
                    s = block[i]
                    # delete the statement
                    del block[i]
                    if self.interesting(m):
                        changed = True
                        i -= 1
                        continue
                    block.insert(i, s)
                    # replace a compound statement by one of its blocks
                    done = False
                    for b in s.b:
                        if not b:
                            continue
                        block[i:i + 1] = b
                        if self.interesting(m):
                            changed = done = True
                            break
                        block[i:i + len(b)] = [s]
                    if not done and s.kind == "if":
                        # drop one branch of an if/elif chain (the first
                        # one too: its elif becomes the if), last first
                        for k in reversed(range(len(s.e))):
                            if len(s.e) < 2 or k >= len(s.e):
                                continue
                            saved = (list(s.e), list(s.b))
                            del s.e[k]
                            del s.b[k]
                            if self.interesting(m):
                                changed = True
                            else:
                                s.e[:], s.b[:] = saved
                    i -= 1
            fn.calls = called(m, fn)
        return changed

    def expressions(self, m):
        changed = False
        for fn in m.fns:
            for holder in holders(fn.body):
                for j in range(len(holder)):
                    x = holder[j]
                    if not isinstance(x, E) or isinstance(x.ty, tuple):
                        continue
                    cands = [y for y in x.k if y.ty == x.ty and
                             (y.clean or not x.clean) and y.bare == x.bare
                             and not isinstance(y.ty, tuple)]
                    if not x.bare and x.t not in [
                            c.t for c in literal(x.ty)]:
                        cands += literal(x.ty)
                    for y in cands:
                        holder[j] = y
                        if self.interesting(m):
                            changed = True
                            break
                        holder[j] = x
            fn.calls = called(m, fn)
        return changed

    def module_parts(self, m):
        changed = False
        for fn in m.fns:
            for d in list(fn.decorators):
                saved = (list(fn.decorators), fn.wrap, fn.cdiv)
                fn.decorators.remove(d)
                if d.startswith("overflowcheck"):
                    fn.wrap = False
                if d.startswith("cdivision"):
                    fn.cdiv = False
                if self.interesting(m):
                    changed = True
                else:
                    fn.decorators, fn.wrap, fn.cdiv = saved
        for c in list(m.consts):
            text = "".join(f_text(fn) for fn in m.fns) + "".join(
                x[2] for x in m.consts if x is not c)
            if c[0] in text:
                continue
            saved = list(m.consts)
            m.consts.remove(c)
            if self.interesting(m):
                changed = True
            else:
                m.consts = saved
        # The module's directive comment (and the filler lines that put it
        # after line 5), wherever the generator placed it.
        header = [line for line in m.header if not line.startswith("#")]
        if header != m.header or m.directive:
            saved = (m.header, m.directive)
            m.header, m.directive = header, None
            if self.interesting(m):
                changed = True
            else:
                m.header, m.directive = saved
        if m.docstring:
            saved = m.docstring
            m.docstring = None
            if self.interesting(m):
                changed = True
            else:
                m.docstring = saved
        return changed


def f_text(fn):
    return "\n".join(gen.render_fn(fn, False))


def called(m, fn):
    text = f_text(fn)
    return {f.name for f in m.fns if f is not fn and
            (f.name + "(") in text}


def closure(m, name):
    by = {f.name: f for f in m.fns}
    need, todo = set(), [name]
    while todo:
        n = todo.pop()
        if n in need or n not in by:
            continue
        need.add(n)
        todo.extend(by[n].calls)
    return need


def blocks(block):
    """Every statement list under `block` (outer ones first)."""
    yield block
    for s in list(block):
        for b in s.b:
            yield from blocks(b)


def holders(block):
    """Every list holding expressions (statement e lists and E.k lists)."""
    for s in block:
        yield s.e
        for x in list(s.e):
            for y in x.walk():
                if y.k:
                    yield y.k
        for b in s.b:
            yield from holders(b)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("case")
    ap.add_argument("--pyirc", default=os.path.join(run.ROOT, "build", "bin",
                                                    "pyirc"))
    ap.add_argument("-o", "--out")
    ap.add_argument("--max-tests", type=int, default=1500)
    ap.add_argument("--compile-timeout", type=float, default=60)
    ap.add_argument("--call-timeout", type=float, default=10)
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args(argv)
    with open(os.path.join(opts.case, "case.json")) as f:
        case = json.load(f)
    pick = os.path.join(opts.case, "module.pickle")
    if os.path.exists(pick):
        import pickle
        with open(pick, "rb") as f:
            m = pickle.load(f)
    else:   # regenerate: gen.py is deterministic (for one version of it)
        m = gen.generate(case["seed"], case["functions"], case["calls"],
                         avoid=case.get("avoid", ()))
    cfg = run.Config(pyirc=os.path.abspath(opts.pyirc),
                     compile_timeout=opts.compile_timeout,
                     call_timeout=opts.call_timeout)
    work = tempfile.mkdtemp(prefix="fzreduce-")
    try:
        r = Reducer(case, cfg, work, opts.max_tests, opts.verbose)
        if not r.interesting(m):
            # a compile failure may need the function alone: try that first
            target = case.get("function")
            ok = False
            if target:
                sub = run.subset(m, closure(m, target))
                sub.calls = [c for c in m.calls if c[0] == target]
                ok = r.interesting(sub)
            if not ok:
                print("reduce: the case does not reproduce (%s)" %
                      case["detail"])
                return 2
        m = r.reduce(m)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = opts.out or os.path.join(opts.case, "reduced.py")
    calls = [(c[0], c[1], c[2]) for c in m.calls]
    header = "# fuzz: %s (variant %s, gen seed %d); calls: %s\n" % (
        case["detail"], case["variant"], case["seed"],
        gen.fmt_value(calls)[:300])
    with open(out, "w") as f:
        f.write(header + m.render(False))
    base = os.path.splitext(out)[0]
    with open(base + "_model.py", "w") as f:
        f.write(m.render(True))
    with open(base + "_calls.py", "w") as f:
        f.write(gen.calls_text(m))
    if m.lib is not None and m.imported_names():
        # the library, whole (only the importer is reduced), beside it
        for model in (False, True):
            with open(os.path.join(os.path.dirname(os.path.abspath(out)),
                                   m.lib.name + ("_model" if model else "")
                                   + ".py"), "w") as f:
                f.write(m.lib.render(model))
    print("reduce: %s -> %s (%d lines, %d tests)" % (
        case["detail"], out, m.render(False).count("\n"), r.tests))
    return 0


if __name__ == "__main__":
    sys.exit(main())
