"""Facts that exams ask as numbers: durations, sizes, counts, percentages, limits.

A number counts when a unit follows it (`90 days`, `5TB`, `60%`, `10x`,
`3 AZs`) or a limit word leads it (`up to 5`, `min is 2`).
Version numbers, model names and identifiers (`EC2`, `m5.2xlarge`,
`AES-256`, `SAML 2.0`) do not. Nor do numbers no exam asks: a provider's
footprint (`216 points of presence in 84 cities`: volatile, out of date by
the next release), a unit conversion (`1 EB = 1000 PB`: arithmetic, not a
fact of the service), a machine's specification (`52vCPU, 208GB of RAM`), a
product's capacity (`80TB usable`, `grows up to 64TB`), how a managed
service replicates (`up to 5 read replicas`, `replicated across 3 AZ`) or a
vendor's claim against something unsaid (`10x better perf`, `60% improvement`,
`up to 92% lower`): a boast, not a limit.
A bare count after `usually` or `max is` (`usually 3`, `max is 6` zones) is an
observation, not a limit the vendor states.
Limits, durations, percentages and prices stay: `max object size 5TB`,
`retention up to 14 days`, `99.99%`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.model import Inline
from pipeline.model import inline as inl

_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to|&|and|or)\s*{_NUM})?"
_UNIT = (
    r"(?:%|percent\b|x\b|ms\b|(?<=\d)(?<![12]\d\d\d)s\b|milliseconds?\b|secs?\b|seconds?\b|minutes?\b|mins?\b|"
    r"hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|years?\b|yrs?\b|"
    r"[KMGTPE]i?Bs?\b|[KMGTPE]B/s\b|[KMG]bps\b|vCPUs?\b|CPUs?\b|"
    r"AZs?\b|availability zones?\b|regions?\b|"
    r"characters?\b|chars?\b|pillars?\b|categories\b|"
    r"messages?\b|requests?\b|accounts?\b|users?\b|free tier\b)"
)
_LIMIT = r"(?:up to|min(?:imum)?(?: is| of)?|max(?:imum)?(?: is| of)?|usually|at least|at most|more than|less than|over|under)"

_OBSERVED = re.compile(r"usually|max", re.IGNORECASE)
_FACT = re.compile(
    rf"(?P<limit>\b{_LIMIT}\s+)?(?<![\w.]){_RANGE}(?:(?P<unit>\s?{_UNIT})|(?!\w|\.\d))",
    re.IGNORECASE,
)


_CONVERSION = re.compile(rf"{_NUM}\s?[KMGTPE]i?B\w*(?:\s*=\s*{_NUM}\s?[KMGTPE]i?B\w*(?:\s+[A-Za-z]+bytes)?)+", re.IGNORECASE)
_REPLICATION = re.compile(
    rf"(?<![\w.]){_NUM}\s*(?:read\s+)?replicas?\b|\bac+ros+\s+{_NUM}\s*(?:AZs?|availability\s+zones?)\b", re.IGNORECASE
)
_SIZE = re.compile(r"[KMGTPE]i?Bs?\b", re.IGNORECASE)
_CAPACITY = re.compile(r"\b(?:usable|capacity|increments?|grows?)\b", re.IGNORECASE)
_CLAIM = re.compile(
    rf"(?<![\w.]){_NUM}\s?(?:x|%|percent)\s+(?:\w+\s+)?"
    r"(?:improvements?|better|faster|lower|cheaper|less|more|higher|greater|increase|reduction|savings?)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# "10,000 management groups per directory", "2 access keys per user": a count of things per scope is a quota
# (opening the line or a clause: "60 inbound + 60 outbound rules per SG" counts the rules once)
_PER_SCOPE = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){1,3}per\s+[A-Za-z]")
_CLAUSE_START = re.compile(r"(?:^|[(;,:])\s*$")
_CORES = re.compile(rf"(?<![\w.]){_NUM}\s?v?CPUs?\b", re.IGNORECASE)


def number_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number fact in `text`, unit included, limit word excluded."""
    if not _DIGIT.search(text) or is_specification(text):  # every pattern below needs a digit
        return
    skipped = [m.span() for pattern in (_CONVERSION, _REPLICATION, _CLAIM) for m in pattern.finditer(text)]
    capacity = _CAPACITY.search(text) is not None
    for match in _FACT.finditer(text):
        if match.group("unit") is None and match.group("limit") is None and not _a_quota(text, match):
            continue
        if match.group("unit") is None and match.group("limit") and _OBSERVED.match(match.group("limit")):
            continue  # "usually 3", "max is 6": how things tend to be, no limit the vendor states
        number = match.end("limit") if match.group("limit") else match.start()
        if any(start <= number < end for start, end in skipped):
            continue
        if (match.group("unit") or "") == "s" and not _seconds(text, match):
            continue  # "100s of TB", "leading 0s", "11 9s", "802.1s": a plural or a name, no seconds
        if capacity and _SIZE.search(match.group("unit") or ""):
            continue  # "80TB usable": a product's capacity, not a limit to learn
        start = match.end("limit") if match.group("limit") else match.start()
        restated = _RESTATED.match(text, match.end())
        # "99.999999999% (11 9s)": a bracket that says the number again in other words is hidden with it
        yield start, restated.end() if restated else match.end()


# "(11 9s)", "(86,400 s)", "(= 1 TB)": the number again in other figures, nothing more
_RESTATED = re.compile(r"\s*\(\s*[=~≈]?\s*\d[\d,.]*\s*(?:[A-Za-z%]{1,4}|\d+[a-z]{1,2})?\s*\)")


_LAST_NUMBER = re.compile(_NUM)
_PLURAL_OF = re.compile(r"\s+of\b")
_NUMBER_BEFORE = re.compile(r"\d\s+$")
MAX_DECIMAL_SECONDS = 100  # "1.5s" is a duration; "802.1s" a standard's name


def _seconds(text: str, match: re.Match[str]) -> bool:
    """Whether a number with an `s` stuck to it (`30s timer`) is a duration."""
    number = _LAST_NUMBER.findall(text[match.start() : match.start("unit")])[-1]
    whole, _, decimal = number.replace(",", "").partition(".")
    if int(whole) == 0 == int(decimal or 0) or (decimal and int(whole) >= MAX_DECIMAL_SECONDS):
        return False
    return _PLURAL_OF.match(text, match.end()) is None and _NUMBER_BEFORE.search(text, 0, match.start()) is None


def _a_quota(text: str, match: re.Match[str]) -> bool:
    return _PER_SCOPE.match(text, match.end()) is not None and _CLAUSE_START.search(text, 0, match.start()) is not None


def is_specification(text: str) -> bool:
    """A machine's cores next to other figures (`52vCPU, 208GB of RAM, 42 TB`):
    the data sheet of one model, not a limit or a price to learn."""
    return _CORES.search(text) is not None and sum(1 for m in _FACT.finditer(text) if m.group("unit")) >= 2


def without_claims(text: str) -> str:
    """The text with a vendor's claims (`10x perf improvement`) taken out: what
    is left may still hold a setting's number."""
    return _CLAIM.sub(" ", text)


def has_number_fact(text: str) -> bool:
    return next(number_spans(text), None) is not None and not window_only(text)


# "from 90 days to 700+ days": both ends of a window
_WINDOW = re.compile(r"\bfrom\s+\d[\w.,]*(?:\s+[A-Za-z]+){0,3}\s+to\s+\d[\w.,+]*(?:\s+[A-Za-z]+)?", re.IGNORECASE)


def without_window(text: str) -> str:
    return _WINDOW.sub(" ", text) if window_only(text) else text


def window_only(text: str) -> bool:
    """A line whose every number fact lies inside one `from N to M` window: a
    span no exam asks for, which a blank over either end would ask as a guess."""
    window = _WINDOW.search(text)
    spans = list(number_spans(text))
    return window is not None and bool(spans) and all(window.start() <= a and b <= window.end() for a, b in spans)


_NUMBER_ONLY = re.compile(rf"\s*{_RANGE}(?:\s?{_UNIT})?\s*", re.IGNORECASE)


def is_number(text: str) -> bool:
    """A bare number or quantity: `22`, `90 days`, `5TB`."""
    return _NUMBER_ONLY.fullmatch(text) is not None


def mask_numbers(text: str) -> str:
    """The text with its numbers replaced, so an id survives a corrected figure."""
    return re.sub(r"\d+(?:[.,]\d+)*", "#", text)


# "for ex CPU >70%": the numbers after an example are made-up values, not facts to learn
_EXAMPLE = re.compile(r"\b(?:for ex(?:ample)?|e\.\s?g\.?|eg)(?=[\s,:.]|$)", re.IGNORECASE)


def number_text(spans: Inline) -> str:
    """The line's plain text a number blank may hide: up to its example, and without a
    command's figures (`-ttl=1h`, `ago(1h)`: the command's, which no blank cuts; a number
    in code alone, `443`, is one)."""
    text = "".join(" " * len(s.text) if s.kind == "code" and not is_number(s.text) else inl.to_plain((s,)) for s in spans)
    match = _EXAMPLE.search(text)
    return text[: match.start()] if match else text
