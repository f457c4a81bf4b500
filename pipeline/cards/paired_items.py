"""A list's items that are each other's other side (`ReadIOPS` and `WriteIOPS`,
`NetworkIn` and `NetworkOut`, `Launch` and `Terminate`), or twins of one
identifier (`aes256-gcm96` and `aes128-gcm96`, `token_ttl` and `token_max_ttl`,
`SKIP_FILE` and `SKIP_FILE_n`), or a name and its negation (`In` and `NotIn`,
`Exists` and `DoesNotExist`), or a product's only two tiers in a list (`AWS Shield
Standard` and `AWS Shield Advanced`): hidden on separate cards, each card shows
the one that answers its blank. They are hidden together, one blank of the note."""

from __future__ import annotations

from pipeline.cards.deletions import opposites
from pipeline.cards.series import TIER_WORDS
from pipeline.model.inline import ASIDE
from pipeline.model.name_patterns import CAMEL

MIN_SHARED = 2  # parts a shorter twin has, all of them in the longer one
_NEGATIONS = (["not"], ["does", "not"], ["is", "not"], ["non"])  # what a name's negation opens with


def paired_units(texts: list[str], indexes: list[int]) -> list[list[int]]:
    """The `indexes` of the items to hide, an item and its opposite or its twins one unit, in list order."""
    units: list[list[int]] = []
    pairs = tier_pairs(texts)
    for index in indexes:
        joined = next(
            (u for u in units if (len(u) == 1 and (_sides(texts[u[0]], texts[index]) or pairs.get(index) == u[0])) or all(twins(texts[i], texts[index]) for i in u)),
            None,
        )
        if joined is None:
            units.append([index])
        else:
            joined.append(index)
    return units


def _words(text: str) -> list[str]:
    return [word.lower() for word in ASIDE.sub(" ", text).split()]


def tier_word(one: str, other: str) -> int | None:
    """Where two names of one product, alike but for the tier each ends or goes on
    with, differ (`AWS Shield Standard`, `AWS Shield Advanced`: 2); None for others."""
    a, b = _words(one), _words(other)
    if len(a) != len(b) or len(a) < MIN_SHARED:
        return None
    differ = [n for n, (x, y) in enumerate(zip(a, b)) if x != y]
    return differ[0] if len(differ) == 1 and a[differ[0]] in TIER_WORDS and b[differ[0]] in TIER_WORDS else None


def tier_pairs(texts: list[str]) -> dict[int, int]:
    """Each item whose one other tier in the list has no other, with it: either
    shown gives the other away (a third tier would make them a series)."""
    alike = {i: [j for j in range(len(texts)) if j != i and tier_word(texts[i], texts[j]) is not None] for i in range(len(texts))}
    return {i: found[0] for i, found in alike.items() if len(found) == 1 and alike[found[0]] == [i]}


def _sides(one: str, other: str) -> bool:
    return opposites(one, other) or negated(one, other)


def negated(one: str, other: str) -> bool:
    """One name the other's negation (`NotIn` of `In`, `DoesNotExist` of `Exists`): either shown answers the other."""
    words = [ASIDE.sub(" ", text).strip().strip("`").split() for text in (one, other)]
    if any(len(w) != 1 for w in words):
        return False
    short, long = sorted(([p.lower() for p in CAMEL.findall(w[0])] for w in words), key=len)
    tail = long[len(long) - len(short) :]
    same = bool(short) and tail[:-1] == short[:-1] and tail[-1].removesuffix("s") == short[-1].removesuffix("s")  # `Exists`, `Exist`
    return same and long[: len(long) - len(short)] in _NEGATIONS


def twins(one: str, other: str) -> bool:
    """Two identifiers of one word each, the same but for a number (`aes256-gcm96`,
    `aes128-gcm96`) or one part more (`token_ttl`, `token_max_ttl`): either shown
    answers a blank over the other."""
    words = [ASIDE.sub(" ", text).strip().strip("`").split() for text in (one, other)]
    if any(len(w) != 1 for w in words):
        return False
    a, b = ([p.lower() for p in CAMEL.findall(w[0])] for w in words)
    if a == b:
        return words[0] != words[1]  # "SKIP_FILE_n", "SKIP_FILE_n%"
    if len(a) == len(b) >= MIN_SHARED:  # ("/24" beside "/25": numbers alone, no name they vary)
        differ = [(x, y) for x, y in zip(a, b) if x != y]
        return len(differ) == 1 and differ[0][0].isdigit() and differ[0][1].isdigit()
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and len(short) >= MIN_SHARED and _within(short, long)


def _within(short: list[str], long: list[str]) -> bool:
    """The shorter's parts, in order, each in the longer one."""
    rest = iter(long)
    return all(part in rest for part in short)


def numbered(units: list[list[int]]) -> dict[int, int]:
    """Each item's blank number in its note: the items of one unit share one."""
    return {index: number for number, unit in enumerate(units, 1) for index in unit}


INSIDE_LETTERS = 4  # a shorter item is found inside too many words by chance ("ram" in "program")
# letters another word adds to the item to be a word made of it: `Unhealthy` of `Healthy` is its
# other side (hidden together), `removed` no word made of `moved`
ADDED_LETTERS = 3


def inside_a_word(index: int, texts: list[str]) -> bool:
    """"GLUE" beside "SuperGLUE", "Deny" beside "DenyAction": a one-word item (texts in
    lower case) that another item's word is made of, around it, says the blank."""
    text = texts[index]
    if " " in text or len(text) < INSIDE_LETTERS:
        return False
    return any(text in word and len(word) - len(text) >= ADDED_LETTERS for i, t in enumerate(texts) if i != index for word in t.split())
