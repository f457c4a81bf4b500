"""Labels of the notes' outline that read like names: no answer, no option.

`VM security`, `AKS auth`, `Redshift encryption`, `Beanstalk deploys`: a
thing's name and an aspect word files what the notes say of that aspect; the
lines under it name the things (SSE, ADE, Kubernetes RBAC). `Credentials:
client secret vs certificate vs federated credentials`: a common word over a
comparison of its kinds labels the comparison; `Option II`, `STEP 2` number
the author's parts. Asked "What is this?" or offered beside names ("Key Vault
or VM security?", "Option I or Option II?"), each asks where the author filed
a line, which no exam asks."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.cards.count_nouns import singular
from pipeline.cards.facet_labels import plain_label
from pipeline.cards.part_titles import numbered_part
from pipeline.cards.things import Thing

# what a heading files of a thing, never a thing itself
ASPECT_WORDS = frozenset("security auth encryption deploys deployments types needs troubleshooting notes stuff basics tips".split())
# aspects that also end a scheme's own name: "Basic auth", "Windows auth", "Spring security"
NAMING_ASPECTS = frozenset("auth security encryption".split())
# a bare word for the kinds compared ("Tiers: Standard vs Premium") names no one of them
KIND_WORDS = frozenset("classes types kinds categories families tiers models modes levels options".split())
MOST_WORDS = 4
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")
_ASIDE = re.compile(r"\([^()]*\)")
_CODED = re.compile(r".[A-Z0-9]")  # "VM", "JDBC", "EC2", "CloudWatch": a capital or digit past the first letter
_VERSUS = re.compile(r"\svs\.?\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]")


NAME_SHARE = 3  # times a word is written capitalised for each time in lower case, to be a name


@lru_cache(maxsize=8)  # one document's text, asked of each of its things
def _word_counts(written: str) -> Counter[str]:
    return Counter(_WORD.findall(written))


def _a_name(word: str, written: str) -> bool:
    """`AKS`, `EC2`, or a capitalised word the notes write so far more often than in lower
    case (`Redshift`, beside a stray "from redshift"), where `Envelope` is a word of the language."""
    if _CODED.match(word):
        return True
    counts = _word_counts(written)
    lower = counts[word.lower()]
    return word[:1].isupper() and (lower == 0 or counts[word] > NAME_SHARE * lower)


def aspect_of_a_name(name: str, written: str) -> bool:
    """`VM security`, `Glue JDBC connection needs`: a name, then the aspect the heading files."""
    words = _WORD.findall(_ASIDE.sub(" ", name))
    return 2 <= len(words) <= MOST_WORDS and words[-1] in ASPECT_WORDS and _a_name(words[0], written)


def labels_a_comparison(thing: Thing, written: str) -> bool:
    """`Credentials: client secret vs certificate vs federated credentials`: an item in common
    words (the notes write them in lower case too) whose line opens by comparing kinds that
    say its words again, or a bare word for kinds (`Tiers: Standard vs Premium`): it labels
    the comparison."""
    words = _WORD.findall(_ASIDE.sub(" ", thing.name))
    kinds = len(words) == 1 and words[0].lower() in KIND_WORDS
    if not thing.item or not plain_label(thing.name) or not words or not (kinds or all(_word_counts(written)[w.lower()] for w in words)):
        return False
    opening = _CLAUSE_END.split(_ASIDE.sub(" ", thing.described.definition), maxsplit=1)[0]
    versus = _VERSUS.search(opening)
    if versus is None or "," in opening[: versus.start()]:
        return False
    # "federated credentials", "SQL auth": the sides say the label's own word, the answer on the front
    # ("Firewall: server-level rules vs database-level rules" compares the thing's own kinds)
    said = {singular(w) for w in _WORD.findall(opening.lower())}
    return kinds or all(singular(w.lower()) in said for w in words)


def _files_an_aspect(thing: Thing, written: str) -> bool:
    """`VM security` over lines of its own, `AKS auth: ...` under `Containers (AKS, ACR)`,
    `Redshift encryption: ...` under `Encryption`: the aspect of a thing the notes are about.
    An item with no lines under it whose aspect may end a scheme's name (`Basic auth — base64
    ...` beside `OAuth 2.0`), neither word of it in the headings above, is a scheme of its own."""
    if not aspect_of_a_name(thing.name, written):
        return False
    words = _WORD.findall(_ASIDE.sub(" ", thing.name))
    if not thing.item or words[-1] not in NAMING_ASPECTS or any(line.depth for line in thing.described.lines):
        return True
    headed = {w.lower() for heading in thing.context for w in _WORD.findall(heading)}
    return words[0].lower() in headed or words[-1] in headed


def outline_label(thing: Thing, written: str) -> bool:
    # "Option I" / "Option II" over the kinds of DynamoDB primary key: the author's numbering, no name
    return _files_an_aspect(thing, written) or labels_a_comparison(thing, written) or numbered_part(thing.name)
