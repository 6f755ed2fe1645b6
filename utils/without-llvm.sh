#!/usr/bin/env bash
# Runs COMMAND as on a machine without LLVM: in a private mount namespace
# where every /usr/lib/llvm-* directory is empty and every shared libLLVM and
# libMLIR of the system is an empty file, so that a program needing one of
# them fails to start. Needs root (unshare), as the tests and CI have.
#
#   utils/without-llvm.sh COMMAND [ARGS...]
set -euo pipefail
if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
empty="$(mktemp -d)"
trap 'rmdir "$empty"' EXIT
unshare --mount --propagation private -- bash -euc '
  empty="$1"
  shift
  for dir in /usr/lib/llvm-*; do
    [[ -d "$dir" ]] && mount --bind "$empty" "$dir"
  done
  for lib in /usr/lib/*-linux-gnu/lib{LLVM,MLIR}*.so*; do
    [[ -f "$lib" && ! -L "$lib" ]] && mount --bind /dev/null "$lib"
  done
  exec "$@"' bash "$empty" "$@"
