"""Rewrites the pyir dialect version recorded in an MLIR bytecode file.

usage: patch_bytecode_version.py IN OUT FROM_MAJOR.FROM_MINOR MAJOR MINOR

PyIRBytecodeInterface::writeVersion writes two varints (major, minor); in
the dialect section that entry is its size (2) followed by them, each a
one-byte prefix varint ((value << 1) | 1) for values below 128. Version 1.2
is therefore the bytes 05 03 05, which must occur exactly once in a small
module for this to be unambiguous.
"""
import sys


def varint(value):
    assert 0 <= value < 128
    return bytes([(value << 1) | 1])


def main():
    src, dst = sys.argv[1], sys.argv[2]
    from_major, from_minor = map(int, sys.argv[3].split("."))
    major, minor = int(sys.argv[4]), int(sys.argv[5])
    data = open(src, "rb").read()
    current = b"\x05" + varint(from_major) + varint(from_minor)
    count = data.count(current)
    if count != 1:
        sys.exit("expected the version entry %s exactly once, found %d"
                 % (current.hex(" "), count))
    patched = data.replace(current, b"\x05" + varint(major) + varint(minor))
    open(dst, "wb").write(patched)


if __name__ == "__main__":
    main()
