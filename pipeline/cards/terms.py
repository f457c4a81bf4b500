"""`Term: definition`, `Term = definition` and `**Term** - definition` lines ask the term.

A phrase that leads somewhere (`stable storage -> one PVC per pod`, under
StatefulSet) is no term of its own: alone on the front it is half a
sentence that does not say what it asks. It is asked of its parent, the
rest of the line hidden ("StatefulSet: stable storage → [...]")."""

from __future__ import annotations

import re

from pipeline.cards.chunking import cloze_safe
from pipeline.cards.entries import Entry, counted_label
from pipeline.cards.enumerations import COUNTED_DELETIONS, MAX_DELETIONS, balanced
from pipeline.cards.prompts import asked, is_fragment
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

_LEADS_ON = re.compile(r"^\s*(?:-{1,2}>|={1,2}>|→|⇒|⟶)")


LIST_ITEMS = 4  # a label's answer of this many short comma items is a list to recite, not a line
ITEM_WORDS = 8
_OPEN = re.compile(r"(?:\.\.+|…|\betc\.?)\s*$", re.IGNORECASE)


def term_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    key = ("term", inl.plain_key(inl.to_plain(entry.head)))
    if (items := _listed(entry)) is not None:
        _list_card(sink, context, entry, items)
        return
    if context and _leading_phrase(entry):
        parent = sink.html(asked((Span("text", context[-1]),), context[:-1]))
        hidden, aside = _aside(entry.definition)
        text = f"<b>{parent}</b>: {sink.html(entry.head)} → " + "{{c1::" + cloze_safe(sink.html(hidden)) + "}}" + sink.html(aside)
        sink.add("term", "cloze", prompt=text, answer="", context=context[:-1], lines=(entry.node.line,), key=key)
        return
    # A term the text defines in passing is no part of the heading above it:
    # "S3 › on premises" would read as something S3 is (its id keeps the place).
    shown = () if entry.defined_in_passing else context
    sink.add(
        "term",
        "basic",
        prompt=sink.html(asked(entry.head, shown)),
        answer=sink.html(entry.definition),
        context=shown,
        lines=(entry.node.line,),
        key=key,
        id_context=context,
        defined_in_passing=entry.defined_in_passing,
    )


def _listed(entry: Entry) -> list[str] | None:
    """`managed by AWS: provisioning, OS patching, backups, ...` or `7 core checks:
    ...`: a label that reads on into its list, or one that counts it, answered by
    a closed list of short items. On a basic card's back it is a dump to recite."""
    head = inl.to_plain(entry.head).strip()
    text = inl.to_plain(entry.definition).strip()
    if not (is_fragment(head) or counted_label(entry.head)) or _OPEN.search(text):
        return None
    items = _comma_items(text)
    if len(items) < LIST_ITEMS or any(len(item.split()) > ITEM_WORDS for item in items):
        return None
    return items


def _comma_items(text: str) -> list[str]:
    """The items of `a, b (x, y), c`: commas inside brackets stay in their item."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [item.strip() for item in items if item.strip()]


def _list_card(sink: CardSink, context: tuple[str, ...], entry: Entry, items: list[str]) -> None:
    """Each item as a cloze, the whole list shown: at most five hidden per note
    unless the label counts them."""
    label = f'<div class="sp-label">{sink.html(asked(entry.head, context))}</div>'
    limit = COUNTED_DELETIONS if counted_label(entry.head) else MAX_DELETIONS
    for index, part in enumerate(balanced(list(range(len(items))), limit)):
        numbers = {item: n for n, item in enumerate(part, 1)}
        shown = "".join(
            f"<li>{{{{c{numbers[i]}::{cloze_safe(inl.escape(text))}}}}}</li>" if i in numbers else f"<li>{inl.escape(text)}</li>"
            for i, text in enumerate(items)
        )
        sink.add(
            "enumeration",
            "cloze",
            prompt=f'{label}<ul class="sp-enum">{shown}</ul>',
            answer="",
            context=context,
            lines=(entry.node.line,),
            key=("listed term", inl.plain_key(inl.to_plain(entry.head)), str(index + 1)),
        )


_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def _aside(definition: Inline) -> tuple[Inline, Inline]:
    """`containerd, CRI-O (dockershim removed in 1.24)`: the remark in brackets
    at the end is no part of the answer, and stays shown after the blank."""
    last = definition[-1] if definition else None
    if last is None or last.kind != "text" or not (match := _REMARK.search(last.text)) or not last.text[: match.start()].strip():
        return definition, ()
    return (*definition[:-1], Span("text", last.text[: match.start()])), (Span("text", last.text[match.start() :]),)


def _leading_phrase(entry: Entry) -> bool:
    """`L7 HTTP(S) routing -> host and path rules`: a few plain words, none of
    them a capitalised name, before an arrow."""
    head = inl.strip(entry.head)
    if not head or any(span.kind != "text" for span in head):
        return False
    plain = inl.to_plain(head).strip()
    rest = inl.to_plain(entry.full).strip()[len(plain) :] if inl.to_plain(entry.full).strip().startswith(plain) else ""
    words = plain.split()
    # One word ("etcd", "liveness") or a capitalised one ("NodePort") is a name to ask.
    named = any(w[0].isupper() and any(ch.islower() for ch in w[1:]) for w in words)
    return bool(_LEADS_ON.match(rest)) and len(words) > 1 and not named and words[-1].isalpha() and words[-1].islower()
