"""The cards' share per exam domain beside the exam's weight, as an SVG a
screen reader reads through its title, description and text labels, and a
grayscale print tells apart by pattern (solid for cards, hatched for the exam)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from pipeline.site.inputs import DomainBar

WIDTH = 440
LABEL_H = 20
BAR_H = 16
GAP = 14
BAR_X = 8
BAR_MAX = 270  # the widest bar; its text label goes to its right


def _pct(value: float | None) -> str:
    return "not given" if value is None else f"{value:.0%}"


def describe(exam: str, bars: Sequence[DomainBar]) -> str:
    parts = [
        f"Domain {b.number} {b.name}: {_pct(b.share)} of cards ({b.cards}), {_pct(b.weight)} of the exam"
        for b in bars
    ]
    return f"{exam}: " + "; ".join(parts) + "."


def svg(exam: str, bars: Sequence[DomainBar], ident: str = "domains") -> str:
    top = max([b.share for b in bars] + [b.weight or 0.0 for b in bars] + [0.01])
    row = LABEL_H + 2 * BAR_H + 4 + GAP
    legend = 28
    height = legend + row * len(bars)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img"'
        f' aria-labelledby="{ident}-title {ident}-desc" class="chart">',
        f'<title id="{ident}-title">{escape(exam)}: share of cards per exam domain, beside the exam\'s weight</title>',
        f'<desc id="{ident}-desc">{escape(describe(exam, bars))}</desc>',
        "<defs>",
        f'<pattern id="{ident}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#333" stroke-width="2.5"/></pattern>',
        "</defs>",
        f'<rect x="{BAR_X}" y="6" width="14" height="12" fill="#2a4d7a"/>',
        f'<text x="{BAR_X + 20}" y="16" class="chart-legend">cards in this pack</text>',
        f'<rect x="{BAR_X + 190}" y="6" width="14" height="12" fill="url(#{ident}-hatch)" stroke="#333"/>',
        f'<text x="{BAR_X + 210}" y="16" class="chart-legend">weight in the exam</text>',
    ]
    for index, bar in enumerate(bars):
        y = legend + index * row
        label = f"Domain {bar.number}: {bar.name}"
        out.append(f'<text x="{BAR_X}" y="{y + 14}" class="chart-label">{escape(label)}</text>')
        cards_w = max(1.0, BAR_MAX * bar.share / top)
        y_cards = y + LABEL_H
        out.append(f'<rect x="{BAR_X}" y="{y_cards}" width="{cards_w:.1f}" height="{BAR_H}" fill="#2a4d7a"/>')
        out.append(
            f'<text x="{BAR_X + cards_w + 6:.1f}" y="{y_cards + 12}" class="chart-value">'
            f"{_pct(bar.share)} of cards ({bar.cards})</text>"
        )
        y_exam = y_cards + BAR_H + 4
        if bar.weight is not None:
            exam_w = max(1.0, BAR_MAX * bar.weight / top)
            out.append(
                f'<rect x="{BAR_X}" y="{y_exam}" width="{exam_w:.1f}" height="{BAR_H}" fill="url(#{ident}-hatch)" stroke="#333"/>'
            )
        else:
            exam_w = 0.0
        out.append(
            f'<text x="{BAR_X + exam_w + 6:.1f}" y="{y_exam + 12}" class="chart-value">{_pct(bar.weight)} of the exam</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
