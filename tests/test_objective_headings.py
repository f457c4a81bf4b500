"""A numbered exam objective ("108.2 System logging") titles a part of the exam,
a numbered chapter ("Chapter 5: Cluster Maintenance") a part of a course: no card
asks its title for the heap of lines under it, nor hides it."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
    ## Services

    ### 108.2 System logging

    - `logrotate` — `/etc/logrotate.conf`, `/etc/logrotate.d/`
    - `/etc/services` maps names to ports
    - `ip addr show`, `ip link set eth0 up`, `ip route add default via 192.168.1.1`
    """


def test_an_objective_title_asks_no_heap_of_its_lines() -> None:
    cards = cards_of(NOTES)
    # no card whose front is the objective's bare title, none that blanks it
    assert not any(c.split(" | ", 1)[1].startswith("108.2 System logging =>") for c in cards), cards
    assert not any("{{c1::108.2" in c for c in cards), cards
    # the objective stays where the reader meets it: in the breadcrumb of the lines' own cards
    assert any(c.startswith("[term] Services › 108.2 System logging | logrotate =>") for c in cards), cards


def test_each_line_is_asked_by_its_own_name_or_command() -> None:
    cards = cards_of(NOTES)
    assert any("| logrotate => /etc/logrotate.conf , /etc/logrotate.d/" in c for c in cards), cards
    assert any("{{c1:: /etc/services }} maps names to ports" in c for c in cards), cards
    # a bare list of commands says nothing of them: no card asks it
    assert not any("ip link set eth0 up" in c for c in cards), cards


def test_an_objective_title_asks_neither_a_count_nor_a_heap_of_its_terms() -> None:
    cards = cards_of(
        """
        ## Libraries

        ### 102.3 Manage shared libraries

        - `ldd /bin/ls` — which libraries a binary needs
        - `ldconfig` — rebuild the cache from /etc/ld.so.conf
        - `LD_LIBRARY_PATH` — extra dirs searched first
        - naming: libfoo.so.1.2.3
        """
    )
    fronts = [c.split(" | ", 1)[1] for c in cards]
    assert not any(f.startswith("102.3 Manage shared libraries =>") or "which 4?" in f for f in fronts), cards
    assert any(f.startswith("LD_LIBRARY_PATH => extra dirs searched first") for f in fronts), cards


def test_a_course_chapter_asks_no_heap_of_its_lines() -> None:
    cards = cards_of(
        """
        ## Chapter 5: Cluster Maintenance

        node maintenance
        - `k drain node01 --ignore-daemonsets` before the upgrade
        - `k uncordon node01` after maintenance

        - etcd backup: `etcdctl snapshot save /opt/backup.db`
        """
    )
    fronts = [c.split(" | ", 1)[1] for c in cards]
    assert not any(f.startswith("Chapter 5: Cluster Maintenance =>") for f in fronts), cards
    assert any("etcd backup" in f and "snapshot save" in f for f in fronts), cards


def test_a_chapter_written_ch_is_a_course_part_too() -> None:
    cards = cards_of(
        """
        ## Ch 1 — OSI Model

        The **OSI model** splits networking into seven layers, each serving the one above it.

        **Encapsulation** wraps each layer's data in the header of the layer below.
        """
    )
    fronts = [c.split(" | ", 1)[1] for c in cards]
    # "Ch 1 — OSI Model => The OSI model splits ...": a chapter's title asked its first paragraph
    assert not any(f.startswith("Ch 1 — OSI Model =>") for f in fronts), cards
    assert any(f.startswith("Encapsulation => wraps each layer's data") for f in fronts), cards
