"""What of a list's item a blank hides: a remark in brackets at its end that says
what the item is or does stays beside the blank as its cue."""

from __future__ import annotations

import re


REMARK_WORDS = 5  # a remark this long says more of the item: shown beside its blank (a short one may spell it out)
_LONG_REMARK = re.compile(rf"\s*\((?:[^()\s]+\s+){{{REMARK_WORDS - 1},}}[^()]*\)$")  # "(point at Azure resource, e.g. ...)"


def without_long_remark(item: str) -> str:
    """The item without a long remark in brackets at its end, which the blank need not ask."""
    match = _LONG_REMARK.search(item)
    return item[: match.start()] if match and match.start() > 0 else item


def without_remark(item: str) -> str:
    """The item without a remark in brackets at its end that says what the item is or
    does (`Regshot (before/after)`, `WPS PIN brute (Reaver, Bully)`): a cue beside the
    blank. One that spells the name out or abbreviates it (`(ELB)`, `(Simple Queue
    Service)`), or a name of a word (`(Bro)`), is hidden with it."""
    match = _REMARK_AT_END.search(item)
    if match is None or match.start() == 0:
        return item
    words = re.findall(r"[A-Za-z][\w-]*", match.group(1))
    name = item[: match.start()]
    spelt = {"".join(w[0] for w in words).upper(), "".join(ch for ch in match.group(1) if ch.isupper())}
    own = {"".join(ch for ch in name if ch.isupper()), "".join(w[0] for w in name.split()).upper()}
    if not words or (len(words) == 1 and words[0][0].isupper()) or (spelt & own) - {""}:
        return without_long_remark(item)
    return name


_REMARK_AT_END = re.compile(r"\s*\(([^()]+)\)$")
