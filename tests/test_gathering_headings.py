"""Headings that gather lines rather than name a thing: a heading over a
run of commands, a bold label over the exam's own facts."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def test_a_heading_over_a_run_of_commands_is_no_recognition_answer() -> None:
    document = parse_document(
        dedent(
            """
            # Admin notes

            ## Operations

            ### processes
            `pgrep -a nginx` · `kill -15` (TERM, default) · `kill -9` (last resort) · `nice -n 10 ./job`

            ### kernel params
            runtime only: `sysctl -w net.ipv4.ip_forward=1` · persistent: `echo 'vm.swappiness = 10' > /etc/sysctl.d/99.conf`

            ### recovery
            - lost root pw: `init=/bin/bash` -> `mount -o remount,rw /` -> `passwd`
            - bad fstab -> emergency mode -> remount rw, fix, `findmnt --verify`
            """
        ),
        "n.md",
    )
    answers = [re.sub(r"<[^>]+>", "", card.answer).strip() for card in recognition_cards(document, "p")]
    assert "recovery" in answers, answers  # lines of words and commands still describe their heading
    assert "processes" not in answers and "kernel params" not in answers, answers


def test_a_bold_label_over_the_exams_own_facts_makes_no_card() -> None:
    lines = cards_of(
        """
        # Cloud Digital Leader notes

        **Exam logistics**
        - 90 min · ~50–60 Qs · multiple choice + multiple select
        - no prereqs, no hands-on needed · cert valid **3 yrs**

        **Exam sections** (per the current guide)

        | # | Section | Share |
        |---|---|---|
        | 1 | Digital transformation | about a sixth |
        | 2 | Trust and security | about a sixth |

        ## Concepts

        **Cloud** = on-demand computing resources over the internet
        """
    )
    assert not any("90 min" in line or "3 yrs" in line or "Exam logistics" in line for line in lines), lines
    assert not any("Digital transformation" in line or "Exam sections" in line for line in lines), lines
    assert any("on-demand computing resources" in line for line in lines), lines


def test_a_line_only_of_the_authors_remarks_makes_no_card() -> None:
    lines = cards_of(
        """
        ## 2. Crypto & PKI

        Symmetric - one shared key, fast (AES)
        Asymmetric - key pair, slow, used for key exchange and signatures (RSA, ECC)

        whose key? encrypt to the recipient's public key; sign with your own private key.
        I got this backwards twice on practice tests.
        """
    )
    assert not any("backwards twice" in line for line in lines), lines
    assert any("recipient's public key" in line for line in lines), lines
