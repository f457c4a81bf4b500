"""The author's legend (a short code defined once, then used as a tag after names)
and a worked example's figures make no cards: a card hid the code ("Cilium
{{c1::g}}") or a figure the author chose ("conv rate {{c1::5%}}")."""

from __future__ import annotations

from pipeline.notes.legends import without_legends

from .test_cards import cards_of

GLOSSARY = """
## CNCF projects

*g* = graduated when I last checked the landscape.

**Networking**
- Cilium *g* — eBPF CNI, network policy, Hubble
- Envoy *g* — L7 proxy, sidecar data plane
- CoreDNS *g* — cluster DNS
"""

FORMULAS = """
## Metrics

- **CTR** = clicks / impressions
- **conv rate** = conversions / clicks

quick sanity check I did: 10,000 impr, 300 clicks, $600 cost, 15 conv →
CTR 3%, CPC $2, conv rate 5%, CPA $40.

Example I did: server worth $20,000, fire destroys 50% → SLE $10,000, once every 5 years → ALE $2,000

**Worked example** (took me three tries): budget $100,000 over 10 months; at month 4 we're 35% done and we've spent $42,000.
"""


def test_a_legend_code_is_cut_from_the_lines_using_it() -> None:
    lines = cards_of(GLOSSARY)
    said = " ".join(lines)
    assert "<i>g</i>" not in said and "graduated" not in said, lines
    assert "eBPF" in said and "Cilium" in said, lines


def test_an_emphasised_term_defined_once_is_no_legend() -> None:
    text = "**CI** = merge and test often\n\n- **CI** runs on every push\n"
    assert without_legends(text) == (text, [])


def test_a_variable_is_no_legend() -> None:
    # "*n* = number of replicas": a formula's letter, which the lines need
    quorum = "## Raft\n\n*n* = number of replicas\n\n- Quorum needs a majority of *n* votes\n- Writes wait for *n* acks\n"
    assert without_legends(quorum) == (quorum, [])
    said = " ".join(cards_of(quorum))
    assert "majority of n votes" in said, said
    # a letter used inside the sentence, not after a name as its tag
    inside = "*n* = replicas in the set\n\n- a majority of *n* votes\n- wait for *n* acks\n"
    assert without_legends(inside) == (inside, [])
    # a letter in a formula, even where it also follows a name
    formula = "*f* = failures to survive\n\n- Raft needs 2*f* + 1 nodes\n- etcd *f* — one\n- Consul *f*, two\n"
    assert without_legends(formula) == (formula, [])


def test_a_worked_example_makes_no_card() -> None:
    lines = cards_of(FORMULAS)
    said = " ".join(lines)
    for figure in ("10,000", "300 clicks", "5%", "$20,000", "50%", "35%", "$42,000"):
        assert figure not in said, (figure, lines)
    assert "clicks / impressions" in said, lines


CASES = """
## EC2

Example: t3.micro, t3.small, m5.large are general purpose

Example - port 443 for HTTPS, 80 for HTTP, 22 for SSH
"""


def test_an_example_that_computes_nothing_is_asked() -> None:
    said = " ".join(cards_of(CASES))
    assert "t3.small" in said and "m5.large" in said, said  # the digits of a name are no figures
    assert "443" in said and "22 for SSH" in said, said  # no result worked out, no author's run: a fact by its cases


def test_a_worked_example_heading_asks_none_of_its_steps() -> None:
    lines = cards_of(
        """
        ## Subnetting

        hosts = 2^h - 2, subnets = 2^s

        **Worked example 1** - 172.16.45.130/27
        - /27 -> mask 255.255.255.224 -> block 32 in 4th octet
        - network 172.16.45.128, first host .129, last host .158, broadcast .159

        Wildcard mask = 255.255.255.255 - subnet mask. /27 -> 0.0.0.31
        """
    )
    said = " ".join(lines)
    assert "Worked example" not in said and "172.16.45.128" not in said, lines
    # the line after the example is no step of it: asked under the section
    assert any("Wildcard mask" in line and "Worked example" not in line for line in lines), lines
