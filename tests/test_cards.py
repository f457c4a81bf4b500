"""Card rules: markdown in, cards out (kind, context, prompt, answer, lines)."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.cards.sink import CardSink
from pipeline.notes.parse import parse_document

from .outline import card_line


def cards_of(markdown: str) -> list[str]:
    cards, problems = make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")
    return [card_line(c) for c in cards] + [f"! {p}" for p in problems]


_OFFERED = re.compile(r"(\{\{c\d+::[^{}]*?)::[^{}]*\?\}\}")


def without_offers(lines: list[str]) -> list[str]:
    """The card lines with the names a blank offers left out ("{{c1::ECS::Docker or ECS?}}" reads
    "{{c1::ECS}}"), for tests of which name a blank hides, not of what it offers (`offered_names`)."""
    return [_OFFERED.sub(r"\1}}", line) for line in lines]


def test_an_enumeration_announced_with_a_count_is_asked_item_by_item():
    assert cards_of(
        """
        ## Cloud Computing

        **Six advantages:**
        - Trade capital expense for variable expense: pay on demand
        - benefit from massive economies of scale
        - stop guessing capacity
        - go global in minutes
        """
    ) == [
        "[overview] Cloud Computing | Cloud Computing — Six advantages {{c1::Trade capital expense for variable expense}} "
        "{{c2::benefit from massive economies of scale}} {{c3::stop guessing capacity}} {{c4::go global in minutes}} "
        "=> @3,4,5,6,7",
        "[term] Cloud Computing › Six advantages | Which advantage of Cloud Computing: pay on demand? => Trade capital expense for variable expense @4",
        "! n.md:3: warning: the list announces 6 items but has 4",
    ]


def test_terms_with_colon_and_equals_ask_the_term_in_its_context():
    assert cards_of(
        """
        ## Cloud Computing

        **Deployment Models:**
        - Private Cloud: used by a single organization
        - Public Cloud: owned by a third party

        Hypervisor = software that runs virtual machines
        """
    ) == [
        # Two items are a pair to compare, not a list to recite: no cloze of the pair.
        "[overview] Cloud Computing | Deployment Models => Private Cloud: used by a single organization "
        "Public Cloud: owned by a third party Hypervisor = software that runs virtual machines @3,4,5,7",
        "[term] Cloud Computing › Deployment Models | Private Cloud => used by a single organization @4",
        "[term] Cloud Computing › Deployment Models | Public Cloud => owned by a third party @5",
        "[term] Cloud Computing › Deployment Models | Hypervisor => software that runs virtual machines @7",
    ]


def test_numbers_and_limits_become_cloze_deletions():
    assert cards_of(
        """
        ## Cloud Integration

        **SQS:**
        - fully managed message queue
        - default retention of messages: 4 days, maximum of 14 days
        - usually 3, min is 2 and max is 6
        - 22: SSH - log into a Linux instance
        """
    ) == [
        "[overview] Cloud Integration | SQS => fully managed message queue @3,4",
        "[number] Cloud Integration › SQS | default retention of messages : {{c1::4 days}}, maximum of {{c2::14 days}} => @5",
        "[number] Cloud Integration › SQS | usually 3, min is {{c1::2}} and max is 6 => @6",
        "[number] Cloud Integration › SQS | {{c1::22}}: SSH - log into a Linux instance => @7",
    ]


def test_the_support_plans_are_asked_one_plan_at_a_time():
    assert cards_of(
        """
        ## Support

        **AWS Support Plans:**
        - **Basic support:**
          - customer service and communities
          - Trusted Advisor core checks
        - **Business Support Plan:**
          - 24/7 phone, email and chat access
          - case response (+ prod system down <1 hour)
        """
    ) == [
        # The plans are sub-headings of the list: never hidden as clozes of it.
        "[overview] Support › AWS Support Plans | What is Basic support? => customer service and communities "
        "Trusted Advisor core checks @4,5,6,3",
        "[detail] Support › AWS Support Plans | What is Business Support Plan? => 24/7 phone, email and chat access @7,8,3",
        "[number] Support › AWS Support Plans › Business Support Plan | case response (+ prod system down "
        "<{{c1::1 hour}}) => @9,3",
    ]


def test_a_long_topic_is_its_definition_and_one_card_per_fact_never_numbered_parts():
    lines = [
        "Elastic File System, a managed NFS that can be mounted on hundreds of EC2 instances at once",
        "scales on demand to petabytes without any capacity planning by the user of the service",
        "works with Linux instances in several Availability Zones of a region at the same time",
        "highly available, scalable, expensive, pay per use, no capacity planning needed at all here",
        "all instances can mount the same EFS drive, using an EFS Mount Target, and see the same files",
    ]
    found = cards_of("## Storage\n\n**EFS:**\n" + "".join(f"- {line}\n" for line in lines))
    assert found == [
        # The defining line alone: side facts on its back would be a list to recite under a bare name.
        # (a line that says the name itself rides with it: hidden, the name would be asked twice)
        "[overview] Storage | EFS => Elastic File System, a managed NFS that can be mounted on hundreds of EC2 "
        "instances at once all instances can mount the same EFS drive, using an EFS Mount Target, and see the same files @3,4,8",
        # A fact without a key term asks for the topic's name.
        "[detail] Storage | {{c1::EFS}}: scales on demand to petabytes without any capacity planning by the user "
        "of the service => @5,3",
        # A proper name that is no thing of the notes is a word of the topic's fact: the topic is asked.
        "[detail] Storage | {{c1::EFS}}: works with Linux instances in several Availability Zones of a region at "
        "the same time => @6,3",
        "[detail] Storage | {{c1::EFS}}: highly available, scalable, expensive, pay per use, no capacity planning "
        "needed at all here => @7,3",
    ]


def test_a_long_paragraph_is_asked_sentence_by_sentence_each_with_its_own_id():
    sentence = "This sentence about batch processing has exactly twelve words in it. "
    cards, _ = make_cards(parse_document("## Compute\n\n**Batch:**\n" + sentence * 12 + "\n", "n.md"), "p")
    # The definition card holds the first sentence; each other sentence is a card.
    assert len(cards) == 12
    assert sum((c.prompt + c.answer).count("twelve words") for c in cards) == 12
    assert all((c.prompt + c.answer).count("twelve words") == 1 and "/" not in c.prompt for c in cards[1:])
    assert len({c.guid for c in cards}) == 12


def test_a_generic_label_is_asked_with_its_parent():
    found = cards_of(
        """
        ## Migration

        **DMS:**
        - migrate databases to AWS
        - supports: homogeneous and heterogeneous migrations
        """
    )
    assert "[term] Migration › DMS | DMS — supports => homogeneous and heterogeneous migrations @5" in found


def test_a_closed_list_is_shown_whole_in_one_note_up_to_eight_items_else_five_a_note():
    items = ["Compliance: data stays in the region", "Proximity: lower latency", "Available services", "Pricing"]
    found = cards_of("## Regions\n\n*How to choose a Region?*\n" + "".join(f"- {i}\n" for i in items))
    assert (
        "Regions | How to choose a Region? {{c1::Compliance}} {{c2::Proximity}} "
        "{{c3::Available services}} {{c4::Pricing}} =>" in found[0]
    )
    letters = [f"- {chr(65 + n)}{chr(65 + n)}{chr(65 + n)} item\n" for n in range(8)]
    found = cards_of("## Things\n\n**Kinds:**\n" + "".join(letters))
    clozes = [c for c in found if "{{c1::" in c]
    # one note asks them all (split, each note read alone showed items it never asked); no count of
    # the tool's own on the front, which over a list the notes never closed reads as a claim it is complete
    assert len(clozes) == 1 and "Kinds {{c1::AAA}} item" in clozes[0] and "{{c8::HHH}} item" in clozes[0], clozes
    assert "(8)" not in clozes[0], clozes
    letters = [f"- {chr(65 + n)}{chr(65 + n)}{chr(65 + n)} item\n" for n in range(10)]
    found = cards_of("## Things\n\n**Kinds:**\n" + "".join(letters))
    clozes = [c for c in found if "{{c1::" in c]
    assert len(clozes) == 2
    for card in clozes:  # every item on both notes; each note hides five
        # the word that tells look-alike items apart is the blank ("{{c1::AAA}} item")
        assert all(chr(65 + n) * 3 in card and card.count(" item") == 10 for n in range(10))
        assert "{{c5::" in card and "{{c6::" not in card and "(10)" not in card


def test_a_list_announced_with_a_count_may_hide_more_than_five():
    found = cards_of("## X\n\n**Seven colours:**\n" + "".join(f"- colour {n}\n" for n in "abcdefg"))
    assert len(found) == 1 and "colour {{c7::g}}" in found[0]


def test_a_restated_definition_is_a_fact_of_its_group_and_code_blocks_make_no_card():
    found = cards_of(
        """
        ## Security

        **KMS:**
        - Encryption: use encryption keys
        - keys are rotated yearly

        ```
        aws kms list-keys
        ```
        """
    )
    assert found == [
        "[overview] Security | KMS => Encryption: use encryption keys @3,4",
        "[detail] Security | {{c1::KMS}}: Encryption: use encryption keys keys are rotated yearly => @5,3",
    ]


def test_a_count_the_list_does_not_match_is_a_warning():
    found = cards_of("## Cloud\n\n**Three benefits:**\n- elastic\n- cheap\n- fast\n- global\n")
    assert found[-1] == "! n.md:3: warning: the list announces 3 items but has 4"


def test_a_list_of_terms_and_plain_items_is_shown_whole_on_its_card():
    found = cards_of(
        """
        ## IAM

        **MFA:**
        - multi factor authentication
        - options:
          - virtual MFA device such as an authenticator app on one phone or on several devices, which holds many tokens on one device
          - U2F Security Key: a physical device plugged into a USB port
          - Hardware Key Fob: generates a six-digit code
        """
    )
    options = next(c for c in found if c.startswith("[detail] IAM › MFA | MFA — options"))
    assert "U2F Security Key" in options and "Hardware Key Fob" in options and "virtual MFA device" in options


def test_the_kinds_made_across_the_notes_ask_each_id_once() -> None:
    """The notes' own cards keep a line written twice as two cards; a sink
    asked for one card per id (recognition, compare, classify) drops the
    second, so the same front is never asked twice with different answers."""
    def made(once: bool) -> list[str]:
        sink = CardSink("n.md", "p", None, once_per_id=once)
        sink.section = sink.topic_title = "Shared Responsibility"
        for answer in ("Provider", "Customer"):
            sink.add("classify", "basic", prompt="patching the host OS", answer=answer, context=(), lines=(3,), key=("classify", "patching"))
        return [card.answer for card in sink.cards]

    assert made(once=False) == ["Provider", "Customer"]
    assert made(once=True) == ["Provider"]
