#!/usr/bin/env bash
# Creates build/bench-venv (at the repository root) with the pinned PyPI
# peers of bench/run.py (bench/requirements.txt). Idempotent: installs only
# what is missing or at another version. PyPy is Debian's pypy3, not a PyPI
# package (apt-get install pypy3); bench/run.py reports it SKIPPED without.
#
#   bench/setup-venv.sh
#   build/bench-venv/bin/python bench/run.py [--quick]
#
# PYTHON=... picks the interpreter (default: python3 on PATH, CPython 3.11:
# the pins are for 3.11).
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
venv="$repo/build/bench-venv"
req="$bench/requirements.txt"
python=${PYTHON:-python3}

ver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != 3.11 ]; then
    echo "setup-venv.sh: $python is Python $ver; the pins in $req are for 3.11" >&2
    exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv with $(command -v "$python") ($ver)"
    "$python" -m venv "$venv"
fi

# The pins that are not installed at their version.
missing=$("$venv/bin/python" - "$req" <<'PY'
import sys
from importlib import metadata
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, want = line.split("==")
    try:
        have = metadata.version(name)
    except metadata.PackageNotFoundError:
        have = None
    if have != want:
        print(line)
PY
)
if [ -n "$missing" ]; then
    echo "installing:" $missing
    # --no-deps: requirements.txt pins every dependency itself
    "$venv/bin/python" -m pip install --no-deps $missing
    "$venv/bin/python" -m pip check
else
    echo "$venv: all of $(basename "$req") installed"
fi
command -v pypy3 >/dev/null || echo "note: no pypy3 (apt-get install pypy3): the PyPy column will be SKIPPED"
