"""A label whose answer is five or more members of a kind is a set to learn one
blank at a time, not a back to recite: a kind named with an acronym or in
sentence case ("AP modes", "Threat responses") as much as one in lower case."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
## Wireless

### Architectures
- AP modes: local (default), FlexConnect, monitor, sniffer, rogue detector, bridge/mesh
- Threat responses: Escalate, Avoid, Transfer, Mitigate, Accept
- Dependency types: FS (most common), SS, FF, SF (rare). Also mandatory, discretionary, external
"""


def test_a_kind_named_with_an_acronym_or_a_capital_is_asked_member_by_member() -> None:
    lines = cards_of(NOTES)
    modes = [line for line in lines if line.startswith(("[enumeration] Wireless › Architectures | AP modes", "[overview] Wireless › Architectures | AP modes"))]
    assert len(modes) == 1, lines  # six members, one note
    # the labels over their own lists are no set of their own: no blank over "AP modes"
    assert not any("{{c1::AP modes}}" in line for line in lines), lines
    assert "AP modes {{c1::local}} (default)" in modes[0] and "{{c6::bridge/mesh}}" in modes[0]
    assert "[enumeration] Wireless › Architectures | Threat responses {{c1::Escalate}} {{c2::Avoid}} {{c3::Transfer}} {{c4::Mitigate}} {{c5::Accept}} => @5,3" in lines
    assert not any(line.startswith("[term]") and ("AP modes" in line or "Threat responses" in line) for line in lines)


def test_two_lists_in_one_answer_make_no_set_of_blanks() -> None:
    lines = cards_of(NOTES)
    # "FS, SS, FF, SF (rare). Also mandatory, ...": two lists; blanks over both would mix them
    assert not any("Dependency types" in line and "{{c" in line for line in lines if not line.startswith("[overview]")), lines


def test_a_tool_or_two_in_lower_case_among_many_names_is_a_list_of_names() -> None:
    lines = cards_of(
        """
        ## Tool -> purpose cheat list

        - OSINT: WHOIS, nslookup, FOCA, theHarvester, Shodan, Maltego, recon-ng, Censys
        - S3: SSE-S3 (default since Jan 2023), SSE-KMS (CloudTrail audit of key use), DSSE-KMS (two layers), SSE-C (you send the key), client-side
        """
    )
    assert any(line.startswith(("[enumeration]", "[overview]")) and "OSINT {{c1::WHOIS}} {{c2::nslookup}}" in line and "{{c7::recon-ng}}" in line for line in lines), lines
    # the list is asked whole, never half of it under a blank over the name it is filed under
    assert not any("{{c1::S3}}" in line or "=> WHOIS, nslookup" in line for line in lines), lines
