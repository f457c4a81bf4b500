"""A cloze on a name never leaves a word of that name on its front ("[VPC
Peering]: peering connection is not transitive"), unless several names of the
notes share the word ("Manager"), the word is an everyday short one ("user"),
or no other card could say the line."""

from __future__ import annotations

from pipeline.cards.own_words import shared_words, shows_own_word

from .test_cards import cards_of, without_offers

_NETWORK = """
## Networking

**Mesh Peering:**
- connect two private networks and make them behave as if they were one network
- must not have overlapping address ranges
- peering connection is not transitive

**Hub Router:**
- transitive routing between thousands of private networks and on-premises, hub-and-spoke
- one place to manage routes between all the attached networks

**Edge Gate:**
- connect an office to the private network over the internet, encrypted
- set up in minutes, limited bandwidth
"""


def test_a_name_cloze_shows_no_word_of_the_name() -> None:
    lines = cards_of(_NETWORK)
    asked = [line for line in lines if "{{c1::Mesh Peering}}" in line]
    assert not any("peering connection" in line for line in asked)
    assert any("peering connection is not transitive" in line for line in lines)  # still said


def test_a_word_several_names_share_tells_nothing() -> None:
    shared = shared_words(["Secrets Manager", "Certificate Manager", "Device Farm", "Step Functions (workflows)"])
    assert shared == frozenset({"manager"})
    assert not shows_own_word("Secrets Manager", "manage and rotate db credentials", shared)
    assert shows_own_word("Device Farm", "tests apps on real mobile devices", shared)
    assert not shows_own_word("Step Functions", "say at each step what comes next", shared)  # too short a word to tell
    assert shows_own_word("Application Migration Service", "simplifies migrating apps", shared)
    assert not shows_own_word("Device Farm", "tests apps on real phones and tablets", shared)
    assert not shows_own_word("AWS Config", "records what AWS resources exist", shared)  # a vendor is no word of its own


def test_a_definition_that_says_the_name_does_not_ride_before_a_side_fact() -> None:
    lines = cards_of(
        """
        ## Databases

        **Deployments:**
        - Replica Nodes:
          - scale reads with replica copies of the database
          - up to 15 copies
          - writes only go to the main database
        - Standby Zone:
          - failover in case of a zone outage
          - one standby in another zone
        - Far Region:
          - disaster recovery in case of a region issue
          - local performance for global reads
        """
    )
    lines = without_offers(lines)
    side = [line for line in lines if "{{c1::Replica Nodes}}: " in line]
    assert side and all("replica copies" not in line and "writes only go to the main database" in line for line in side)


def test_a_short_word_with_capitals_inside_is_the_names_own() -> None:
    shared = shared_words(["Edge Hub", "Secrets Manager"])
    # "IoT" is too short to pass as a word of its own, but no everyday word: "connect IoT devices" answers it
    assert shows_own_word("IoT Hub", "connect IoT devices to the cloud", shared)
    assert not shows_own_word("IoT Hub", "connect devices to the cloud", shared)
    # a short plain word stays an everyday one
    assert not shows_own_word("User Data", "run a script as the root user", shared)


def test_a_name_said_again_in_other_words_is_hidden_in_its_last_resort_cloze() -> None:
    from pipeline.cards.own_words import hide_own_words

    shared = shared_words(["Edge Hub", "Secrets Manager"])
    cloze = "{{c1::Fit Sizing}}: important to fit size before a migration"
    assert hide_own_words("Fit Sizing", cloze, shared) == "{{c1::Fit Sizing}}: important to fit {{c1::size}} before a migration"
    # said here and there, the name's words are the line's own: blanks would garble it
    spread = "{{c1::Cabling issues}}: damaged cable, wrong cable type"
    assert hide_own_words("Cabling issues", spread, shared) == spread
    # nor is a quoted former name cut up
    former = '{{c1::Recovery Hub}}: used to be named "Endure Recovery"'
    assert hide_own_words("Recovery Hub", former, shared) == former
