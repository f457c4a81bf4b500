"""errata.toml's [[addition]]: an item a closed list of the notes lacks today,
said by the cards and the cheat sheet, at the line of the item it follows."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.commands.build import load
from pipeline.model.cardtext import card_text
from pipeline.model.inline import to_plain as plain

from .conftest import TRACEBACK, run_cli
from .test_errata import _pack as errata_pack
from .pdf_reading import reader

NOTES = """\
## Networking

**Route 53:**
- managed DNS service
- routing policies:
  - Simple: one record, no health checks
  - Weighted: split traffic by percentage
  - Failover: to a standby when the primary fails
- health checks of endpoints
"""

ADDITION = """\
[[addition]]
line = 8
after = "Failover:"
text = "Geolocation: by the user's <country> & continent"
why = "a policy the list lacks"
"""


def _pack(folder: Path, errata: str = ADDITION, notes: str = NOTES) -> Path:
    return errata_pack(folder, errata, notes)


def _enumeration(folder: Path):  # type: ignore[no-untyped-def]
    """The card that shows the whole set: its cloze, or (each policy asked by its meaning,
    `recited_sets`) the comparison cards that show every policy on their fronts."""
    cards = load(folder).pack.cards
    return next(c for c in cards if c.kind in ("enumeration", "compare") and "Simple" in c.prompt and "Weighted" in c.prompt)


def test_the_list_card_shows_the_added_item_and_the_notes_stay_as_written(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    listed = _enumeration(pack)
    assert [w for w in ("Simple", "Weighted", "Failover", "Geolocation") if w in listed.prompt] == [
        "Simple", "Weighted", "Failover", "Geolocation"
    ]
    assert (pack / "notes.md").read_text(encoding="utf-8") == NOTES


def test_an_item_added_after_a_list_of_its_own_goes_after_its_nested_lines(tmp_path: Path) -> None:
    errata = ADDITION.replace("line = 8\nafter = \"Failover:\"", "line = 5\nafter = \"routing policies:\"")
    errata = errata.replace("Geolocation: by the user's <country> & continent", "query logging: of every DNS query")
    document = load(_pack(tmp_path / "pack", errata)).pack.documents[0]
    body = document.sections[0].topics[0].body
    assert [(plain(n.inline)[:13], n.line) for n in body] == [
        ("managed DNS s", 4), ("routing polic", 5), ("query logging", 8), ("health checks", 9)
    ]
    assert "query logging" not in _enumeration(tmp_path / "pack").prompt  # not one of the policies


def test_an_added_item_reports_the_line_it_follows_and_later_lines_keep_theirs(tmp_path: Path) -> None:
    cards = load(_pack(tmp_path / "pack")).pack.cards
    geolocation = [c for c in cards if "Geolocation" in card_text(c.prompt if c.kind == "term" else c.answer)]
    assert geolocation and all(s.line == 8 for c in geolocation for s in c.sources)
    health = [c for c in cards if "health checks of endpoints" in c.prompt + c.answer]
    assert health and all(9 in {s.line for s in c.sources} for c in health)
    assert max(s.line for c in cards for s in c.sources) == 9  # no line past the notes as written


def test_the_added_item_is_escaped_like_any_note_text_in_cards_and_sheet(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    out = tmp_path / "out"
    result = run_cli("build", str(pack), "--out", str(out), "--formats", "json,pdf")
    assert result.returncode == 0, result.stderr
    cards = json.loads((out / "errata" / "errata.cards.json").read_text(encoding="utf-8"))
    html = json.dumps(cards)
    assert "&lt;country&gt; &amp; continent" in html and "<country>" not in html
    sheet = " ".join(page.extract_text() for page in reader(out / "errata" / "errata.pdf").pages)
    assert "Geolocation" in sheet and "<country> & continent" in sheet
    assert sheet.index("Failover") < sheet.index("Geolocation") < sheet.index("health checks of endpoints")


def test_an_addition_the_notes_moved_is_made_after_the_nearest_line_or_skipped(tmp_path: Path) -> None:
    moved = NOTES.replace("**Route 53:**\n", "**Route 53:**\n- global service\n")
    pack = _pack(tmp_path / "pack", notes=moved)
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    assert f"{pack / 'errata.toml'}:1: warning: 'Failover:' is on line 9 of notes.md, not 8: added there (update `line`)" in result.stderr
    assert "Geolocation" in (tmp_path / "out" / "errata" / "errata.csv").read_text(encoding="utf-8")

    gone = _pack(tmp_path / "gone", notes=NOTES.replace("Failover:", "Standby:"))
    result = run_cli("build", str(gone), "--out", str(tmp_path / "out2"), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    assert f"{gone / 'errata.toml'}:1: warning: 'Failover:' is on no line of notes.md any more: addition skipped" in result.stderr
    assert "Geolocation" not in (tmp_path / "out2" / "errata" / "errata.csv").read_text(encoding="utf-8")


def test_a_bad_addition_is_one_error_line_naming_the_errata_file_and_line(tmp_path: Path) -> None:
    header = ADDITION.replace("line = 8\nafter = \"Failover:\"", "line = 1\nafter = \"Networking\"")
    for bad, where, message in [
        (header, 1, "line 1 of notes.md is not a list item: an addition adds an item to a list"),
        (ADDITION.replace('text = "', 'text = "- '), 4, "`addition.text`: the item's words only"),
        (ADDITION.replace('text = "Geo', 'text = "  "\n#"'), 4, "`addition.text`: must not be empty"),
        (ADDITION.replace('after = "Failover:"\n', ""), 1, "`addition`: entry 1 needs `after`"),
        (ADDITION.replace("line = 8", "line = 0"), 2, "`addition.line`: must be 1 or more"),
        (ADDITION.replace("why =", "when ="), 5, "`addition.when`: unknown key"),
        (ADDITION.replace("line = 8", 'line = "8"'), 2, "`addition.line`: must be an integer"),
        ("[addition]\nline = 8\n", 1, "`addition`: must be written as [[addition]] entries"),
    ]:
        pack = _pack(tmp_path / "pack", bad)
        result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
        assert result.returncode == 1, bad
        assert not TRACEBACK.search(result.stderr)
        assert f"{pack / 'errata.toml'}:{where}: error: {message}" in result.stderr, result.stderr
