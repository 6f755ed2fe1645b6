"""Today's adapters read every frozen export under corpus/.

For each export: the manifest validates and every sha256 matches; the
reference and the C ABI agree on a few calls; with Numba, tiers irbuilder,
bitcode and py_inline compile clip_fma from the old files and agree. Tier
1 (irbuilder) calls the C runtime's functions that format 1.1 ops name:
on a 1.0 export it must refuse with that reason (the adapter then falls to
the bitcode tier, checked here too); format 1.2 names the conversions'
functions as well (int(x), round(x)); format 1.3 the math functions of
dialect 1.3.
"""
import os
import sys

import pyir.jit
import pyir.jit.pypy

HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = [(1.5, 2.0, 0.25), (-0.0, float("inf"), 0.25),
         (float("nan"), 1.0, 0.25), (1e300, 1e300, -1.0)]
INT_CALLS = [(7, 2), (-7, 2), (7, -2), (5, 0), (-2**63, -1), (-2**63, 3)]
FLOAT_CALLS = [(2.5,), (-2.5,), (0.5,), (float("nan"),), (float("inf"),),
               (-9.3e18,), (1e19,)]
SPECIAL_CALLS = [(0.5, 3), (1.0005, -2), (0.0, 1), (171.5, 0), (2.0, 1100),
                 (float("nan"), 7), (-1.5, -2**63)]


def outcome(fn, args):
    """repr of fn(*args), or the exception's type and message."""
    try:
        return repr(fn(*args))
    except Exception as e:  # noqa: BLE001 - compared, not handled
        return "%s: %s" % (type(e).__name__, e)


def main():
    try:
        import numba
        import pyir.jit.numba
    except ImportError:
        numba = None
    count = bad = 0
    root = os.path.join(HERE, "corpus")
    for version in sorted(os.listdir(root)):
        vdir = os.path.join(root, version)
        if not os.path.isdir(vdir):
            continue
        for name in sorted(os.listdir(vdir)):
            directory = os.path.join(vdir, name)
            export = pyir.jit.load(directory)
            module = pyir.jit.pypy.load(directory)
            abi = export.cffi_module()
            results = {}
            for args in CALLS:
                r = repr(module.clip_fma(*args))
                c = repr(abi.clip_fma(*args))
                results[args] = r
                count += 1
                if r != c:
                    bad += 1
                    print("MISMATCH", version, name, args, r, c)
            tiers = ("irbuilder", "bitcode", "py_inline")
            if numba is not None and export.format_version < (1, 1):
                tiers = tiers[1:]
                count += 1
                try:
                    pyir.jit.numba.implementation(export, "clip_fma",
                                                  ("irbuilder",))
                    bad += 1
                    print("UNEXPECTED tier 1 on format 1.0", name)
                except pyir.jit.numba.TierUnavailable as e:
                    if "export format 1.0" not in str(e):
                        bad += 1
                        print("WRONG REASON", name, e)
                tier, _ = pyir.jit.numba.implementation(export, "clip_fma")
                print("%s/%s: default tier %s" % (version, name, tier))
            if numba is not None:
                for tier in tiers:
                    _, impl = pyir.jit.numba.implementation(export, "clip_fma",
                                                        (tier,))
                    f = numba.njit(lambda a, x, y: impl(a, x, y))
                    for args in CALLS:
                        count += 1
                        if repr(f(*args)) != results[args]:
                            bad += 1
                            print("MISMATCH", version, name, tier, args)
            if numba is not None and export.format_version >= (1, 1):
                # Tier 1's calls of the runtime's functions (format 1.1),
                # against the reference: values and exceptions.
                _, impl = pyir.jit.numba.implementation(export, "idivmod",
                                                        ("irbuilder",))
                f = numba.njit(lambda a, b: impl(a, b))
                for args in INT_CALLS:
                    count += 1
                    if outcome(f, args) != outcome(module.idivmod, args):
                        bad += 1
                        print("MISMATCH", version, name, "idivmod", args,
                              outcome(f, args), outcome(module.idivmod, args))
            if numba is not None and export.format_version >= (1, 2):
                # Format 1.2 names the conversions' runtime functions too:
                # tier 1 calls them for int(x) and round(x).
                _, impl = pyir.jit.numba.implementation(export, "conv",
                                                        ("irbuilder",))
                f = numba.njit(lambda x: impl(x))
                for args in FLOAT_CALLS:
                    count += 1
                    if outcome(f, args) != outcome(module.conv, args):
                        bad += 1
                        print("MISMATCH", version, name, "conv", args,
                              outcome(f, args), outcome(module.conv, args))
            if numba is not None and export.format_version >= (1, 3):
                # Format 1.3: the math functions of dialect 1.3 (gamma, erf,
                # ldexp, comb, factorial, gcd, isclose) through tier 1.
                _, impl = pyir.jit.numba.implementation(export, "special",
                                                        ("irbuilder",))
                f = numba.njit(lambda x, n: impl(x, n))
                for args in SPECIAL_CALLS:
                    count += 1
                    if outcome(f, args) != outcome(module.special, args):
                        bad += 1
                        print("MISMATCH", version, name, "special", args,
                              outcome(f, args), outcome(module.special, args))
            print("%s/%s: read (format %s, dialect %s)" % (
                version, name, export.manifest["format_version"],
                export.manifest["producer"]["dialect_version"]))
    print("corpus: %d checks, %d mismatches" % (count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
