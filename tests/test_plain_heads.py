"""Notes written without markdown headings: a plain `Topic: name` line opens a
topic as a bold label does, a plain first line over a blank line titles the
notes, and several quoted needs on one line are each asked from need to name."""

from __future__ import annotations

from textwrap import dedent

from pipeline.notes.parse import parse_document

from .test_cards import cards_of

_NOTES = """
    GCP Architect: prep notes
    (started after 4 yrs on AWS)

    Topic: resource hierarchy + IAM

    org node → folders → projects → resources. Policies inherit downward.
    - roles: basic → predefined → custom

    Topic: quick picks
    "existing Hadoop/Spark" ⇒ Dataproc. "new pipeline, batch + stream" ⇒ Dataflow.
    "VM without public IP needs GCS" ⇒ Private Google Access. "needs internet updates" ⇒ Cloud NAT.
    """


def test_a_plain_first_line_over_a_blank_line_titles_notes_without_headings() -> None:
    document = parse_document(dedent(_NOTES).lstrip("\n"), "notes/gcp-pca.md")
    assert document.title == "GCP Architect: prep notes"
    assert [section.title[0].text for section in document.sections] == ["GCP Architect: prep notes"]
    assert document.description == "(started after 4 yrs on AWS)"


def test_a_plain_topic_line_opens_a_topic_as_a_bold_label_does() -> None:
    document = parse_document(dedent(_NOTES).lstrip("\n"), "notes/gcp-pca.md")
    topics = [topic.title[0].text for topic in document.sections[0].topics]
    assert topics == ["resource hierarchy + IAM", "quick picks"]
    lines = cards_of(_NOTES)
    assert not any(line.startswith("[term]") and "| Topic =>" in line for line in lines), lines
    assert not any("gcp-pca" in line for line in lines), lines


def test_several_quoted_needs_on_a_line_each_ask_their_name() -> None:
    lines = cards_of(_NOTES)
    for need, name in [
        ('"existing Hadoop/Spark"', "Dataproc"),
        ('"new pipeline, batch + stream"', "Dataflow"),
        ('"VM without public IP needs GCS"', "Private Google Access"),
        ('"needs internet updates"', "Cloud NAT"),
    ]:
        assert any(f"{need} — which one? => {name} @" in line for line in lines), (need, lines)
    assert not any("{{c1::" in line and "⇒" in line for line in lines), lines


def test_a_sentence_or_a_list_item_first_is_no_title() -> None:
    for first in ["Policies inherit downward.", "- roles: basic → predefined → custom", "Topic: quick picks"]:
        document = parse_document(first + "\n\nmore text here\n", "notes/gcp-pca.md")
        assert document.title is None, first


def test_a_topic_word_inside_a_sentence_opens_no_topic() -> None:
    document = parse_document("# N\n\nTopic: what the exam asks most, in my view.\n\n- a: b\n", "n.md")
    assert all(topic.title[0].text != "what the exam asks most, in my view." for s in document.sections for topic in s.topics)


def test_the_notes_title_is_no_label_on_a_front() -> None:
    lines = cards_of(
        """
        # CKAD prep notes

        Environment/Config/Security is the biggest slice.

        - roles: basic → predefined → custom

        ## Traps

        - LLDP off by default on IOS, CDP on
        - HSRP preempt off by default, VRRP on
        """
    )
    assert not any("CKAD prep notes</b>" in line or "| CKAD prep notes —" in line or "| CKAD prep notes =>" in line for line in lines), lines
    assert any("roles" in line and "basic → predefined → custom" in line for line in lines), lines


def test_a_title_naming_a_subject_stays_the_label_of_its_lines() -> None:
    lines = cards_of(
        """
        # Amazon S3

        - durability: 11 nines
        - storage classes: Standard, IA, Glacier
        """
    )
    assert any("Amazon S3 — durability" in line for line in lines), lines
