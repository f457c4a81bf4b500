"""A blank over an abbreviation in brackets right after the words it stands
for gives itself away: "Dynamic testing ([...])" reads DAST off its own front.
The blank takes those words in with it ("[...]" over "Dynamic testing (DAST)"),
so the card asks the name and its letters together. So does a number in
brackets right after a blank over an acronym: "forgetting [DNS] (53)" reads
DNS off its port, and the blank takes the number in ("[DNS (53)]"), and the
words after it that spell it: "[PV] (planned value)" becomes "[PV (planned value)]". A blank
over a name its letters in brackets follow, "[Perform Integrated Change] Control (PICC)", takes
in the rest of the name and the letters; and a blank over a name its version follows, "[SAML] 2.0",
takes the version in; a name's former name in brackets after it ("[IAM Identity Center] (ex AWS
SSO)") answers the blank as well, and goes in with it."""

from __future__ import annotations

import re
from html import unescape

from pipeline.cards.list_hints import hint_suffix

SPELLING_WORDS = 4  # words before the bracket that may spell an abbreviation
_BRACKETED = re.compile(r"\(\{\{c(?P<n>\d+)::(?P<abbr>(?:<[a-z]+>)?(?P<letters>[A-Z][A-Za-z0-9]{1,6})(?:</[a-z]+>)?)\}\}\)")
_TAG = re.compile(r"<[^>]+>")
# "{{c1::printers::p… (8 letters)}}": a blank and its hint (the text never holds "::", `cloze_safe`)
_HINTED = re.compile(r"\{\{c(?P<n>\d+)::(?P<hidden>(?:(?!\}\}|::).)*)::(?P<hint>(?:(?!\}\}).)*…(?:(?!\}\}).)*)\}\}")
_BLANK = re.compile(r"\{\{c(?P<n>\d+)::(?P<hidden>(?:(?!\}\}|::).)*)\}\}")
_WORD = re.compile(r"[A-Za-z][\w-]*")


# "{{c1::DNS}} (53)": an acronym's blank, then a number in brackets that names it (a port, a code)
_NUMBERED = re.compile(r"\{\{c(?P<n>\d+)::(?P<abbr>(?:<[a-z]+>)?[A-Z][A-Z0-9]{1,5}(?:</[a-z]+>)?)\}\}(?P<number>\s*\(\d+(?:/\d+)?\))")


# "{{c1::PV}} (planned value)": an acronym's blank, then the words it stands for in brackets
_EXPANDED = re.compile(r"\{\{c(?P<n>\d+)::(?P<abbr>(?:<[a-z]+>)?(?P<letters>[A-Z][A-Z0-9]{1,5})(?:</[a-z]+>)?)\}\}(?P<words>\s*\((?P<inside>[A-Za-z][\w\s/-]*)\))")


# "{{c1::Perform Integrated Change}} Control (PICC)": a blank over a name, the rest of the name, then its letters
_SPELT_AFTER = re.compile(
    r"\{\{c(?P<n>\d+)::(?P<hidden>[^{}<>]+?)\}\}(?P<rest>(?:\s+[A-Za-z][\w-]*){0,3})(?P<abbr>\s*\((?P<letters>[A-Z][A-Za-z0-9]{1,6})\))"
)


def _with_letters(match: re.Match[str]) -> str:
    name = match.group("hidden") + match.group("rest")
    if not _spells(name, match.group("letters")) or "".join(w[0].upper() for w in _WORD.findall(name)) != match.group("letters").upper():
        return match.group()
    return "{{c" + match.group("n") + "::" + name + match.group("abbr") + "}}"


# "{{c1::SAML}} 2.0", "{{c1::OSPF}}v2": a name's version right after its blank narrows it to one name
_VERSION_AFTER = re.compile(r"\{\{c(?P<n>\d+)::(?P<name>[^{}<>]*[A-Za-z])\}\}(?P<version>\s?v?\d+(?:\.\d+)+\b|v\d+\b)")


# "{{c1::CoE Starter Kit}} (Center of Excellence)", "{{c1::teams}} (owner teams, access teams)": a
# bracket right after a blank that spells a name in it, or says its word again
_BRACKET_AFTER = re.compile(r"\{\{c(?P<n>\d+)::(?P<hidden>[^{}<>]+?)\}\}(?P<bracket>\s*\((?P<inside>[^()<>{}]+)\))")
OWN_WORD = 4  # letters of a hidden word the bracket may say again


# "{{c1::IAM Identity Center}} (ex AWS SSO)": the name's former or other name, which answers the blank as well
_OTHER_NAME = re.compile(r"^\s*(?:ex|formerly|previously|prev\.?|was|aka|a\.k\.a\.?|old\s+name|renamed\s+from)\b[\s:]", re.IGNORECASE)


_NAMED_AFTER = re.compile(r"\{\{c(?P<n>\d+)::(?P<hidden>[^{}]+?)\}\}(?P<bracket>\s*\((?P<inside>[^()<>{}]+)\))")


def _other_name_in(match: re.Match[str]) -> str:
    if not _OTHER_NAME.match(match.group("inside")):
        return match.group()
    return "{{c" + match.group("n") + "::" + match.group("hidden") + match.group("bracket") + "}}"


def _bracket_in(match: re.Match[str]) -> str:
    hidden, inside = match.group("hidden"), match.group("inside")
    names = [w for w in re.findall(r"\b[A-Z][A-Za-z0-9]{1,6}\b", hidden) if sum(ch.isupper() for ch in w) >= 2]
    own = _WORD.findall(hidden)
    words = {own[0].lower()} if len(own) == 1 and len(own[0]) >= OWN_WORD else set()  # a one-word blank said again
    spelt = any(_spells(inside, name) for name in names)
    if not spelt and not words & {w.lower() for w in _WORD.findall(inside)}:
        return match.group()
    return "{{c" + match.group("n") + "::" + hidden + match.group("bracket") + "}}"


def widened(prompt: str) -> str:
    """The prompt with each such blank widened over the words that spell it, or
    the number after it; a blank's hint (`list_hints`) is made again for the words it hides now."""
    hinted = {match.group("n") for match in _HINTED.finditer(prompt)}
    prompt = _widened(_HINTED.sub(lambda m: "{{c" + m.group("n") + "::" + m.group("hidden") + "}}", prompt))
    return _BLANK.sub(lambda m: _hinted(m) if m.group("n") in hinted else m.group(), prompt) if hinted else prompt


def _hinted(blank: re.Match[str]) -> str:
    hidden = blank.group("hidden")
    return "{{c" + blank.group("n") + "::" + hidden + hint_suffix(unescape(_TAG.sub("", hidden))) + "}}"


def _widened(prompt: str) -> str:
    prompt = _NAMED_AFTER.sub(_other_name_in, prompt)
    prompt = _BRACKET_AFTER.sub(_bracket_in, prompt)
    prompt = _VERSION_AFTER.sub(lambda m: "{{c" + m.group("n") + "::" + m.group("name") + m.group("version") + "}}", prompt)
    prompt = _SPELT_AFTER.sub(_with_letters, prompt)
    prompt = _NUMBERED.sub(lambda m: "{{c" + m.group("n") + "::" + m.group("abbr") + m.group("number") + "}}", prompt)
    prompt = _EXPANDED.sub(lambda m: "{{c" + m.group("n") + "::" + m.group("abbr") + m.group("words") + "}}" if _spells(m.group("inside"), m.group("letters")) else m.group(), prompt)
    out, position = [], 0
    for match in _BRACKETED.finditer(prompt):
        before = prompt[position : match.start()]
        text = _TAG.sub(lambda tag: " " * len(tag.group()), before)  # words of the text, not of its tags
        words = list(_WORD.finditer(text))[-SPELLING_WORDS:]
        start = _spelling_start(words, match.group("letters"), text)
        if start is None:
            continue
        out.append(before[:start] + "{{c" + match.group("n") + "::" + before[start:] + "(" + match.group("abbr") + ")}}")
        position = match.end()
    return "".join(out) + prompt[position:] if out else prompt


def _spelling_start(words: list[re.Match[str]], abbreviation: str, before: str) -> int | None:
    """Where the run of words whose initials spell the abbreviation's letters in
    order (at least two, the first one first) starts, if it ends at the bracket."""
    if not words or before[words[-1].end() :].strip():
        return None  # the words do not run up to the bracket
    letters = abbreviation.upper()
    for first in range(len(words)):
        initials = "".join(w.group()[0].upper() for w in words[first:])
        if initials[0] == letters[0] and len(initials) >= 2 and _in_order(initials, letters):
            return words[first].start()
    return None


def _spells(words: str, letters: str) -> bool:
    """Whether the words' initials, two at least, spell the letters in order, the first one first."""
    initials = "".join(w[0].upper() for w in _WORD.findall(words))
    return len(initials) >= 2 and initials[0] == letters[0] and _in_order(initials, letters.upper())


def _in_order(initials: str, letters: str) -> bool:
    found = iter(letters)
    return all(ch in found for ch in initials)
