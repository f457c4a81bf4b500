"""A label over a sentence that is no definition of it.

`SLAs: OCI offers SLAs covering **availability, manageability and
performance**` says a fact of its label in a sentence of its own: the label
alone on the front would ask "what are SLAs?" and get the sentence restated.
`Other databases: **MySQL HeatWave** (...), **NoSQL Database ...** for ...`
names the rest of a kind, no one thing to define. Where the author set the
fact's key terms in bold, the line is asked by them instead: a cloze over each
emphasised term, the label in front ("SLAs: OCI offers SLAs covering [...]"),
so the learner sees what is asked and a list of glossed names asks each name
from its gloss, the way exams ask."""

from __future__ import annotations

import re

from pipeline.cards.entries import Entry, stem
from pipeline.cards.key_terms import cloze_text, emphasised
from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl

# "Other databases", "More options": the rest of a kind, no one thing of its own
_THE_REST = re.compile(r"^(?:other|more|further|remaining)\s+\S", re.IGNORECASE)
# the first sentence of a definition (a full stop before a capital ends it)
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s+[A-Z])|$)", re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9][\w.-]*")
# a definition that opens like one: "a logical container ...", "the core method ..."
# or says what its label is ("is Google's family of ...")
_DEFINES = re.compile(r"^\s*(?:an?|the|one|any|is|are|was|were|means|refers)\s", re.IGNORECASE)
CLUE_WORDS = 3  # words after a blank, up to the next, that tell its answer apart


def restates_label(label: str, definition: str) -> bool:
    """Whether the definition's first sentence is about something else and names
    the label again on its way ("OCI offers SLAs covering ..."): a fact of the
    label, no definition of it. A label said in brackets ("... (cloud KMS)") or as
    the sentence's first word ("Tokens are the core ...") is not restated."""
    if _THE_REST.match(label.strip()):
        return True
    words = [stem(w.rstrip(".")) for w in _WORD.findall(label)]
    if not words or len(words) > 3 or _DEFINES.match(definition):
        return False
    first = inl.ASIDE.sub(" ", _FIRST_SENTENCE.match(definition).group(0))  # type: ignore[union-attr]
    said = [stem(w.rstrip(".")) for w in _WORD.findall(first)]
    if not said or said[: len(words)] == words:
        return False
    return any(said[i : i + len(words)] == words for i in range(1, len(said) - len(words) + 1))


def _glossed(spans: Inline, emphasis: list[int]) -> list[int]:
    """The emphasised terms with a clue of their own: the words after each, up to
    the next ("**MySQL HeatWave** (managed MySQL with ...)"). A term alone in a
    run of names ("**OCI Database with PostgreSQL**, and ...") has none: a blank
    over it asks a guess, so it stays shown. One term alone is told by the
    sentence it ends ("OCI offers SLAs covering [...]")."""
    if len(emphasis) == 1:
        return emphasis
    kept = []
    for place, index in enumerate(emphasis):
        end = emphasis[place + 1] if place + 1 < len(emphasis) else len(spans)
        if len(inl.to_plain(spans[index + 1 : end]).split()) >= CLUE_WORDS:
            kept.append(index)
    return kept


def label_fact_cloze(sink: CardSink, shown: tuple[str, ...], entry: Entry, front: Inline, key: tuple[str, ...], context: tuple[str, ...]) -> bool:
    """Ask a label's line by its emphasised key terms when the line restates the
    label or names the rest of a kind (`restates_label`), with the label's front
    in bold before it; False when it does not."""
    emphasis = [i for i in emphasised(entry.definition) if entry.definition[i].kind in ("strong", "em")]
    if not emphasis or not restates_label(inl.to_plain(entry.head), inl.to_plain(entry.definition)):
        return False
    hidden = _glossed(entry.definition, emphasis)
    if not hidden:
        return False
    # "<b>Feature engineering cheat list</b> — splits": a front joined to its parent is bold where it should be
    label = sink.html(front) if any(span.kind == "strong" for span in front) else f"<b>{sink.html(front)}</b>"
    text = f"{label}: " + cloze_text(entry.definition, sink.html, hide_spans=hidden)
    sink.add("term", "cloze", prompt=text, answer="", context=shown, lines=(entry.node.line,), key=(*key, "key terms"), id_context=context)
    return True
