"""Rewrites the pyir dialect version recorded in an MLIR bytecode file.

usage: patch_bytecode_version.py IN OUT MAJOR MINOR

PyIRBytecodeInterface::writeVersion writes two varints (major, minor); in
the dialect section that entry is its size (2) followed by them, each a
one-byte prefix varint ((value << 1) | 1) for values below 128. The current
version (1.1) is therefore the bytes 05 03 03, which must occur exactly
once in a small module for this to be unambiguous.
"""
import sys


def varint(value):
    assert 0 <= value < 128
    return bytes([(value << 1) | 1])


def main():
    src, dst, major, minor = sys.argv[1], sys.argv[2], int(sys.argv[3]), \
        int(sys.argv[4])
    data = open(src, "rb").read()
    current = b"\x05" + varint(1) + varint(1)
    count = data.count(current)
    if count != 1:
        sys.exit("expected the version entry 05 03 03 exactly once, found %d"
                 % count)
    patched = data.replace(current, b"\x05" + varint(major) + varint(minor))
    open(dst, "wb").write(patched)


if __name__ == "__main__":
    main()
