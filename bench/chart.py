#!/usr/bin/env python3
"""bench/chart.py OUT.svg RESULTS.tsv [RESULTS.tsv ...]

Draws build time against page count (both axes logarithmic) from the per-run samples that bench/run.sh writes
($WORK/results-N.tsv: "tool wall_s cpu_s peak_kib sys_s" per line; the "fs-probe" lines, the file system's probe
of each round, are not a tool), one line per tool through the medians. Standard
library only; the SVG is plain, readable in a browser and on GitHub.
"""
import math
import os
import re
import statistics
import sys

COLORS = {"relevare": "#0b6e69", "relevare-r2r": "#6fb3ad", "hugo": "#c2410c", "eleventy": "#6d28d9", "jekyll": "#a16207"}
LABELS = {"relevare": "relevare (Native AOT)", "relevare-r2r": "relevare (ReadyToRun, JIT)", "hugo": "Hugo", "eleventy": "Eleventy", "jekyll": "Jekyll"}


def read(paths):
    medians = {}
    for path in paths:
        pages = int(re.search(r"results-(\d+)\.tsv$", path).group(1))
        samples = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[0] != "fs-probe":
                    samples.setdefault(parts[0], []).append(float(parts[1]))
        for tool, walls in samples.items():
            medians.setdefault(tool, {})[pages] = statistics.median(walls)
    return medians


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, paths = sys.argv[1], sys.argv[2:]
    medians = read(paths)
    pages = sorted({n for series in medians.values() for n in series})
    times = [t for series in medians.values() for t in series.values()]
    width, height, left, right, top, bottom = 760, 420, 70, 240, 30, 50
    x_lo, x_hi = math.log10(min(pages)) - 0.1, math.log10(max(pages)) + 0.1
    y_lo, y_hi = math.floor(math.log10(min(times))), math.ceil(math.log10(max(times)))

    def x(n):
        return left + (math.log10(n) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def y(t):
        return height - bottom - (math.log10(t) - y_lo) / (y_hi - y_lo) * (height - top - bottom)

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title">',
           '<title id="title">Clean build time against page count (log-log), medians of interleaved runs</title>',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>']
    for e in range(y_lo, y_hi + 1):
        for m in (1, 2, 5):
            t = m * 10 ** e
            if 10 ** y_lo <= t <= 10 ** y_hi:
                svg.append(f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e5e7eb"/>')
                svg.append(f'<text x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end" fill="#374151">{t:g} s</text>')
    for n in pages:
        svg.append(f'<line x1="{x(n):.1f}" x2="{x(n):.1f}" y1="{top}" y2="{height - bottom}" stroke="#e5e7eb"/>')
        svg.append(f'<text x="{x(n):.1f}" y="{height - bottom + 16}" text-anchor="middle" fill="#374151">{n:,}</text>')
    svg.append(f'<text x="{(left + width - right) / 2:.0f}" y="{height - 12}" text-anchor="middle" fill="#111827">pages</text>')
    order = [t for t in COLORS if t in medians] + sorted(t for t in medians if t not in COLORS)
    for i, tool in enumerate(order):
        series = sorted(medians[tool].items())
        color = COLORS.get(tool, "#4b5563")
        points = " ".join(f"{x(n):.1f},{y(t):.1f}" for n, t in series)
        svg.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        for n, t in series:
            svg.append(f'<circle cx="{x(n):.1f}" cy="{y(t):.1f}" r="3.5" fill="{color}"><title>{LABELS.get(tool, tool)}: '
                       f'{n:,} pages in {t:.3f} s</title></circle>')
        ly = top + 10 + i * 22
        svg.append(f'<line x1="{width - right + 16}" x2="{width - right + 40}" y1="{ly}" y2="{ly}" stroke="{color}" stroke-width="2.5"/>')
        svg.append(f'<text x="{width - right + 46}" y="{ly + 4}" fill="#111827">{LABELS.get(tool, tool)}</text>')
    svg.append("</svg>")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
