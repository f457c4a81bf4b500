"""A list's lines left over when the others were asked alone are asked each by
the name it opens on: three of thirteen ports under "ports" read as the list."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.model.cardtext import card_text
from pipeline.notes.parse import parse_document

PORTS = """
## Fundamentals

- TCP/IP model = App / Transport / Internet / Link
- ports (well-known):
  - FTP 20 data / 21 ctrl (TCP)
  - SSH 22, Telnet 23, SMTP 25 (TCP)
  - DNS 53 (UDP for queries, TCP for zone xfer / big responses)
  - DHCP 67 srv / 68 client (UDP)
  - TFTP 69 UDP
  - HTTP 80, HTTPS 443, POP3 110, IMAP 143 (TCP)
  - NTP 123 UDP
  - SNMP 161 (agent), 162 (traps) UDP
- IP proto #s: ICMP 1, TCP 6, UDP 17, EIGRP 88, OSPF 89
"""


def _cards(markdown: str):  # type: ignore[no-untyped-def]
    return make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")[0]


def test_left_over_lines_of_a_list_are_asked_each_by_its_name() -> None:
    cards = _cards(PORTS)
    basic = {card_text(c.prompt): card_text(c.answer) for c in cards if c.note_type == "basic"}
    assert not any(p.endswith("ports (well-known)") for p in basic), basic
    tftp = [a for p, a in basic.items() if p.endswith("ports (well-known) — TFTP")]
    assert tftp == ["69 UDP"], basic


def test_a_things_facts_under_its_question_stay_together() -> None:
    markdown = """
        ## Training

        - What is AWS Training?
          - AWS Digital (online) and Classroom Training (in-person or virtual)
          - AWS Private Training (for organization)
          - Training and Certification for the AWS Partner Network
          - Education programs for students and faculty
        """
    prompts = [card_text(c.prompt) for c in _cards(markdown)]
    assert not any("— AWS Digital" in p for p in prompts), prompts
