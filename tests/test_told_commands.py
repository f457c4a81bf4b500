"""A table's command whose task says the command's own word is asked the
other way round: "print output values — which command?" gave `terraform
output` away."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.model import cardtext
from pipeline.notes.parse import parse_document

NOTES = """
## CLI

| Command | What it does |
|---|---|
| `terraform output` | print output values |
| `terraform workspace ...` | manage CLI workspaces |
| `terraform import ADDR ID` | bring existing resource under mgmt |
| `terraform plan` | preview changes |
"""


def _cards() -> list[tuple[str, str]]:
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return [(cardtext.card_text(c.prompt), cardtext.card_text(c.answer)) for c in cards]


def test_a_task_saying_its_commands_word_asks_for_no_command() -> None:
    cards = _cards()
    assert not any("print output values" in front for front, _ in cards), cards
    assert not any("manage CLI workspaces" in front for front, _ in cards), cards
    assert not any("terraform output" in front for front, _ in cards), cards  # either way round it restates


def test_a_told_task_that_says_more_is_asked_forward() -> None:
    notes = """
    ## CLI

    | Command | What it does |
    |---|---|
    | `terraform init` | init working dir: providers, modules, backend, lock file |
    | `terraform plan` | preview changes |
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    pairs = [(cardtext.card_text(c.prompt), cardtext.card_text(c.answer)) for c in cards]
    assert any("terraform init" in front and "providers, modules" in back for front, back in pairs), pairs


def test_the_tool_and_placeholders_give_nothing_away() -> None:
    cards = _cards()
    assert any("preview changes" in front and "terraform plan" in back for front, back in cards), cards
    assert any("bring existing resource under mgmt" in front and "terraform import" in back for front, back in cards), cards


def test_a_setting_or_an_operator_is_asked_as_what_it_is() -> None:
    notes = """
    ## Variables

    - `sensitive = true` → redacted in plan/apply output
    - `~> 5.0` → allows >= 5.0 and < 6.0
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    fronts = [cardtext.card_text(c.prompt) for c in cards]
    assert any("redacted in plan/apply output — which setting?" in f for f in fronts), fronts
    assert any("allows >= 5.0 and < 6.0 — which operator?" in f for f in fronts), fronts
    assert not any("which command?" in f for f in fronts), fronts


def test_a_condition_on_a_command_asks_for_no_command() -> None:
    notes = """
    ## Swarm

    - `docker node ls` — manager only; MANAGER STATUS = Leader / Reachable / Unavailable
    - `docker cp web:/etc/nginx/nginx.conf .` — works on stopped containers
    - `docker swarm join-token --rotate worker` — invalidates the old token
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p")
    fronts = [cardtext.card_text(c.prompt) for c in cards]
    assert not any("manager only" in f and "which command?" in f for f in fronts), fronts
    assert not any("works on stopped containers" in f and "which command?" in f for f in fronts), fronts
    assert any("invalidates the old token" in f and "which command?" in f for f in fronts), fronts
