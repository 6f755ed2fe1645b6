"""Every function of the C runtime's table, through every implementation.

    runtime_table.py --pyirc PYIRC

For each function of pyir._tables.RUNTIME_FUNCTIONS (generated from
include/pyir/Runtime/pyir_entries.h) that Python source can reach, a Python
function computing it is compiled once into an extension and exported: for
PYIR_RUNTIME_ENTRIES the operator or math function on the family's type
(with the directive that selects the family), for PYIR_RUNTIME_CONVERSIONS
the cast (``u8(x)``, ``int(x)``), ``round(x)``, ``round(x, n)`` or the six
comparisons of the two operand types. The test checks that the JSON IR's op
names that very runtime function, then calls the function on every
combination of edge values of its operands through

* the extension (the C runtime, the reference of this test),
* the export's Python reference (<mod>_ref.py: its prelude is the second,
  hand-written definition of these rules, which PyPy runs), and
* Numba tier 1 (which links the runtime's bitcode), when Numba is there,

and compares the outcomes: values bit for bit (NaNs alike), exception
types and messages; the edges must raise every message a conversion row
lists. The rows no source reaches (the checked casts into a fixed width:
explicit casts wrap) are listed. Prints counts; exits 1 on any difference.
"""
import argparse
import itertools
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
MATH = {"log_base": "math.log(a, b)",
        "isclose": "math.isclose(a, b, rel_tol=c, abs_tol=d)"}
# The elements of math.frexp(a) and math.modf(a): a body, not an expression.
MATH_BODY = {"frexp_mantissa": "m, e = math.frexp(a)\n    return m",
             "frexp_exponent": "m, e = math.frexp(a)\n    return e",
             "modf_fraction": "f, i = math.modf(a)\n    return f",
             "modf_integer": "f, i = math.modf(a)\n    return i"}
MATH_TYPES = {"double": "float", "int64_t": "int"}

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


# The conversions' operands: each fixed width's limits and their neighbours
# (as ints, and as floats with halves: round half to even, int() truncating
# towards zero), 2**53 (the first int a double cannot hold is 2**53 + 1),
# 2**63 and 2**64 with the doubles next to them, a double's limits.
CONV_INT_EDGES = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768,
                  -32769, 65535, 65536, 2**31 - 1, 2**31, -2**31 - 1,
                  2**32 - 1, 2**32, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1,
                  2**63 - 2, -2**63, -2**63 + 1]
CONV_U64_EDGES = [0, 1, 127, 128, 255, 256, 2**31, 2**32, 2**53, 2**53 + 1,
                  2**63 - 512, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 2048,
                  2**64 - 2, 2**64 - 1]
CONV_FLOAT_EDGES = [
    0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
    0.9999999999999999, -0.9999999999999999, 1.0, -1.0, 2.675, 127.5, 128.0,
    -128.5, -129.0, 255.5, 256.0, 32767.5, 32768.0, -32769.0, 65535.5,
    65536.0, 2147483647.5, 2147483648.0, -2147483649.0, 4294967295.5,
    4294967296.0, 2.0**53, 2.0**53 + 2, 2.0**63 - 1024, 2.0**63, -2.0**63,
    -2.0**63 - 2048, 2.0**64 - 2048, 2.0**64, -2.0**64, 1e22, 123456.789,
    1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308,
    5e-324, -5e-324, math.inf, -math.inf, math.nan]
CONV_EDGES = {"int": CONV_INT_EDGES, "u64": CONV_U64_EDGES,
              "float": CONV_FLOAT_EDGES}
# round(x, ndigits): CPython's limits (323, -308) and their neighbours, the
# digits a double holds (15-17, 22), int64's ends.
NDIGITS = [-2**63, -400, -309, -308, -307, -300, -23, -22, -19, -16, -15,
           -2, -1, 0, 1, 2, 3, 15, 16, 17, 22, 300, 307, 308, 322, 323, 324,
           400, 2**63 - 1]
# The six comparisons, each an op that names the row's function.
COMPARISONS = "(a < b, a <= b, a == b, a != b, a > b, a >= b)"


def conversion(symbol, row):
    """(parameter types, result type, expression) of the Python function
    whose op calls conversion row ``symbol``; None if no source does: the
    frontend's explicit casts into a fixed width wrap (from_int,
    from_float), only ``int(x)`` and a u64 becoming an ``int`` check
    (castScalar in frontend/lib/Sema/IRGenExpr.cpp)."""
    family, _, entry = row[:3]
    if family == "cmp":
        a, b = entry.split("_")
        return [a, b], "tuple[%s]" % ", ".join(["bool"] * 6), COMPARISONS
    if entry in ("from_int", "from_float"):
        return ["int" if entry == "from_int" else "float"], family, \
            "%s(a)" % family
    return {"pyir_i64_from_u64_checked": (["u64"], "int", "int(a)"),
            "pyir_float_to_int": (["float"], "int", "int(a)"),
            "pyir_float_round_int": (["float"], "int", "round(a)"),
            "pyir_float_round": (["float", "int"], "float", "round(a, b)"),
            }.get(symbol)


def is_conversion(row):
    return row[2] not in BINARY and row[2] not in UNARY and row[0] != "math"


def python_type(family):
    return {"int": "int", "i64": "int", "float": "float",
            "math": "float"}.get(family, family)


def source_of(symbol, row):
    """The Python function computing runtime function `symbol`."""
    family, _, entry, arity, _, result = row[:6]
    if is_conversion(row):
        params, ret, expr = conversion(symbol, row)
        names = ", ".join("%s: %s" % (n, t) for n, t in zip("ab", params))
        return "def %s(%s) -> %s:\n    return %s\n" % (symbol, names, ret,
                                                        expr)
    t = python_type(family)
    params = "a: %s, b: %s" % (t, t) if arity == 2 else "a: %s" % t
    if family == "math":
        # The operands' C types: double a float, int64_t an int.
        params = ", ".join("%s: %s" % (n, MATH_TYPES[c])
                           for n, c in zip("abcd", row[7]))
        expr = MATH.get(entry, "math.%s(%s)" % (
            entry, ", ".join("abcd"[:arity])))
        ret = {"SAME": "float", "F64": "float", "I64": "int",
               "BOOL": "bool"}[result]
    else:
        expr = BINARY[entry] if arity == 2 else UNARY[entry]
        ret = "float" if result == "F64" else t
    lines = []
    if family == "i64":
        lines.append("@overflowcheck(False)")
    if entry in ("cdiv", "cmod"):
        lines.append("@cdivision(True)")
    lines.append("def %s(%s) -> %s:" % (symbol, params, ret))
    lines.append("    " + MATH_BODY[entry] if entry in MATH_BODY
                 else "    return %s" % expr)
    return "\n".join(lines) + "\n"


def arguments(symbol, row):
    family, _, entry, arity = row[:4]
    if is_conversion(row):
        params = conversion(symbol, row)[0]
        values = [CONV_EDGES[t] for t in params]
        if entry == "round":
            values[1] = NDIGITS
        return list(itertools.product(*values))
    if family == "math":
        return list(itertools.product(
            *[edges("int" if c == "int64_t" else "math") for c in row[7]]))
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


def numba_impls(export, symbols, failures):
    """symbol -> a Python callable running it through Numba tier 1 (the
    arguments as NumPy scalars of the parameters' types: Numba types a
    Python int as int64), or None without Numba. A function tier 1
    refuses is a failure."""
    try:
        import numba
        import numpy as np
        import pyir.jit.numba
    except ImportError:
        return None
    params = {fn["name"]: [p["type"] for p in fn["params"]]
              for fn in export.json_ir()["functions"]}
    impls = {}
    for symbol in symbols:
        try:
            _, impl = pyir.jit.numba.implementation(export, symbol,
                                                    ("irbuilder",))
        except pyir.jit.numba.TierUnavailable as e:
            failures.append("numba tier 1 refuses %s: %s" % (symbol, e))
            continue
        ns = {"impl": impl}
        names = ", ".join("x%d" % k for k in range(len(params[symbol])))
        exec("def call(%s):\n    return impl(%s)\n" % (names, names), ns)
        jitted = numba.njit(ns["call"])
        scalars = [getattr(np, {"int": "int64", "float": "float64",
                                "f32": "float32"}.get(
            t, t.replace("i", "int").replace("u", "uint")))
            for t in params[symbol]]
        impls[symbol] = (lambda j, ts: lambda *a: j(
            *(t(v) for t, v in zip(ts, a))))(jitted, scalars)
    return impls


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    import pyir.jit

    # Every row some source reaches; the others (checked casts into a
    # fixed width) are only counted: test/Runtime/entries.test calls them.
    rows = {symbol: row for symbol, row in _tables.RUNTIME_FUNCTIONS.items()
            if not is_conversion(row) or conversion(symbol, row)}
    unreached = [symbol for symbol in _tables.RUNTIME_FUNCTIONS
                 if symbol not in rows]
    source = ("import math\n\nfrom pyir import (cdivision, f32, i8, i16, "
              "i32, i64, u8, u16, u32, u64,\n                  "
              "overflowcheck)\n\n"
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
        jit = numba_impls(export, rows, failures)
        for symbol, row in rows.items():
            raised = set()
            for args in arguments(symbol, row):
                expected = outcome(getattr(ext, symbol), args)
                raised.add(expected[1:] if expected[0] == "exc" else None)
                others = [("ref", getattr(ref, symbol))]
                if jit is not None and symbol in jit:
                    others.append(("numba", jit[symbol]))
                for key, fn in others:
                    counts[key] += 1
                    got = outcome(fn, args)
                    if got != expected:
                        failures.append("%s %s%r: %r, extension %r"
                                        % (key, symbol, args, got, expected))
            if is_conversion(row):
                # The edges reach every message the row may raise.
                for ident in row[6]:
                    if _tables.MESSAGES[ident] not in raised:
                        failures.append("%s: no edge raises %s"
                                        % (symbol, ident))
    print("runtime table: %d functions, each named by its op in the JSON IR"
          % len(rows))
    print("runtime table: %d of them conversions, comparisons, round()"
          % sum(is_conversion(r) for r in rows.values()))
    print("runtime table: %d conversions no source reaches: %s"
          % (len(unreached), " ".join(unreached)))
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
