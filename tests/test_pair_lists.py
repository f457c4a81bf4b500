"""A line that lists five or more keys with their values (a table written as
prose) is asked pair by pair, a number's row by its number."""

from __future__ import annotations

from pipeline.cards.pair_lists import pairs_of

from .test_cards import cards_of


def test_a_line_of_keys_and_values_makes_a_card_per_pair() -> None:
    lines = cards_of(
        """
        ## Routing

        ### Routing table
        - AD: connected 0, static 1, eBGP 20, EIGRP 90, OSPF 110
        - DNS: A = IPv4, AAAA = IPv6, CNAME alias, MX mail, PTR reverse. ip name-server, ip domain lookup
        """
    )
    assert "[term] Routing › Routing table | AD — OSPF => 110 @4,3" in lines, lines
    assert "[term] Routing › Routing table | DNS — AAAA => IPv6 @5,3" in lines
    # the rest of the line after the table is still asked, on its own
    assert "[term] Routing › Routing table | DNS => ip name-server, ip domain lookup @5,3" in lines
    assert not any("connected 0, static 1" in line for line in lines)


def test_a_topic_line_of_numbered_names_asks_each_name_by_its_number() -> None:
    lines = cards_of(
        """
        ## Logging

        ### Syslog levels
        0 Emergency, 1 Alert, 2 Critical, 3 Error, 4 Warning, 5 Notice, 6 Informational, 7 Debugging
        """
    )
    assert "[term] Logging › Syslog levels | Syslog levels — 4 => Warning @4,3" in lines, lines


def test_members_said_by_a_description_are_asked_from_it_and_sentences_are_no_table() -> None:
    faults = "brownout (prolonged low voltage), blackout (complete loss of power), sag (momentary low voltage), surge (short high voltage), noise (interference on the line)"
    assert pairs_of(faults) is not None and ("brownout", "prolonged low voltage") in pairs_of(faults)
    assert pairs_of("fast, cheap, simple, robust, small") is None  # no values: a plain list
    assert pairs_of("A = IPv4, AAAA = IPv6. then CNAME alias, MX mail, PTR reverse") is None  # a sentence break


def test_the_word_before_the_first_number_labels_all_the_pairs() -> None:
    lines = cards_of(
        """
        ## Commands I always forget

        - exit 137 = SIGKILL (often OOM), 143 = SIGTERM, 125 = docker run itself failed, 126 can't exec, 127 not found
        """
    )
    assert any("exit — 126 => can't exec" in line for line in lines), lines
    assert any("exit — 143 => SIGTERM" in line for line in lines), lines
    assert not any("Commands I always forget — 126" in line for line in lines), lines


def test_a_few_settings_each_with_its_number_are_asked_setting_by_setting() -> None:
    lines = cards_of(
        """
        ## workloads

        ### probes
        - liveness - fail -> restart container
        - defaults: periodSeconds 10, timeoutSeconds 1, failureThreshold 3, successThreshold 1
        """
    )
    assert "[term] workloads › probes | probes — defaults — failureThreshold => 3 @5" in lines, lines
    assert not any("{{c" in line and "periodSeconds" in line for line in lines)  # no blank over a setting and its number together
    # three pairs of words are still no table
    assert pairs_of("small disk, large memory, fast network") is None


def test_named_engines_each_with_its_port_are_asked_engine_by_engine() -> None:
    lines = cards_of(
        """
        ## Databases

        ### RDS
        - Ports: MySQL/Aurora MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521
        """
    )
    assert "[term] Databases › RDS | Ports — SQL Server => 1433 @4,3" in lines, lines
    assert any(line.endswith("| Ports — MySQL/Aurora MySQL => 3306 @4,3") for line in lines), lines


def test_pairs_parted_by_semicolons_with_a_remark_in_brackets_are_asked_pair_by_pair() -> None:
    text = "10M = 100; 100M = 19; 1G = 4; 10G = 2; 100G+ = 1 (long method: 1G = 20000, 10G = 2000)."
    assert pairs_of(text) == [("10M", "100"), ("100M", "19"), ("1G", "4"), ("10G", "2"), ("100G+", "1 (long method: 1G = 20000, 10G = 2000)")]
    lines = cards_of(
        """
        ## STP

        ### 802.1D basics
        - root bridge = lowest bridge ID
        - Port costs (short): 10M = 100; 100M = 19; 1G = 4; 10G = 2; 100G+ = 1 (long method: 1G = 20000, 10G = 2000).
        """
    )
    assert any("Port costs (short) — 100G+ => 1 (long method" in line for line in lines), lines
    assert any("Port costs (short) — 10M => 100" in line for line in lines), lines
