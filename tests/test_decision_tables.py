"""Decision tables: a first column that repeats down the rows names no row alone;
each row asks its answer from all its conditions together."""

from __future__ import annotations

from .test_cards import cards_of


def test_rows_whose_first_cell_repeats_ask_their_answer_from_all_their_conditions() -> None:
    lines = cards_of(
        """
        ## Which test

        | Y | X / situation | Test |
        |---|---|---|
        | continuous | 2 independent groups | 2-sample t |
        | continuous | 3+ groups (1 factor) | one-way ANOVA |
        | variances | 2 groups | F-test (normal), Levene's (non-normal) |
        | variances | 3+ groups | Bartlett's |
        | discrete counts | discrete X (contingency table) | chi-square test of independence |
        """
    )
    asked = [line for line in lines if "=>" in line]
    assert any("| Y: continuous; X / situation: 2 independent groups — Test? => 2-sample t @" in line for line in asked), lines
    assert any("| Y: variances; X / situation: 3+ groups — Test? => Bartlett's @" in line for line in asked), lines
    assert any("| Y: discrete counts; X / situation: discrete X (contingency table) — Test? => chi-square" in line for line in asked), lines
    assert len(asked) == 5, lines  # one card a row, none merged
    assert not any("— X / situation" in line or "— Test =>" in line for line in lines), lines
    assert not any("merged" in line for line in lines), lines


def test_a_remark_column_rides_on_the_decided_answer() -> None:
    lines = cards_of(
        """
        ## Storage pick

        | Data | Access | Class | Notes |
        |---|---|---|---|
        | objects | frequent | S3 Standard | default |
        | objects | rare | S3 Standard-IA | retrieval fee |
        | files | shared | EFS | |
        """
    )
    assert any("| Data: objects; Access: rare — Class? => S3 Standard-IA — retrieval fee @" in line for line in lines), lines
    assert any("| Data: files; Access: shared — Class? => EFS @" in line for line in lines), lines
    assert not any("— Notes" in line for line in lines), lines


def test_a_table_whose_first_cells_differ_keeps_its_cell_cards() -> None:
    lines = cards_of(
        """
        ## Services

        | Service | Type | Scope |
        |---|---|---|
        | EBS | block | AZ |
        | S3 | object | Region |
        """
    )
    assert any("| EBS — Scope => AZ" in line for line in lines), lines
    assert not any("which" in line for line in lines), lines


def test_a_repeated_thing_is_keyed_by_the_fewest_columns_that_tell_its_rows_apart() -> None:
    lines = cards_of(
        """
        ## Prices

        | Service | Tier | Price per GB | Durability |
        |---|---|---|---|
        | S3 | Standard | $0.023 | 11 nines |
        | S3 | Glacier | $0.004 | 11 nines |
        | EBS | gp3 | $0.08 | 99.9% |
        """
    )
    assert any("| Service: S3; Tier: Glacier — Price per GB? => $0.004 @" in line for line in lines), lines
    assert any("| Service: EBS; Tier: gp3 — Durability? => 99.9% @" in line for line in lines), lines
    assert not any("$0.004 —" in line or "Price per GB: $" in line for line in lines), lines  # a fact is never a condition


def test_a_key_column_after_a_category_is_asked() -> None:
    lines = cards_of(
        """
        ## Services

        | Category | Service | Use | Billing |
        |---|---|---|---|
        | Compute | EC2 | virtual machines | per second |
        | Compute | Lambda | functions on events | per request |
        | Storage | S3 | objects in buckets | per GB stored |
        | Storage | EBS | block volumes for EC2 | per GB provisioned |
        """
    )
    asked = [line for line in lines if "=>" in line]
    assert any("=> EC2 @" in line for line in asked), lines
    assert not any("Service: EC2" in line for line in lines), lines


def test_a_blank_first_cell_is_the_row_above() -> None:
    lines = cards_of(
        """
        ## Which test

        | Y | X / situation | Test |
        |---|---|---|
        | continuous | 2 independent groups | 2-sample t |
        |  | 3+ groups (1 factor) | one-way ANOVA |
        | variances | 2 groups | F-test |
        | | 3+ groups | Bartlett's |
        """
    )
    assert any("| Y: continuous; X / situation: 3+ groups (1 factor) — Test? => one-way ANOVA @" in line for line in lines), lines
    assert any("| Y: variances; X / situation: 3+ groups — Test? => Bartlett's @" in line for line in lines), lines


def test_a_none_cell_is_a_value_not_the_row_above() -> None:
    lines = cards_of(
        """
        ## Networking

        | Driver | Scope | What it is | Use it when |
        |---|---|---|---|
        | `bridge` | local | private net on host | default single-host containers |
        | `host` | local | shares host's net stack | max perf, lots of ports |
        | `none` | local | only loopback | fully isolated batch jobs |
        | `overlay` | swarm | VXLAN across hosts | services across nodes |
        """
    )
    assert not any("Driver: " in line for line in lines), lines
    assert any("max perf, lots of ports — which driver? => host @" in line for line in lines), lines


def test_a_notes_cell_rides_with_its_rows_number_unless_it_says_the_rows_name() -> None:
    lines = cards_of(
        """
        ## Architecture

        ### ports
        | component | port | notes |
        |---|---|---|
        | kube-scheduler | 10259 | https (old 10251) |
        | kube-proxy | 10256 | healthz (metrics 10249) |
        | etcd peer | 2380 | etcd <-> etcd |
        """
    )
    assert any(line.endswith("kube-proxy — port => 10256 — healthz (metrics 10249) @4,7,3") for line in lines), lines
    assert not any("kube-proxy (10256) — notes" in line for line in lines), lines
    # beside a number, a remark that says the row's name would restate the front
    assert any(line.endswith("etcd peer — port => 2380 @4,8,3") for line in lines), lines
