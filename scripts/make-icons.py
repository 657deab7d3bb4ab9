#!/usr/bin/env python3
"""Draws Rebound's app icons (a ball bouncing up off a floor) as PNGs.

Pure standard library, so it runs anywhere: `python3 scripts/make-icons.py`.
The outputs are committed under public/icons/.
"""
import math
import os
import struct
import zlib

GREEN = (47, 111, 94)
CREAM = (250, 246, 238)
GOLD = (242, 178, 76)


def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * size * 4:(y + 1) * size * 4]) for y in range(size))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def draw(size, maskable):
    # Shapes in a 0..1 square; maskable icons keep the mark inside the safe zone.
    scale = 0.62 if maskable else 0.8
    off = (1 - scale) / 2
    # The bounce path: down into the floor, then up and away.
    path = [(0.08, 0.30), (0.38, 0.80), (0.58, 0.52), (0.74, 0.40), (0.92, 0.36)]
    path = [(off + x * scale, off + y * scale) for x, y in path]
    floor = ((off + 0.05 * scale, off + 0.92 * scale), (off + 0.70 * scale, off + 0.92 * scale))
    ball = (off + 0.80 * scale, off + 0.16 * scale, 0.12 * scale)
    line_w = 0.055 * scale
    radius = 0.0 if maskable else 0.22
    ss = 3
    pixels = bytearray(size * size * 4)
    for y in range(size):
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(ss):
                for sx in range(ss):
                    u = (x + (sx + 0.5) / ss) / size
                    v = (y + (sy + 0.5) / ss) / size
                    # Rounded-square background.
                    cx, cy = min(max(u, radius), 1 - radius), min(max(v, radius), 1 - radius)
                    if radius and math.hypot(u - cx, v - cy) > radius:
                        continue
                    color = GREEN
                    if math.hypot(u - ball[0], v - ball[1]) <= ball[2]:
                        color = GOLD
                    elif dist_to_segment(u, v, *floor[0], *floor[1]) <= line_w * 0.45:
                        color = CREAM
                    elif any(dist_to_segment(u, v, *path[i], *path[i + 1]) <= line_w / 2 for i in range(len(path) - 1)):
                        color = CREAM
                    acc[0] += color[0]
                    acc[1] += color[1]
                    acc[2] += color[2]
                    acc[3] += 255
            n = ss * ss
            i = (y * size + x) * 4
            alpha = acc[3] / n
            if alpha:
                pixels[i:i + 4] = bytes([round(acc[0] / (acc[3] / 255)), round(acc[1] / (acc[3] / 255)), round(acc[2] / (acc[3] / 255)), round(alpha)])
    return pixels


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "public", "icons")
    os.makedirs(out, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
        ("apple-touch-icon.png", 180, True),
    ]:
        png(os.path.join(out, name), size, draw(size, maskable))
        print("wrote", name)


if __name__ == "__main__":
    main()
