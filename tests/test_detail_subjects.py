"""A detail card hides the name of what its line is about: never a bold
label's name over a paragraph set apart after that label's list (the
paragraph is the section's), never a heading over many unlike lines."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.cards import maker
from pipeline.cards.answer_keys import as_asked
from pipeline.cards.entries import Fact, Group
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.sink import CardSink
from pipeline.model import Span
from pipeline.notes.parse import parse_document

from .test_cards import cards_of, without_offers

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


def test_a_bold_title_over_prose_owns_its_paragraphs_after_a_list() -> None:
    # "**Pod Security Admission**" over a paragraph is a title, not a list's label: the
    # paragraph after the list is still its own, asked under its name
    lines = cards_of(
        """
        ## Cluster

        **Pod Security Admission**

        PSP removed in 1.25. Replacement = built-in admission, configured by namespace labels.

        - enforce = reject the pod
        - warn = a warning to the user

        Existing pods keep running after a label change; the `kubectl get rs` events show the rejected pods.
        """
    )
    paragraph = [line for line in lines if "Existing pods keep running" in line]
    assert paragraph and all("| Pod Security Admission :" in line for line in paragraph), lines


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
    lines = without_offers(lines)
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


def test_two_subjects_joined_are_no_owner_of_a_set() -> None:
    lines = cards_of(
        """
        ## GCP Hierarchy -- Billing & Permissions

        - organization: top level node
        - folders: mainly used for organization
        - By default, users are allowed to create project and billing accounts, so should be tuned.
        """
    )
    assert not [line for line in lines if "{{c1::GCP Hierarchy -- Billing &}}" in line], lines


def test_a_one_line_clue_that_only_ties_other_names_on_points_nowhere() -> None:
    from pipeline.cards.partners import names_others

    assert names_others(["supports Linux, MacOS and Windows"])
    assert names_others(["DDoS protection, integration with Shield and Web Application Firewall (WAF)"])
    assert names_others(["integrates with a lot of services (lambda, sageMaker, S3..)"])
    # words of its own beside the names, or a list of names alone, still point
    assert not names_others(["integrates with on-premises directories to sign users in with their own passwords"])
    assert not names_others(["Postgres, MySQL, MariaDB"])
    assert not names_others(["supports Linux, MacOS and Windows", "no ssh keys or bastion hosts needed"])


def test_a_sentence_about_a_subject_of_its_own_asks_that_subject_not_the_heading() -> None:
    lines = cards_of(
        """
        ## Transport

        TCP gives a reliable, ordered byte stream with a three-way handshake, and lost segments are sent again.

        UDP sends independent datagrams with no handshake and no retransmission.

        ## Data protection

        Keys are kept in the key service and rotated every year by the provider.

        Encryption in transit uses TLS.
        """
    )
    assert not any("{{c1::Transport}}: UDP sends" in line for line in lines)
    assert any("{{c1::UDP}} sends independent datagrams" in line for line in lines)
    assert not any("{{c1::Data protection}}: Encryption in transit" in line for line in lines)
    # said by some card (its own subject hidden, or on the heading's overview), never as the heading's answer
    assert any("Encryption in transit" in line and "uses TLS" in line for line in lines)


def test_an_item_of_one_line_that_says_no_definition_is_a_cloze_not_a_bare_name() -> None:
    lines = cards_of(
        """
        ## Storage

        **Edge Devices:**
        - process data where it is created, far from any network
        - Field Family:
          - -> all can run Virtual Machines & Serverless Functions (using the IoT Greengrass agent)
        - Field Truck: moves exabytes in a shipping container
        """
    )
    # "Field Family => all can run ..." said nothing of what was asked
    assert not any(line.startswith("[detail] Storage › Edge Devices | Field Family =>") for line in lines)
    assert any("{{c1::" in line and "all can run" in line for line in lines)


def test_a_line_of_examples_hides_none_of_them() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Compute",), (Span("text", "Memory Tier"),), 3, Fact((), 3), False)
    line = "for ex relational/non-relational db, distributed web scale search stores, caches for reports"
    assert forward_text(sink, group, Fact((Span("text", line),), 5)) is None
    said = "relational db and distributed web-scale search stores run on it"
    assert forward_text(sink, group, Fact((Span("text", said),), 6)) is not None
    # beside "relational/", a blank over "non-relational" is the one other side shown: no card
    beside = "relational/non-relational db and distributed web scale search stores run on it"
    assert forward_text(sink, group, Fact((Span("text", beside),), 7)) is None


def test_a_detail_cloze_is_a_twin_of_a_comparison_card_that_drops_a_few_of_its_words() -> None:
    from pipeline.curate.twins import asked_lines, without_twins
    from pipeline.model import Card, SourceRef

    line = SourceRef("n.md", 9)
    detail = Card(
        "d", "detail", "cloze", "{{c1::Storage Tier}}: for ex transaction processing systems, relational db, cache for in-memory db, data warehousing apps",
        "", "S", "T", ("S",), (line, SourceRef("n.md", 8)),
    )
    compare = Card(
        "c", "compare", "basic", '<div class="sp-label">Memory Tier or Storage Tier?</div><div>Transaction processing systems, relational db, data warehousing apps</div>',
        "<div><b>Storage Tier</b></div>", "S", "T", ("S",), (line, SourceRef("n.md", 8)),
    )
    assert without_twins([detail], asked_lines([compare])) == []  # "cache for in-memory db" left out, as another option's
    longer = Card(
        "e", "detail", "cloze", "{{c1::Storage Tier}}: for ex transaction processing systems, billed per provisioned terabyte of local disk each hour",
        "", "S", "T", ("S",), (line, SourceRef("n.md", 8)),
    )
    assert without_twins([longer], asked_lines([compare])) == [longer]  # says more than the comparison card


def test_a_first_line_that_only_says_the_name_again_does_not_define_it() -> None:
    lines = cards_of(
        """
        ## Databases

        **Deployments:**
        - Read Copies:
          - scale the read workload of the database
          - writing is only done to the main database
        - Multi-Site:
          - multi-sites (read copies)
          - disaster recovery in case of a site outage
          - local performance for reads from far away
        """
    )
    defined = [line for line in lines if "What is Multi-Site?" in line]
    assert defined and "=> disaster recovery in case of a site outage" in defined[0]


_BALANCER = """
    ## Networking

    **Balancer:**
    - spreads load across many downstream servers in several zones
    - does regular health checks on the servers behind it
    - provides SSL termination for websites
    - exposes a single DNS name to the app
    """


def test_a_side_fact_asked_by_the_name_comes_after_the_things_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    # no recognition card shows the definition (here: none at all)
    monkeypatch.setattr(maker, "recognised_lines", lambda document: lambda key: frozenset())
    lines = cards_of(_BALANCER)
    side = [line for line in lines if "{{c1::Balancer}}" in line and "SSL termination" in line]
    # "SSL termination" alone fits a CDN or a gateway as well: the definition singles the name out
    assert side and all("spreads load across many downstream servers" in line for line in side)


def test_a_side_fact_is_asked_alone_when_the_recognition_card_shows_the_definition() -> None:
    document = parse_document(dedent(_BALANCER).lstrip("\n"), "n.md")
    shown = {line for asked in recognition_plan(as_asked(document)) if asked.thing.name == "Balancer" for line in asked.lines}
    assert 4 in shown  # the recognition card's clue is the definition: it gives the name
    lines = cards_of(_BALANCER)
    side = [line for line in lines if "{{c1::Balancer}}" in line and "SSL termination" in line]
    # with the definition the card asked that recognition card again, the side fact only read
    assert side and all("spreads load" not in line for line in side)


def test_a_definition_that_only_claims_what_any_offering_does_is_not_put_first() -> None:
    lines = cards_of(
        """
        ## Management

        **Ledger Hub**
        - global service
        - manage many cloud accounts from one root account, with one bill for all
        - API is available to automate account creation
        - restrict account privileges using guard policies, govern access to services and regions
        """
    )
    side = [line for line in lines if "{{c1::Ledger Hub}}" in line and "automate account creation" in line]
    # "global service" fits every rival: before the side fact it singles nothing out
    assert side and not any("global service" in line for line in side), side


def test_a_definition_first_cloze_is_a_twin_of_the_recognition_card_that_shows_its_side_fact() -> None:
    from pipeline.curate.twins import asked_lines, without_twins
    from pipeline.model import Card, SourceRef
    from pipeline.model.naming import name_key

    lines = (SourceRef("n.md", 5), SourceRef("n.md", 3))
    detail = Card(
        "d", "detail", "cloze", "{{c1::Phone Lab}}: <ul><li>tests mobile apps against real phones and tablets</li><li>run tests concurrently on many devices</li></ul>",
        "", "S", "T", ("S",), lines,
    )
    recognition = Card(
        "r", "recognition", "basic",
        '<div class="sp-label">Which service is this?</div><ul><li>Tests mobile apps against real ___ and tablets</li><li>Run tests concurrently on many devices</li></ul>',
        "<div><b>Phone Lab</b></div>", "S", "T", ("S",), (SourceRef("n.md", 3), SourceRef("n.md", 4), SourceRef("n.md", 5)),
        key=("basic", "recognition", name_key("Phone Lab"), "1"),
    )
    # the recognition card shows the side fact, and the definition with the name's own word ("phones")
    # blanked, which the definition card says: one question asked twice
    assert without_twins([detail], asked_lines([recognition])) == []
    other = Card(
        "e", "detail", "cloze", "{{c1::Phone Lab}}: <ul><li>tests mobile apps against real phones and tablets</li><li>run tests concurrently on many watches</li></ul>",
        "", "S", "T", ("S",), lines,
    )
    assert without_twins([other], asked_lines([recognition])) == [other]  # "watches": the side fact says more than the clue


def test_an_address_is_blanked_whole_never_cut_at_its_dots() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Network",), (Span("text", "Routing"),), 3, Fact((), 3), False)
    line = "Static = manual, no overhead, doesn't adapt. default route 0.0.0.0/0 = gateway of last resort"
    found = forward_text(sink, group, Fact((Span("text", line),), 5))
    assert found is not None and "{{c1::0.0.0.0/0}}" in found[0], found


def test_initials_in_small_letters_are_a_word_not_the_name() -> None:
    lines = cards_of(
        """
        ## Compute

        ### App Service
        - tenant = the directory; apps in a plan share instances; app in same region as its plan
        - App Service runs web apps on a managed plan of VMs
        """
    )
    assert not any("{{c1::as}}" in line for line in lines), lines
