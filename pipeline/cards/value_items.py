"""The names an answer lists (`Always (default), OnFailure, Never`, `S3 & DynamoDB`,
`OK/ALARM`): split at its commas and "and"s, or at its slashes; among commas, `&`
joins one item's words."""

from __future__ import annotations

import re

from pipeline.model import Inline
from pipeline.model import inline as inl

VALUE_SEPARATORS = re.compile(rf"\s*(?:{inl.ITEM_COMMA}\s*(?:or\s+|and\s+)?|&|\s+or\s+|\s+and\s+)\s*")
COMMA_SEPARATORS = re.compile(rf"\s*{inl.ITEM_COMMA}\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+")
_COMMA = re.compile(inl.ITEM_COMMA)
SLASHES = re.compile(r"(?<!\d)/(?!\d)")  # "OK/ALARM", not "24/7"


def value_items(definition: Inline) -> list[str]:
    """The names an answer lists, split at its commas and "and"s, or at its slashes."""
    text = inl.ASIDE.sub("", inl.to_plain(definition)).strip().rstrip(".")
    shown = [span for span in definition if span.kind != "text" or span.text.strip()]
    if len(shown) == 1 and shown[0].kind == "code" and " " not in text:
        return [text]  # `node-role.kubernetes.io/control-plane:NoSchedule`: one value, its slash no list
    # among commas, `&` joins one item's words: "information & data, devices, accounts & identities" is three
    separators = COMMA_SEPARATORS if _COMMA.search(text) else VALUE_SEPARATORS
    items = [item.strip() for item in separators.split(text) if item.strip()]
    if len(items) == 1 and (" " not in text or " / " in text):  # "kubernetes.io/tls" is one name in a list with commas
        # ("L4 TCP/SSL proxy" is one name too; "App / Transport / Link" are three)
        items = [item.strip() for item in SLASHES.split(text) if item.strip()]
        if " " not in text and all(item.isalpha() and item.islower() for item in items):
            return [text]  # "identifies/records", "read/write": one thing said two ways, no values
    return items
