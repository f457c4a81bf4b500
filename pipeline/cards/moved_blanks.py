"""A blank over what the line takes as given is moved to what the line teaches.

"Can't delete [VPC] → leftover ENIs → delete them first": the arrow leads from
a situation to its cause or result, and the blank fell on a word of the
situation, which the learner is handed in the exam question. The blank moves
to the step right after the arrow ("Can't delete VPC → [leftover ENIs] → ...").

"[IAM evaluation]: Default implicit deny.": a blank over the label in front of
a line that states a default asks the label, which the line only files; the
default is the fact ("IAM evaluation: Default [implicit deny].").

"[IPv4] = A record / IPv6 = AAAA record": a key its neighbour pair spells is
moved off to its value (`paired_values`)."""

from __future__ import annotations

import re

from pipeline.cards.paired_values import value_blank

MAX_GIVEN_WORDS = 6  # a situation longer than this is a sentence of its own, not a symptom
MAX_MOVED_WORDS = 8  # a step longer than this is an explanation, no answer to recall
MIN_MOVED_WORDS = 2  # one word after an arrow ("→ edit →") is a step of a procedure, not its cause
MAX_DEFAULT_WORDS = 4
MAX_HEAD_WORDS = 5  # a name before its gloss or its examples; a longer run is a sentence

_BLANK = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}")
_ARROW = re.compile(r"\s(?:→|-&gt;|->)\s")
_SENTENCE_END = re.compile(r"(?:[.;!?]\s|:\s)")
_TAG = re.compile(r"<(/?)([a-z0-9]+)[^>]*>")
_ASIDE_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
_STEP_END = re.compile(r"\s*[.;,:]?\s*$")
_WORD = re.compile(r"[A-Za-z0-9][\w'/-]*")
_LABEL_BLANK = re.compile(r"^\{\{c1::([^{}]*)\}\}:\s+")
# "Default implicit deny.", "default = 300 s", "the default is Standard": the value a default names
_DEFAULT = re.compile(r"\b[Dd]efault(?:\s+(?:is|=|:))?\s+(?P<value>[^.;,()<>{}]+?)\s*(?=[.;]|$)")
_NUMBER = re.compile(r"\d")
# "(ReplaceUnhealthy, AZRebalance…)", "(Teams, Slack, etc.)": a bracket of examples that says there are more
_OPEN_LIST = re.compile(r"\([^()]*?(?:…|\.\.\.|,?\s*etc\.?)\s*\)")
_EMPHASIS = re.compile(r"\s*<(?:b|strong|em|i)>")
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|becomes?|=)\s*$")
_GLOSS_AFTER = re.compile(r"\s*(?:—|–|=|:|\()")
# a name or command among the hidden words ("[VPC]", "[<code>kubectl</code>]"), which the question hands over
_NAME_LIKE = re.compile(r"[A-Z]|<code>")


def moved_blank(prompt: str) -> str:
    """The prompt with its blank on what the line teaches, or as it was."""
    prompt = _named_not_listed(prompt) or prompt
    return value_blank(prompt) or _default_after_label(prompt) or _past_the_arrow(prompt) or prompt


def _head_before(prompt: str, end: int) -> int | None:
    """Where the name that runs up to `end` starts: the line's start, past a
    label in front, or a sentence's; None when that is no short name."""
    starts = [m.end() for m in _SENTENCE_END.finditer(prompt, 0, end)]
    start = starts[-1] if starts else 0
    head = prompt[start:end]
    if "{{" in head or not _balanced(head) or not 1 <= _words(head) <= MAX_HEAD_WORDS:
        return None
    return start + len(head) - len(head.lstrip())


def _named_not_listed(prompt: str) -> str | None:
    """"Suspend processes ([ReplaceUnhealthy], [AZRebalance]…)": examples of an
    open list are a guess among many; the name they illustrate is asked instead."""
    listed = _OPEN_LIST.search(prompt)
    if listed is None or not (blanks := list(_BLANK.finditer(listed.group()))) or any(_NUMBER.search(b.group(1)) for b in blanks):
        return None  # "(400 days, can't change, ... etc)": a figure of the thing, no example
    shown = prompt[: listed.start()] + _unblanked(listed.group()) + prompt[listed.end() :]
    if _BLANK.search(shown):
        return shown  # another blank still asks the line
    end = len(prompt[: listed.start()].rstrip())
    start = _head_before(shown, end)
    if start is None:
        return None
    return shown[:start] + "{{c1::" + shown[start:end] + "}}" + shown[end:]


def _words(markup: str) -> int:
    return len(_WORD.findall(_TAG.sub(" ", _BLANK.sub(lambda m: m.group(1), markup))))


def _balanced(markup: str) -> bool:
    """Whether every tag the text opens it also closes: a blank never cuts through one."""
    depth: list[str] = []
    for closing, name in _TAG.findall(markup):
        if not closing:
            depth.append(name)
        elif not depth or depth.pop() != name:
            return False
    return not depth


def _unblanked(markup: str) -> str:
    return _BLANK.sub(lambda m: m.group(1), markup)


def _past_the_arrow(prompt: str) -> str | None:
    blanks = list(_BLANK.finditer(prompt))
    if not blanks or len({m.group(0)[: m.group(0).index("::")] for m in blanks}) != 1:
        return None  # several deletions: each asks its own part
    arrow = _ARROW.search(prompt, blanks[-1].end())
    starts = [m.end() for m in _SENTENCE_END.finditer(prompt, 0, blanks[0].start())]
    given_start = starts[-1] if starts else 0
    if arrow is None or _ARROW.search(prompt, given_start, blanks[0].start()) is not None:
        return None  # the blank is after an arrow already: a cause or a result
    given = prompt[given_start : arrow.start()]
    if _SENTENCE_END.search(given) or _words(given) > MAX_GIVEN_WORDS:
        return None
    if not _words(_BLANK.sub(" ", given)) or _the_fact(blanks[0], prompt):
        return None  # the blank is the whole situation (a name asked from what it leads to) or its fact
    step_end = _ARROW.search(prompt, arrow.end())
    sentence_end = _SENTENCE_END.search(prompt, arrow.end())
    ends = [m.start() for m in (step_end, sentence_end) if m is not None]
    step = prompt[arrow.end() : min(ends) if ends else len(prompt)]
    step = _STEP_END.sub("", _ASIDE_AT_END.sub("", step))
    if "{{" in step or not _balanced(step) or not MIN_MOVED_WORDS <= _words(step) <= MAX_MOVED_WORDS:
        return None
    number = blanks[0].group(0)[3 : blanks[0].group(0).index("::")]
    start = arrow.end()
    return _unblanked(prompt[:start]) + "{{c" + number + "::" + step + "}}" + prompt[start + len(step) :]


def _the_fact(blank: re.Match[str], prompt: str) -> bool:
    """A blank the situation turns on: a figure ("ref = [100 Mbps] default"), the
    author's emphasis, what a verb says of a thing ("Volumes are [AZ-bound]"), a
    term its gloss follows ("[CNAME] — alias"), or no name at all: a word of the
    situation that is a name ("[VPC]", "[ALB] 503") is what the question hands over."""
    hidden = blank.group(1)
    if _NUMBER.search(hidden) or _EMPHASIS.match(hidden) or not _NAME_LIKE.search(hidden):
        return True
    return bool(_COPULA_BEFORE.search(prompt[: blank.start()]) or _GLOSS_AFTER.match(prompt, blank.end()))


def _default_after_label(prompt: str) -> str | None:
    label = _LABEL_BLANK.match(prompt)
    if label is None or "{{" in prompt[label.end() :]:
        return None
    body = prompt[label.end() :]
    default = _DEFAULT.search(body)
    if default is None or _words(default.group("value")) > MAX_DEFAULT_WORDS or not _words(default.group("value")):
        return None
    value_start, value_end = default.span("value")
    if _NUMBER.search(default.group("value")):
        return None  # a default's figure is a number card's blank
    shown = label.group(1) + ": " + body[:value_start]
    return shown + "{{c1::" + body[value_start:value_end] + "}}" + body[value_end:]
