#!/usr/bin/env python3
"""Prints facts about a PNG as JSON, using only the standard library (zlib + struct):
width, height, distinct colours, the most common colour (the background) and the fraction of
pixels that differ from it. Reads 8-bit greyscale, RGB, RGBA, grey+alpha and palette images,
non-interlaced (what Chromium writes).

Usage: png_stats.py FILE.png
"""
import json
import struct
import sys
import zlib
from collections import Counter


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG: " + path)
    pos, idat, palette = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = [tuple(body[i:i + 3]) for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    if depth != 8 or interlace != 0:
        raise SystemExit("only 8-bit non-interlaced PNGs are read")
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev, at = [], bytearray(stride), 0
    for _ in range(height):
        filt = raw[at]
        line = bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + b) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif filt == 4:
                line[i] = (line[i] + paeth(a, b, c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, channels, colour, palette, rows


def main():
    width, height, channels, colour, palette, rows = read(sys.argv[1])
    counts = Counter()
    for line in rows:
        if colour == 3:
            counts.update(palette[i] for i in line)
        else:
            counts.update(line[i:i + channels] for i in range(0, len(line), channels))
    background, most = counts.most_common(1)[0]
    total = width * height
    print(json.dumps({
        "width": width, "height": height, "colours": len(counts),
        "background": list(background), "non_background": round((total - most) / total, 4),
    }))


if __name__ == "__main__":
    main()
