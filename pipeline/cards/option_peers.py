"""Which siblings are peers, to be offered side by side as a comparison's options.

A property listed among things (`Durability` after `LRS`, `ZRS`), a statement
made bold, or a label over its own list (`Data states - at rest, in transit,
in use` among single concepts) is no option a learner would choose."""

from __future__ import annotations

from pipeline.cards.asking import reads_as_statement
from pipeline.cards.cues import is_attribute
from pipeline.cards.term_shapes import category, comma_items
from pipeline.cards.things import Thing


def peers_only(group: list[Thing]) -> list[Thing]:
    """The siblings less a property listed among things (`Durability` after `LRS`, `ZRS`, `GRS`):
    no option a learner would choose; siblings that are all properties (`Elasticity`, `Agility`) stay.
    A statement made bold (`Terraform is declarative`) is no option either."""
    group = [t for t in group if not reads_as_statement(t.name)]
    labels = [t for t in group if labels_a_list(t)]
    if labels and len(labels) * 2 < len(group):
        # "Secure comms: VPN, IPsec, TLS, ..." among single things: a label over its own list, no peer
        group = [t for t in group if not labels_a_list(t)]
    properties = [t for t in group if is_attribute(t.name)]
    return [t for t in group if not is_attribute(t.name)] if len(properties) * 2 < len(group) else group


LIST_COMMAS = 2


def labels_a_list(thing: Thing) -> bool:
    """`Data states - at rest, in transit, in use`: a kind in lower case whose line lists its members."""
    words = thing.name.split()
    first = thing.described.lines[0].text if thing.described.lines else ""
    return len(words) > 1 and words[-1].islower() and category(thing.name) and len(comma_items(first)) > LIST_COMMAS
