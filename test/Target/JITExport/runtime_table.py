"""Every function of the C runtime's table, through every implementation.

    runtime_table.py --pyirc PYIRC

For each arithmetic function of pyir._tables.RUNTIME_FUNCTIONS (generated
from include/pyir/Runtime/pyir_entries.h), a Python function computing it (the
operator or math function on the family's type, with the directive that
selects the family) is compiled once into an extension and exported; the
test checks that the JSON IR's op names that very runtime function, then
calls the function on every pair of edge values of its family through

* the extension (the C runtime, the reference of this test),
* the export's Python reference (<mod>_ref.py: its prelude is the second,
  hand-written definition of these rules, which PyPy runs), and
* Numba tier 1 (which links the runtime's bitcode), when Numba is there,

and compares the outcomes: values bit for bit (NaNs alike), exception
types and messages. Prints counts; exits 1 on any difference.
"""
import argparse
import math
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "e2e"))
import harness  # noqa: E402  (test/e2e/harness.py: encode, load)

from pyir import _tables  # noqa: E402

# How Python spells each entry (this test's own oracle, not the compiler's).
BINARY = {"add": "a + b", "sub": "a - b", "mul": "a * b", "pow": "a ** b",
          "floordiv": "a // b", "mod": "a % b", "truediv": "a / b",
          "cdiv": "a // b", "cmod": "a % b", "lshift": "a << b",
          "rshift": "a >> b"}
UNARY = {"neg": "-a", "abs": "abs(a)"}
MATH = {"log_base": "math.log(a, b)"}

INT_EDGES = [0, 1, -1, 2, -2, 3, -3, 7, 63, 64, 65, 100, -100]
FLOAT_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
               2000.5, 1e308, -1e308, 1e-310, math.inf, -math.inf, math.nan]
F32_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2000.5,
             3e38, -3e38, 1e-40, math.inf, -math.inf, math.nan]


def edges(family):
    if family in ("float", "math"):
        return FLOAT_EDGES
    if family == "f32":
        return F32_EDGES
    bits = 64 if family in ("int", "i64", "u64") else int(family[1:])
    if family.startswith("u"):
        top = 2**bits - 1
        return [v for v in INT_EDGES if v >= 0] + [top, top - 1]
    lo, hi = -2**(bits - 1), 2**(bits - 1) - 1
    return [v for v in INT_EDGES if lo <= v <= hi] + [lo, hi, lo + 1, hi - 1]


def python_type(family):
    return {"int": "int", "i64": "int", "float": "float",
            "math": "float"}.get(family, family)


def source_of(symbol, row):
    """The Python function computing runtime function `symbol`."""
    family, _, entry, arity, _, result = row[:6]
    t = python_type(family)
    params = "a: %s, b: %s" % (t, t) if arity == 2 else "a: %s" % t
    if family == "math":
        expr = MATH.get(entry, "math.%s(%s)" % (
            entry, "a, b" if arity == 2 else "a"))
        ret = {"SAME": "float", "I64": "int", "BOOL": "bool"}[result]
    else:
        expr = BINARY[entry] if arity == 2 else UNARY[entry]
        ret = "float" if result == "F64" else t
    lines = []
    if family == "i64":
        lines.append("@overflowcheck(False)")
    if entry in ("cdiv", "cmod"):
        lines.append("@cdivision(True)")
    lines.append("def %s(%s) -> %s:" % (symbol, params, ret))
    lines.append("    return %s" % expr)
    return "\n".join(lines) + "\n"


def arguments(symbol, row):
    family, _, entry, arity = row[:4]
    values = edges(family)
    if arity == 1:
        return [(a,) for a in values]
    pairs = [(a, b) for a in values for b in values]
    if entry in ("cdiv", "cmod"):
        # A zero divisor is undefined under cdivision (language.md §5).
        pairs = [(a, b) for a, b in pairs if b != 0]
    return pairs


def outcome(fn, args):
    """A comparable outcome: the encoded value, or the exception type and
    message."""
    try:
        return ("ok", harness.encode(fn(*args)))
    except Exception as e:  # noqa: BLE001 - exceptions are the data here
        return ("exc", type(e).__name__, str(e))


def numba_impls(export, symbols):
    """symbol -> a Python callable running it through Numba tier 1 (the
    arguments as NumPy scalars of the family's type: Numba types a Python
    int as int64), or None without Numba."""
    try:
        import numba
        import numpy as np
        import pyir.jit.numba
    except ImportError:
        return None
    impls = {}
    for symbol in symbols:
        _, impl = pyir.jit.numba.implementation(export, symbol,
                                                ("irbuilder",))
        ns = {"impl": impl}
        family, _, _, arity = _tables.RUNTIME_FUNCTIONS[symbol][:4]
        names = ", ".join("x%d" % k for k in range(arity))
        exec("def call(%s):\n    return impl(%s)\n" % (names, names), ns)
        jitted = numba.njit(ns["call"])
        scalar = getattr(np, {"int": "int64", "float": "float64",
                              "math": "float64", "f32": "float32"}.get(
            family, family.replace("i", "int").replace("u", "uint")))
        impls[symbol] = (lambda j, t: lambda *a: j(*map(t, a)))(jitted,
                                                                 scalar)
    return impls


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    import pyir.jit

    # The arithmetic entries (operands of the family's type); the
    # conversions, exact comparisons and round() are checked by
    # test/Runtime/entries.test and the differential fuzzer.
    rows = {symbol: row for symbol, row in _tables.RUNTIME_FUNCTIONS.items()
            if row[0] == "math" or row[2] in BINARY or row[2] in UNARY}
    source = ("import math\n\nfrom pyir import (cdivision, f32, i8, i16, "
              "i32, u8, u16, u32, u64,\n                  overflowcheck)\n\n"
              + "\n\n".join(source_of(s, r) for s, r in rows.items()))
    failures = []
    counts = {"ref": 0, "numba": 0}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "rt_table.py")
        with open(path, "w") as f:
            f.write(source)
        so = os.path.join(tmp, "rt_table" + sysconfig.get_config_var(
            "EXT_SUFFIX"))
        out = os.path.join(tmp, "export")
        for args in ([opts.pyirc, path, "-o", so, "--python",
                      sys.executable],
                     [opts.pyirc, "--emit=jit", "--jit-native=false", path,
                      "-o", out]):
            proc = subprocess.run(args, capture_output=True, text=True)
            if proc.returncode != 0:
                print("pyirc failed:", proc.stdout, proc.stderr)
                return 1
        ext = harness.load("rt_table", so)
        export = pyir.jit.load(out)
        ref = export.ref_module()
        # The op of each function names the runtime function it computes.
        named = {}
        for fn in export.json_ir()["functions"]:
            named[fn["name"]] = {op.get("runtime") for block in fn["blocks"]
                                 for op in block["ops"]} - {None}
        for symbol in rows:
            family, _, entry = rows[symbol][:3]
            expected = {symbol}
            if family == "i64" and entry in ("truediv", "rshift"):
                # Their result does not depend on the overflow mode: an op
                # on a wrapping int calls int's (the same function).
                expected = {"pyir_int_" + entry}
            if named.get(symbol) != expected:
                failures.append("%s: the JSON IR names %s"
                                % (symbol, sorted(named.get(symbol, ()))))
        jit = numba_impls(export, rows)
        for symbol, row in rows.items():
            for args in arguments(symbol, row):
                expected = outcome(getattr(ext, symbol), args)
                others = [("ref", getattr(ref, symbol))]
                if jit is not None:
                    others.append(("numba", jit[symbol]))
                for key, fn in others:
                    counts[key] += 1
                    got = outcome(fn, args)
                    if got != expected:
                        failures.append("%s %s%r: %r, extension %r"
                                        % (key, symbol, args, got, expected))
    print("runtime table: %d functions, each named by its op in the JSON IR"
          % len(rows))
    print("runtime table: reference ~ extension: %d calls" % counts["ref"])
    if jit is not None:
        print("runtime table: numba tier 1 ~ extension: %d calls"
              % counts["numba"])
    for f in failures[:40]:
        print("MISMATCH", f)
    print("runtime table: %d mismatches" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
