"""What the notes say the exam leaves out makes no card: a line marked "(Won't be on
exam)", and every line of its topic after "The following ... is beyond the scope of
the ... objectives."."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from pipeline.commands.build import load
from pipeline.model.cardtext import card_text


def test_a_line_marked_off_the_exam_and_the_lines_after_a_scope_remark_make_no_card(tmp_path: Path) -> None:
    notes = dedent(
        """
        ## Ethernet

        ### Collisions
        - CSMA/CD detects collisions on a shared medium and backs off before sending again
        - A jam signal tells every station that a collision happened
        - Consul template markup renders frames for the wire (Won't be on exam)

        ### Ethernet Frames
        Frames encapsulate the packets the Network layer hands down to the Data Link layer.

        The following information about frame headers is beyond the scope of the Network+ objectives.

        **Preamble** An alternating 1,0 pattern gives a clock at the start of each frame.

        **Start of Frame Delimiter** The SOF is 10101011, where the last pair of 1s marks the start.
        """
    )
    (tmp_path / "ethernet.md").write_text(notes, encoding="utf-8")
    said = " ".join(card_text(c.prompt) + " " + card_text(c.answer) for c in load(tmp_path).pack.cards)
    assert "jam signal" in said and "encapsulate the packets" in said, said
    for left_out in ("Consul template", "Won't be on exam", "beyond the scope", "alternating 1,0", "10101011"):
        assert left_out not in said, (left_out, said)
