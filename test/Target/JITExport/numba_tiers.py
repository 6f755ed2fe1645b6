"""pyir.jit.numba: every tier agrees with the compiled extension, and the
inlining tiers leave no call in the jitted caller.

    numba_tiers.py --pyirc PYIRC [--tiers T1,T2...] CASES.py

For each function of CASES and each tier that implements it, a jitted
caller runs the edge-value corpus; results (bit for bit), exception types
(and for tiers 1, 2 and 4 the messages) and buffers must equal the
extension's. Numba passes arguments with the C
parameter types, so cases whose scalar arguments the extension rejects
(out of the parameter's range) are skipped. Known deviations of tier 3
(py_inline: Numba's own int/float rules) are listed in PY_INLINE_SKIP and
counted, not hidden.

Inlining proof (a module with clip_fma, i.e. jitk): a loop calling
clip_fma (and norm on a view) through tiers 1-3 compiles to assembly whose
jitted body (up to .Lfunc_end0) has no call instruction; the opaque tier 4
and bitcode built at -O0 must show one.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings

import numba
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "e2e"))
import harness  # noqa: E402

import pyir.jit  # noqa: E402
import pyir.jit.numba  # noqa: E402

#: Functions tier 3 does not reproduce exactly (Numba's typing of the
#: reference): unsigned 64-bit arithmetic, f32 conversions of large ints,
#: int(x)/round(x) of NaN and infinities; dialect 1.3's math (Numba has
#: no math.isclose, comb or factorial, and its gamma/ldexp do not raise).
PY_INLINE_SKIP = {"big", "conv", "mix8", "special"}


_NP_INTS = {"i8": np.int8, "i16": np.int16, "i32": np.int32,
            "i64": np.int64, "u8": np.uint8, "u16": np.uint16,
            "u32": np.uint32, "u64": np.uint64}


def as_numba_arg(value, type_name):
    """Arguments with the parameter's type, as Numba code would pass them
    (a Python int is typed int64 by Numba)."""
    if isinstance(value, (bytearray, memoryview)) or (
            hasattr(value, "buffer_info")):
        return np.asarray(memoryview(value))
    if type_name in _NP_INTS and isinstance(value, int):
        return _NP_INTS[type_name](value)
    return value


def caller(impl, nargs):
    names = ", ".join("a%d" % k for k in range(nargs))
    namespace = {"impl": impl}
    exec("def call(%s):\n    return impl(%s)\n" % (names, names), namespace)
    return numba.njit(namespace["call"])


def body_calls(dispatcher, symbol):
    """(calls in the jitted body, whether it references `symbol`)."""
    asm = dispatcher.inspect_asm(dispatcher.signatures[0])
    body = asm[:asm.index(".Lfunc_end0")]
    return re.findall(r"^\s*call\w*\s+(.*)$", body, re.M), symbol in body


def in_range(fn, args):
    for p, v in zip(fn["signature"]["params"], args):
        t = p["type"]
        if pyir.jit.is_view_type(t) or isinstance(v, float):
            continue
        if t in ("int", "i64"):
            lo, hi = -2**63, 2**63 - 1
        elif t.startswith("i"):
            bits = int(t[1:])
            lo, hi = -2**(bits - 1), 2**(bits - 1) - 1
        elif t.startswith("u"):
            lo, hi = 0, 2**int(t[1:]) - 1
        else:
            continue
        if not lo <= v <= hi:
            return False
    return True


def loops(impls):
    clip = impls["clip_fma"]
    norm = impls.get("norm")

    def clip_loop(xs):
        s = 0.0
        for i in range(xs.shape[0]):
            s += clip(1.5, xs[i], 0.25)
        return s
    result = [numba.njit(clip_loop)]
    if norm is not None:
        def norm_loop(a, n):
            s = 0.0
            for _ in range(n):
                s += norm(a)
            return s
        result.append(numba.njit(norm_loop))
    return result


def build(pyirc, source, name, tmp):
    """Compiles `source` with `pyirc` into an extension and a JIT export in
    `tmp`; returns (the extension module, the export)."""
    so = os.path.join(tmp, name + sysconfig.get_config_var("EXT_SUFFIX"))
    out = os.path.join(tmp, "export")
    for args in ([pyirc, source, "-o", so, "--python", sys.executable],
                 [pyirc, "--emit=jit", source, "-o", out]):
        subprocess.run(args, check=True)
    return harness.load(name, so), pyir.jit.load(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("--tiers", default=",".join(pyir.jit.numba.TIERS),
                        help="the tiers to check (parity only)")
    parser.add_argument("cases")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    cases, source, name = harness.load_cases(opts.cases)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        ext, export = build(opts.pyirc, source, name, tmp)

        # Parity, per tier.
        for tier in opts.tiers.split(","):
            checked = skipped = functions = 0
            for fname, factories in cases.CASES.items():
                fn = export.functions[fname]
                if tier == "py_inline" and fname in PY_INLINE_SKIP:
                    skipped += len(factories)
                    continue
                try:
                    _, impl = pyir.jit.numba.implementation(export, fname,
                                                        (tier,))
                except pyir.jit.numba.TierUnavailable:
                    continue
                functions += 1
                call = caller(impl, len(fn["signature"]["params"]))
                for factory in factories:
                    args, _ = factory()
                    if not in_range(fn, args):
                        continue
                    e_res, e_buf = harness.run(getattr(ext, fname), factory)

                    def numba_factory(factory=factory):
                        a, k = factory()
                        return tuple(as_numba_arg(v, p["type"]) for v, p in
                                     zip(a, fn["signature"]["params"])), k
                    res, buf = harness.run(call, numba_factory)
                    checked += 1
                    has_views = any(pyir.jit.is_view_type(p["type"])
                                    for p in fn["signature"]["params"])
                    if res[:2] != e_res[:2] or (has_views and buf != e_buf):
                        failures.append("%s %s%r: %r != extension %r" % (
                            tier, fname, args, res[:2], e_res[:2]))
                    elif (tier != "py_inline" and res[0] == "exc" and
                          str(res[2]) != str(e_res[2])):
                        # Tiers 1, 2 and 4 raise the extension's message.
                        failures.append("%s %s%r: message %r != extension "
                                        "%r" % (tier, fname, args,
                                                str(res[2]), str(e_res[2])))
            print("%s: %d functions, %d checks, %d known deviations skipped"
                  % (tier, functions, checked, skipped))

        if "clip_fma" in export.functions:
            inlining(export, export.directory, tmp, failures)
    return report(name, failures)


def report(name, failures):
    """Prints the failures and the count; the exit status."""
    for f in failures:
        print("MISMATCH", f)
    print("%s: %d mismatches" % (name, len(failures)))
    return 1 if failures else 0


def inlining(export, out, tmp, failures):
    """Inlining, structurally (a module with clip_fma: jitk)."""
    def impls_for(tier, exp=export):
        return {f: pyir.jit.numba.implementation(exp, f, (tier,))[1]
                for f in ("clip_fma", "norm")}
    xs = np.linspace(-10.0, 10.0, 1001)
    a = np.arange(5.0)
    expected = loops(impls_for("bitcode"))[0](xs)
    for tier in pyir.jit.numba.TIERS:
        try:
            impls = impls_for(tier)
        except pyir.jit.numba.TierUnavailable:
            impls = {"clip_fma": pyir.jit.numba.implementation(
                export, "clip_fma", (tier,))[1]}
        for loop in loops(impls):
            if loop.py_func.__name__ == "clip_loop":
                value = loop(xs)
                if value != expected:
                    failures.append("%s: clip loop %r != %r"
                                    % (tier, value, expected))
            else:
                loop(a, 3)
            kernel = loop.py_func.__name__.split("_")[0]
            kernel = "clip_fma" if kernel == "clip" else kernel
            symbol = export.functions[kernel]["c_symbol"]
            calls, named = body_calls(loop, symbol)
            print("%s %s: calls in the jitted body: %s; %s %s" % (
                tier, loop.py_func.__name__, calls or "none", symbol,
                "referenced" if named else "absent"))
            opaque = tier == "c_call"
            if opaque != named or (opaque and not calls):
                failures.append("%s %s: calls %r" % (
                    tier, loop.py_func.__name__, calls))
            # clip_fma needs no libm either: no call at all.
            if not opaque and kernel == "clip_fma" and calls:
                failures.append("%s clip_loop: calls %r" % (tier, calls))

    # Tier 1 computes arithmetic with the C runtime's functions (linked from
    # pyir_runtime.llvm14.bc): LLVM inlines them, so the caller's body
    # references no pyir_*_abi symbol; on integers it calls nothing at all
    # (float // and % call libm's fmod, as the C core does).
    namespace = {f: pyir.jit.numba.implementation(export, f, ("irbuilder",))[1]
                 for f in ("iadd3", "idivmod", "fdivmod", "mix8")}
    exec("def int_loop(n):\n"
         "    s = 0\n"
         "    for i in range(1, n):\n"
         "        q, r = idivmod(iadd3(s, i, 3), i)\n"
         "        s = (s + q + r + mix8(i & 255, 7)) & 1023\n"
         "    return s\n"
         "def float_loop(n):\n"
         "    x = 0.0\n"
         "    for i in range(1, n):\n"
         "        a, b = fdivmod(x + i, 0.5 + i)\n"
         "        x = a + b\n"
         "    return x\n", namespace)  # noqa: S102
    for name in ("int_loop", "float_loop"):
        loop = numba.njit(namespace[name])
        loop(100)
        body = loop.inspect_asm(loop.signatures[0]).split(".Lfunc_end0")[0]
        calls = re.findall(r"^\s*call\w*\s+(.*)$", body, re.M)
        abi = sorted(set(re.findall(r"pyir_\w+_abi", body)))
        print("irbuilder %s: calls in the jitted body: %d; runtime "
              "functions referenced: %s" % (name, len(calls), abi or "none"))
        if abi or (name == "int_loop" and calls):
            failures.append("irbuilder %s: calls %r, %r" % (name, calls, abi))

    # Negative control: the same bitcode built at -O0 is not inlined.
    o0 = os.path.join(tmp, "export-O0")
    shutil.copytree(out, o0)
    bc = export.bitcode_path()
    subprocess.run(["clang-14", "-O0", "-ffp-contract=off", "-fPIC",
                    "-w", "-c", "-emit-llvm", "-o",
                    os.path.join(o0, os.path.basename(bc)),
                    export.path("c_source")], check=True)
    export0 = pyir.jit.load(o0, check_hashes=False)
    loop = loops({"clip_fma": pyir.jit.numba.implementation(
        export0, "clip_fma", ("bitcode",))[1]})[0]
    loop(xs)
    symbol = export.functions["clip_fma"]["c_symbol"]
    calls, named = body_calls(loop, symbol)
    print("bitcode -O0 clip_loop: calls in the jitted body: %s; %s %s"
          % (calls or "none", symbol,
             "referenced" if named else "absent"))
    if not (calls and named):
        failures.append("-O0 bitcode: no call to the kernel: %r" % calls)


if __name__ == "__main__":
    sys.exit(main())
