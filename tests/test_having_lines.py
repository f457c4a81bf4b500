"""Under a label whose first line opens on having, the label's cloze over one
of its noun phrases says the verb again: "[Objects]: metadata about file"
would read as if objects were metadata."""

from __future__ import annotations

from .test_cards import cards_of

_OBJECTS = """
    ## Storage

    **Objects:**
    - Have a key that is the full path of the file in the bucket
    - key is composed from a prefix (folders) and object name (filename)
    - metadata about file (list of text key/value pairs)
    - tags (key/value pairs) - useful for security/lifecycle
    - version ID (if versioning is enabled)
    """


def test_a_label_over_what_it_has_is_asked_as_having_each_noun_phrase() -> None:
    lines = cards_of(_OBJECTS)
    assert any("{{c1::Objects}} have: metadata about file" in line for line in lines), lines
    assert not any("{{c1::Objects}}: metadata" in line for line in lines), lines


def test_a_line_with_a_verb_of_its_own_reads_as_it_is() -> None:
    lines = cards_of(_OBJECTS)
    assert any("{{c1::Objects}}: key is composed from a prefix" in line for line in lines), lines
    assert not any("have: key is composed" in line for line in lines), lines


def test_a_label_over_what_it_is_says_no_verb() -> None:
    lines = cards_of(_OBJECTS.replace("Have a key", "A file stored with a key"))
    assert any("{{c1::Objects}}: A file stored with a key" in line and "metadata about file" in line for line in lines), lines
    assert not any("}} have:" in line for line in lines), lines
