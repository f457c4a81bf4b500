"""A short head whose sibling is asked with the parent is asked with it too."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_short_sibling_is_asked_with_its_parent_like_the_others() -> None:
    lines = cards_of(
        """
        ## Cloud Computing

        **Shared Responsibility:**
        - Customer: responsibility for the security in the cloud
        - AWS: responsibility for the security of the cloud

        **CloudFormation / SAM / CDK:**
        - cross-stack: Outputs + Export then ImportValue
        - CDK: cdk init, cdk bootstrap, cdk synth, cdk deploy
        """
    )
    assert any("| Shared Responsibility — Customer => " in line for line in lines), lines
    assert any("| Shared Responsibility — AWS => responsibility for the security of the cloud" in line for line in lines), lines
    # a parent that names the head already says what it is
    assert not any("— CDK =>" in line for line in lines), lines
