"""How a name is found in a text: one regex for all the forms a thing is
called by (see naming.py), any case, with or without a vendor prefix,
singular or plural, only as whole words."""

from __future__ import annotations

import re
from functools import lru_cache

VENDORS = ("aws", "amazon")
TOKEN = re.compile(r"[A-Za-z]+|\d+")
CAMEL = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_LOWER_WORD = re.compile(r"[a-z0-9]+")
_IGNORECASE = int(re.IGNORECASE)  # a plain int: the compiler's tests of an enum flag cost a third of each name's pattern
# Not after or before a letter or digit, as `[A-Za-z0-9]` matches ignoring case (the four other letters
# are those that fold to one of them): case-sensitive classes cost a tenth as much to compile.
_FOLDED_ALNUM = "\u0130\u0131\u017f\u212a"
_NOT_AFTER_WORD = "(?-i:(?<![A-Za-z0-9])" + "".join(f"(?<!{c})" for c in _FOLDED_ALNUM) + ")"
_NOT_BEFORE_WORD = "(?-i:(?![A-Za-z0-9])" + "".join(f"(?!{c})" for c in _FOLDED_ALNUM) + ")"


@lru_cache(maxsize=1 << 12)  # one thing's names are read again by each kind of card
def names_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted({_form_pattern(f) for f in forms if TOKEN.search(f)}, key=lambda p: (-len(p), p))
    return re.compile(_NOT_AFTER_WORD + "(?:" + "|".join(alternatives) + ")" + _NOT_BEFORE_WORD, _IGNORECASE)


def _form_pattern(form: str) -> str:
    """A regex for one name: any case, parts joined by nothing, a space or a
    hyphen, an optional vendor prefix, singular or plural."""
    tokens = [t for word in TOKEN.findall(camel_spaced(form)) for t in [word]]
    while len(tokens) > 1 and tokens[0].lower() in VENDORS:
        tokens = tokens[1:]
    parts = [re.escape(t) for t in tokens]
    last = tokens[-1]
    if last.isalpha() and len(last) > 3 and last.lower().endswith("s") and not last.lower().endswith("ss"):
        parts[-1] = re.escape(last[:-1]) + r"(?:s|es)?"
    elif last.isalpha():
        parts[-1] += r"(?:s|es|'s)?"
    vendor = r"(?:(?:" + "|".join(VENDORS) + r")[\s\-]*)?"
    return vendor + r"(?:[\s\-_.&]|\band\b)*".join(parts)


def form_words(form: str) -> tuple[str, ...]:
    """What every match of `_form_pattern(form)` holds, in lowercase: its words as the pattern writes them."""
    tokens = TOKEN.findall(camel_spaced(form))
    while len(tokens) > 1 and tokens[0].lower() in VENDORS:
        tokens = tokens[1:]
    last = tokens[-1]
    if last.isalpha() and len(last) > 3 and last.lower().endswith("s") and not last.lower().endswith("ss"):
        tokens[-1] = last[:-1]
    return tuple(t.lower() for t in tokens)


# a name's forms are spaced again for each of its patterns and words, the notes' names
# over and over: all kept until the cards are made (`naming.forget_names`), as a bounded
# cache would miss most of them in large notes
@lru_cache(maxsize=None)
def camel_spaced(text: str) -> str:
    """`CodeGuru` -> `Code Guru`, `DynamoDB` -> `Dynamo DB`; `IAM`, `EC2` stay whole."""
    return " ".join(" ".join(CAMEL.findall(word)) for word in re.findall(r"[A-Za-z0-9]+", text))


def may_be_only_names(forms: tuple[str, ...], text: str, also: frozenset[str] = frozenset()) -> bool:
    """False only where a word of the (ASCII) text is no part of any match of
    `names_pattern(forms)` (nor one of `also`, in lowercase): a match starts and
    ends between words, and its words are made of the forms' own words, a
    vendor, `and` and a plural's ending. Most texts say more than the names:
    they are ruled out without compiling the pattern."""
    if not text.isascii():
        return True
    pieces = _pieces(forms)
    return all(word in also or _made_of(word, pieces) for word in _LOWER_WORD.findall(text.lower()))


@lru_cache(maxsize=1 << 12)
def _pieces(forms: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every word a match of the forms' pattern is made of, in lowercase, by its first letter."""
    found = {*VENDORS, "and", "s", "es"}
    for form in forms:
        for token in TOKEN.findall(camel_spaced(form)):
            found |= {token.lower(), token.lower()[:-1]}  # the stem a plural's pattern keeps
    by_first: dict[str, tuple[str, ...]] = {}
    for piece in sorted(found - {""}):
        by_first[piece[0]] = (*by_first.get(piece[0], ()), piece)
    return by_first


def _made_of(word: str, pieces: dict[str, tuple[str, ...]]) -> bool:
    """Whether the word is the pieces written one after another (`cloudwatch` of `cloud`, `watch`)."""
    reached, todo = {0}, [0]
    while todo:
        at = todo.pop()
        for piece in pieces.get(word[at], ()):
            if word.startswith(piece, at) and (end := at + len(piece)) not in reached:
                if end == len(word):
                    return True
                reached.add(end)
                todo.append(end)
    return False


def absent(held: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether no form whose words (`form_words`) are `held` can match in the text.
    Other than ASCII characters, none of which a form's letters match (but the
    four `_FOLDED_ALNUM`), are read as a NUL: a separator, or no letter."""
    if not held:
        return False
    if not text.isascii():
        if any(c in text for c in _FOLDED_ALNUM) or not all(w.isascii() for words in held for w in words):
            return False  # a letter that folds to an ASCII one, or a name's digits of another script
        text = _NOT_ASCII.sub("\0", text)
    lowered = text.lower()
    # loops, not generators: this is asked of every name a text may hold, most often of all
    for words in held:
        for word in words:
            if word not in lowered:
                break
        else:
            if may_match(words, lowered):
                return False
    return True


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def may_match(words: tuple[str, ...], lowered: str) -> bool:
    """Whether the ASCII text (in lowercase) may hold a match of a form whose
    words (`form_words`) it holds: the first where a match may start, and all
    of them one after another with only separators between (or an `and`)."""
    if not opens_a_match(words[0], lowered):
        return False
    return len(words) < 2 or "".join(words) in lowered.translate(_SEPARATORS) or _AND.search(lowered) is not None


# what the pattern's separators between a form's words match: `[\s\-_.&]`, ASCII whitespace as `\s`
# takes it, and NUL, which stands for any other character (a space of another script)
_SEPARATORS = str.maketrans("", "", "\x00 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f-_.&")
_AND = re.compile(r"\band\b")


def openings(text: str) -> tuple[str, ...] | None:
    """What the text, in lowercase and with the separators a form's pattern allows taken out,
    holds where a match at its start may begin (after a vendor prefix too): a match there
    starts with its form's words joined (`form_words`). A whole word `and`, which the
    pattern takes between a form's words, is taken out too: a form with `and` among its
    own words (`says_and`) may then open otherwise. None where that cannot be told (a
    text not ASCII)."""
    lowered = text.lower()
    if not text.isascii():
        return None
    joined = _AND.sub("", lowered).translate(_SEPARATORS)
    return (joined, *(joined[len(v) :] for v in VENDORS if joined.startswith(v)))


def says_and(text: str) -> bool:
    """Whether the text holds `and` as a whole word (the names pattern takes it between words)."""
    return _AND.search(text.lower()) is not None


def opens_a_match(word: str, lowered: str) -> bool:
    """Whether a form's first word (`form_words`) is somewhere in the ASCII text
    (in lowercase) where a match of the form may start: after no letter or
    digit, or right after a vendor prefix (`awsconfig`). `az` in `amazon` is none."""
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalnum() or lowered.endswith(VENDORS, 0, at):
            return True
        at = lowered.find(word, at + 1)
    return False
