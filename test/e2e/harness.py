"""Differential harness: a PyIR module compiled by pyirc vs. interpreted.

Usage (run with /usr/bin/python3, PYTHONPATH containing <src>/python):

    harness.py --pyirc PATH/pyirc [--python /usr/bin/python3]
               [--pyirc-arg=-O0 ...] CASES.py
    harness.py --extension PATH/mod.abi3.so CASES.py   (built beforehand)

CASES.py defines
    MODULE  path of the PyIR .py module (relative to CASES.py)
    CASES   {function name: [factory, ...]} where factory() returns
            (args tuple, kwargs dict); it is called once per run so that
            buffers are fresh. Both modules get the same arguments; the
            results (floats bit for bit, every NaN alike: pyir._compare),
            the exception types, and the buffers' contents after the call
            must agree.
    BAD     optional {function name: [(factory, ExceptionType, substring)]}:
            calls that must raise in the compiled module (§6 argument
            checks); the message must contain the substring.

The one deviation accepted (language.md §2): the compiled module raises
OverflowError where the interpreter produced an int outside int64 - as the
result, or (factories wrapped in int64_deviation()) as an intermediate.
Exit status 0 when everything agrees; a report of every difference else.
"""

import argparse
import importlib.machinery
import importlib.util
import math
import os
import subprocess
import sys
import sysconfig
import tempfile
import traceback
import warnings

from pyir._compare import array_key, buffer_key, float_key

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1

# Corpora for CASES files.
INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 2**31, -2**31, 2**53 + 1,
        2**62, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 2.5, -2.5, 3.0, 1e16,
          1e308, -1e308, 5e-324, float(2**53 + 1), math.pi,
          math.inf, -math.inf, math.nan]


def int64_deviation(factory):
    """Marks a case whose interpreted run passes through an int outside
    int64: the compiled module must raise OverflowError there."""
    factory.int64_deviation = True
    return factory


def encode(value):
    """A comparable, bit-exact description of a result."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", float_key(value))
    if isinstance(value, complex):
        return ("complex", repr(value))
    if isinstance(value, tuple):
        return ("tuple", tuple(encode(v) for v in value))
    if value is None:
        return ("None",)
    # NumPy scalars from interpreted view reads.
    if hasattr(value, "dtype") and getattr(value, "shape", None) == ():
        return encode(value.item())
    # A returned array: type, format, shape, strides and contents.
    key = array_key(value)
    if key is not None:
        return ("array", key)
    return ("other", repr(value))


def buffer_state(args, kwargs):
    return [buffer_key(a) for a in list(args) + list(kwargs.values())]


def outside_int64(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not INT64_MIN <= value <= INT64_MAX
    if isinstance(value, tuple):
        return any(outside_int64(v) for v in value)
    return False


def run(fn, factory):
    args, kwargs = factory()
    try:
        result = ("ok", encode(fn(*args, **kwargs)), None)
    except Exception as e:  # noqa: BLE001 - exceptions are the data here
        result = ("exc", type(e).__name__, e)
    return result, buffer_state(args, kwargs)


def load(name, path):
    if path.endswith(".py"):
        loader = importlib.machinery.SourceFileLoader(name, path)
    else:
        loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def build_with_export(pyirc, source, name, tmp):
    """Compiles `source` into the extension module `name` (loaded) and its
    JIT export in `tmp`; returns (module, export directory)."""
    so = os.path.join(tmp, name + sysconfig.get_config_var("EXT_SUFFIX"))
    out = os.path.join(tmp, "export")
    subprocess.run([pyirc, source, "-o", so, "--python", sys.executable],
                   check=True)
    subprocess.run([pyirc, "--emit=jit", source, "-o", out], check=True)
    return load(name, so), out


def load_cases(path):
    """The CASES file at `path`, the PyIR module it names (its MODULE, as an
    absolute path) and that module's name."""
    # Its factories may come from a module beside it (cases_common.py).
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("cases", path)
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    source = os.path.abspath(os.path.join(os.path.dirname(path),
                                          cases.MODULE))
    return cases, source, os.path.splitext(os.path.basename(source))[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc")
    parser.add_argument("--extension",
                        help="the compiled module, built beforehand (an "
                        "abi3 module for several interpreters)")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--pyirc-arg", action="append", default=[],
                        help="extra pyirc argument (-O0, --sanitize=address)")
    parser.add_argument("cases")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")  # NumPy scalar overflow in interpreted runs
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

    if not opts.pyirc and not opts.extension:
        parser.error("--pyirc or --extension is required")
    cases, source, name = load_cases(opts.cases)

    failures = []
    count = 0
    with tempfile.TemporaryDirectory() as tmp:
        so = opts.extension or os.path.join(
            tmp, name + sysconfig.get_config_var("EXT_SUFFIX"))
        proc = None if opts.extension else subprocess.run(
            [opts.pyirc, source, "-o", so, "--python", opts.python]
            + opts.pyirc_arg, capture_output=True, text=True)
        if proc and proc.returncode != 0:
            print("pyirc failed:\n" + proc.stdout + proc.stderr)
            return 1
        compiled = load(name, so)
        interpreted = load(name, source)
        if compiled.__doc__ != interpreted.__doc__:
            failures.append("module docstring differs")
        for fname, factories in cases.CASES.items():
            c_fn, i_fn = getattr(compiled, fname), getattr(interpreted, fname)
            if c_fn.__doc__ != i_fn.__doc__:
                failures.append(f"{fname}: docstring differs")
            for factory in factories:
                count += 1
                (c_res, c_buf) = run(c_fn, factory)
                (i_res, i_buf) = run(i_fn, factory)
                args = factory()
                where = f"{fname}(*{args[0]!r}, **{args[1]!r})"
                if c_res[:2] != i_res[:2]:
                    if (c_res[0] == "exc" and c_res[1] == "OverflowError"
                            and i_res[0] == "ok"):
                        # The documented int64 deviation (loud).
                        args2, kwargs2 = factory()
                        if (getattr(factory, "int64_deviation", False)
                                or outside_int64(i_fn(*args2, **kwargs2))):
                            continue
                    if (c_res[0] == "exc" and c_res[1] == "ValueError"
                            and i_res[0] == "ok"
                            and i_res[1][0] == "complex"):
                        # Deviation: negative ** fractional is a complex in
                        # CPython, ValueError in PyIR (language.md §4).
                        continue
                    failures.append(f"{where}: compiled {c_res[:2]} "
                                    f"!= interpreted {i_res[:2]}")
                    continue
                if c_buf != i_buf:
                    failures.append(f"{where}: buffers differ after the call")
                if c_res[0] == "exc":
                    # The traceback entry points at the .py source line:
                    # the module is built away from its .py, so the file is
                    # named relative to its package root (`name.py`; never
                    # the build machine's path, docs/CBackend.md).
                    c_tb = traceback.extract_tb(c_res[2].__traceback__)[-1]
                    i_tb = traceback.extract_tb(i_res[2].__traceback__)[-1]
                    if c_tb.filename != os.path.basename(source):
                        failures.append(f"{where}: traceback file "
                                        f"{c_tb.filename!r}")
                    elif (i_tb.filename == source
                          and c_tb.lineno != i_tb.lineno):
                        failures.append(f"{where}: traceback line "
                                        f"{c_tb.lineno} != {i_tb.lineno}")
        for fname, bad in getattr(cases, "BAD", {}).items():
            c_fn = getattr(compiled, fname)
            for factory, exc_type, text in bad:
                count += 1
                args, kwargs = factory()
                try:
                    c_fn(*args, **kwargs)
                except exc_type as e:
                    if text not in str(e):
                        failures.append(f"{fname}{args!r}: message {str(e)!r}"
                                        f" lacks {text!r}")
                except Exception as e:  # noqa: BLE001
                    failures.append(f"{fname}{args!r}: raised "
                                    f"{type(e).__name__}: {e}, expected "
                                    f"{exc_type.__name__}")
                else:
                    failures.append(f"{fname}{args!r}: did not raise "
                                    f"{exc_type.__name__}")
        for private in getattr(cases, "PRIVATE", []):
            count += 1
            if hasattr(compiled, private):
                failures.append(f"private function {private} is exported")
        for const in getattr(cases, "CONSTANTS", []):
            count += 1
            a, b = getattr(compiled, const), getattr(interpreted, const)
            if encode(a) != encode(b):
                failures.append(f"constant {const}: {a!r} != {b!r}")

    for f in failures:
        print("MISMATCH", f)
    print(f"{name}: {count} calls, {len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
