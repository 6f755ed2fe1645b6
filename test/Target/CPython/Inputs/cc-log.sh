#!/bin/sh
# A C compiler wrapper that logs its arguments to $CC_LOG, then runs
# $CC_REAL (default cc).
echo "$@" >> "$CC_LOG"
exec "${CC_REAL:-cc}" "$@"
