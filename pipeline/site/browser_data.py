"""The card browser's data: one JSON document embedded in the page, with the
search text of each card already lowercased so a search is one pass of
substring tests, and the pack's own card templates and CSS so a card shows as
Anki shows it."""

from __future__ import annotations

import json
from typing import Any

from pipeline.model import Card
from pipeline.model import notetypes
from pipeline.model.cardtext import readable_text
from pipeline.model.records import RETIRED
from pipeline.site.inputs import SitePack

# Inside <script type="application/json">: no `</script>`, no comment or CDATA opener.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def embed(value: Any) -> str:
    """JSON that is safe as the text of a script element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).translate(_SCRIPT_SAFE)


def _domain(card: Card, exam: str | None, numbers: dict[str, str]) -> str:
    if exam is None:
        return ""
    prefix = f"{exam}::"
    return next((numbers.get(t[len(prefix):], "") for t in card.tags if t.startswith(prefix) and t.count("::") == 1), "")


def card_entry(card: Card, exam: str | None, numbers: dict[str, str]) -> dict[str, Any]:
    prompt = readable_text(card.prompt)
    retired = next((t.removeprefix(RETIRED) for t in card.tags if t.startswith(RETIRED)), "")
    return {
        "g": card.guid,
        "k": card.kind,
        "n": card.note_type,
        "s": card.section,
        "d": _domain(card, exam, numbers),
        "c": " › ".join(card.shown_context),
        "p": prompt,
        "f": card.prompt,
        "b": card.answer,
        "src": str(card.source),
        "r": retired,
        "x": " ".join([prompt, readable_text(card.answer), card.context_text, card.kind, *card.tags]).lower(),
    }


def data(site: SitePack) -> dict[str, Any]:
    config = site.pack.config
    numbers = {bar.tag: bar.number for bar in site.domains}
    types = {
        spec.kind: {"front": spec.templates[0][1], "back": spec.templates[0][2]} for spec in notetypes.specs(config)
    }
    css = notetypes.specs(config)[0].css
    return {
        "slug": config.slug,
        "templates": types,
        "css": css,
        "source_base": site.source_base or "",
        "cards": [card_entry(card, site.exam, numbers) for card in site.pack.cards],
    }
