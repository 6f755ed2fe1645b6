#!/bin/sh
# A stand-in interpreter for pyirc's sysconfig query: prints the
# implementation and version, CC, CFLAGS, CCSHARED, the include directory,
# EXT_SUFFIX and the abi3 suffix, some from the environment.
echo "CPython"
echo "3.11"
echo "${FAKE_CC:-cc}"
echo "-O3 -g -ffast-math -ffp-contract=fast"
echo "-fPIC"
echo "${FAKE_INCLUDE:-/nonexistent}"
echo ".fake.so"
echo ".abi3.so"
