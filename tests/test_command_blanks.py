"""A blank over a whole command line with the author's example values hides
the command's own words; the values stay shown as the clue."""

from __future__ import annotations

from pipeline.cards.command_blanks import narrowed

from .test_cards import cards_of


def test_a_commands_example_values_stay_shown() -> None:
    assert narrowed("{{c1::<code>Update-MgUser -UserId jo@contoso.com -UsageLocation GB</code>}}") == (
        "<code>{{c1::Update-MgUser}} -UserId jo@contoso.com -UsageLocation GB</code>"
    )
    assert narrowed("{{c2::<code>ip route 10.2.0.0 255.255.0.0 10.0.0.2</code>}} next hop") == (
        "<code>{{c2::ip route}} 10.2.0.0 255.255.0.0 10.0.0.2</code> next hop"
    )


def test_no_narrowing_where_nothing_was_typed_for_the_example_or_the_card_shows_the_command() -> None:
    for whole in (
        "{{c1::<code>k set image</code>}}",  # the command's words only
        "{{c1::<code>cmd1 &amp;&amp; cmd2</code>}}",  # two commands
        "{{c1::<code>NAME = bob</code>}}",  # the line's own `=`
        "{{c1::<code>sed -i 's/x/y/g' file</code>}} in place, <code>sed -n '5p'</code>",  # `sed` shown beside
    ):
        assert narrowed(whole) == whole


def test_a_cards_blank_asks_the_command_not_its_arguments() -> None:
    lines = cards_of(
        """
        ## Linux

        ### systemd
        - `systemctl enable --now httpd` - enable at boot AND start now
        - `systemctl mask httpd` - cannot be started at all, even by hand
        - `journalctl -xeu httpd` - jump to the end with explanations
        """
    )
    said = " ".join(lines)
    assert "{{c1::systemctl enable}} --now httpd" in said, lines
    assert "{{c1::systemctl enable --now httpd}}" not in said, lines


def test_the_notes_own_tool_is_no_answer_its_first_option_is() -> None:
    # `terraform` on every other line of Terraform notes: "[terraform] -chdir=..." asked nothing
    said = lambda word: 20 if word == "terraform" else 1  # noqa: E731
    assert narrowed("{{c1::<code>terraform -chdir=envs/prod plan</code>}} - run", said) == "<code>terraform {{c1::-chdir}}=envs/prod plan</code> - run"
    assert narrowed("{{c1::<code>tcpdump -i eth0 -w cap.pcap</code>}}", said) == "<code>{{c1::tcpdump}} -i eth0 -w cap.pcap</code>"


def test_a_redirect_is_one_of_the_example_arguments_a_pipe_is_a_second_command() -> None:
    from pipeline.cards.command_blanks import narrowed

    assert narrowed("save lines → {{c1::<code>grep ^bob /etc/passwd &gt; /root/bob.txt</code>}}") == (
        "save lines → <code>{{c1::grep}} ^bob /etc/passwd &gt; /root/bob.txt</code>"
    )
    piped = "count → {{c1::<code>ps -ef | grep -c httpd</code>}}"
    assert narrowed(piped) == piped
