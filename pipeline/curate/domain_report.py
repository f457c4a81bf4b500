"""How the cards spread over each exam's domains, next to the exam's weights,
so a maintainer sees which domain the notes under-serve."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.model import Pack
from pipeline.model.records import is_retired


@dataclass(frozen=True)
class DomainShare:
    exam: str
    number: str
    tag: str  # the full tag, `CLF-C02::2-security-and-compliance`
    name: str
    cards: int
    share: float  # fraction of the pack's cards, rounded to 3 places
    weight: float | None  # fraction of the exam, from the exam guide

    def line(self) -> str:
        weight = f", {self.weight:.0%} of the exam" if self.weight is not None else ""
        return f"Domain {self.number} {self.name}: {self.share:.0%} of cards{weight}"


def domain_shares(pack: Pack) -> list[DomainShare]:
    # Retired cards ship once more only to be deleted: they are not what the pack teaches.
    studied = [card for card in pack.cards if not is_retired(card.tags)]
    total = len(studied) or 1
    shares = []
    for exam in pack.exams:
        counts = Counter(tag for card in studied for tag in card.tags if tag.count("::") == 1 and tag.startswith(f"{exam.code}::"))
        for number, domain in exam.domains.items():
            tag = f"{exam.code}::{domain.tag}"
            weight = round(domain.weight / 100, 3) if domain.weight is not None else None
            shares.append(DomainShare(exam.code, number, tag, domain.name, counts[tag], round(counts[tag] / total, 3), weight))
    return shares
