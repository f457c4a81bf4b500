"""Names filed under categories, a line each (`EDR: CrowdStrike Falcon, SentinelOne`):
open sets of examples. Each name asks its category, the way the exam names a tool
and asks what it is for; no card asks to recite a category's names."""

from __future__ import annotations

from .test_cards import cards_of

TOOLS = """
## Security Operations

### Tools by category

- **Packet capture**: Wireshark, tcpdump, (tshark)
- **EDR**: CrowdStrike Falcon, SentinelOne, Carbon Black
- **SOAR**: Splunk SOAR (Phantom), Cortex XSOAR, IBM Resilient
- **Network scanning**: Nmap, Angry IP Scanner
- **Multipurpose / exploitation**: Metasploit, Recon-ng, Nmap
- **Forensics**: FTK Imager, Autopsy, EnCase, Volatility (memory), dd
"""


def test_each_name_asks_its_category_by_what_the_title_sorts_by():
    cards = cards_of(TOOLS)
    assert "[classify] Security Operations › Tools by category | Which category? SentinelOne => EDR with CrowdStrike Falcon, Carbon Black @6" in cards
    assert "[classify] Security Operations › Tools by category | Which category? Volatility (memory) => Forensics with FTK Imager, Autopsy, EnCase, dd @10" in cards
    # a list of names files its lower-case tools as names too
    assert "[classify] Security Operations › Tools by category | Which category? tcpdump => Packet capture with Wireshark, tshark @5" in cards
    # no card asks to recite a category's open set of names
    assert not any("which 3?" in card or "{{c1::" in card for card in cards)


def test_a_name_under_two_categories_or_naming_its_own_is_not_asked():
    fronts = [card.split(" | ", 1)[1].split(" => ")[0] for card in cards_of(TOOLS) if card.startswith("[classify]")]
    assert not any(front.endswith("? Nmap") for front in fronts)  # scanning and multipurpose alike
    assert not any(front.endswith("? Splunk SOAR (Phantom)") for front in fronts)  # says its category
    assert not any(front.endswith("? Cortex XSOAR") for front in fronts)  # its acronym inside a word
    assert any(front.endswith("? IBM Resilient") for front in fronts)


def test_two_categories_are_offered_on_the_front():
    cards = cards_of(
        """
        ## Malware analysis

        - static vs dynamic analysis
        - static: PEiD, BinText, Ghidra, strings
        - dynamic: Process Monitor, Regshot, TCPView
        """
    )
    assert "[classify] n › Malware analysis | static or dynamic? Regshot => dynamic with Process Monitor, TCPView @5" in cards
    assert "[classify] n › Malware analysis | static or dynamic? strings => static with PEiD, BinText, Ghidra @4" in cards


def test_glossed_models_and_plain_words_are_no_names_filed():
    cards = cards_of(
        """
        ## Mobile

        - **MDM** - manage, wipe, enforce policy
        - deployment models: **BYOD** (user owns), **COPE** (corp owned, personally enabled), **CYOD** (from an approved list), COBO
        - connection methods: cellular, Wi-Fi, Bluetooth

        ## Step Functions

        - states: sequence, parallel, timeouts
        - flows: choice, wait, map
        """
    )
    assert not any(card.startswith("[classify]") for card in cards)


def test_a_process_steps_file_their_activities_and_stay_a_list_in_order():
    cards = cards_of(
        """
        ## Incident response

        ### IR process — NIST SP 800-61

        1. **Preparation** — IR plan, team (CSIRT), jump bag, training, playbooks
        2. **Detection & Analysis** — identify, validate, scope, prioritize
        3. **Containment, Eradication & Recovery**
        4. **Post-Incident Activity** — lessons learned, report, evidence retention
        """
    )
    assert "[classify] Incident response › IR process — NIST SP 800-61 | Which step? playbooks => Preparation with IR plan, team (CSIRT), jump bag, training @5" in cards, cards
    overview = next(card for card in cards if card.startswith("[overview]"))
    assert "{{c1::Preparation}} {{c2::Detection & Analysis}}" in overview and "{{c4::Post-Incident Activity}}" in overview, overview
    assert not any("{{c1::IR plan}}" in card for card in cards)  # no blank over one activity of many


def test_layers_file_what_each_holds_and_the_front_says_what_they_are():
    cards = cards_of(
        """
        ## Networking Concepts

        ### OSI layers (bottom → top)

        1. Physical — bits, cables, hubs, repeaters
        2. Data Link — frames, MAC addresses, switches, 802.1Q
        3. Network — packets, routing, routers
        4. Transport — segments, port numbers, windowing
        5. Session — set up / tear down sessions
        """
    )
    assert "[classify] Networking Concepts › OSI layers (bottom → top) | Which layer? windowing => Transport with segments, port numbers @8" in cards, cards
    assert any(card.startswith("[classify]") and "? 802.1Q =>" in card for card in cards), cards  # a standard's number is a name, no figure


def test_the_front_asks_the_kind_the_title_names_in_the_singular():
    from pipeline.cards.category_names import _question

    assert _question("Attack categories", ["a", "b", "c", "d", "e"], False) == "Which category?"
    assert _question("Cipher classes", ["a", "b", "c", "d", "e"], False) == "Which class?"
    assert _question("IR process", ["a", "b"], True) == "Which step?"
