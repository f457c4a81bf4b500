"""A list item's long remark in brackets at its end ("alias records (point at Azure
resource, e.g. ...)") says more of the item: it makes the item no longer, and a
blank hides the item's name, the remark shown beside it."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_label_over_names_with_a_long_remark_at_the_end_is_a_list_its_remark_beside_the_blank() -> None:
    lines = cards_of(
        """
        ## Networking

        ### Azure DNS
        - Public zones: host your domain, update NS records at registrar
        - Record types to know: A, AAAA, CNAME, MX, TXT, SRV, PTR, alias records (point at Azure resource, e.g. public IP / Traffic Manager — also works at zone apex)
        """
    )
    # "to know" is the author's study mark: the label is "Record types"
    listed = [line for line in lines if "Record types {{c1::A}}" in line and "{{c" in line]
    assert listed, lines
    # the blank hides the name; the remark says more of it, beside the blank
    assert any("{{c8::alias records}} (point at Azure resource" in line for line in listed), listed
    assert not any(line.startswith("[term]") and "=> A, AAAA, CNAME" in line for line in lines), lines


def test_a_short_remark_that_says_what_the_item_does_stays_beside_its_blank() -> None:
    lines = cards_of(
        """
        ## Malware

        - dynamic: Process Monitor, Regshot (before/after), TCPView, Wireshark, Cuckoo
        - load balancers: Elastic Load Balancer (ELB), Network Load Balancer (NLB), Gateway Load Balancer (GWLB), Classic Load Balancer (CLB), Route 53 (Amazon DNS)
        """
    )
    assert any("{{c2::Regshot}} (before/after)" in line for line in lines), lines
    # a remark that abbreviates the name, or spells it, is hidden with it
    assert any("{{c1::Elastic Load Balancer (ELB)}}" in line for line in lines), lines
