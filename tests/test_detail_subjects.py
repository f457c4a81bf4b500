"""A detail card hides the name of what its line is about: never a bold
label's name over a paragraph set apart after that label's list (the
paragraph is the section's), never a heading over many unlike lines."""

from __future__ import annotations

from pipeline.cards.entries import Fact, Group
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.sink import CardSink
from pipeline.model import Span

from .test_cards import cards_of

_NOTES = """
## Compute

**Startup Script:**
- bootstrapping = launching commands when a machine starts
- run once at first start
- the script runs with the root user

If we stop and relaunch a machine, its {address} can change

**Machine Sizes:**
- General: balance between compute and memory
- Memory: large data sets in memory
"""


def test_a_paragraph_set_apart_after_a_bold_lines_list_is_asked_of_the_section() -> None:
    lines = cards_of(_NOTES.format(address="PUBLIC Ip address"))
    paragraph = [line for line in lines if "relaunch a machine" in line]
    assert paragraph and not any("{{c1::Startup Script}}" in line for line in paragraph)
    assert any("{{c1::PUBLIC Ip}}" in line and "| Compute :" in line for line in paragraph)


def test_a_paragraph_without_a_key_term_is_not_asked_by_the_bold_lines_name() -> None:
    lines = cards_of(_NOTES.format(address="public address"))
    paragraph = [line for line in lines if "relaunch a machine" in line]
    assert paragraph and not any("Startup Script" in line for line in paragraph)


def test_a_line_right_after_the_list_still_belongs_to_it() -> None:
    lines = cards_of(
        """
        ## Compute

        **Startup Script:**
        - run once at first start
        - the script runs with the root user
        - installs updates and downloads files at boot
        -> automation of a machine's first boot
        """
    )
    assert any("Startup Script" in line and "first boot" in line for line in lines)


def test_what_a_thing_is_is_not_who_gets_it_at_what_cost() -> None:
    lines = cards_of(
        """
        ## Security

        **DDoS Protection:**
        - Shield Basic:
          - enabled for all customers by default with no add cost
          - provides protection from floods and other layer 3/4 attacks
          - protection for VMs and the CDN
        - Shield Premium:
          - 24/7 premium DDoS protection, with response team
          - protect against more sophisticated attack
        """
    )
    defined = [line for line in lines if "What is Shield Basic?" in line]
    assert defined and "provides protection from floods" in defined[0] and "no add cost" not in defined[0]
    assert any("{{c1::Shield Basic}}" in line and "no add cost" in line for line in lines)


def test_a_term_line_shown_for_its_lists_sake_is_asked_by_its_own_term_card_only() -> None:
    lines = cards_of(
        """
        ## Storage

        **Archive Classes:**
        - Cold Tier:
          - low-cost object storage meant for archiving and backup
          - Cold Instant: millisecond retrieval, for archives read about once a quarter
          - Cold Flexible: retrieval in minutes to hours, for archives read once or twice a year
          - Cold Deep: lowest-cost storage class, for data kept for years, retrieval within hours
        - Hot Tier: frequently accessed data, low latency, the highest storage fee of the classes
        """
    )
    # neither the parent's name hidden while the term shows, nor a qualifier of the definition
    assert not any(line.startswith("[detail]") and "Cold Instant" in line for line in lines)
    assert not any("{{c1::lowest-cost}}" in line for line in lines)
    assert any(line.startswith("[term]") and "| Cold Deep => lowest-cost" in line for line in lines)


def test_a_blank_on_a_plain_word_of_a_terms_definition_hides_the_term_instead() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Storage",), (Span("text", "Cold Tier"),), 3, Fact((), 3), False)
    line = "Cold Deep: lowest-cost storage class, for data kept for years, retrieval within hours"
    found = forward_text(sink, group, Fact((Span("text", line),), 8))
    assert found is not None and found[0].startswith("{{c1::Cold Deep}}: lowest-cost storage class")
    # a setting's value is the fact: the blank stays on it
    setting = Fact((Span("text", "default retention: logs are kept for 14 days in the Cold-Archive tier"),), 9)
    kept = forward_text(sink, group, setting)
    assert kept is None or not kept[0].startswith("{{c1::default retention}}")


def test_a_list_of_whose_privileges_asks_whose_they_are_not_the_heading() -> None:
    lines = cards_of(
        """
        ## Security

        **Owner Account Privileges:**
        - change account settings
        - view certain tax invoices
        - close the cloud account
        - restore user permissions
        - change or cancel the support plan
        - register as a seller in the Marketplace
        - enable MFA Delete on a storage bucket
        - sign up for GovCloud
        """
    )
    assert not any("{{c1::Owner Account Privileges}}" in line for line in lines)
    assert any("{{c1::Owner Account}} Privileges: sign up for GovCloud" in line for line in lines)


def test_a_one_line_clue_that_only_ties_other_names_on_points_nowhere() -> None:
    from pipeline.cards.name_clues import names_others

    assert names_others(["supports Linux, MacOS and Windows"])
    assert names_others(["DDoS protection, integration with Shield and Web Application Firewall (WAF)"])
    assert names_others(["integrates with a lot of services (lambda, sageMaker, S3..)"])
    # words of its own beside the names, or a list of names alone, still point
    assert not names_others(["integrates with on-premises directories to sign users in with their own passwords"])
    assert not names_others(["Postgres, MySQL, MariaDB"])
    assert not names_others(["supports Linux, MacOS and Windows", "no ssh keys or bastion hosts needed"])
