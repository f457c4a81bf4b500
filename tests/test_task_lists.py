"""A list of tasks, each with its command (`to upgrade: terraform init -upgrade`),
asks each command from its task; it is no set whose tasks are blanked."""

from __future__ import annotations

from .test_cards import cards_of


def test_tasks_with_their_commands_are_no_enumeration() -> None:
    lines = cards_of(
        """
        ## Providers

        ### Dependency lock file
        - to move to a newer allowed version: `terraform init -upgrade`
        - add hashes for other platforms: `terraform providers lock -platform=linux_amd64`
        - `.terraform/` dir = downloaded providers and modules, never committed
        """
    )
    assert not any("{{c1::to move to a newer allowed version}}" in line for line in lines), lines
    assert any("add hashes for other platforms — which command? => terraform providers lock" in line for line in lines), lines
