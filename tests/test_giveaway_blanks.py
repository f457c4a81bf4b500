"""Blanks the rest of the front answers: a label, a breadcrumb or an argument
that says the hidden words (`Storage accounts: az [storage account] create`)."""

from __future__ import annotations

from .test_cards import cards_of


def _commands(lines: list[str]) -> list[str]:
    return [line for line in lines if "{{c1::" in line and " az " in line]


def test_a_label_that_says_a_commands_hidden_words_is_left_off() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Storage accounts
        - Name: 3-24 chars, lowercase letters + numbers, globally unique
        - `az storage account create -n stacct01 -g rg1 --sku Standard_RAGRS --kind StorageV2`
        """
    )
    asked = _commands(lines)
    assert asked and all("{{c1::storage account}}" in line for line in asked), lines
    assert not any("Storage accounts : az" in line for line in asked), asked


def test_an_argument_that_says_a_word_of_the_blank_leaves_that_word_shown() -> None:
    lines = cards_of(
        """
        ## Networking

        ### NSGs / ASGs
        - ASG = group NICs logically and use as source/dest in rules
        - `az network nsg rule create -g rg1 --nsg-name nsg1 -n allow-rdp --priority 300`
        - `az lock create --name nodelete --lock-type CanNotDelete --resource-group rg1`
        """
    )
    asked = _commands(lines)
    assert any("az {{c1::network}} nsg rule create" in line for line in asked), lines
    # a plain verb alone would be a guess: the blank stays whole
    assert any("az {{c1::lock create}}" in line for line in asked), lines


def test_a_label_that_says_none_of_the_blank_stays() -> None:
    lines = cards_of(
        """
        ## Identity

        ### RBAC
        - Roles are additive, no deny rules
        - `az role assignment create --assignee ann@contoso.com --scope /subscriptions/x`
        """
    )
    assert any("RBAC : az {{c1::role assignment}} create" in line for line in _commands(lines)), lines
