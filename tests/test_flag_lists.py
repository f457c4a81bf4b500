"""A line of a command's options in code, each with what it does, is asked option
by option, from what it does to the option."""

from __future__ import annotations

from pipeline.cards.flag_lists import command_of, flag_pairs
from pipeline.model import Span

from .test_cards import cards_of


def test_each_option_is_asked_from_what_it_does() -> None:
    lines = cards_of(
        """
        ## Archiving

        - tar
          - `-c` create, `-x` extract, `-t` list, `-v`, `-f` file
          - `tar -czvf backup.tar.gz /etc` to pack a folder
        - `grep` — `-i` ignore case, `-v` invert, `-c` count
        - `dpkg -i`, `-r` remove, `-P` purge, `-L` files
        """
    )
    assert any("tar — which option: extract? => -x" in line for line in lines), lines
    assert any("grep — which option: invert? => -v" in line for line in lines), lines
    assert any("dpkg — which option: purge? => -P" in line for line in lines), lines
    # an option said with nothing of what it does asks nothing; the dump of all is gone
    assert not any("which option: ?" in line or "-v , -f file" in line for line in lines), lines


def test_a_remark_on_an_option_or_too_few_options_is_no_table() -> None:
    def code(text: str) -> Span:
        return Span("code", text)

    remark = (code("-a"), Span("text", " is critical, else usermod replaces the supplementary groups, "), code("-L"), Span("text", " lock"))
    assert flag_pairs(remark) is None
    assert flag_pairs((code("-L"), Span("text", " lock, "), code("-U"), Span("text", " unlock"))) is None
    assert flag_pairs((code("-L"), Span("text", " lock, "), code("-U"), Span("text", " unlock, "), code("-s"), Span("text", " shell"))) is not None
    assert command_of("useradd -m -s /bin/bash bob") == "useradd" and command_of("docker run -d nginx") == "docker run"
    assert command_of("Tests & conditionals — files") == "Tests & conditionals — files"
