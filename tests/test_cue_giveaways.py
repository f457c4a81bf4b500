"""A cue must not give its answer away in a form no list of names gives, nor count
on the notes' order: the name written short (`pw` of a password rule, `CT` of
`CloudTrail`), words whose initials end its acronym (`load balancer` of `ELB`),
or a place in the notes' list (`third type of storage`)."""

from __future__ import annotations

from pipeline.cards.compare import comparisons
from pipeline.cards.cue_words import abbreviations, spells_acronym
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.things import things_of
from pipeline.model.naming import names_of

from .test_direction_rules import _document


def test_a_word_of_the_name_written_short_is_found() -> None:
    assert abbreviations(names_of("Passphrase Rules"), "min pw length, or ps expiry") == ["ps"]
    assert abbreviations(names_of("Password Policy"), "min pw length") == ["pw"]
    assert abbreviations(names_of("CloudTrail"), "send CT events to a bucket") == ["ct"]
    assert not abbreviations(names_of("Password Policy"), "the policy is set per account")
    assert not abbreviations(names_of("CloudTrail"), "charges per GB stored")
    # each word's initial and letters between, joined to a command by a hyphen
    assert abbreviations(names_of("StackFormation"), "sfn-init, then sfn-signal") == ["sfn"]
    assert not abbreviations(names_of("SFP Probing"), "connect two SFP modules")  # a word of the name itself


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


KEYS = """
## Keys

**VaultKMS:**
- Vault Key Service
- the vendor manages the encryption keys for us
- encryption keys turned on by default for logs and archives

**KeyBox HSM:**
- Hardware Secure Module
- the vendor provisions a hardware device for encryption keys, but we manage keys ourselves
- single-tenant appliance in our network holds the encryption keys
"""


def test_a_word_of_the_spelled_out_name_gives_the_answer_away() -> None:
    """`hardware` of `Hardware Secure Module` for `KeyBox HSM`, unless another option says it too."""
    from pipeline.cards.contrast import spells_a_form
    from pipeline.cards.cue_words import spelled_out, unspelled

    document = _document(KEYS)
    vault, box = things_of(document)
    fact = "the vendor provisions a hardware device for encryption keys, but we manage keys ourselves"
    assert spells_a_form(box.described.names, [vault], fact)
    assert not spells_a_form(box.described.names, [vault], "single-tenant appliance in our network")
    spelled = spelled_out(box.described.names)
    assert spelled is not None and "___ device" in unspelled(spelled, fact)
    said_too = _document(KEYS.replace("for logs and archives", "for logs, hardware and archives"))
    vault, box = things_of(said_too)
    assert not spells_a_form(box.described.names, [vault], fact)


def test_a_classified_item_saying_a_form_of_its_own_label_is_left_out() -> None:
    from pipeline.cards.classify import _says_its_option

    options = ["Operational Excellence", "Security", "Reliability"]
    assert _says_its_option("perform operations as code", "Operational Excellence", options)
    assert not _says_its_option("automate recovery from failure", "Reliability", options)
    assert not _says_its_option("perform operations as code", "Reliability", options)


def test_an_acronym_ending_in_s_gives_itself_away_in_lowercase() -> None:
    # `controls the ebs behaviour` of `EBS Volume`: notes write acronyms in lowercase too,
    # and the acronym's own last letter is no plural ending to strip
    assert names_of("EBS Volume").leaks("controls the ebs behaviour")
    assert names_of("EBS Volume").leaks("attach more EBSs to it")
    assert names_of("AMI").leaks("copy amis across regions")
    assert not names_of("EBS Volume").leaks("controls the ebb and flow")


ACRONYMS = """
## Acronyms

- XDF — eXtended Data Format
- MTBF / MTTF — Mean Time Between Failures / Mean Time To Failure

## Formats

**Ledger:**
- append-only journal of every change, verified by hashes
"""


def test_an_acronym_spelled_by_its_capitals_is_no_clue_to_itself() -> None:
    # `eXtended` gives the X; each side of `/` spells its own acronym: the line is the answer, spelled
    document = _document(ACRONYMS)
    named = {asked.thing.name for asked in recognition_plan(document)}
    assert "Ledger" in named
    assert not named & {"XDF", "MTBF / MTTF"}


def test_the_names_initials_as_the_notes_abbreviate_it_give_it_away() -> None:
    zones = names_of("Availability zones")
    assert zones.leaks("AZs can cost more (duplicate resources, transfer between them)")
    assert not zones.leaks("Physically separate datacenters within one region")


def test_words_opening_an_acronym_never_spelled_out_give_it_away() -> None:
    rbac = names_of("RBAC")
    assert rbac.leaks("Role-based — perms tied to job role/group")
    assert "Role-based" not in rbac.mask_words("Role-based — perms tied to job role/group")
    assert not names_of("ABAC").leaks("Role-based — perms tied to job role/group")
    assert not names_of("Security Token Service (STS)").leaks("Short-term credentials: expire after a while")


def test_a_word_closing_on_the_names_word_gives_it_away() -> None:
    assert names_of("State").leaks("Default local file terraform.tfstate in the working dir")
    assert names_of("Service Trust Portal").leaks("audit reports — servicetrust.microsoft.com")
    assert not names_of("State").leaks("Default local file in the working dir, JSON")


SECRETS = """
## Intellectual property

**Trade secret:**
- protected by NDAs, no registration, lasts as long as it stays secret

**Patent:**
- registered invention, 20 years from filing, disclosed publicly

**Copyright:**
- automatic on creation, life of the author plus 70 years
"""


def test_a_later_clause_holding_a_blank_is_left_out_of_the_cue() -> None:
    """`lasts as long as ___` reads as a fill-in whose answer is no name; the clauses
    before it say enough. A clause that holds the line's only clue keeps its blank."""
    from pipeline.cards.blanked_clauses import past_blanked_clauses

    from pipeline.cards.cues import cue_lines

    secret = next(thing for thing in things_of(_document(SECRETS)) if thing.name == "Trade secret")
    cues = [text for text, _ in cue_lines(secret)]
    assert cues == ["Protected by NDAs, no registration"], cues
    # a comparison card asking by the shortened clue says the line whole on its back
    from pipeline.cards.asking import lines_cut_short

    line = secret.described.lines[0]
    assert "lasts as long as it stays secret" in lines_cut_short(secret, (line.line,))
    assert past_blanked_clauses("For unknown-unknowns. NOT in baseline; in budget. Needs ___ approval.") == "For unknown-unknowns. NOT in baseline; in budget."
    assert past_blanked_clauses("= the key step of BCP (after getting mgmt ___).") == "= the key step of BCP."
    # the first clause is most often the definition; commas in one phrase, or mid-row, part no clause
    assert past_blanked_clauses("real-time ___ processing engine. Jobs have inputs and outputs") == "real-time ___ processing engine. Jobs have inputs and outputs"
    assert past_blanked_clauses("Let us provision, manage and deploy SSL ___") == "Let us provision, manage and deploy SSL ___"
    assert past_blanked_clauses("Upload code, then ___ handles the deploy, from capacity, load balancing") == "Upload code, then ___ handles the deploy, from capacity, load balancing"


TAGGING = """
## Tagging

- Tag Namespace - container for tag keys (e.g. "Operations"). name can't change after create
- Tag defaults - automatically apply defined tag to all new resources in compartment
- cost-tracking tags: max 10 per tenancy. used by budgets + cost reports.
"""


def test_a_which_one_question_leaves_a_later_clause_with_a_blank_out() -> None:
    """"max 10 per tenancy. used by budgets + ___ reports?" asked two things at once."""
    from .test_cards import cards_of

    lines = cards_of(TAGGING)
    asked = [line for line in lines if "=> cost-tracking tags" in line]
    assert asked and "which one: max 10 per tenancy?" in asked[0] and "___" not in asked[0].split("=>")[0], lines


REGULATIONS = """
## Regulations

- **FISMA** - US federal agency security programs. CCPA - California consumer privacy law
- **HIPAA** - US health data, PHI (Protected Health Info). L7 (application) - not a law at all
- **GLBA** - financial institutions, customer privacy (e.g. ACL/IDEA — audit tools). Free — no fee
- **Estimating** - Analogous – top-down, similar past project. Parametric – stat relation per unit
- **PCI DSS** - card payment data security standard; FERPA - student records privacy
- **Reservations** - commit to spend for discounts (Compute SP – any family; EC2 Instance SP – fixed family)
"""


def test_a_cue_stops_where_a_later_sentence_defines_another_name() -> None:
    """"US federal agencies. CCPA - California consumer privacy": CCPA's definition is no clue to FISMA."""
    from pipeline.cards.cues import cue_lines

    cues = {thing.name: [text for text, _ in cue_lines(thing)] for thing in things_of(_document(REGULATIONS))}
    assert cues["FISMA"] == ["US federal agency security programs."], cues
    assert cues["HIPAA"] == ["US health data, PHI (Protected Health Info)."], cues
    assert cues["PCI DSS"] == ["Card payment data security standard"], cues  # the semicolon goes with the other name
    # "e.g. ACL/IDEA —" ends no sentence, and a capitalised word before an em dash is the sentence's own
    assert "Free — no fee" in cues["GLBA"][0], cues
    # a line of members ("Analogous – ... Parametric – ...") and a bracket's own clauses are said whole
    assert "Parametric" in cues["Estimating"][0] and "EC2 Instance SP" in cues["Reservations"][0], cues
