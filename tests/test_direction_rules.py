"""Which things are asked in the exam's direction, and among which rivals: a
line defining the kind a thing is called says what it is; a clue short of
its blanked word rides with one that singles the thing out; what a heading
that asks explains, and the title of a list of traits, are no answers;
neighbours compared, and practice options, are close in what they do."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.practice import _Option, _same_tasks
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n"), "n.md")


def _cues(markdown: str, name: str) -> list[tuple[str, ...]]:
    return [asked.cues for asked in recognition_plan(_document(markdown)) if asked.thing.name == name]


NAMING = """
## Naming

**Beacon 7:**
- managed NTP
- NTP is a protocol which keeps the clocks of machines on a network in step

**Quill Ledger Store:**
- append-only journal of every change, verifiable by hash
- A ledger is a book recording financial transactions
"""


def test_a_line_defining_the_kind_the_thing_is_called_says_what_it_is() -> None:
    cues = _cues(NAMING, "Beacon 7")
    assert cues and any("NTP is a protocol" in cue for group in cues for cue in group), cues


def test_a_line_defining_a_word_of_the_name_is_still_no_clue() -> None:
    cues = [cue for group in _cues(NAMING, "Quill Ledger Store") for cue in group]
    assert not [cue for cue in cues if "book recording" in cue], cues


MONITORING = """
## Monitoring

**Status Board:**
- show all regions and all services status
- RSS feed to subscribe to

**Account Status Board:**
- alerts and remediation guidance when events may change the status of our account

**Status Checks:**
- the load balancer pings each instance and reads its status code

## Maps

**Region Map:**
- show all regions and the services each offers on a world map
"""


def test_a_clue_short_of_its_blanked_common_word_rides_with_one_that_singles_the_thing_out() -> None:
    cues = _cues(MONITORING, "Status Board")
    assert cues and any(len(group) == 2 and any("RSS" in cue for cue in group) for group in cues), cues


BACKGROUND = """
## Basics

**What is a server made of ?**
- CPU: little piece that does the computations
- RAM: fast memory to store and find information
- Disk: slow memory that keeps data when the power is off

**Far Reach:**
- deployed in many countries
- lower latency
- disaster recovery
- attack protection

**Orbit Relay:**
- managed service relaying satellite data to your own ground systems
- gives far reach to remote sites
"""


def test_what_a_heading_that_asks_explains_and_a_list_of_traits_are_no_answers() -> None:
    names = {thing.name for thing in things_of(_document(BACKGROUND))}
    assert not names & {"CPU", "RAM", "Disk"}, names
    asked = {asked.thing.name for asked in recognition_plan(_document(BACKGROUND))}
    assert "Far Reach" not in asked and "Orbit Relay" in asked, asked


SECURITY = """
## Security

**Keyring:**
- managed service that stores encryption keys used to sign and decrypt data
- rotate encryption keys every year

**Key Vault Box:**
- dedicated hardware that stores encryption keys to sign and decrypt data
- tamper-evident appliance in the provider's data centre

**Config Keeper:**
- records a security inventory of our resources and their settings over time
- alerts when a resource drifts from its approved settings

**Data Sniffer:**
- security service that finds personal data such as card numbers in buckets
- uses pattern matching and machine learning
- alerts on an inventory of unencrypted buckets

**Guard Post:**
- security threat detection from network logs

**Shield Wall:**
- security against floods of traffic

**Audit Trail:**
- security record of every call made in the account
"""


def test_neighbours_compared_share_what_they_do_not_only_their_field() -> None:
    pairs = [{t.name for t in options} for options, _ in comparisons(_document(SECURITY))]
    assert {"Keyring", "Key Vault Box"} in pairs, pairs
    assert {"Config Keeper", "Data Sniffer"} not in pairs, pairs


def _option(tags: tuple[str, ...]) -> _Option:
    thing = things_of(_document(SECURITY))[0]
    return _Option(thing, frozenset(), frozenset(tags), "product")


def test_practice_options_share_the_answers_task_in_each_exam() -> None:
    storage = _option(("X-2::3-tech::3.6-storage", "X-1::3-tech::3.3-core"))
    other_storage = _option(("X-2::3-tech::3.6-storage", "X-1::3-tech::3.3-core"))
    compute = _option(("X-2::3-tech::3.3-compute", "X-1::3-tech::3.3-core"))
    untagged = _option(())
    assert _same_tasks(other_storage, storage)
    assert not _same_tasks(compute, storage)  # the coarser exam lumping both together does not make them close
    assert _same_tasks(untagged, storage)  # notes without exam tasks keep their options


KEYS = """
## Keys

**Credentials Report:**
- a report that lists all the account's users and the status of their various credentials

**Access Advisor:**
- shows the permissions granted to a user and when each was last used
"""


def test_two_blanks_may_hide_two_plain_words_of_the_name() -> None:
    cues = _cues(KEYS, "Credentials Report")
    assert cues and cues[0][0].count("___") == 2 and "status of their various ___" in cues[0][0], cues
