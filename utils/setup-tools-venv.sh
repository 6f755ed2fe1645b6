#!/usr/bin/env bash
# Creates BUILD/tools-venv with the pinned PyPI tools of utils/tools-requirements.txt
# (pdoc for the API reference; lit and filecheck for pyir-lit's tests).
# Idempotent: pip installs only the pins not installed yet.
#
#   utils/setup-tools-venv.sh [BUILD_DIR]      (default: build)
#
# Debian's /usr/bin/python3 with its packages (--system-site-packages): the
# API reference imports pyir.jit.numba, which needs Debian's Numba.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
venv="$build/tools-venv"
if [[ ! -x "$venv/bin/python" ]]; then
  echo "setup-tools-venv: creating $venv"
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
# --no-deps: the requirements file pins every dependency itself.
"$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
  -r "$root/utils/tools-requirements.txt"
