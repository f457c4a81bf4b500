"""Page geometry from the pack's cheat-sheet options, in CSS pixels (what
WeasyPrint lays out in: 96 per inch)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.config.pack import CheatSheetOptions

PX_PER_MM = 96 / 25.4
PX_PER_PT = 96 / 72
PT_PER_PX = 72 / 96

# Portrait width and height; the sheet is printed landscape (the cram sheet either way).
PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
# Top and bottom leave room for the running header and the footer.
MARGIN_MM = {"top": 10.0, "right": 8.0, "bottom": 10.0, "left": 8.0}


@dataclass(frozen=True)
class Geometry:
    paper: str
    columns: int
    font_size: float  # pt
    portrait: bool = False

    @classmethod
    def of(cls, options: CheatSheetOptions) -> Geometry:
        return cls(options.paper, options.columns, float(options.font_size))

    @property
    def em(self) -> float:
        return self.font_size * PX_PER_PT

    @property
    def orientation(self) -> str:
        return "portrait" if self.portrait else "landscape"

    @property
    def page_width(self) -> float:
        return (min if self.portrait else max)(PAPER_MM[self.paper]) * PX_PER_MM

    @property
    def page_height(self) -> float:
        return (max if self.portrait else min)(PAPER_MM[self.paper]) * PX_PER_MM

    def margin(self, side: str) -> float:
        return MARGIN_MM[side] * PX_PER_MM

    @property
    def width(self) -> float:
        return self.page_width - self.margin("left") - self.margin("right")

    @property
    def height(self) -> float:
        return self.page_height - self.margin("top") - self.margin("bottom")

    @property
    def gap(self) -> float:
        return 1.3 * self.em

    @property
    def column_width(self) -> float:
        return (self.width - (self.columns - 1) * self.gap) / self.columns

    @property
    def topic_gap(self) -> float:
        return 0.45 * self.em

    @property
    def section_gap(self) -> float:
        return 0.7 * self.em

    @property
    def min_run(self) -> float:
        """About five lines: less of a section alone in a column or under its band looks stranded."""
        return 5 * 1.2 * self.em
