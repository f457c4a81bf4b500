"""A short line that only introduces the block after it ("Where stuff lives on a
kubeadm node:" over a table) makes no card of its own; the block's card says its line."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_caption_over_a_table_is_said_by_the_tables_card_and_asked_by_none() -> None:
    lines = cards_of(
        """
        ## Cluster architecture

        - kube-proxy: DaemonSet

        Where stuff lives on a kubeadm node:

        | path | what |
        |---|---|
        | /etc/kubernetes/manifests/ | static pod yamls |
        | /etc/kubernetes/pki/ | cluster CA + certs |

        Pod bits I always look up:
        ```yaml
        apiVersion: v1
        kind: Pod
        ```
        """
    )
    assert not any("{{c1::Where}}" in line or "{{c1::Pod}}" in line or "bits I always" in line for line in lines), lines
    table = [line for line in lines if "/etc/kubernetes/manifests/" in line]
    assert table and table[0].endswith(",5"), table  # the caption's line (5) said by the table's first card


def test_a_line_that_says_a_fact_before_a_block_is_no_caption() -> None:
    lines = cards_of(
        """
        ## Registries

        Non-TLS private registry → add to `/etc/docker/daemon.json` and restart dockerd:

        ```json
        { "insecure-registries": ["registry.local:5000"] }
        ```
        """
    )
    assert any("restart dockerd" in line for line in lines), lines
