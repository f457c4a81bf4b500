"""Clues the exam asks from, which recognition must not reject: a definition
that says who does it (`AWS manages the keys` beside `we manage keys
ourselves`), an acronym's words said as any line says them (`manages the
encryption keys` of a Key Management Service), and a word of an item's name
that each of its siblings' lines says too (`connection` beside a VPN)."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.cue_words import spelled_out, unspelled
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.rivals import agents_of
from pipeline.model.naming import MASK, names_of
from pipeline.notes.parse import parse_document


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n"), "n.md")


def _cues(markdown: str, name: str) -> list[str]:
    plan = recognition_plan(_document(markdown))
    return [cue for asked in plan if asked.thing.name == name for cue in asked.cues]


KEYS = """
## Security

**VKS:**
- Vault Key Service
- AWS manages the sealing keys for us
- sealing switched on by default for logs and archives

**VaultBox:**
- AWS rents out a sealing appliance for any sealing work, but we manage keys ourselves
- tamper-proof hardware module in our own rack
"""


def test_who_does_it_tells_two_things_apart() -> None:
    assert agents_of("AWS manages the keys for us") == {("provider", "manag")}
    assert agents_of("but we manage keys ourselves") == {("customer", "manag")}
    assert not agents_of("AWS managed key: created for us")  # a name's adjective
    # asked once in the exam's direction: on the recognition card, or by a comparison card with VaultBox
    compared = [text for _, facts in comparisons(_document(KEYS)) for thing, text, _ in facts if thing.name == "VKS"]
    assert "AWS manages the sealing keys for us" in _cues(KEYS, "VKS") + compared, (_cues(KEYS, "VKS"), compared)


def test_an_acronyms_words_said_in_lowercase_stay_rather_than_leave_a_puzzle() -> None:
    spelled = spelled_out(names_of("KMS (Key Management Service)"))
    assert spelled is not None
    assert unspelled(spelled, "AWS manages the encryption keys for us") == "AWS manages the encryption keys for us"
    # the expansion itself is still hidden, and one plain word hides as before
    assert unspelled(spelled, "Key Management Service in every Region") == ""
    assert MASK in unspelled(spelled, "central management of every encryption setting in one place")


LINKS = """
## Networking

**Private Links:**
- Tunnel Link:
  - encrypted connection that goes over the public internet
  - the connection needs a gateway device on each side
- Fibre Connect:
  - physical connection between the data center and the cloud
  - takes a month to set up the connection
"""


def test_a_name_word_each_sibling_says_too_gives_nothing_away() -> None:
    cues = _cues(LINKS, "Fibre Connect")
    assert any("physical connection" in cue.lower() for cue in cues), cues


KINDS = """
## Compute

**Machine Kinds:**
- Balanced Kind:
  - balance between compute, memory and networking
  - diversity of workloads such as web servers or code repositories
- Storage Heavy Kind:
  - storage-intensive tasks, high sequential read and write access to large data sets on local storage
  - data warehousing apps, distributed file systems, log processing
"""


def test_a_clause_with_one_blank_says_a_line_whose_blanks_are_one_too_many() -> None:
    cues = _cues(KINDS, "Storage Heavy Kind")
    assert f"High sequential read and write access to large data sets on local {MASK}" in cues, cues


DESKS = """
## End-user computing

**DeskCloud:**
- managed desktop as a service solution to provision Windows or Linux desktops
- great to retire on-premises virtual desktop farms
- best practice is to deploy DeskCloud as close as users (as many DeskCloud regions as offices to minimize latency)
- recommended to pick the bundle by the heaviest app users run
"""


def test_advice_on_using_a_thing_is_no_clue_to_it() -> None:
    cues = _cues(DESKS, "DeskCloud")
    assert cues and not [cue for cue in cues if "close as users" in cue or "bundle" in cue], cues


LOGS = """
## Monitoring

**AuditTrail:**
- records every API call made in the account, for audits and investigations

**SignalDesk:**
- collects logs from apps, containers, functions and DNS queries
- AuditTrail based on filter
- agents on machines or on-premises servers ship their logs
- adjustable log retention per group
"""


def test_another_things_name_and_a_few_words_is_no_clue() -> None:
    cues = _cues(LOGS, "SignalDesk")
    assert cues and not [cue for cue in cues if "based on filter" in cue], cues


LOGIN = """
## Identity

**Gate Center:**
- successor to AWS Single Sign-On
- centrally manage access to many accounts and business apps from one place
- one login (single sign-on) for all:
  - AWS accounts in one organization
  - business cloud apps (Salesforce, Box)
  - SAML2.0-enabled apps
"""


def test_a_label_that_says_the_name_leads_its_lines_with_the_name_hidden() -> None:
    cues = _cues(LOGIN, "Gate Center")
    assert any(cue.startswith(f"One login ({MASK}) for all: ") and ("SAML2.0-enabled apps" in cue or "AWS accounts in one organization" in cue) for cue in cues), cues
    assert not [cue for cue in cues if cue.startswith(("AWS accounts", "SAML2.0"))], cues


DRIVES = """
## Compute

**VMX:**
- renting virtual machines on demand, billed by the second
- storing data on virtual drives (VBS)
- distributing load across machines behind one address

**VBS Volume:**
- network drive attached to one machine at a time, kept after the machine stops
"""


def test_a_line_glossed_by_the_acronym_another_name_opens_with_is_that_ones() -> None:
    cues = _cues(DRIVES, "VMX")
    assert cues and not [cue for cue in cues if "(VBS)" in cue], cues
