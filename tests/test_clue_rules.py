"""A cloze on a thing's name leaves a clue that points to that thing, not to
another the notes describe in the same words."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.clues import clues_of
from pipeline.cards.name_clues import name_clues_of
from pipeline.cards.single_facts import gives_itself_away
from pipeline.notes.parse import parse_document

from .test_cards import cards_of, without_offers

_NOTES = """
    ## Compute

    **Docker:**
    - software platform to package apps in portable images
    - images run the same on any operating system
    - scale containers up and down quickly
    - a registry stores the images for later pulls
    - the daemon builds images from a recipe file

    **ECS:**
    - run containers on EC2 instances you manage yourself
    - scale containers up and down quickly with the cluster
    - integrates with the load balancer for traffic
    - task definitions describe each container
    - capacity providers add instances when needed
    """


def test_a_clue_another_thing_says_too_carries_a_line_that_tells_them_apart() -> None:
    lines = cards_of(_NOTES)
    lines = without_offers(lines)
    # ECS says it in the same words: asked by Docker's name only beside a line that tells them apart.
    hinted = [line for line in lines if "scale containers up and down quickly =>" in line]
    # (after Docker's own definition, which a side fact asked by the name follows)
    assert hinted and hinted[0].startswith("[detail] Compute | {{c1::Docker}}:"), lines
    assert "images run the same on any operating system scale containers" in hinted[0], lines


def test_a_clue_with_a_word_of_its_own_is_asked_as_it_is() -> None:
    lines = cards_of(_NOTES)
    lines = without_offers(lines)
    # "cluster" is said of ECS only: the clue points there without help.
    assert any(line.startswith("[detail] Compute | {{c1::ECS}}:") and "scale containers up and down quickly with the cluster" in line for line in lines), lines
    assert any("{{c1::Docker}}:" in line and "the daemon builds images from a recipe file" in line for line in lines), lines



def test_a_capitalised_qualifier_is_no_key_term_and_a_bare_choice_is_no_fact() -> None:
    lines = cards_of(
        """
        ## Support

        **Talent Desk:**
        - find professional help for your cloud projects
        - Engage and pay Vendor Certified third party experts for project work
        - video calls, contract management and integrated billing
        - experts bid on the request and you pick one of them
        - single account vs many accounts
        - the bill arrives with the rest of the monthly charges
        """
    )
    assert not any("{{c1::Vendor Certified}}" in line for line in lines), lines
    assert any(line.startswith("[detail] Support | {{c1::Talent Desk}}: ") and "Engage and pay Vendor Certified third party experts" in line for line in lines), lines
    assert not any("single account vs many accounts" in line for line in lines), lines


def test_a_line_that_defines_a_term_of_its_own_asks_for_that_term() -> None:
    lines = cards_of(
        """
        ## Networking

        **Private Network:**
        - an isolated network in one region for your servers
        - spans every zone of the region it is made in
        - a public subnet is a subnet reachable from the internet
        - a private subnet is a subnet not reachable from the internet
        - messages are dropped when no route matches them
        """
    )
    assert any(line.startswith("[detail] Networking | a {{c1::public subnet}} is a subnet reachable from the internet") for line in lines), lines
    assert any(line.startswith("[detail] Networking | a {{c1::private subnet}} is a subnet not reachable") for line in lines), lines
    assert not any("{{c1::messages}}" in line for line in lines), lines


def test_a_line_that_counts_on_its_place_in_the_notes_is_not_asked_alone() -> None:
    lines = cards_of(
        """
        ## Storage

        **Shared Files:**
        - managed network file system for many servers at once
        - Third type of storage we can attach onto a server
        - scales on demand to petabytes of files
        - pay for the storage you use, no capacity planning
        - mounted by hundreds of servers across zones
        """
    )
    assert not any("{{c1::Shared Files}}: Third type" in line for line in lines), lines



def test_two_short_words_are_no_spelling_of_an_abbreviation() -> None:
    # "can deploy" does not spell CDK; "massively parallel" does spell most of MPP
    assert not gives_itself_away("{{c1::CDK}}: can deploy infra and app runtime code together", (), frozenset())
    assert gives_itself_away("massively parallel query execution ({{c1::MPP}})", (), frozenset())
    # an article opening the hidden name is no letter of its initials
    assert gives_itself_away("{{c1::A Virtual Private Cloud}}: you define a VPC's address space", (), frozenset())


def test_a_clue_of_a_property_any_offering_claims_says_too_little() -> None:
    # "fine grained security" fits nearly any service: a name cloze on it alone is a guess
    notes = """
        ## Mobile

        **SyncHub:**
        - store and sync data across mobile and web apps in real-time
        - offline data synchronization
        - fine grained security

        **TableStore:**
        - key/value database at any scale
        - encryption at rest for security
        """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    judge = name_clues_of(document, clues_of(document).thing)
    assert not judge.says_enough(["fine grained security"])
    assert not judge.says_enough(["granular, fine-grained access"])
    assert judge.says_enough(["offline data synchronization"])


def test_a_rare_verb_is_no_clue_where_another_things_logs_go_the_same_way() -> None:
    # "put" is said of one thing only, yet tells nothing: where the logs go fits the others too
    notes = """
        ## Monitoring

        **AuditTrail:**
        - records every API call made in the account
        - can put logs from AuditTrail to LogStore or ObjectStore
        - a trail covers all regions or a single one

        **FlowRecords:**
        - capture info about IP traffic going into our interfaces
        - logs data can go to ObjectStore or LogStore

        **ShellManager:**
        - start a secure shell on servers without ssh keys
        - send session logs to ObjectStore or LogStore
        """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    clues = clues_of(document)
    assert not clues.points_to("AuditTrail", "can put logs from ___ to LogStore or ObjectStore")
    assert clues.points_to("AuditTrail", "records every API call made in the account")
    lines = cards_of(notes)
    assert not any("{{c1::AuditTrail}} to LogStore" in line for line in lines), lines
