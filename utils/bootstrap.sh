#!/usr/bin/env bash
# Installs what PyIR needs on Debian 12 (only the missing packages), then
# configures and builds it. Idempotent; run as root on a fresh machine.
#
#   utils/bootstrap.sh [BUILD_DIR]      (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"

# Build: cmake ninja-build clang-22 llvm/mlir-22. Tests: python3-dev (the
# extensions), python3-venv (the wheel's tests: fresh virtual environments
# with pip), python3.11-dbg (reference-count leak tests), python3-numpy,
# pypy3 (interpreted runs, JIT export on PyPy), python3-numba python3-cffi
# clang-14 (the JIT export's adapters and LLVM 14 bitcode), libclang-rt-22-dev
# (libFuzzer, ASan and UBSan for the sanitized build), chromium (the
# annotate report rendered headless: test/tools/pyirc/annotate-browser.test),
# gdb (breakpoints on .py lines in a --debug build: test/e2e/gdb.test);
# python3-venv also makes BUILD/tools-venv (utils/setup-tools-venv.sh).
packages=(cmake ninja-build gcc g++ clang-22 llvm-22-dev libmlir-22-dev
          mlir-22-tools llvm-22-tools python3 python3-dev python3.11-dbg
          python3-numpy python3-setuptools python3-venv python3-numba
          python3-cffi pypy3 clang-14 clang-format libclang-rt-22-dev chromium
          gdb)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

configure() { # BUILD_DIR [CMAKE_ARGS...]
  local dir="$1"
  shift
  [[ -f "$dir/build.ninja" ]] ||
    cmake -G Ninja -S "$root" -B "$dir" \
      -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
      -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
      -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 "$@"
}
configure "$build"
ninja -C "$build"

# The pinned PyPI tools of the API reference and of pyir-lit's tests
# (utils/tools-requirements.txt) in BUILD/tools-venv.
"$root/utils/setup-tools-venv.sh" "$build"

# The sanitized build (ASan, UBSan, assertions, libFuzzer instrumentation;
# PYIR_ENABLE_FUZZER in CMakeLists.txt) whose fuzzers, pyirc and pyir-opt the
# tests run: only those targets.
configure "$build/fuzz" -DPYIR_ENABLE_FUZZER=ON
ninja -C "$build/fuzz" pyirc pyir-opt pyir-frontend-fuzzer pyir-opt-fuzzer
