#!/usr/bin/env python3
"""Writes the seed corpus of pyir-opt-fuzzer into a directory.

The seeds are every .mlir file under test/ and examples/, split at
`// -----` like `pyir-opt --split-input-file`, without their comment lines
(RUN/CHECK lines and prose), plus `pyirc --emit=pyir` of the e2e test inputs
and the examples. A seed without a `pyir.version` attribute is also written
with one (the pipelines refuse modules without it), so that fuzzing starts
from inputs that reach every pass.

    make-corpus.py --pyirc build/bin/pyirc OUT_DIR
"""

import argparse
import hashlib
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
VERSION = '{pyir.version = "1.1"}'


def mlir_seeds():
    for path in sorted(ROOT.glob("test/**/*.mlir")) + sorted(
        ROOT.glob("examples/*.mlir")
    ):
        text = path.read_text()
        for chunk in re.split(r"^// -----.*$", text, flags=re.M):
            lines = [
                line
                for line in chunk.splitlines()
                if not line.lstrip().startswith("//")
            ]
            body = "\n".join(lines).strip() + "\n"
            if body.strip():
                yield body
                if "pyir.version" not in body:
                    yield with_version(body)


def with_version(body):
    if re.match(r"module\s+attributes\s*\{", body):
        return re.sub(
            r"attributes\s*\{", "attributes {pyir.version = \"1.1\", ", body,
            count=1)
    if re.match(r"module\s*\{", body):
        return re.sub(r"module\s*\{", "module attributes " + VERSION + " {",
                      body, count=1)
    return "module attributes " + VERSION + " {\n" + body + "}\n"


def pyir_seeds(pyirc):
    inputs = sorted(ROOT.glob("test/e2e/Inputs/*.py")) + sorted(
        ROOT.glob("examples/*.py"))
    for path in inputs:
        result = subprocess.run(
            [pyirc, "--emit=pyir", str(path), "-o", "-"],
            capture_output=True, text=True)
        if result.returncode == 0:
            yield result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyirc", required=True)
    parser.add_argument("out")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    count = 0
    for seed in list(mlir_seeds()) + list(pyir_seeds(args.pyirc)):
        name = hashlib.sha1(seed.encode()).hexdigest()
        with open(os.path.join(args.out, name), "w") as f:
            f.write(seed)
        count += 1
    print(f"make-corpus: {count} seeds in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
