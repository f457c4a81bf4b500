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
    # a glossary of names on one line is a summary: each asked from its gloss, the way exams ask
    assert any("Performance — variation in delay (kills VoIP → QoS): which one? => Jitter @5" in line for line in lines), lines
    assert any("Performance — delay: which one? => Latency @5" in line for line in lines), lines
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


def test_a_summary_line_asks_each_name_from_its_gloss_but_a_symptom_for_its_cause():
    lines = cards_of(
        """
        ## Security

        ### Threat detection
        - **GuardDuty** — intelligent threat detection using ML
        - GuardDuty = threats. Inspector = vulnerabilities. Macie = PII in S3. Detective = investigate.

        ### Display issues
        - Fuzzy = not native resolution. No HDMI audio = wrong default playback device. Projector shuts off = overheating, clean filter

        ### Pricing
        - Data IN = free. Data OUT = charged. Between Regions = charged. Same AZ = free
        """
    )
    assert any("Threat detection — threats: which one? => GuardDuty" in line for line in lines), lines
    assert any("Threat detection — PII in S3: which one? => Macie" in line for line in lines), lines
    assert not any(line.endswith("Inspector => vulnerabilities @6") for line in lines), lines
    # troubleshooting goes from the symptom to its cause
    assert any("Display issues — Fuzzy => not native resolution" in line for line in lines), lines
    # a gloss said twice ("charged") sorts the names: no "which one?" with two answers
    assert not any("charged: which one?" in line or "free: which one?" in line for line in lines), lines
