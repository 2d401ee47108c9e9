#!/usr/bin/env python3
"""Open a generated report in headless Chromium and check that it renders:
the DOM has the report's sections and four inline SVG charts, Chromium logs
no console errors, and a screenshot shows the charts (colored pixels of the
median bars and the cause colours).

    python3 tests/browser/check_report.py REPORT_DIR/index.html

Needs Debian's `chromium` (installed by .ci/run). Standard library only.
"""
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--hide-scrollbars",
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    sys.exit("check_report: chromium not found (apt-get install chromium)")


def run(args, profile):
    return subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


def png_pixels(path):
    """Decode an 8-bit RGB/RGBA non-interlaced PNG: (width, height, rows)."""
    data = pathlib.Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            w, h, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def main():
    html = pathlib.Path(sys.argv[1]).resolve()
    url = html.as_uri()
    with tempfile.TemporaryDirectory() as profile:
        dom = run(["--enable-logging=stderr", "--v=0", "--dump-dom", url], profile)
        assert dom.returncode == 0, dom.stderr[-2000:]
        for section in ("Headline numbers", "Top recurring root causes", "Data quality"):
            assert f"<h2>{section}</h2>" in dom.stdout, f"missing section {section}"
        svgs = dom.stdout.count("<svg")
        assert svgs >= 4, f"{svgs} charts in the DOM"
        errors = [l for l in dom.stderr.splitlines() if "CONSOLE" in l and ("ERROR" in l or "Uncaught" in l)]
        assert not errors, "console errors:\n" + "\n".join(errors)

        shot = os.path.join(profile, "shot.png")
        r = run([f"--screenshot={shot}", "--window-size=1100,4200", url], profile)
        assert r.returncode == 0 and os.path.exists(shot), r.stderr[-2000:]
        w, h, bpp, rows = png_pixels(shot)
    median_blue = cause_orange = 0
    for row in rows:
        for x in range(0, w * bpp, bpp):
            px = (row[x], row[x + 1], row[x + 2])
            if abs(px[0] - 70) < 8 and abs(px[1] - 130) < 8 and abs(px[2] - 180) < 8:
                median_blue += 1
            if abs(px[0] - 255) < 8 and abs(px[1] - 127) < 8 and abs(px[2] - 14) < 8:
                cause_orange += 1
    assert median_blue > 2000, f"median bars not rendered ({median_blue} px)"
    assert cause_orange > 500, f"cause colours not rendered ({cause_orange} px)"
    print(f"check_report: {html}: {svgs} charts, no console errors, "
          f"{median_blue} px of median bars and {cause_orange} px of memory-leak orange in a {w}x{h} screenshot: ok")


if __name__ == "__main__":
    main()
