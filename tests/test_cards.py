"""Card rules: markdown in, cards out (kind, context, prompt, answer, lines)."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

from .outline import card_line


def cards_of(markdown: str) -> list[str]:
    cards, problems = make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")
    return [card_line(c) for c in cards] + [f"! {p}" for p in problems]


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
        "[overview] Cloud Computing | Six advantages {{c1::Trade capital expense for variable expense}} "
        "{{c2::benefit from massive economies of scale}} {{c3::stop guessing capacity}} {{c4::go global in minutes}} "
        "=> @3,4,5,6,7",
        "[term] Cloud Computing › Six advantages | Trade capital expense for variable expense => pay on demand @4",
    ]


def test_terms_with_colon_and_equals_ask_the_term_in_its_context():
    assert cards_of(
        """
        ## Cloud Computing

        **Deployment Models:**
        - Private Cloud: used by a single organization
        - Public Cloud: owned by a third party

        Router = networking device that forwards packets
        """
    ) == [
        "[overview] Cloud Computing | Deployment Models {{c1::Private Cloud}} {{c2::Public Cloud}} => @3,4,5",
        "[term] Cloud Computing › Deployment Models | Private Cloud => used by a single organization @4",
        "[term] Cloud Computing › Deployment Models | Public Cloud => owned by a third party @5",
        "[term] Cloud Computing › Deployment Models | Router => networking device that forwards packets @7",
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
        "[number] Cloud Integration › SQS | usually {{c1::3}}, min is {{c2::2}} and max is {{c3::6}} => @6",
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
        "[overview] Support | AWS Support Plans {{c1::Basic support}} {{c2::Business Support Plan}} => @3,4,7",
        "[detail] Support › AWS Support Plans | Basic support => customer service and communities "
        "Trusted Advisor core checks @4,5,6",
        "[detail] Support › AWS Support Plans | Business Support Plan => 24/7 phone, email and chat access @7,8",
        "[number] Support › AWS Support Plans › Business Support Plan | case response (+ prod system down "
        "<{{c1::1 hour}}) => @9",
    ]


def test_a_long_topic_is_split_into_parts_of_readable_size():
    lines = [
        "Elastic File System, a managed NFS that can be mounted on hundreds of EC2 instances at once",
        "scales on demand to petabytes without any capacity planning by the user of the service",
        "works with Linux EC2 instances in several Availability Zones of a region at the same time",
        "highly available, scalable, expensive, pay per use, no capacity planning needed at all here",
        "all instances can mount the same EFS drive, using an EFS Mount Target, and see the same files",
    ]
    found = cards_of("## Storage\n\n**EFS:**\n" + "".join(f"- {line}\n" for line in lines))
    assert [c.split(" => ")[0] for c in found] == ["[overview] Storage | EFS (1/2)", "[detail] Storage | EFS (2/2)"]
    assert found[0].endswith("@3,4,5,6") and found[1].endswith("@7,8")
    assert all(len(c.split(" => ")[1].split()) <= 80 for c in found)


def test_a_long_paragraph_is_split_at_its_sentences():
    sentence = "This sentence about batch processing has exactly twelve words in it. "
    found = cards_of("## Compute\n\n**Batch:**\n" + sentence * 12 + "\n")
    assert len(found) == 2
    assert all(c.count("twelve words") <= 6 for c in found)
