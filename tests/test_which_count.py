""""which N?" only over N members of one kind: not over a thing's values, a
range, an abbreviation spelled out with a fact, one name with a slash, or
sentences."""

from __future__ import annotations

from pipeline.cards.counted import one_kind

from .test_cards import cards_of


def test_a_term_is_counted_only_when_its_answer_is_members_of_one_kind() -> None:
    lines = cards_of(
        """
        ## Security

        ### Access
        - AAA: Authentication, Authorization, Accounting
        - SOW: Statement of Work, specific deliverables
        - ~> 5.0: >= 5.0, < 6.0
        - 172.16.45.200/27: net .192, bcast .223, hosts .193
        - proxy Network Load Balancer: L4 TCP/SSL proxy
        - TCP/IP model: App / Transport / Internet / Link
        """
    )
    terms = [line for line in lines if line.startswith("[term]")]
    assert "[term] Security › Access | AAA — which 3? => Authentication, Authorization, Accounting @4" in terms
    assert "[term] Security › Access | TCP/IP model — which 4? => App / Transport / Internet / Link @9" in terms
    assert "[term] Security › Access | SOW => Statement of Work, specific deliverables @5" in terms
    assert "[term] Security › Access | ~> 5.0 => >= 5.0, < 6.0 @6" in terms
    assert "[term] Security › Access | 172.16.45.200/27 => net .192, bcast .223, hosts .193 @7" in terms
    assert "[term] Security › Access | proxy Network Load Balancer => L4 TCP/SSL proxy @8" in terms


def test_members_named_by_a_label_may_be_phrases_but_not_values_or_repeats() -> None:
    options = ["min pw length", "require specific character type", "allow all IAM users to change their own password"]
    assert one_kind(options, phrases=True) and not one_kind(options)
    assert one_kind(["Bucket Policies: bucket wide rules", "Object ACL: finer grain"], phrases=True)
    assert not one_kind(["2 deploys share a common label", "traffic split follows the replica ratio"], phrases=True)
    assert not one_kind(["Control Quality", "Validate Scope", "Control Quality"])
    assert one_kind(["built-in identity store", "3rd party: AD, Okta"], phrases=True)


def test_examples_are_never_counted() -> None:
    lines = cards_of(
        """
        ## Data

        ### Organization policies
        - set constraints on the whole org
        - examples:
          - resourceLocations restricts the regions resources live in
          - allowedPolicyMemberDomains limits who can be granted roles
          - requireOsLogin turns on OS Login for every VM
        """
    )
    assert not any("which" in line for line in lines), lines


def test_an_abbreviation_spelled_out_in_words_joined_by_and_is_no_list_to_count() -> None:
    lines = cards_of(
        """
        # Notes

        ## Acronyms I keep having to look up

        - SIEM — Security Information and Event Management
        - SOAR — Security Orchestration, Automation and Response
        - AAA — Authentication, Authorization and Accounting
        """
    )
    shown = " ".join(lines)
    assert "| SIEM => Security Information and Event Management @" in shown, lines
    assert "| SOAR => Security Orchestration, Automation and Response @" in shown, lines
    assert "| AAA — which 3? => Authentication, Authorization and Accounting @" in shown, lines  # its members spell it
    assert not one_kind(["Endpoint Detection", "Response"], owner="EDR")
