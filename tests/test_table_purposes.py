"""Tables other authors write beside tables of names: a column of row
numbers, a self-quiz, a log of the author's own practice, a bare key."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_column_of_row_numbers_is_no_row_name() -> None:
    lines = cards_of(
        """
        ## Principles

        | # | Principle | What it means |
        |---|---|---|
        | 1 | **Focus on value** | everything links back to value |
        | 2 | **Start where you are** | reuse what's there |
        """
    )
    assert any("| Start where you are — What it means => reuse what's there" in line for line in lines), lines
    assert not any("| 2 —" in line or "# 2" in line for line in lines), lines


def test_a_self_quiz_table_asks_each_question_with_its_answer() -> None:
    lines = cards_of(
        """
        ## Self-quiz

        | # | Question | Answer |
        |---|---|---|
        | 1 | First step of the improvement model? | What is the vision? |
        | 2 | Who authorizes budget? | Sponsor |
        """
    )
    assert any(line.startswith("[quiz]") and "| Who authorizes budget? => Sponsor" in line for line in lines), lines
    assert not any("— Answer" in line or "— Question" in line for line in lines), lines


def test_a_log_keyed_by_dates_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Practice log

        | Date | Test | Score |
        |---|---|---|
        | 5 Oct | Scrum Open | 77% |
        | 9 Oct | Scrum Open | 90% |

        | Week | Focus |
        |---|---|
        | Week 1 | IAM and billing |
        | Week 2 | Storage |

        ## Roles

        | Role | Owns |
        |---|---|
        | Product Owner | the Product Backlog |
        | Developers | the Sprint Backlog |
        """
    )
    assert not any("77%" in line or "Scrum Open" in line or "IAM and billing" in line for line in lines), lines
    assert any("Product Owner — Owns => the Product Backlog" in line for line in lines), lines


def test_a_bare_number_key_of_a_two_column_table_is_asked_with_its_columns() -> None:
    lines = cards_of(
        """
        ## Ports

        | Port | Protocol |
        |---|---|
        | 22 | SSH |
        | 25 | SMTP |
        """
    )
    assert any("| Port 25 — Protocol => SMTP" in line for line in lines), lines


def test_a_table_of_the_exams_sections_by_weight_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Outline

        | # | Section | ~weight |
        |---|---|---|
        | 1 | Digital transformation | 17% |
        | 2 | Data transformation | 16% |

        | Tier | Weight |
        |---|---|
        | gold | heavy |
        | silver | light |
        """
    )
    assert not any("17%" in line or "Digital transformation" in line for line in lines), lines
    assert any("gold" in line for line in lines), lines


def test_a_column_on_the_authors_own_life_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Stakeholders

        | Role | Definition | Example at my work |
        |---|---|---|
        | Sponsor | authorizes budget for service consumption | the CFO |
        | User | uses the services | the AP clerks |
        """
    )
    assert not any("CFO" in line or "AP clerks" in line for line in lines), lines
    assert any("Sponsor — Definition => authorizes budget" in line for line in lines), lines


def test_a_table_of_commands_and_what_they_do_asks_from_the_task() -> None:
    lines = cards_of(
        """
        ## Rollouts

        | Command | What it does |
        |---|---|
        | `kubectl rollout undo deploy/web` | roll back to the previous revision |
        | `kubectl rollout history deploy/web` | list the revisions |
        """
    )
    assert any("| Rollouts : roll back to the previous revision — which command? => kubectl rollout undo deploy/web" in line for line in lines), lines


def test_a_matrix_of_things_against_themselves_asks_each_pair() -> None:
    lines = cards_of(
        """
        ## Trunks

        | | dyn auto | dyn desirable | trunk |
        |---|---|---|---|
        | **dyn auto** | access | trunk | trunk |
        | **dyn desirable** | trunk | trunk | trunk |
        | **trunk** | trunk | trunk | trunk |
        """
    )
    assert any("| Trunks : dyn auto + dyn desirable → ? => trunk" in line for line in lines), lines
    assert any("| Trunks : dyn auto + dyn auto → ? => access" in line for line in lines), lines


def test_a_number_keyed_row_asks_its_name_with_its_other_cells_beside_it() -> None:
    lines = cards_of(
        """
        ## Ports

        | Port | Transport | Service |
        |---|---|---|
        | 3389 | TCP | RDP |
        | 53 | UDP/TCP | DNS |
        | 22 | TCP | SSH |
        """
    )
    assert any("| Port 3389 — Service => RDP — TCP" in line for line in lines), lines
    assert not any("— Transport" in line for line in lines), lines


def test_a_table_of_needs_asks_from_the_need_whichever_column_comes_first() -> None:
    lines = cards_of(
        """
        ## Which service?

        | Need | Service |
        |---|---|
        | Label thousands of images with human reviewers and automatic labels | Ground Truth |
        | Find personal data in buckets | Macie |

        ## Algorithms

        | Algorithm | Use |
        |---|---|
        | K-Means | clustering |
        | Random Cut Forest | anomaly detection |
        """
    )
    assert any("| Label thousands of images with human reviewers and automatic labels — which service? => Ground Truth" in line for line in lines), lines
    assert any("| Find personal data in buckets — which service? => Macie" in line for line in lines), lines
    assert any("| anomaly detection — which algorithm? => Random Cut Forest" in line for line in lines), lines
    assert not any("— Need" in line or "— Use" in line or "| K-Means =>" in line for line in lines), lines


def test_a_need_header_of_two_names_or_whose_need_is_still_a_need() -> None:
    lines = cards_of(
        """
        ## Map

        | Product | Business need / scenario |
        |---|---|
        | Looker Studio | Free quick dashboards |
        | Dataproc | Existing Spark/Hadoop jobs |
        """
    )
    assert any("| Free quick dashboards — which product? => Looker Studio" in line for line in lines), lines
    assert not any("— Business need" in line for line in lines), lines


def test_a_when_column_of_a_wider_table_asks_from_the_need_to_the_rows_thing() -> None:
    lines = cards_of(
        """
        ## Inference options

        | Option | When | Limits to remember |
        |---|---|---|
        | Real-time endpoint | steady traffic, low latency, always-on | payload up to 6 MB |
        | Batch transform | score a whole dataset offline, no endpoint | runs then shuts down |
        """
    )
    assert any("| score a whole dataset offline, no endpoint — which option? => Batch transform" in line for line in lines), lines
    assert any("| Batch transform — Limits to remember => runs then shuts down" in line for line in lines), lines
    assert not any("Limits to remember — Batch transform" in line or "— When" in line for line in lines), lines


def test_a_two_column_table_of_values_names_the_value_on_the_front() -> None:
    lines = cards_of(
        """
        ## Routing

        | Source | AD |
        |---|---|
        | OSPF | 110 |
        | RIP | 120 |

        ## Services

        | type | what |
        |---|---|
        | ClusterIP | default, internal virtual IP |
        """
    )
    assert any("| RIP — AD => 120" in line for line in lines), lines
    # a column that only describes the row keeps the term card as it is
    assert any("| ClusterIP => default, internal virtual IP" in line for line in lines), lines


def test_the_value_most_rows_share_asks_nothing_the_rows_that_differ_are_asked() -> None:
    lines = cards_of(
        """
        ## Storage classes

        | Class | Use case | AZs | Min duration |
        |---|---|---|---|
        | Standard | frequently accessed | >=3 | none |
        | Standard-IA | infrequent but needs fast access | >=3 | 30 days |
        | One Zone-IA | infrequent, re-creatable data | 1 | 30 days |
        | Glacier Instant | archive read once a quarter | >=3 | 90 days |
        | Glacier Deep Archive | long-term retention | >=3 | 180 days |
        """
    )
    assert any("One Zone-IA — AZs: 1 or >=3? => 1" in line for line in lines), lines
    assert not any("— AZs => >=3" in line for line in lines), lines
    assert any("Glacier Deep Archive — Min duration: 30 days, 90 days or 180 days? => 180 days" in line for line in lines), lines


def test_a_crossed_tables_pairs_are_each_asked_however_common_their_result() -> None:
    lines = cards_of(
        """
        ## VLANs

        DTP combos:

        | | dynamic auto | dynamic desirable | trunk | access |
        |---|---|---|---|---|
        | dynamic auto | access | trunk | trunk | access |
        | dynamic desirable | trunk | trunk | trunk | access |
        | trunk | trunk | trunk | trunk | (misconfig) |
        | access | access | access | (misconfig) | access |
        """
    )
    assert any("trunk + dynamic auto → ? => trunk" in line for line in lines), lines


def test_a_column_of_what_each_tool_answers_asks_from_the_question_to_the_tool() -> None:
    lines = cards_of(
        """
        ## Network Watcher

        | tool | answers |
        |---|---|
        | IP flow verify | allowed or denied to or from a VM, and which NSG rule |
        | Next hop | where the packet goes: route, UDR, next hop type |
        | Packet capture | capture on a VM, needs the Network Watcher extension |
        """
    )
    assert any("| where the packet goes: route, UDR, next hop type — which tool? => Next hop" in line for line in lines), lines
    assert not any("— answers" in line for line in lines), lines


def test_a_need_column_first_asks_the_thing_with_its_other_cells_on_the_back() -> None:
    lines = cards_of(
        """
        ## Storage

        | need | service | model | scale | notes |
        |---|---|---|---|---|
        | high-throughput key/value, time series | Bigtable | wide-column | PBs | HBase API |
        | cache, sub-ms | Memorystore | in-memory KV | GBs | Redis/Memcached |
        | shared NFS | Filestore | file | TBs | for legacy apps |
        """
    )
    # the row's other cells on the need card's back, never on its front: "Redis/Memcached" names Memorystore
    assert any("| cache, sub-ms — which service? => Memorystore; model: in-memory KV; scale: GBs; Redis/Memcached" in line for line in lines), lines
    assert not any("Redis/Memcached — which service?" in line for line in lines), lines
    # the service's cells are no cards of their own, asked from the service ("Bigtable — scale")
    assert not any("— scale =>" in line for line in lines), lines


def test_an_example_column_asks_its_row_from_the_example() -> None:
    lines = cards_of(
        """
        ## Permissions

        | bit | octal | on file | example |
        |---|---|---|---|
        | SUID | 4000 | runs as the file's owner | /usr/bin/passwd |
        | SGID | 2000 | runs as the file's group | shared team dirs |
        | sticky | 1000 | only owner deletes | /tmp (1777) |
        """
    )
    assert any("| /usr/bin/passwd — which bit? => SUID" in line for line in lines), lines
    assert not any("— example =>" in line for line in lines), lines


def test_a_cell_that_points_to_another_rows_cell_asks_nothing() -> None:
    lines = cards_of(
        """
        ## Redundancy

        | Option | Copies | Where | Durability |
        |---|---|---|---|
        | LRS | 3 | one datacenter | 11 nines |
        | GRS | 6 | LRS + LRS in paired region | 16 nines |
        | RA-GRS | 6 | as GRS | 16 nines |
        | GZRS | 6 | ZRS + LRS secondary | 16 nines |
        | RA-GZRS | 6 | same as GZRS | 16 nines |
        """
    )
    assert any("LRS + LRS in paired region" in line for line in lines), lines
    assert not any("as GRS" in line or "as GZRS" in line for line in lines), lines


def test_a_key_words_column_asks_from_the_words_to_the_rows_thing() -> None:
    """`| product | type | key words |`: the words an exam question gives point to the row."""
    lines = cards_of(
        """
        ## Databases cheat table

        | product | type | key words |
        |---|---|---|
        | **Cloud SQL** | relational (MySQL, PostgreSQL) | lift & shift existing DB, web apps, CRM |
        | **Bigtable** | NoSQL wide-column | IoT, time series, huge throughput |
        | **Firestore** | NoSQL document | mobile/web apps, real-time sync, offline |
        """
    )
    assert any("| IoT, time series, huge throughput — which product? => Bigtable" in line for line in lines), lines
    assert not any("— key words" in line for line in lines), lines


def test_a_name_with_its_other_names_after_slashes_still_names_its_row() -> None:
    """`USB 3.0 / 3.1 Gen 1 / 3.2 Gen 1` is one interface's names, no sentence: the rows are
    the interfaces ("USB 2.0 — Speed"), not their speeds ("480 Mbps — Interface")."""
    lines = cards_of(
        """
        ## Cables

        | Interface | Speed | Notes |
        |---|---|---|
        | USB 1.1 | 12 Mbps | Full speed |
        | USB 2.0 | 480 Mbps | Hi-Speed, 5 m max |
        | USB 3.0 / 3.1 Gen 1 / 3.2 Gen 1 | 5 Gbps | SuperSpeed, blue port |
        """
    )
    assert any("| USB 2.0 — Speed => 480 Mbps" in line for line in lines), lines
    assert not any("— Interface" in line for line in lines), lines
