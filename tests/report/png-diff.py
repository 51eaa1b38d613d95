#!/usr/bin/env python3
"""Compare two PNG pictures of the same size pixel by pixel (Python's
standard library alone: zlib and the PNG filters), as the render tests
compare a drawn report with a blank page drawn the same way.

    png-diff.py DRAWN.png BLANK.png

Prints "WIDTHxHEIGHT differ=N rows=R" (pixels that differ, rows that hold
one); exit 0, or 1 if the files are not 8-bit non-interlaced PNGs of the
same size."""
import struct
import sys
import zlib


def decode(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(path + ": not a PNG")
    pos, idat, head = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    w, h, depth, colour, _, _, interlace = head
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or interlace or not channels:
        raise ValueError("%s: depth %d, colour type %d, interlace %d not read" % (path, depth, colour, interlace))
    raw, stride, rows, prev = zlib.decompress(b"".join(idat)), w * channels, [], bytearray(w * channels)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, channels, rows


def main():
    (w, h, ca, a), (w2, h2, cb, b) = decode(sys.argv[1]), decode(sys.argv[2])
    if (w, h, ca) != (w2, h2, cb):
        print("%dx%d and %dx%d: not the same size" % (w, h, w2, h2))
        return 1
    differ = rows = 0
    for y in range(h):
        if a[y] == b[y]:
            continue
        rows += 1
        differ += sum(1 for x in range(0, w * ca, ca) if a[y][x:x + ca] != b[y][x:x + ca])
    print("%dx%d differ=%d rows=%d" % (w, h, differ, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
