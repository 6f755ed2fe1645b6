"""pyir.jit.numba tiers 1, 2 and 4 against the compiled extension, messages
included.

    numba_parity.py --pyirc PYIRC [--tiers T,T] [--expect-irbuilder all|N]
                    CASES.py

CASES is a harness CASES file (test/e2e/harness.py): MODULE and CASES
{function: [factory]}. For every function and tier that implements it, a
jitted caller runs every case; the result (bit for bit), the exception
type, the exception message (str(e)) and the buffers after the call must
equal the extension's. Cases whose scalar arguments the extension rejects
(out of the parameter's range) are skipped, as in numba_tiers.py. The
functions tier 1 does not implement are listed with the reason;
``--expect-irbuilder all`` makes any such function a failure.

``--fastmath``: the callers are compiled with ``fastmath=True``; the
results must not change (the inlined kernels keep strict IEEE semantics).

``--inline``: for every kernel K in the cases file's INLINE (a loop's
source calling K, and its arguments), the loop is compiled over tier 1 and
over the opaque tier 4 (c_call): both must compute the same value (bit for
bit); the calls left in the jitted body (the assembly up to .Lfunc_end0)
are printed: tier 1 must not reference the kernel's C symbol, tier 4 must.
"""
import argparse
import os
import re
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "e2e"))
sys.path.insert(0, HERE)
import harness  # noqa: E402
from numba_tiers import (as_numba_arg, body_calls, build,  # noqa: E402
                         in_range, report)

import pyir.jit  # noqa: E402
import pyir.jit.numba  # noqa: E402


def caller(impl, nargs, fastmath=False):
    import numba
    names = ", ".join("a%d" % k for k in range(nargs))
    namespace = {"impl": impl}
    exec("def call(%s):\n    return impl(%s)\n" % (names, names), namespace)
    return numba.njit(fastmath=fastmath)(namespace["call"])


def message(res):
    return str(res[2]) if res[0] == "exc" else None


def call_targets(dispatcher):
    """The callees of the call instructions in the jitted body, by name
    where the assembly loads the address with movabsq."""
    asm = dispatcher.inspect_asm(dispatcher.signatures[0])
    body = asm[:asm.index(".Lfunc_end0")]
    names = dict((reg, sym) for sym, reg in re.findall(
        r"movabsq\s+\$([A-Za-z_][\w.]*),\s*(%\w+)", body))
    return [names.get(t.lstrip("*"), t) for t in
            re.findall(r"^\s*call\w*\s+(\S+)", body, re.M)]


def inline_proof(export, loops):
    import numba
    failures = []
    for fname, (source, make_args) in loops.items():
        symbol = export.functions[fname]["c_symbol"]
        values = {}
        for tier in ("irbuilder", "c_call"):
            _, impl = pyir.jit.numba.implementation(export, fname, (tier,))
            namespace = {"K": impl}
            exec(source, namespace)  # noqa: S102
            loop = numba.njit(namespace["loop"])
            values[tier] = harness.encode(loop(*make_args()))
            _, named = body_calls(loop, symbol)
            calls = call_targets(loop)
            print("%s %s loop: calls in the jitted body: %s; %s %s" % (
                tier, fname, calls or "none", symbol,
                "referenced" if named else "absent"))
            if named != (tier == "c_call"):
                failures.append("%s %s loop: %s %s" % (
                    tier, fname, symbol, "referenced" if named else "absent"))
        if values["irbuilder"] != values["c_call"]:
            failures.append("%s loop: %r != %r" % (
                fname, values["irbuilder"], values["c_call"]))
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("--tiers", default="irbuilder,bitcode,c_call")
    parser.add_argument("--expect-irbuilder", default=None,
                        help="'all', or the number of functions tier 1 "
                        "must implement")
    parser.add_argument("--inline", action="store_true")
    parser.add_argument("--fastmath", action="store_true",
                        help="compile the callers with fastmath=True (the "
                        "kernels must stay strict)")
    parser.add_argument("cases")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    cases, source, name = harness.load_cases(opts.cases)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        ext, export = build(opts.pyirc, source, name, tmp)
        for tier in opts.tiers.split(","):
            checked = functions = raised = 0
            missing = []
            messages = set()
            for fname, factories in cases.CASES.items():
                fn = export.functions[fname]
                try:
                    _, impl = pyir.jit.numba.implementation(export, fname,
                                                        (tier,))
                except pyir.jit.numba.TierUnavailable as e:
                    reason = str(e).split("no tier works (", 1)[-1][:-1]
                    missing.append("%s (%s)" % (fname, reason))
                    continue
                functions += 1
                params = fn["signature"]["params"]
                call = caller(impl, len(params), opts.fastmath)
                for factory in factories:
                    args, kwargs = factory()
                    if kwargs or len(args) != len(params) or any(
                            not isinstance(v, (int, float)) and
                            not pyir.jit.is_view_type(p["type"])
                            for v, p in zip(args, params)) or \
                            not in_range(fn, args):
                        continue  # defaults, keywords, conversions: glue
                    e_res, e_buf = harness.run(getattr(ext, fname), factory)

                    def numba_factory(factory=factory):
                        a, k = factory()
                        return tuple(as_numba_arg(v, p["type"]) for v, p in
                                     zip(a, params)), k
                    try:
                        res, buf = harness.run(call, numba_factory)
                    except Exception as e:  # noqa: BLE001 - compile errors
                        failures.append("%s %s: %s: %s" % (
                            tier, fname, type(e).__name__, e))
                        break
                    checked += 1
                    raised += e_res[0] == "exc"
                    views = [k for k, p in enumerate(params)
                             if pyir.jit.is_view_type(p["type"])]
                    where = "%s %s%r" % (tier, fname, args)
                    if res[:2] != e_res[:2]:
                        failures.append("%s: %r != extension %r" % (
                            where, res[:2], e_res[:2]))
                    elif message(res) != message(e_res):
                        failures.append("%s: message %r != extension %r" % (
                            where, message(res), message(e_res)))
                    elif [buf[k] for k in views] != [e_buf[k]
                                                      for k in views]:
                        failures.append("%s: buffers differ" % where)
                    elif res[0] == "exc":
                        messages.add("%s(%r)" % (res[1], message(res)))
            print("%s: %d functions, %d checks (%d raising, messages "
                  "compared)" % (tier, functions, checked, raised))
            if missing:
                print("%s: not implemented: %s" % (tier, "; ".join(missing)))
            if tier == "irbuilder":
                for m in sorted(messages):
                    print("irbuilder raised, as the extension: %s" % m)
            if tier == "irbuilder" and opts.expect_irbuilder is not None:
                if opts.expect_irbuilder == "all" and missing:
                    failures.append("irbuilder: %d functions missing"
                                    % len(missing))
                elif opts.expect_irbuilder != "all" and \
                        functions != int(opts.expect_irbuilder):
                    failures.append("irbuilder: %d functions, expected %s"
                                    % (functions, opts.expect_irbuilder))
        if opts.inline:
            failures += inline_proof(export, cases.INLINE)
    return report(name, failures)


if __name__ == "__main__":
    sys.exit(main())
