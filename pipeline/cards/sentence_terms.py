"""Terms written one after another on a line, a sentence each (`WEP = broken.
WPA2 = AES-CCMP. WPA3 = SAE`, `Latency = delay. Jitter = variation in delay.
Packet loss = retransmits`): a glossary kept on one line. Each sentence that
defines a term of its own is a line of its own, so each term is asked alone;
read as one line, the later terms rode inside the first one's answer, or the
line was read as a list or a need. Two such terms side by side are rivals,
asked as such (`compared_terms`)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.cards.chunking import split_sentences
from pipeline.cards.gloss_summaries import sentence_pairs
from pipeline.model import Inline, Node, Span
from pipeline.model import inline as inl

TERM_WORDS = 4  # `default route 0.0.0.0/0`: a term is named in a few words
MIN_TERMS = 3  # `WEP = broken. WPA2 = AES-CCMP. WPA3 = SAE`: a glossary on one line
_LINES = ("item", "line")


def sentence_terms(node: Node) -> list[Node] | None:
    """The line cut before each later sentence that defines a term of its own, if any does."""
    if node.role not in _LINES or node.children or not node.cards or inl.to_plain(node.inline).count("=") < MIN_TERMS:
        return None  # (every line of the notes is read here: most have no three `=` to split at)
    if sentence_pairs(inl.to_plain(node.inline)) is not None:
        return None  # `GuardDuty = threats. Inspector = vulnerabilities. ...`: a summary, asked from each gloss (`pair_lists`)
    said = split_sentences(inl.strip(node.inline))
    if len(said) < 2 or not _defines(said[0]):
        return None
    parts: list[list[Inline]] = [[said[0]]]
    for sentence in said[1:]:
        if _defines(sentence):
            parts.append([sentence])
        else:
            parts[-1].append(sentence)  # "Static = manual, no overhead. doesn't adapt": said of the term before
    if len(parts) < MIN_TERMS:
        return None  # two side by side are rivals, asked as such (`compared_terms`)
    return [replace(node, inline=_joined(part)) for part in parts]


def _defines(sentence: Inline) -> bool:
    """`Jitter = variation in delay`: a term of a few words, an equals sign, its meaning."""
    split = inl.split_term(sentence)
    if split is None or not inl.to_plain(split[1]).strip():
        return False
    plain = inl.to_plain(sentence)
    term = inl.to_plain(split[0]).strip()
    after = plain[plain.find(term) + len(term) :].lstrip() if term in plain else ""
    return after.startswith("=") and not after.startswith("==") and 0 < len(term.split()) <= TERM_WORDS


def _joined(sentences: list[Inline]) -> Inline:
    """The sentences as one line, without the full stop that ended it before the next term."""
    spans: Inline = ()
    for sentence in sentences:
        spans += ((Span("text", " "),) if spans else ()) + tuple(sentence)
    last = spans[-1]
    if last.kind == "text" and last.text.rstrip().endswith(".") and not last.text.rstrip().endswith(".."):
        spans = (*spans[:-1], Span("text", last.text.rstrip()[:-1]))
    return spans
