"""Differential fuzzing campaign (issue #10, deliverable 2).

    run.py --pyirc build/bin/pyirc [--seed S] [--programs P] [--functions F]
           [--calls K] [-j J] [--levels O0,O2,O3] [--no-ref] [--numba N]
           [--asan-rate R] [--out DIR] [--keep]

For each of P programs (gen.py, seed S*1000003 + index, F functions, K
argument sets per public function): compile with pyirc at every level of
--levels and export the JIT IR (--emit=jit), then run every call (one
worker process per program, worker.py) interpreted, through the model,
through each extension, through the JIT export's Python reference (ref)
and, for N functions per program, through Numba tier 1 (numba, compared
with the O2 extension). Compared bit for bit: values (floats via struct),
exception types, the bytes of every buffer argument after the call.

Accepted differences are exactly the documented deviations, modelled by the
generator's model rendering (gen.py): a compiled result must equal the
model's; where the model raised a documented deviation (an int outside
int64: OverflowError; int ** negative int, negative float ** fractional:
ValueError) the compiled result may instead equal the interpreted one
(the overflowing value was not observable). The model itself must equal
the interpreted program unless it raised such a deviation (otherwise the
generator is wrong: class "generator").

Failure classes: mismatch, crash (pyirc died on a signal or an assertion;
the module crashed at import or in a call), hang (pyirc or a call ran past
its timeout), internal (pyirc failed in the back end: "failed to legalize",
C compiler errors, ...), rejected (pyirc refused the valid program),
generator (the program or the model is wrong: a bug of gen.py). A failing
module is bisected to the failing function (functions only call earlier
ones, so every prefix is a valid module); the function is then left out of
that variant and the rest of the module still runs. Each failure is saved
in OUT/<class>/<case>/ (case.json, the program, a README line), ready for
reduce.py.

Prints: fuzz: N programs, F functions, C calls, M mismatches, X crashes,
H hangs, I internal errors, R rejected (and generator errors if any).
"""
import argparse
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PYTHON = "/usr/bin/python3"
EXT = sysconfig.get_config_var("EXT_SUFFIX")
CLASSES = ("mismatch", "crash", "hang", "internal", "rejected", "generator")


class Config:
    def __init__(self, **kw):
        self.pyirc = kw.get("pyirc")
        self.levels = kw.get("levels", ["O0", "O2", "O3"])
        self.ref = kw.get("ref", True)
        self.numba = kw.get("numba", 0)
        self.asan = kw.get("asan", False)
        self.compile_timeout = kw.get("compile_timeout", 60)
        self.call_timeout = kw.get("call_timeout", 10)
        self.bisect = kw.get("bisect", True)
        self.max_culprits = kw.get("max_culprits", 4)


# ---------------------------------------------------------------------------
# Modules: subsets and line maps
# ---------------------------------------------------------------------------

def subset(m, keep):
    """A copy of module m with only the functions in `keep` (names), closed
    under calls (a function whose callee is dropped is dropped)."""
    import copy
    out = copy.copy(m)
    kept = set()
    fns = []
    for fn in m.fns:
        if fn.name in keep and fn.calls <= kept:
            kept.add(fn.name)
            fns.append(fn)
    out.fns = fns
    out.calls = [c for c in m.calls if c[0] in kept]
    return out


def function_at_line(m, line):
    """The name of the function whose source contains `line` (1-based)."""
    text = m.render(False).split("\n")
    current = None
    for i, t in enumerate(text[:line], 1):
        mt = re.match(r"def (\w+)\(", t)
        if mt:
            current = mt.group(1)
    return current


# ---------------------------------------------------------------------------
# Compiling
# ---------------------------------------------------------------------------

# The slowest successful pyirc run of this worker process's current
# program: (seconds, arguments).
SLOWEST_COMPILE = [0.0, ""]


def run_pyirc(cfg, args, timeout):
    t0 = time.time()
    try:
        proc = subprocess.run([cfg.pyirc] + args, capture_output=True,
                              text=True, timeout=timeout,
                              start_new_session=True)
    except subprocess.TimeoutExpired:
        return "hang", "pyirc timeout after %ds" % timeout
    elapsed = time.time() - t0
    if proc.returncode == 0 and elapsed > SLOWEST_COMPILE[0]:
        SLOWEST_COMPILE[:] = [elapsed, " ".join(
            a for a in args if a.startswith("-O") or a.startswith("--emit"))
            or "-O2"]
    if proc.returncode == 0:
        return None, ""
    return classify_compile(proc.returncode, proc.stdout + proc.stderr), \
        (proc.stdout + proc.stderr)[:200000]


def classify_compile(rc, out):
    if rc < 0 or "Stack dump" in out or "PLEASE submit" in out or \
            "Assertion" in out or "Segmentation fault" in out:
        return "crash"
    if re.search(r"\.py:\d+:\d+: error:", out) and not re.search(
            r"failed to legalize|\.c:\d+:\d+: error|internal error|"
            r"could not|unexpected", out):
        return "rejected"
    return "internal"


def signature(cls, out):
    """A short description of a compile failure that survives reduction:
    the first error line without numbers and generated names; a hang
    without the timeout it ran with (which scales with the module)."""
    if cls == "hang":
        return "hang: pyirc timeout"
    if cls == "crash":
        for ln in out.splitlines():
            if "Assertion" in ln:
                return "crash: " + re.sub(r"^.*?Assertion", "Assertion",
                                          ln).strip()[:160]
        for ln in out.splitlines():
            mt = re.match(r"\s*#\d+ 0x[0-9a-f]+ (.+?)(\(unsigned|\(mlir|"
                          r"\(llvm|\(pyir|\(/|$)", ln)
            if mt and "llvm::sys::" not in mt.group(1) and \
                    mt.group(1).strip() and not mt.group(1).startswith("(/"):
                return "crash: in " + mt.group(1).strip()[:140]
    lines = [ln for ln in out.splitlines() if "error" in ln.lower()]
    first = lines[0] if lines else (out.strip().splitlines() or [""])[-1]
    first = re.sub(r"^.*?error:", "error:", first)
    first = re.sub(r"\b[a-z_]*\d+\b", "N", first)
    first = re.sub(r"'[^']*'", "'X'", first)
    return "%s: %s" % (cls, first.strip()[:120])


def variant_args(variant):
    if variant == "asan":
        return ["-O1", "--sanitize=address"]
    if variant == "O1":
        # pyirc -g: debug information must not change what the code does
        return ["-O1", "-g"]
    if variant == "debug":
        # pyirc --debug: -O0, -g, bounds checks on (the generator indexes
        # in bounds where it turns them off, so results stay the same)
        return ["--debug"]
    if variant == "abi3":
        # the limited API of the interpreter's version (3.11 at least for
        # view parameters): the same results as the full API
        return ["-O2", "--limited-api=%d.%d" % sys.version_info[:2]]
    return ["-" + variant]


def compile_variant(cfg, m, directory, variant):
    """Compiles module m for `variant` into directory/variant (or
    directory/jit for "jit"); returns (failure class or None, output)."""
    os.makedirs(directory, exist_ok=True)
    src = os.path.join(directory, m.name + ".py")
    with open(src, "w") as f:
        f.write(m.render(False))
    if m.lib is not None:
        # pyirc reads the library's signatures from its source, beside
        # the importer (`from lib_<seed> import`: a sibling top-level module)
        with open(os.path.join(directory, m.lib.name + ".py"), "w") as f:
            f.write(m.lib.render(False))
    if variant == "jit":
        out = os.path.join(directory, "jit")
        shutil.rmtree(out, ignore_errors=True)
        # the reference and Numba tier 1 need no native artifacts
        args = ["--emit=jit", "--jit-native=false", src, "-o", out]
    else:
        d = os.path.join(directory, variant)
        os.makedirs(d, exist_ok=True)
        args = [src, "-o", os.path.join(d, m.name + EXT), "--python",
                PYTHON] + variant_args(variant)
    timeout = cfg.compile_timeout * max(0.2, len(m.fns) / 60.0)
    if variant == "asan":
        # gcc with -fsanitize=address,undefined: about 10x the plain build
        timeout *= 4
    return run_pyirc(cfg, args, timeout)


def build_library(cfg, m, directory, variant, findings, into=None):
    """Compiles the library m imports (gen.Module.lib) for `variant` into
    directory/variant (or directory/into), where the worker imports it
    from; a failure is one finding, for the library (function
    lib_<seed>). Returns False on failure."""
    lib = m.lib
    src = os.path.join(directory, lib.name + ".py")
    os.makedirs(directory, exist_ok=True)
    with open(src, "w") as f:
        f.write(lib.render(False))
    d = os.path.join(directory, into or variant)
    os.makedirs(d, exist_ok=True)
    args = [src, "-o", os.path.join(d, lib.name + EXT), "--python",
            PYTHON] + variant_args("O2" if into else variant)
    timeout = cfg.compile_timeout * max(0.2, len(lib.fns) / 60.0)
    if variant == "asan":
        timeout *= 4
    cls, out = run_pyirc(cfg, args, timeout)
    if cls is None:
        return True
    findings.append({"class": cls, "variant": variant, "function": lib.name,
                     "detail": signature(cls, out), "output": out[-3000:]})
    return False


def build(cfg, m, directory, variant, findings):
    """Compiles `variant`; on failure finds the failing functions (the lines
    of the diagnostics, else bisection over prefixes), records one finding
    each and leaves them out. Returns the set of functions left out, or
    None if nothing compiles. A library the module imports is compiled
    first (not for the JIT export: its reference imports a compiled one)."""
    if m.lib is not None and variant != "jit" and \
            not build_library(cfg, m, directory, variant, findings):
        return None
    excluded = set()
    cur = m
    for _ in range(cfg.max_culprits + 1):
        cls, out = compile_variant(cfg, cur, directory, variant)
        if cls is None:
            return excluded
        culprits = {}
        header = False
        if cls == "rejected":
            lines = out.splitlines()
            for k, ln in enumerate(lines):
                mt = re.match(r".*%s\.py:(\d+):\d+: error" %
                              re.escape(m.name), ln)
                if not mt:
                    continue
                fname = function_at_line(cur, int(mt.group(1)))
                if fname is None:
                    header = True
                elif fname not in culprits:
                    culprits[fname] = "\n".join(lines[k:k + 3])
        elif cfg.bisect and len(cur.fns) > 1:
            if compile_variant(cfg, subset(cur, set()), os.path.join(
                    directory, "bisect"), variant)[0] == cls:
                header = True   # the module without functions fails
            else:
                f = bisect(cfg, cur, directory, variant, cls)
                culprits[f] = out
        elif len(cur.fns) == 1:
            culprits[cur.fns[0].name] = out
        if header or not culprits:
            findings.append({"class": cls, "variant": variant,
                             "function": None, "detail": signature(cls, out),
                             "output": out[-3000:]})
            return None
        for fname, text in culprits.items():
            findings.append({"class": cls, "variant": variant,
                             "function": fname,
                             "detail": signature(cls, text),
                             "output": text[-3000:]})
        excluded |= set(culprits)
        cur = subset(cur, {f.name for f in cur.fns} - set(culprits))
        if not cur.fns:
            return None
    return None


def bisect(cfg, m, directory, variant, cls):
    """The function whose addition makes the prefix fail with `cls`."""
    names = [f.name for f in m.fns]
    lo, hi = 0, len(names)       # prefix hi fails; prefix lo passes
    scratch = os.path.join(directory, "bisect")
    os.makedirs(scratch, exist_ok=True)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        sub = subset(m, set(names[:mid]))
        c, _ = compile_variant(cfg, sub, scratch, variant)
        if c == cls:
            hi = mid
        else:
            lo = mid
    shutil.rmtree(scratch, ignore_errors=True)
    return names[hi - 1]


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def run_worker(cfg, directory, m, variants, env_extra=None):
    """Runs the worker over `variants`; restarts it after a crash or a hang
    of one call. Returns (results {variant: {i: record}}, events)."""
    out = os.path.join(directory, "results.jsonl")
    if os.path.exists(out):
        os.remove(out)
    results = {v: {} for v in variants}
    events = []          # (kind, variant, call index or None, detail)
    todo = [(v, 0) for v in variants]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(ROOT, "python")
    env.update(env_extra or {})
    pos = 0
    while todo:
        args = [PYTHON, os.path.join(HERE, "worker.py"), directory, m.name,
                out] + ["%s:%d" % vt for vt in todo]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env,
                                start_new_session=True)
        last_size, last_change = -1, time.time()
        hung = False
        while proc.poll() is None:
            time.sleep(0.02)
            size = os.path.getsize(out) if os.path.exists(out) else 0
            now = time.time()
            if size != last_size:
                last_size, last_change = size, now
            elif now - last_change > cfg.call_timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                hung = True
        err = proc.stderr.read().decode(errors="replace")[-3000:]
        proc.stderr.close()
        # read the new records
        state = None     # (variant, i) begun and not finished
        cur_variant = None
        with open(out) as f:
            f.seek(pos)
            data = f.read()
        complete = data[:data.rfind("\n") + 1]
        pos += len(complete.encode())
        for line in complete.splitlines():
            rec = json.loads(line)
            if rec[0] == "L":
                cur_variant, state = rec[1], (rec[1], None)
            elif rec[0] == "I":
                state = None
            elif rec[0] == "B":
                state = (rec[1], rec[2])
            elif rec[0] == "R":
                results[rec[1]][rec[2]] = rec[3:]
                state = None
        if proc.returncode == 0 and not hung:
            break
        if state is None:
            # died between calls (e.g. at exit): nothing more to learn
            events.append(("crash", cur_variant, None, err))
            break
        variant, i = state
        kind = "hang" if hung else "crash"
        events.append((kind, variant, i, err))
        vi = [v for v, _ in todo].index(variant)
        rest = [v for v, _ in todo[vi + 1:]]
        if i is None:   # import failed or crashed: skip the variant
            todo = [(v, 0) for v in rest]
        else:
            todo = [(variant, i + 1)] + [(v, 0) for v in rest]
    return results, events


#: The TypeError of a memoryview given a key of an index and a slice: a
#: valid program's (language.md section 12: compiled as interpreted), met
#: when a NumPy-mode module (gen.py) gets a memoryview argument.
MEMORYVIEW_KEY_ERROR = "memoryview: invalid slice key"


def same(a, b):
    return a is not None and b is not None and a[0][:2] == b[0][:2] and \
        (a[0][0] != "ok" or a[0] == b[0]) and a[1] == b[1]


def reaches(m, fname, pred, lib=False):
    """Does pred hold for fname or a function it calls (lib: through the
    library's functions too)?"""
    by = {f.name: f for f in m.fns + (m.lib.fns if lib and m.lib else [])}
    todo, seen = [fname], set()
    while todo:
        n = todo.pop()
        if n in seen or n not in by:
            continue
        seen.add(n)
        if pred(by[n]):
            return True
        todo.extend(by[n].calls | (by[n].imports if lib else set()))
    return False


def wrapping(m, fname):
    """Does fname or a function it calls (in its library too) use
    overflowcheck(False)? (Then only the model knows the answer: int
    wraps.)"""
    return reaches(m, fname, lambda f: f.wrap, lib=True)


def imports_of(m, fname):
    """Does fname or a function it calls call a library's function?"""
    return reaches(m, fname, lambda f: bool(f.imports))


def compare(m, results, variants, findings, stats):
    plain, model = results.get("plain", {}), results.get("model", {})
    fns = {f.name: f for f in m.fns}
    for i, (fname, args, kw) in enumerate(m.calls):
        p, mo = plain.get(i), model.get(i)
        if p is None or mo is None:
            continue
        if mo[0] == ["slow"]:
            findings.append({"class": "generator", "variant": "model",
                             "function": fname, "call": i,
                             "detail": "generator: slow model",
                             "output": ""})
            continue
        dev = mo[0][0] == "exc" and mo[0][2] == "dev"
        if p[0] == ["slow"]:
            p = None
        wraps = wrapping(m, fname)
        # Where int wraps, the interpreted program may leave the model's path
        # (an int past int64 takes another branch) and fail there; the model
        # is then the program's meaning, and the one checked for validity.
        ref = mo if wraps and not same(p, mo) else p
        if ref is not None and ref[0][0] == "exc" and not ref[0][2] and \
                ref[0][1] in ("NameError", "UnboundLocalError",
                              "AttributeError", "RecursionError",
                              "TypeError") and not dev and \
                ref[0][3] != MEMORYVIEW_KEY_ERROR:
            findings.append({"class": "generator", "variant": "plain",
                             "function": fname, "call": i,
                             "detail": "generator: invalid program: %s" %
                             ref[0][1], "output": ref[0][3]})
            continue
        fn = fns.get(fname)
        if p is not None and fn is not None and fn.ret is not None and p[0] == ["ok", [
                "None"]]:
            findings.append({"class": "generator", "variant": "plain",
                             "function": fname, "call": i,
                             "detail": "generator: fell off the end",
                             "output": ""})
            continue
        if not same(p, mo) and not wraps:
            if dev:
                stats["deviations"] += 1
            else:
                findings.append({"class": "generator", "variant": "model",
                                 "function": fname, "call": i,
                                 "detail": "generator: model differs",
                                 "output": "plain %r\nmodel %r" % (p, mo)})
                continue
        for v in variants:
            if v in ("plain", "model", "numba"):
                continue
            r = results.get(v, {}).get(i)
            if r is None:
                continue
            stats["calls"] += 1
            if same(r, mo) or (dev and same(r, p)):
                continue
            kind = ("buffer" if r[0] == mo[0] else
                    "exception" if "exc" in (r[0][0], mo[0][0]) else "value")
            findings.append({"class": "mismatch", "variant": v,
                             "function": fname, "call": i,
                             "detail": "mismatch: %s %s" % (v, kind),
                             "output": "%s %r\nmodel %r\ninterpreted %r" % (
                                 v, r, mo, p)})
    for i, rec in results.get("numba", {}).items():
        if not rec or rec[0] is None:
            # Tier 1 unavailable for the function, or a call it cannot make
            # (keyword-only arguments): counted, so that a tier that stops
            # working shows instead of passing silently.
            stats["numba_skipped"] = stats.get("numba_skipped", 0) + 1
            continue
        n_res, n_buf, e_res, e_buf = rec
        stats["calls"] += 1
        stats["numba_calls"] = stats.get("numba_calls", 0) + 1
        ok = n_res[:2] == e_res[:2] and (n_res[0] != "ok" or
                                         n_res == e_res) and n_buf == e_buf
        if not ok:
            findings.append({"class": "mismatch", "variant": "numba",
                             "function": m.calls[i][0], "call": i,
                             "detail": "mismatch: numba tier 1 vs O2",
                             "output": "numba %r %r\nO2 %r %r" % (
                                 n_res, n_buf, e_res, e_buf)})


def run_module(cfg, m, directory, numba_fns=()):
    """The whole pipeline for one module. Returns (stats, findings)."""
    os.makedirs(directory, exist_ok=True)
    gen.write(m, directory)
    findings = []
    stats = {"calls": 0, "deviations": 0}
    variants = ["plain", "model"]
    excluded = {}
    builds = list(cfg.levels) + (["jit"] if cfg.ref or numba_fns else [])
    for v in builds:
        ex = build(cfg, m, directory, v, findings)
        if ex is None:
            continue
        excluded[v] = ex
        if v == "jit":
            if cfg.ref:
                variants.append("ref")
        else:
            variants.append(v)
    if m.lib is not None and "ref" in variants and not any(
            os.path.exists(os.path.join(directory, d, m.lib.name + EXT))
            for d in cfg.levels):
        # the reference imports a compiled library (worker.py)
        build_library(cfg, m, directory, "jit", findings, into="libref")
    gen.write(m, directory)   # the full module again (bisection rewrote it)
    # a variant compiled without some functions must not run them: the
    # worker skips functions the module lacks
    results, events = run_worker(cfg, directory, m, variants)
    if numba_fns and "O2" in excluded and "jit" in excluded:
        fns = set(numba_fns) - excluded["O2"] - excluded["jit"]
        if fns:
            r2, ev2 = run_worker(cfg, directory, m, ["numba"], {
                "FUZZ_NUMBA_FNS": ",".join(sorted(fns))})
            results["numba"] = r2.get("numba", {})
            events.extend(ev2)
    for kind, variant, i, err in events:
        fname = m.calls[i][0] if i is not None else None
        if variant in ("plain", "model"):
            findings.append({"class": "generator", "variant": variant,
                             "function": fname, "call": i,
                             "detail": "generator: %s in %s" % (kind, variant),
                             "output": err})
        else:
            findings.append({"class": kind, "variant": variant,
                             "function": fname, "call": i,
                             "detail": "%s: %s at %s" % (
                                 kind, variant,
                                 "import" if i is None else "call"),
                             "output": err})
    compare(m, results, variants + (["numba"] if "numba" in results else []),
            findings, stats)
    if cfg.asan and "O0" in cfg.levels:
        ex = build(cfg, m, directory, "asan", findings)
        if ex is not None:
            libasan = asan_library()
            if libasan:
                r3, ev3 = run_worker(cfg, directory, m, ["asan"], {
                    "LD_PRELOAD": libasan,
                    "ASAN_OPTIONS": "detect_leaks=0",
                    "UBSAN_OPTIONS": "print_stacktrace=1"})
                results["asan"] = r3.get("asan", {})
                for kind, variant, i, err in ev3:
                    findings.append({
                        "class": kind, "variant": "asan",
                        "function": m.calls[i][0] if i is not None else None,
                        "call": i, "detail": "%s: asan" % kind,
                        "output": err})
                # Numba's results were compared above: not again (they
                # were counted and reported twice before).
                stats2 = {"calls": 0, "deviations": 0}
                compare(m, {k: v for k, v in results.items() if k != "numba"},
                        ["asan"], findings, stats2)
                stats["calls"] += stats2["calls"]
    return stats, findings


_LIBASAN = []


def asan_library():
    if not _LIBASAN:
        try:
            lib = subprocess.run(["gcc", "-print-file-name=libasan.so"],
                                 capture_output=True, text=True
                                 ).stdout.strip()
        except OSError:
            lib = ""
        _LIBASAN.append(lib if os.path.isabs(lib) and os.path.exists(lib)
                        else "")
    return _LIBASAN[0]


# ---------------------------------------------------------------------------
# Campaign
# ---------------------------------------------------------------------------

def program_seed(seed, index):
    return seed * 1000003 + index


def case_id(f, seed):
    key = "%s|%s|%s" % (f["detail"], f["variant"], f.get("function"))
    return "%d-%s-%s" % (seed, f.get("function") or "module",
                         hashlib.sha1(key.encode()).hexdigest()[:8])


def save_failure(out, f, m, seed, opts):
    d = os.path.join(out, f["class"], case_id(f, seed))
    if os.path.exists(d):
        return d
    os.makedirs(d)
    case = {"seed": seed, "functions": opts["functions"],
            "calls": opts["calls"], "avoid": opts["avoid"],
            "class": f["class"],
            "variant": f["variant"], "function": f.get("function"),
            "call": f.get("call"), "detail": f["detail"]}
    with open(os.path.join(d, "case.json"), "w") as fh:
        json.dump(case, fh, indent=1)
    gen.write(m, d)
    import pickle
    with open(os.path.join(d, "module.pickle"), "wb") as fh:
        pickle.dump(m, fh)   # the typed tree, for reduce.py
    with open(os.path.join(d, "README"), "w") as fh:
        fh.write("%s (%s, function %s)\n\n%s\n" % (
            f["detail"], f["variant"], f.get("function"),
            f.get("output", "")))
    return d


def one_program(job):
    cfg, seed, index, opts, out, keep = job
    s = program_seed(seed, index)
    m = gen.generate(s, opts["functions"], opts["calls"],
                     avoid=opts["avoid"])
    import random
    # (a function calling a library's function has no Numba tier,
    # language.md section 10: not sampled)
    pub = [f.name for f in m.fns if f.public and not imports_of(m, f.name)]
    numba_fns = random.Random(s).sample(pub, min(len(pub), opts["numba"]))
    tmp = tempfile.mkdtemp(prefix="fz%d-" % s)
    SLOWEST_COMPILE[:] = [0.0, ""]
    t0 = time.time()
    try:
        stats, findings = run_module(cfg, m, tmp, numba_fns)
    except Exception:  # noqa: BLE001 - a runner bug must not stop a campaign
        import traceback
        stats = {"calls": 0, "deviations": 0}
        findings = [{"class": "generator", "variant": "runner",
                     "function": None, "detail": "runner error",
                     "output": traceback.format_exc()}]
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
    saved = []
    for f in findings:
        saved.append((f["class"], f["detail"], f["variant"],
                      f.get("function"), save_failure(out, f, m, s, opts)))
    return {"functions": len(m.fns), "calls": stats["calls"],
            "deviations": stats["deviations"], "findings": saved,
            "numba_calls": stats.get("numba_calls", 0),
            "numba_skipped": stats.get("numba_skipped", 0),
            "time": time.time() - t0, "seed": s,
            "slowest_compile": tuple(SLOWEST_COMPILE)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyirc", default=os.path.join(ROOT, "build", "bin",
                                                    "pyirc"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--programs", type=int, default=10)
    ap.add_argument("--functions", type=int, default=60)
    ap.add_argument("--calls", type=int, default=8)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--levels", default="O0,O2,O3")
    ap.add_argument("--no-ref", action="store_true")
    ap.add_argument("--avoid", default="",
                    help="generator features to leave out (known bugs): "
                    + ", ".join(gen.AVOIDABLE))
    ap.add_argument("--numba", type=int, default=0,
                    help="functions per program run through Numba tier 1")
    ap.add_argument("--asan-rate", type=float, default=0.0,
                    help="fraction of programs also built with "
                    "--sanitize=address and run under ASan")
    ap.add_argument("--compile-timeout", type=float, default=60)
    ap.add_argument("--call-timeout", type=float, default=10)
    ap.add_argument("--out", default="fuzz-out")
    ap.add_argument("--keep", action="store_true",
                    help="keep the work directories (in $TMPDIR)")
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args(argv)
    os.makedirs(opts.out, exist_ok=True)
    gopts = {"functions": opts.functions, "calls": opts.calls,
             "numba": opts.numba,
             "avoid": [x for x in opts.avoid.split(",") if x]}
    jobs = []
    for i in range(opts.programs):
        asan = opts.asan_rate > 0 and (
            (program_seed(opts.seed, i) * 2654435761) % 1000 <
            opts.asan_rate * 1000)
        cfg = Config(pyirc=os.path.abspath(opts.pyirc),
                     levels=[x for x in opts.levels.split(",") if x],
                     ref=not opts.no_ref, asan=asan,
                     compile_timeout=opts.compile_timeout,
                     call_timeout=opts.call_timeout)
        jobs.append((cfg, opts.seed, i, gopts, os.path.abspath(opts.out),
                     opts.keep))
    totals = {"programs": 0, "functions": 0, "calls": 0, "deviations": 0,
              "numba_calls": 0, "numba_skipped": 0}
    slowest = (0.0, "", None)
    counts = {c: 0 for c in CLASSES}
    distinct = {}
    t0 = time.time()
    with multiprocessing.Pool(opts.jobs) as pool:
        for r in pool.imap_unordered(one_program, jobs):
            totals["programs"] += 1
            totals["functions"] += r["functions"]
            totals["calls"] += r["calls"]
            totals["deviations"] += r["deviations"]
            totals["numba_calls"] += r["numba_calls"]
            totals["numba_skipped"] += r["numba_skipped"]
            if r["slowest_compile"][0] > slowest[0]:
                slowest = r["slowest_compile"] + (r["seed"],)
            for cls, detail, variant, fname, d in r["findings"]:
                counts[cls] += 1
                if detail not in distinct:
                    distinct[detail] = d
                    print("FAIL %s [%s %s] -> %s" % (detail, variant, fname,
                                                      d), flush=True)
            if opts.verbose:
                print("program %d: %d functions, %d calls, %.1fs" % (
                    r["seed"], r["functions"], r["calls"], r["time"]),
                    flush=True)
    line = ("fuzz: %d programs, %d functions, %d calls, %d mismatches, "
            "%d crashes, %d hangs, %d internal errors, %d rejected" % (
                totals["programs"], totals["functions"], totals["calls"],
                counts["mismatch"], counts["crash"], counts["hang"],
                counts["internal"], counts["rejected"]))
    if counts["generator"]:
        line += ", %d generator errors" % counts["generator"]
    print(line)
    print("fuzz: %d documented deviations hit (int64 overflow, pow), "
          "%d distinct failures, %.0fs" % (totals["deviations"],
                                           len(distinct), time.time() - t0))
    if opts.numba:
        print("fuzz: numba tier 1: %d calls compared, %d skipped (tier 1 "
              "unavailable for the function, or keyword arguments)"
              % (totals["numba_calls"], totals["numba_skipped"]))
    print("fuzz: slowest compile %.1fs (%d functions, %s, seed %s)" % (
        slowest[0], opts.functions, slowest[1], slowest[2]))
    return 1 if any(counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
