#!/usr/bin/env python3
"""Runs the sanitized pyirc or pyir-opt over every test input.

  sweep.py py --pyirc PYIRC ROOT      every .py under ROOT/test and
                                      ROOT/examples: --emit=pyir, then, if the
                                      frontend accepts it, -O0..-O3 --emit=c
  sweep.py mlir --pyir-opt OPT ROOT   every .mlir there, split like
                                      --split-input-file: pyir-O0..pyir-O3
                                      and convert-pyir-to-emitc

An input may be rejected with a diagnostic (exit status 1); a sanitizer
report, a crash or any other exit status is a finding. Prints each finding
with its command and the head of its output, then "sweep: N runs, M
findings"; exits 1 if there are findings.
"""

import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys

MARKERS = ("Sanitizer", "runtime error:", "Stack dump:",
           "PLEASE submit a bug report")


def run(cmd, env):
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, errors="replace",
                            env=env, timeout=600)
    bad = result.returncode not in (0, 1) or any(
        m in result.stderr for m in MARKERS)
    return result.returncode, bad, result.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("py", "mlir"))
    parser.add_argument("--pyirc")
    parser.add_argument("--pyir-opt")
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("root")
    args = parser.parse_args()
    root = pathlib.Path(args.root)

    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1"
    # A crash stack in the output, not a core file.
    env.setdefault("LLVM_DISABLE_CRASH_REPORT", "1")

    found = []
    runs = 0

    def report(cmd, rc, out):
        found.append((cmd, rc, out))

    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        if args.mode == "py":
            inputs = sorted(root.glob("test/**/*.py")) + sorted(
                root.glob("examples/*.py"))

            def one(path):
                cmds = [[args.pyirc, "--emit=pyir", str(path), "-o",
                         os.devnull]]
                rc, bad, out = run(cmds[0], env)
                results = [(cmds[0], rc, bad, out)]
                if rc == 0 and not bad:
                    for level in range(4):
                        cmd = [args.pyirc, f"-O{level}", "--emit=c", str(path),
                               "-o", os.devnull]
                        results.append((cmd, *run(cmd, env)))
                return results
        else:
            inputs = sorted(root.glob("test/**/*.mlir")) + sorted(
                root.glob("examples/*.mlir"))

            def one(path):
                results = []
                for level in range(4):
                    # Stamp the version of modules written without one, so
                    # that the pipeline gets past pyir-verify-version.
                    pipeline = ("builtin.module("
                                "pyir-verify-version{stamp=true},"
                                f"pyir-O{level},convert-pyir-to-emitc)")
                    cmd = [args.pyir_opt, "--split-input-file", str(path),
                           f"--pass-pipeline={pipeline}", "-o", os.devnull]
                    results.append((cmd, *run(cmd, env)))
                return results

        for results in pool.map(one, inputs):
            for cmd, rc, bad, out in results:
                runs += 1
                if bad:
                    report(cmd, rc, out)

    for cmd, rc, out in found:
        print("FINDING: exit status", rc, ":", " ".join(cmd))
        print("\n".join(out.splitlines()[:60]))
    print(f"sweep: {len(inputs)} inputs, {runs} runs, {len(found)} findings")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
