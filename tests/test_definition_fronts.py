"""An item of a list named by its label alone is asked what it is ("What is
Tunnel Link?"), not shown as a bare word to free-associate on; and its card
keeps only the lines no card in the exam's direction already asks of it."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from pipeline.cards.prompts import definition_question
from pipeline.commands.build import load
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import card_text

from .test_cards import cards_of, without_offers


def _question(label: str) -> str | None:
    found = definition_question((Span("text", label),))
    return inl.to_plain(found) if found is not None else None


def test_a_name_is_asked_what_it_is_and_a_phrase_keeps_its_label() -> None:
    assert _question("Pilot Light") == "What is Pilot Light?"
    assert _question("Direct Connect (DX)") == "What is Direct Connect (DX)?"
    assert _question("Site to Site VPN") == "What is Site to Site VPN?"
    assert _question("Security Groups") == "What are Security Groups?"
    assert _question("Kinesis") == "What is Kinesis?"  # no plural
    assert _question("cost benefits") is None  # a phrase, no name
    assert _question("AMI Process") is None  # its steps
    assert _question("Which plan fits?") is None
    assert _question("SQS and SNS are cloud-native") is None  # a sentence
    assert _question("Cryptographic") is None  # a word that qualifies (attacks), no thing: "What is Cryptographic?"
    assert _question("Physical") is None


def test_an_item_with_its_own_lines_is_asked_by_a_question() -> None:
    lines = cards_of(
        """
        ## Compute

        **Instance Families:**
        - Processor Heavy:
          - great for processor-intensive tasks that need fast chips
          - for ex batch processing, media transcoding, gaming servers
        - Cluster Nodes:
          - tightly coupled machines for simulations
          - for ex weather models, molecular dynamics
        - Edge Boxes:
          - -> All can run functions offline
        - Policy Engine:
          - default: every request is allowed
          - rules are checked in order
        """
    )
    lines = without_offers(lines)
    fronts = [line.split(" | ")[1].split(" =>")[0] for line in lines if line.startswith("[detail]")]
    assert "What is Processor Heavy?" in fronts
    assert "What are Cluster Nodes?" in fronts
    # a consequence or a setting does not say what the item is: the label stays
    assert "Edge Boxes" in fronts and not any("Edge Boxes?" in f for f in fronts), fronts
    assert not any("Policy Engine?" in f for f in fronts), fronts


NOTES = """
# Network notes

## Networking

**Private Links:**
- Establish a secure network connection between your datacenter and the provider
- Tunnel Link:
  - secure connection between datacenter routers and cloud resources
  - auto encrypted
  - goes over the public internet
- Leased Line:
  - physical connection between the datacenter and the provider
  - private network
  - takes a month to establish
"""


def _cards(tmp_path: Path, off: str = "", notes: str = NOTES) -> dict[str, str]:
    pack = tmp_path / "notes"
    pack.mkdir(parents=True)
    (pack / "notes.md").write_text(dedent(notes).lstrip(), encoding="utf-8")
    if off:
        toml = 'title = "Net"\nslug = "net"\nversion = "1.0.0"\nnotes = ["notes.md"]\n\n'
        toml += "[anki]\ndeck_id = 1\nbasic_model_id = 2\ncloze_model_id = 3\n\n"
        (pack / "pack.toml").write_text(f"{toml}[cards]\n{off}\n", encoding="utf-8")
    return {card_text(c.prompt): card_text(c.answer) for c in load(pack).pack.cards if c.kind in ("detail", "overview")}


def test_a_definition_card_leaves_the_lines_the_exam_direction_cards_ask(tmp_path: Path) -> None:
    cards = _cards(tmp_path / "on")
    # "auto encrypted" is a recognition clue, "goes over the public internet" a comparison's fact
    assert cards["What is Tunnel Link?"] == "secure connection between datacenter routers and cloud resources"
    # "private network" no other card asks: it stays with the definition
    assert cards["What is Leased Line?"] == "physical connection between the datacenter and the provider private network"
    alone = _cards(tmp_path / "off", "recognition = false\ncompare = false\nclassify = false\npractice = false")
    assert alone["What is Tunnel Link?"] == "secure connection between datacenter routers and cloud resources auto encrypted"


def test_a_name_cloze_whose_lines_are_each_asked_by_a_card_of_that_name_is_left_out(tmp_path: Path) -> None:
    notes = NOTES.replace("  - auto encrypted\n", "  - connection encrypted by default\n").replace(
        "  - goes over the public internet\n", "  - goes over the public internet\n  - needs a customer gateway on premises\n"
    )
    # two comparison cards and a recognition card ask its three lines, each of Tunnel Link
    assert not any(front.startswith("Tunnel Link:") for front in _cards(tmp_path / "on", notes=notes))
    alone = _cards(tmp_path / "off", "recognition = false\ncompare = false\nclassify = false\npractice = false", notes)
    assert any(front.startswith("Tunnel Link:") and "customer gateway" in front for front in alone), alone


def test_a_blank_over_a_name_is_not_made_beside_the_word_the_name_is_made_of() -> None:
    lines = cards_of(
        """
        ## Storage

        **FileSync:**
        - move large amounts of files from a datacenter to the provider
        - can synchronize folders to object buckets and network shares
        - transfers are encrypted and checked for integrity

        **PackVault:**
        - stores the software packages a build depends on
        - vault of signed releases kept for audits
        """
    )
    lines = without_offers(lines)
    clozes = [line for line in lines if "{{c1::FileSync}}" in line or "{{c1::PackVault}}" in line]
    # "synchronize" beside [FileSync], "vault" beside [PackVault] answer the blank: the lines are said
    # with the definition, the name shown
    assert not any("synchronize" in line or "vault of" in line for line in clozes), clozes
    assert any("{{c1::FileSync}}: transfers are encrypted" in line for line in clozes)
    assert any(line.startswith("[overview] Storage | FileSync =>") and "synchronize folders" in line for line in lines)


def test_a_count_that_opens_a_list_is_asked_without_its_colon_and_there_is_no_name() -> None:
    notes = """
        ## Architecture

        **Design Principles:**
        - Scalability: vertical and horizontal
        - Automation: serverless and scripted setups

        There are 3 {unit} in the reference model:

        **1. Presentation**
        - what users see, rendered in the browser
        """
    counted = cards_of(notes.format(unit="pillars"))
    assert any(line.startswith("[number]") and line.endswith("There are {{c1::3 pillars}} in the reference model => @7") for line in counted), counted
    # "There are 3 layers ...": "There" opens the sentence, it names nothing to hide
    assert not any("{{c1::There}}" in line for line in cards_of(notes.format(unit="layers")))


FAMILIES = """
# Compute notes

## Compute

**Instance Families:**
- Balanced Family:
  - balance between processors, memory and networking
  - diverse workloads such as web servers or code repositories
- Processor Heavy:
  - great for processor-intensive tasks that need fast chips
  - for ex batch processing, media transcoding, gaming servers
"""


def test_a_definition_that_says_its_names_word_again_is_left_to_the_recognition_card(tmp_path: Path) -> None:
    on = _cards(tmp_path / "on", notes=FAMILIES)
    # "processor-intensive" under Processor Heavy: the recognition card asks it, the blank over "processor"
    assert "What is Processor Heavy?" not in on
    assert on["What is Balanced Family?"] == "balance between processors, memory and networking"  # "balance" is no "balanced"
    alone = _cards(tmp_path / "off", "recognition = false\ncompare = false\nclassify = false\npractice = false", FAMILIES)
    assert alone["What is Processor Heavy?"] == "great for processor-intensive tasks that need fast chips"


def test_no_closing_phrase_is_hidden_that_says_the_name_the_front_shows() -> None:
    lines = cards_of(
        """
        ## Deploying

        **ShipIt:**
        - deploy our app code automatically to servers
        - servers must be provisioned and configured ahead of time with the ShipIt Agent
        - works with virtual machines, containers and on-premises servers
        """
    )
    assert not any("{{c1::the ShipIt Agent}}" in line for line in lines), lines  # "ShipIt: ... with [the ShipIt Agent]"
    assert any("with the ShipIt Agent" in line for line in lines)  # said with the definition instead


def test_a_closing_list_of_names_says_how_many_it_hides() -> None:
    lines = cards_of(
        """
        ## Network

        **Flow Records:**
        - capture information about IP traffic going to and from network interfaces
        - help to troubleshoot connectivity issues
        - records data can go to BucketStore, LogHub or StreamPipe
        """
    )
    assert any("{{c1::BucketStore, LogHub or StreamPipe::3 names}}" in line for line in lines), lines


def test_a_statement_about_another_thing_is_not_led_by_the_topics_name() -> None:
    lines = cards_of(
        """
        ## Storage

        **XBS Volume:**
        - network drive attached to one instance at a time
        - can be detached and attached to another instance quickly

        **Local Disks:**
        - XBS volumes are network drives with "limited" performance
        - if we need a high perf hardware disk, use Local Disks
        - better I/O performance
        - good for buffer, cache, scratch data
        """
    )
    # "Local Disks: [XBS] volumes are network drives" reads as said of the local disks
    assert any(line.startswith("[detail] Storage › Local Disks | {{c1::XBS}} volumes are network drives") for line in lines), lines


def test_a_phrase_over_its_own_lines_is_asked_with_the_thing_it_belongs_to() -> None:
    lines = cards_of(
        """
        ## Deploying

        **Stalk:**
        - developer centric view of deploying an app
        - it uses virtual machines, load balancers and databases
        - health monitoring:
          - full monitoring suite available
          - health agent pushes metrics to the metrics service
          - checks for app health, published health events
        """
    )
    # "health monitoring" alone asks nothing: of what? Its lines are facts, no members of a set to count
    assert any(line.startswith("[detail] Deploying › Stalk | Stalk — health monitoring => full monitoring suite") for line in lines), lines


def test_a_generic_label_joined_to_its_parent_says_how_many_it_asks() -> None:
    lines = cards_of(
        """
        ## Databases

        **Mover:**
        - migrate databases to the cloud quickly and securely
        - the source db remains available during the migration
        - supports:
          - Homogeneous migration for ex Oracle to Oracle
          - Heterogeneous migrations for ex SQL Server to Aurora
        """
    )
    # "Mover — supports" alone does not say what is wanted; the items share the noun counted
    assert any(line.startswith("[detail] Databases › Mover | Mover — supports: which 2 migrations? => Homogeneous") for line in lines), lines


def test_a_word_made_from_the_hidden_name_is_shown_not_hidden_again() -> None:
    from pipeline.cards.single_facts import one_blank

    # "[...]: evaluate the [...] of your resources" leaves nothing to read
    cloze = "{{c1::Config}}: enables you to assess and evaluate the {{c1::configurations}} of your resources"
    assert one_blank(cloze) == "{{c1::Config}}: enables you to assess and evaluate the configurations of your resources"
    # the name itself said again stays hidden: shown, it would answer the card
    same = "{{c1::Batch}}: we submit {{c1::batch}} jobs and {{c1::AWS Batch}} does the rest"
    assert one_blank(same) == same


def test_an_item_under_an_aspect_heading_is_asked_that_aspect_of_it() -> None:
    # "other data at rest" over "RDS:" and its lines: they say how RDS is encrypted, not what it is
    lines = cards_of(
        """
        ## Data protection

        ### other data at rest
        - Aurora Serverless:
          - encrypt at creation only; unencrypted -> snapshot -> copy w/ encryption -> restore
          - read replica same key and region rules
        - Elastic Volumes:
          - encryption by default is a per-region account setting
          - snapshots of encrypted volumes are encrypted
        """
    )
    fronts = [line.split(" | ")[1].split(" =>")[0] for line in lines if line.startswith("[detail]") or line.startswith("[overview]")]
    assert "Aurora Serverless — other data at rest" in fronts, lines
    assert not any(front.startswith("What is") or front.startswith("What are") for front in fronts), lines
