"""Year-by-year bar charts as inline SVG, made at build time: no JavaScript, no clock."""
from __future__ import annotations

from html import escape


def year_chart(series: list[tuple[int, int]], label: str) -> str:
    if not series:
        return ""
    width, height, pad = 640, 160, 24
    bar_space = (width - 2 * pad) / len(series)
    peak = max(count for _, count in series) or 1
    bars = []
    for i, (year, count) in enumerate(series):
        bar_height = (height - 2 * pad) * count / peak
        x = pad + i * bar_space
        y = height - pad - bar_height
        bars.append(
            f'<g><title>{year}: {count} message{"s" if count != 1 else ""}</title>'
            f'<rect x="{x + bar_space * 0.15:.1f}" y="{y:.1f}" width="{bar_space * 0.7:.1f}" '
            f'height="{bar_height:.1f}" class="bar"/>'
            f'<text x="{x + bar_space / 2:.1f}" y="{height - 6}" text-anchor="middle" class="axis">{year}</text>'
            + (f'<text x="{x + bar_space / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="value">{count}</text>'
               if count else "") + "</g>")
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')
