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


PERSONA_NOTES = """
## Cloud-Native Personas

### **DevOps Engineer**

- **Focus**: Bridges development and operations teams.
- **Key Skills**: Infrastructure provisioning, automation, scripting.

### **Site Reliability Engineer (SRE)**

- **Focus**: Reliability at scale, emphasizing uptime and availability.
  - A Site Reliability Engineer has a unique role that combines development and operations.
  - They are responsible for the reliability of complex systems.
- **Key Skills**: Monitoring, SLOs and error budgets.

### Cloud Architect

- **Focus**: Designs cloud applications, infrastructure, and solutions.
- **Key Skills**: Multi-cloud strategy and networking.

### **Cloud Ops Engineer**

- **Focus**: Deployment, operation, and monitoring of cloud workloads. Focuses on the right side of the DevOps Engineering loop.
- **Key Tools**: Terraform for cloud provisioning; works with cloud-native services and focuses on operational aspects.

### Full Stack Developer

- **Focus**: Proficient in both front-end and back-end development.
- **Key Role**: Builds applications that integrate user-facing and server-side components.
"""


def test_a_template_label_is_asked_of_its_parent_never_by_itself() -> None:
    from .test_cards import cards_of

    lines = cards_of(PERSONA_NOTES)
    assert not [line for line in lines if "{{c1::Focus}}" in line or "What is Focus?" in line or "which 2?" in line], lines
    assert [line for line in lines if "| Cloud Architect — Key Skills => Multi-cloud" in line], lines
    # a second sentence of an aspect is said on its card's back, not asked by blanking the aspect
    assert [line for line in lines if "Cloud Ops Engineer — Focus =>" in line and "right side of the DevOps" in line], lines


def test_names_repeated_under_several_parents_are_no_template() -> None:
    from pipeline.cards.facet_labels import template_labels
    from pipeline.cards.things import things_of
    from pipeline.notes.parse import parse_document

    families = "".join(f"## {family}\n\n- **IaaS**: {family} as virtual machines\n- **PaaS**: {family} as a managed platform\n\n" for family in ("Compute", "Storage", "Databases"))
    assert template_labels(things_of(parse_document(families, "n.md"))) == frozenset()


def test_a_parent_s_own_labels_beside_the_template_s_are_aspects_too(tmp_path: Path) -> None:
    parts = ["# Cloud Native\n\n## Personas\n"]
    for persona, (focus, skills, mindset) in PERSONAS.items():
        parts.append(f"### {persona}\n\n- **Focus**: {focus}\n- **Key Skills**: {skills}\n- **Mindset**: {mindset}\n")
    parts.append(
        "### Site Reliability Engineer\n\n- **Focus**: Reliability at scale, uptime and resilience.\n"
        "- **Key Practices**: Creating and implementing SLAs, SLOs and SLIs, and managing incidents.\n"
        "- **Origin**: Popularized by Google to tackle reliability in large-scale systems.\n"
    )
    (tmp_path / "personas.md").write_text("\n".join(parts), encoding="utf-8")
    cards = load(tmp_path).pack.cards
    asked = [(card_text(c.prompt), card_text(c.answer)) for c in cards if c.kind in ("compare", "recognition", "term")]
    assert not [a for a in asked if "Key Practices or Origin" in a[0] or a[1].strip() in ("Origin", "Key Practices")], asked
    assert any("Popularized by Google" in card_text(c.prompt) + card_text(c.answer) for c in cards)


def test_a_persona_s_template_labels_are_no_list_to_recite() -> None:
    # "FinOps Engineer: [Focus], Key [Responsibilities], [Collaboration]" blanked the author's frame
    from .test_cards import cards_of

    finops = (
        "\n### **FinOps Engineer**\n\n- **Focus**: Ensures financial accountability in cloud spending.\n"
        "- **Key Responsibilities**:\n    - Cloud cost management and optimization.\n    - Budgeting and forecasting.\n"
        "- **Collaboration**: Works across financial, business, and IT departments.\n"
        "- **Key Skills**:\n    - Financial modeling.\n    - Communication and collaboration.\n"
    )
    lines = cards_of(PERSONA_NOTES + finops)
    assert not [line for line in lines if "{{c1::Focus}}" in line or "{{c2::Responsibilities}}" in line], lines
    assert [line for line in lines if "FinOps Engineer — Collaboration => Works across" in line], lines
