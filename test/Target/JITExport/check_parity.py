"""Parity of a JIT export: the compiled extension, the generated Python
reference (<mod>_ref.py), the C ABI through cffi and the interpreted source.

    check_parity.py --pyirc PYIRC CASES.py

CASES.py is an e2e-style cases file (MODULE, CASES). The reference and the
C ABI must agree with the extension exactly (floats bit for bit, exception
types, buffer contents after the call); the reference must agree with the
interpreted source under the differential rule (language.md: the int64
OverflowError deviation only; functions using fixed-width or f32 types are
outside the rule by design and are not compared with the interpreter).
Prints one line per pair and exits 1 on any mismatch.
"""
import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "e2e"))
import harness  # noqa: E402  (test/e2e/harness.py: encode, run, load)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("cases")
    opts = parser.parse_args()
    warnings.simplefilter("ignore")
    import pyir.jit

    cases, source, name = harness.load_cases(opts.cases)
    counts = {"ref~ext": 0, "abi~ext": 0, "ref~interp": 0}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        so = os.path.join(tmp, name + sysconfig.get_config_var("EXT_SUFFIX"))
        out = os.path.join(tmp, "export")
        for args in ([opts.pyirc, source, "-o", so, "--python",
                      sys.executable],
                     [opts.pyirc, "--emit=jit", source, "-o", out]):
            proc = subprocess.run(args, capture_output=True, text=True)
            if proc.returncode != 0:
                print("pyirc failed:", proc.stdout, proc.stderr)
                return 1
        ext = harness.load(name, so)
        interp = harness.load(name + "_interp", source)
        export = pyir.jit.load(out)
        ref = export.ref_module()
        abi = export.cffi_module()
        for fname, factories in cases.CASES.items():
            sem = export.functions[fname]["semantics"]
            in_rule = sem["fixed_width"] == "none" and sem["f32"] == "none"
            for factory in factories:
                e_res, e_buf = harness.run(getattr(ext, fname), factory)
                where = "%s%r" % (fname, factory()[0])
                # Functions with arrays have the reference only (their C
                # has no owners: tiers.excluded_reason).
                native = "excluded_reason" not in export.functions[fname][
                    "tiers"]
                for key, impl in (("ref~ext", ref), ("abi~ext", abi)):
                    if key == "abi~ext" and not native:
                        continue
                    counts[key] += 1
                    res, buf = harness.run(getattr(impl, fname), factory)
                    if res[:2] != e_res[:2] or buf != e_buf:
                        failures.append("%s %s: %r != extension %r"
                                        % (key, where, res[:2], e_res[:2]))
                if not in_rule:
                    continue
                counts["ref~interp"] += 1
                r_res, r_buf = harness.run(getattr(ref, fname), factory)
                i_res, i_buf = harness.run(getattr(interp, fname), factory)
                if r_res[:2] == i_res[:2] and r_buf == i_buf:
                    continue
                if (r_res[:2] == ("exc", "OverflowError")
                        and e_res[:2] == r_res[:2] and i_res[0] == "ok"):
                    # The documented int64 deviation (language.md §2): the
                    # interpreter passed through an int outside int64 and
                    # the compiled module raised, loudly, as the reference.
                    counts["int64 deviations"] = \
                        counts.get("int64 deviations", 0) + 1
                    continue
                if (r_res[:2] == ("exc", "ValueError")
                        and e_res[:2] == r_res[:2] and i_res[0] == "ok"
                        and i_res[1][0] == "complex"):
                    # Deviation: negative ** fractional (language.md §4).
                    counts["complex deviations"] = \
                        counts.get("complex deviations", 0) + 1
                    continue
                if (r_res[:2] == ("exc", "ValueError")
                        and e_res[:2] == r_res[:2] and i_res[0] == "ok"
                        and "C-contiguous" in str(r_res[2:])):
                    # Deviation: a `::1` view needs a C-contiguous buffer
                    # (language.md §6); the interpreter indexes any.
                    counts["contiguity deviations"] = \
                        counts.get("contiguity deviations", 0) + 1
                    continue
                if (r_res[:2] == ("exc", "TypeError")
                        and e_res[:2] == r_res[:2] and i_res[0] == "ok"
                        and "compiled code slices only" in str(r_res[2:])):
                    # Deviation: a bytearray or array.array is not sliced
                    # (its Python slice is a copy; language.md §12).
                    counts["copy-slicing deviations"] = \
                        counts.get("copy-slicing deviations", 0) + 1
                    continue
                failures.append("ref~interp %s: %r != interpreted %r"
                                % (where, r_res[:2], i_res[:2]))
    for f in failures:
        print("MISMATCH", f)
    for key, n in counts.items():
        print("%s: %s %d checks" % (name, key, n))
    print("%s: %d mismatches" % (name, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
