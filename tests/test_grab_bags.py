"""A heading over the author's heap of unlike lines ("Random stuff to re-check
before exam") has no overview answered by its first lines: each line is asked
alone, the heading in the breadcrumb, never before the line."""

from __future__ import annotations

from pipeline.cards.grab_bags import is_grab_bag

from .test_cards import cards_of

NOTES = """
## Networking

### Peering
- Regional or global. Low latency, Microsoft backbone.
- Non-transitive: A-B and B-C peered != A-C.

## Random stuff to re-check before exam
- Conditional Access requires P1; "risk-based" CA needs P2
- `Get-AzVM -Status` shows PowerState
- Thunderbolt 3 uses the USB-C connector; TB 1/2 used mini DisplayPort.
"""


def test_a_grab_bag_heading_has_no_overview() -> None:
    lines = cards_of(NOTES)
    assert not any(line.startswith("[overview]") and "Random stuff" in line for line in lines), lines
    assert any("Random stuff" in line and "USB-C" in line for line in lines), lines  # its lines are still asked
    # a line no key term asks is left to the cheat sheet: under the bare heading it asked nothing
    assert not any("PowerState" in line for line in lines), lines


def test_a_grab_bag_line_is_asked_alone_with_the_heading_in_the_breadcrumb() -> None:
    lines = cards_of(NOTES)
    asked = [line for line in lines if "Conditional Access requires" in line]
    assert asked and all("{{c1::" in line for line in asked), lines
    assert all(line.startswith("[detail] Random stuff to re-check before exam |") and "exam:" not in line for line in asked), lines


def test_what_a_grab_bag_heading_is() -> None:
    for label in ("Random stuff to re-check before exam", "misc gotchas / stuff i got wrong", "need -> service (quick fire)",
                  "Things I keep forgetting (reread morning of exam)", "Stuff I got wrong in killer.sh", "Misc",
                  "Commands I always forget", "Situational tips (People)", "Exam tips", "Gotchas",
                  "Data stuff", "EC2 availability bits", "Kubernetes bits (MKE runs swarm + k8s)", "Things that tricked me in practice exams"):
        assert is_grab_bag(label), label
    for label in ("Peering", "App Service", "Random Forest", "Quick start", "Stuff"):
        assert not is_grab_bag(label), label
