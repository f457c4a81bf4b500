"""A blank over the partner a line ties its thing to.

"Inspector: reporting & integration with [Security Hub]", "Amplify: framework
that can leverage [AppSync]": a thing integrates with, works with or builds on
many others, and the line names one of them. With that name hidden the front
asks which partner, and any thing the learner knows to work with it fits
("integration with [...]" reads as EventBridge too). Such a blank is no
question; a blank over a plain word after the link ("works with [Linux]
instances") is a fact of the thing, and stays.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from pipeline.cards.cue_words import CLAIMED_PROPERTIES, MEASURE_WORDS, OFFERING_WORDS, content_words
from pipeline.cards.deletions import HIDDEN
from pipeline.model import inline as inl

# how a line ties a thing to another: "works with", "leverages", "relies on" (a thing of the notes
# after it is a partner; "works with [Linux] instances" says what it runs on) ...
_LINKED = re.compile(r"\b(?:works?\s+with|leverag\w*|rel(?:y|ies|ied)\s+on)(?:\s+(?:the|other|an?|most|several|many))*\s*$", re.IGNORECASE)
# ... and "integrated with", "integration with": whatever it then hides is a partner, or a word of one
_INTEGRATED = re.compile(r"\bintegrat\w*(?:\s+\w+){0,2}\s+with\b[^,;.:()]*$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# what any offering says of itself: no clue to one of them
CLAIMS = CLAIMED_PROPERTIES | OFFERING_WORDS | MEASURE_WORDS | {"go", "can", "use", "used"}
_LINKS = re.compile(r"\b(?:integrat\w*|supports?|works with|leverag\w*|rel(?:y|ies|ied) on)\b", re.IGNORECASE)  # how a line ties names on
_LINKING = re.compile(r"^(?:integrat|support|works?$|leverag|rel(?:y|ies|ied)$|lot$|services?$|tools?$|various$)")
LINK_WORDS = 3  # own words a one-line clue of names needs besides them


def hides_a_partner(cloze: str, is_thing: Callable[[str], bool]) -> bool:
    """Whether the cloze's first blank hides what the line's thing integrates with, or a thing
    of the notes (`is_thing`) right after a phrase that ties the line's thing to it."""
    hidden = HIDDEN.search(cloze)
    if hidden is None:
        return False
    before = html.unescape(_TAG.sub(" ", cloze[: hidden.start()]))
    name = html.unescape(_TAG.sub(" ", hidden.group(1).split("::")[0])).strip()
    name = re.sub(r"^(?:the|an?)\s+", "", name, flags=re.IGNORECASE)
    return _INTEGRATED.search(before) is not None or (_LINKED.search(before) is not None and is_thing(name))


def names_others(lines: list[str]) -> bool:
    """A one-line clue whose own words, past the names it lists and what it links
    them by ("integration with Shield and WAF", "supports Linux, MacOS and
    Windows", "integrates with a lot of services (Lambda, S3..)"), are too few to
    point anywhere: the names fit whatever works with them."""
    return len(lines) == 1 and _LINKS.search(lines[0]) is not None and _few_own_words(lines[0])


def _few_own_words(line: str) -> bool:
    plain = inl.ASIDE.sub(" ", line)  # the names it brackets ("(lambda, sageMaker, S3..)")
    plain = re.sub(r"\b[A-Za-z]*[A-Z0-9][\w.+#-]*", " ", plain)  # names and acronyms ("EC2", "macOS")
    words = [w for w in content_words(plain) if w.lower() not in CLAIMS and not _LINKING.match(w.lower())]
    return len(words) < LINK_WORDS
