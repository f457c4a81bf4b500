"""Three or more terms written one after another on a line, a sentence each
(`WEP = broken. WPA2 = AES-CCMP. WPA3 = SAE`): each is a term of its own. Two
side by side stay rivals, asked as such."""

from __future__ import annotations

from .test_cards import cards_of


def test_each_sentence_that_defines_a_term_is_a_term_of_its_own():
    lines = cards_of(
        """
        ## Network Troubleshooting

        ### Performance
        - Congestion = too many talkers
        - Latency = delay. Jitter = variation in delay (kills VoIP → QoS). Packet loss = retransmits / choppy audio
        """
    )
    assert "[term] Network Troubleshooting › Performance | Performance — Jitter => variation in delay (kills VoIP → QoS) @5" in lines, lines
    assert "[term] Network Troubleshooting › Performance | Performance — Latency => delay @5" in lines, lines
    # no blank over the heading with the glossary as its clue
    assert not any("{{c1::Performance}}" in line for line in lines), lines


def test_a_later_sentence_without_a_term_stays_with_the_term_before():
    lines = cards_of(
        """
        ## Routing

        - Static = manual, no overhead. Doesn't adapt to failures. Default route = gateway of last resort. Floating static = backup route
        - RIP = distance vector, hop count
        """
    )
    assert any(line.endswith("Static => manual, no overhead. Doesn't adapt to failures @3") for line in lines), lines
    assert any(line.endswith("which one: gateway of last resort? => Default route @3") for line in lines), lines
