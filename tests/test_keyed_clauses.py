"""A term's answer written on in lower case, each clause setting a key to a
value ("restrict = drop + log + count. protect = drop silently"), says several
facts: each such clause is asked apart, its value hidden, the term and the key
shown; clauses that only continue the answer stay on its back."""

from __future__ import annotations

from .test_cards import cards_of


def test_settings_written_on_after_a_definition_are_asked_one_by_one() -> None:
    lines = cards_of(
        """
        ## Security

        ### L2 security
        - port security: default max 1 MAC, violation shutdown (err-disable). restrict = drop + log + count. protect = drop silently
        - DHCP snooping: trusted uplink vs untrusted ports, drops server messages on untrusted. builds a binding table of leases
        """
    )
    assert "[term] Security › L2 security | L2 security — port security : restrict = {{c1::drop + log + count}} => @4" in lines, lines
    assert "[term] Security › L2 security | L2 security — port security : protect = {{c1::drop silently}} => @4" in lines
    # the term's own card no longer says them
    assert not any("port security" in line and "protect = drop" in line and "{{c1" not in line for line in lines), lines
    # "builds a binding table": no setting of its own, it stays with the answer it continues
    snooping = next(line for line in lines if "DHCP snooping" in line and "binding table" in line)
    assert "{{c1" not in snooping, snooping


def test_an_abbreviations_full_stop_ends_no_sentence() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Blob storage
        - object storage for unstructured data
        - blob types: block (files, most common, the default for uploads), page (random read/write, e.g. VM disks), append (logs, add to end only)
        """
    )
    term = next(line for line in lines if line.startswith("[term] Storage › Blob storage | blob types"))
    assert "e.g. VM disks), append (logs, add to end only) @5" in term, lines
    assert not any(line.startswith("[term]") and "{{c1::blob types}}" in line for line in lines), lines
