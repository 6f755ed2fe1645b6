"""Decodes a PNG (8-bit RGB or RGBA, not interlaced: what Chromium's
screenshots are) with the standard library and prints what the annotate
browser test checks: the size, the share of pixels that are not white, and
how many have the report's yellow (a line's heat) or the colour of its
overflow and call badges. With minimums, exits 1 unless each is reached.

    png_pixels.py shot.png [--min-nonwhite 0.05 --min-yellow N --min-badge N]
    -> size 1200x900
       nonwhite 0.123
       yellow 4567
       badge 890
"""
import argparse
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        sys.exit(f"{path}: unsupported PNG (depth {depth}, colour {color})")
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--min-nonwhite", type=float, default=0.0)
    parser.add_argument("--min-yellow", type=int, default=0)
    parser.add_argument("--min-badge", type=int, default=0)
    args = parser.parse_args()
    width, height, bpp, rows = read_png(args.png)
    nonwhite = yellow = badge = 0
    for line in rows:
        for x in range(0, len(line), bpp):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if r < 245 or g < 245 or b < 245:
                nonwhite += 1
            # The heat colour rgba(255, 200, 0, heat) on white.
            if r > 240 and 195 <= g <= 245 and b < 0.8 * g and g - b > 40:
                yellow += 1
            # The overflow badge (#ffadad) and the call badge (#bde0fe).
            if (r, g, b) in ((0xff, 0xad, 0xad), (0xbd, 0xe0, 0xfe)):
                badge += 1
    share = nonwhite / (width * height)
    print(f"size {width}x{height}")
    print(f"nonwhite {share:.3f}")
    print(f"yellow {yellow}")
    print(f"badge {badge}")
    failed = [f"{name} {value} < {minimum}" for name, value, minimum in (
        ("nonwhite", share, args.min_nonwhite),
        ("yellow", yellow, args.min_yellow),
        ("badge", badge, args.min_badge)) if value < minimum]
    if failed:
        sys.exit(f"{args.png}: " + ", ".join(failed))


if __name__ == "__main__":
    main()
