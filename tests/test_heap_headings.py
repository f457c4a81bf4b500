"""A heading that files several subjects ("Users, groups, external identities") over
terms that each have a card of their own: no card asks for the list of their labels,
which would ask where the author filed them, not a set the exam asks."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
# Notes

## 1. IDENTITY & ACCESS

**Users, groups, external identities**
- Group types: Security vs Microsoft 365. Membership: assigned, dynamic user, dynamic device (dynamic needs P1)
- B2B collaboration = guest users (#EXT#) in your tenant, use their own identity
- B2C = customer-facing apps, separate tenant type
- Cross-tenant access settings = inbound/outbound trust for B2B (e.g. trust MFA from partner tenant)

**Security Tools**
- IAM Credentials Report (account-level): a report that lists all your account's users and the status of their various credentials
- IAM Access Advisor (user-level): shows the service permissions granted to a user and when those services were last accessed
"""


def test_a_heading_filing_several_subjects_gets_no_list_of_its_terms() -> None:
    lines = cards_of(NOTES)
    assert not any("Users, groups, external identities — which 4?" in line for line in lines), lines
    for term in ("B2C", "Cross-tenant access settings", "B2B collaboration"):
        assert any(term in line and "Users, groups, external identities" in line for line in lines), (term, lines)  # each asked by its own card


def test_a_set_named_by_its_heading_is_still_asked_whole() -> None:
    lines = cards_of(NOTES)
    assert any("Security Tools — which 2?" in line for line in lines), lines
