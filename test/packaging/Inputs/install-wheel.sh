#!/usr/bin/env bash
# Installs the PyIR wheel of WHEEL_DIR (offline, nothing else) into the
# virtual environment VENV and prints how long pip took.
#
#   install-wheel.sh VENV WHEEL_DIR
set -euo pipefail
venv="$1"
wheels=("$2"/pyir_toolkit-*.whl)
start=$EPOCHREALTIME
"$venv/bin/python" -m pip install -q --disable-pip-version-check --no-index \
  --find-links "$2" pyir-toolkit
end=$EPOCHREALTIME
awk -v s="$start" -v e="$end" -v w="${wheels[0]}" \
  'BEGIN { printf "installed %s in %.2f s\n", w, e - s }'
