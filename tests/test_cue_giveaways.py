"""A cue must not give its answer away in a form no list of names gives, nor count
on the notes' order: the name written short (`pw` of a password rule, `CT` of
`CloudTrail`), words whose initials end its acronym (`load balancer` of `ELB`),
or a place in the notes' list (`third type of storage`)."""

from __future__ import annotations

from pipeline.cards.compare import comparisons
from pipeline.cards.cue_words import abbreviations, spells_acronym
from pipeline.cards.recognition import recognition_plan
from pipeline.model.naming import names_of

from .test_direction_rules import _document


def test_a_word_of_the_name_written_short_is_found() -> None:
    assert abbreviations(names_of("Passphrase Rules"), "min pw length, or ps expiry") == ["ps"]
    assert abbreviations(names_of("Password Policy"), "min pw length") == ["pw"]
    assert abbreviations(names_of("CloudTrail"), "send CT events to a bucket") == ["ct"]
    assert not abbreviations(names_of("Password Policy"), "the policy is set per account")
    assert not abbreviations(names_of("CloudTrail"), "charges per GB stored")


def test_words_whose_initials_end_the_acronym_spell_it() -> None:
    assert spells_acronym("ELB", "managed load balancer that spreads traffic")
    assert not spells_acronym("KMS", "a managed service for keys")  # words every offering says
    assert not spells_acronym("Load Balancer", "managed load balancer")


NOTES = """
## Storage

**BlockDisk:**
- network drive attached to one instance at a time
- snapshots copy it to another zone

**SharedDrive:**
- file system mounted by hundreds of Linux machines at once
- second type of storage we can attach to a machine
- grows on demand to petabytes

**WinShare:**
- file server built for Windows machines, speaks SMB
- third kind of storage, joins the company directory
- grows on demand to petabytes

## Passwords

**Password Policy:**
- min pw length and required character classes
- users may change their own password after some days (pw expiry)
- lockout after five failed attempts in a row
"""


def test_a_place_in_the_notes_list_is_no_cue() -> None:
    document = _document(NOTES)
    cues = [cue for asked in recognition_plan(document) for cue in asked.cues]
    facts = [text for _, found in comparisons(document) for _, text, _ in found]
    assert cues and not [c for c in cues + facts if "type of storage" in c or "kind of storage" in c], (cues, facts)


def test_the_name_written_short_is_hidden_as_the_name_is() -> None:
    cues = [cue for asked in recognition_plan(_document(NOTES)) if asked.thing.name == "Password Policy" for cue in asked.cues]
    assert cues and not [c for c in cues if "pw" in c.split()], cues
