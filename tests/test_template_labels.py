"""Labels the notes repeat under each of several parents ("Focus", "Key Skills" under each
persona) are the author's template, aspects of each parent: no comparison or "What is
this?" card answers one."""

from __future__ import annotations

from pathlib import Path

from pipeline.commands.build import load
from pipeline.model.cardtext import card_text

PERSONAS = {
    "DevOps Engineer": ("Bridges development and operations teams", "Pipelines, scripting and automation", "Ships small changes often"),
    "Site Reliability Engineer": ("Reliability at scale and fast incident response", "Monitoring, SLOs and error budgets", "Treats operations as software"),
    "Cloud Architect": ("Designs cloud systems for cost and resilience", "Multi-cloud strategy and networking", "Weighs trade-offs before building"),
}


def test_no_card_answers_a_label_every_persona_repeats(tmp_path: Path) -> None:
    parts = ["# Cloud Native\n\n## Personas\n"]
    for persona, (focus, skills, mindset) in PERSONAS.items():
        parts.append(f"### {persona}\n\n- **Focus**: {focus}\n- **Key Skills**: {skills}\n- **Mindset**: {mindset}\n")
    (tmp_path / "personas.md").write_text("\n".join(parts), encoding="utf-8")
    cards = load(tmp_path).pack.cards
    asked = [(c.kind, card_text(c.prompt), card_text(c.answer)) for c in cards if c.kind in ("compare", "recognition")]
    assert not any(answer.strip() in ("Focus", "Key Skills", "Mindset") for _, _, answer in asked), asked
    assert any("Bridges development and operations" in card_text(c.prompt) + card_text(c.answer) for c in cards)
