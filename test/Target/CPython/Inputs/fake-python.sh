#!/bin/sh
# A stand-in interpreter for pyirc's sysconfig query: prints CC, CFLAGS,
# CCSHARED, the include directory and EXT_SUFFIX from the environment.
echo "${FAKE_CC:-cc}"
echo "-O3 -g -ffast-math -ffp-contract=fast"
echo "-fPIC"
echo "${FAKE_INCLUDE:-/nonexistent}"
echo ".fake.so"
