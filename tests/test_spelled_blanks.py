"""A blank over an abbreviation beside the words it stands for takes those
words in: "Dynamic testing ([...])" gave DAST away."""

from __future__ import annotations

import pytest

from pipeline.cards.spelled_blanks import widened

from .test_cards import cards_of


def test_the_blank_takes_in_the_words_that_spell_it() -> None:
    assert widened("Dynamic testing ({{c1::DAST}}) runs the app") == "{{c1::Dynamic testing (DAST)}} runs the app"
    assert widened("uses the Key Management Service ({{c1::KMS}}) for keys") == "uses the {{c1::Key Management Service (KMS)}} for keys"
    # words that do not spell it leave the blank as it was
    assert widened("Storing data on virtual drives ({{c1::EBS}})") == "Storing data on virtual drives ({{c1::EBS}})"


def test_a_card_of_the_notes_never_shows_the_words_beside_the_blank() -> None:
    lines = cards_of(
        """
        ## Testing

        ### AppSec
        Testing comes in two kinds.

        Static testing (**SAST**) reads the source code without running it.

        Dynamic testing (**DAST**) attacks the running application from outside.
        """
    )
    assert "[detail] Testing | AppSec : {{c1::Dynamic testing ( DAST )}} attacks the running application from outside. => @8,3" in lines, lines


# "[Perform Integrated Change] Control (PICC)": the rest and the letters spell the blank out;
# "[...] 2.0" gives SAML away; letters the words do not spell, and a count, are another's
WIDENED = [
    ("goes thru {{c1::Perform Integrated Change}} Control (PICC).", "goes thru {{c1::Perform Integrated Change Control (PICC)}}."),
    ("goes thru {{c1::Perform Integrated Change Control}} (PICC).", "goes thru {{c1::Perform Integrated Change Control (PICC)}}."),
    ("runs on {{c1::Amazon}} Linux (RHEL)", "runs on {{c1::Amazon}} Linux (RHEL)"),
    ("via {{c1::SAML}} 2.0, plus SCIM", "via {{c1::SAML 2.0}}, plus SCIM"),
    ("{{c1::OSPF}}v2 areas", "{{c1::OSPFv2}} areas"),
    ("{{c1::EC2}} 2 instances", "{{c1::EC2}} 2 instances"),
    # a bracket after the blank that spells a name in it, or says its one word again
    ("The {{c1::CoE Starter Kit}} (Center of Excellence) is free", "The {{c1::CoE Starter Kit (Center of Excellence)}} is free"),
    ("{{c1::teams}} (owner teams, access teams) so roles", "{{c1::teams (owner teams, access teams)}} so roles"),
    ("{{c1::BPDU guard}} (shut port if BPDU shows up)", "{{c1::BPDU guard}} (shut port if BPDU shows up)"),
]


@pytest.mark.parametrize(("prompt", "expected"), WIDENED)
def test_a_blank_over_part_of_a_name_takes_in_the_rest_its_letters_and_its_version(prompt: str, expected: str) -> None:
    assert widened(prompt) == expected


def test_a_former_name_in_brackets_after_the_blank_goes_in_with_it() -> None:
    """"[IAM Identity Center] (ex AWS SSO)": the old name answers the blank as well."""
    assert widened("Organizations: {{c1::<b>IAM Identity Center</b>}} (ex AWS SSO) → one login") == (
        "Organizations: {{c1::<b>IAM Identity Center</b> (ex AWS SSO)}} → one login"
    )
    assert widened("{{c1::Gemini}} (formerly Duet AI) is an assistant") == "{{c1::Gemini (formerly Duet AI)}} is an assistant"
    assert widened("{{c3::A03 Injection}} (now includes XSS)") == "{{c3::A03 Injection}} (now includes XSS)"
