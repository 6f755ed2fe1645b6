#!/bin/sh
# A C compiler wrapper that logs its arguments to $CC_LOG, then runs cc.
echo "$@" >> "$CC_LOG"
exec cc "$@"
