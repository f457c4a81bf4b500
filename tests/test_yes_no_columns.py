"""A yes / no column down four rows or more is asked as which rows have it (or the
first of a run that goes on to the last row), never recited whole on one back."""

from __future__ import annotations

from .test_cards import cards_of

TIERS = """
## Compute

### App Service

| Tier | Slots | Autoscale | Custom domain / TLS |
|---|---|---|---|
| Free F1 | 0 | no | no |
| Shared D1 | 0 | no | custom domain yes, no TLS binding |
| Basic B1-B3 | 0 | no | yes |
| Standard S1-S3 | 5 | yes | yes |
| Premium v3 | 20 | yes | yes |
| Isolated v2 (ASE) | 20 | yes | yes |
"""

REDUNDANCY = """
## Storage

### Redundancy

| Option | Copies | Where | Durability (per year) | Read from secondary? |
|---|---|---|---|---|
| LRS | 3 | one datacenter | 11 nines | no |
| ZRS | 3 | 3 availability zones, one region | 12 nines | no |
| GRS | 6 | LRS primary + LRS in paired region (async) | 16 nines | no (only after failover) |
| RA-GRS | 6 | same as GRS | 16 nines | yes (`-secondary` endpoint) |
| GZRS | 6 | ZRS primary + LRS secondary | 16 nines | no |
| RA-GZRS | 6 | same | 16 nines | yes |
"""


def test_a_yes_column_that_runs_to_the_last_row_asks_the_first_row_with_it() -> None:
    lines = [line for line in cards_of(TIERS) if line.startswith(("[table]", "[overview]"))]
    assert any("Autoscale — the first of Free F1, Shared D1" in line and "=> Standard S1-S3 (and every one after it)" in line for line in lines), lines
    assert any("=> Basic B1-B3 (and every one after it)" in line for line in lines), lines
    # a cell that says more than yes or no is asked of its own row
    assert any(line.split(" | ", 1)[1].startswith("Shared D1 — Custom domain / TLS => custom domain yes, no TLS binding") for line in lines), lines
    assert not any("Free F1: no" in line for line in lines), lines  # no back recites the column


def test_a_yes_column_with_gaps_asks_which_rows_have_it() -> None:
    lines = [line for line in cards_of(REDUNDANCY) if line.startswith(("[table]", "[overview]"))]
    assert any("Read from secondary? — which of LRS, ZRS" in line and "=> RA-GRS (-secondary endpoint), RA-GZRS" in line for line in lines), lines
    assert any("GRS — Read from secondary? => no (only after failover)" in line for line in lines), lines



def test_four_rows_of_yes_or_no_are_asked_as_which_rows_have_it() -> None:
    lines = cards_of(
        """
        ## Streaming

        | Tier | Retention | Kafka |
        |---|---|---|
        | Basic | 1 day | no |
        | Standard | up to 7 days | yes |
        | Premium | up to 90 days | yes |
        | Dedicated | up to 90 days | yes |
        """
    )
    assert any("Kafka — the first of Basic, Standard, Premium, Dedicated that has it? => Standard (and every one after it)" in line for line in lines), lines
