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


def test_a_section_on_the_assessment_itself_makes_no_cards() -> None:
    lines = cards_of(
        """
        # Scrum notes

        ## The assessment itself

        80 questions, 60 minutes, pass mark 85% (so 68 correct).
        - Question types: multiple choice, multiple answer, true/false.

        ## Events

        - Sprint Review: inspect the outcome of the Sprint and decide future adaptations
        """
    )
    assert not any("80 questions" in line or "Question types" in line for line in lines), lines
    assert any("inspect the outcome of the Sprint" in line for line in lines), lines


def test_a_line_that_points_to_a_resource_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Resources

        - Official docs: https://kubernetes.io/docs/home/
        - [killer.sh](https://killer.sh) — practice sim, two sessions
        - **S3** stores objects in buckets ([docs](https://docs.aws.amazon.com/s3/))
        - **EBS** is block storage for one instance at a time, in one AZ
        """
    )
    assert not any("kubernetes.io" in line or "practice sim" in line for line in lines), lines
    assert any("S3 => stores objects in buckets" in line for line in lines), lines


def test_the_authors_study_plan_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Plan

        - wk 1: core objects, pods, deployments
        - wk 2-3: config and security, then a mock exam
        - Day 30 — book the exam

        ## Pods

        - a pod is the smallest deployable unit, one or more containers sharing a network namespace
        """
    )
    assert not any("core objects" in line or "mock exam" in line or "book the exam" in line for line in lines), lines
    assert any("smallest deployable unit" in line for line in lines), lines


def test_a_remark_label_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Incident response

        Preparation, detection, analysis, containment, eradication, recovery, lessons learned.

        mnemonic: "Please Don't Ask Cats to Eat Raw Lemons"

        ## Scrum theory

        Transparency, inspection and adaptation are the three pillars of empiricism.

        Memory trick: T-I-A — transparency enables inspection
        """
    )
    # the author's quoted mnemonic is a memory aid, no fact: the list it spells is asked
    assert not any("Please Don't Ask" in line for line in lines), lines
    assert any("{{c1::Preparation}}" in line for line in lines), lines
    assert any("Scrum theory — Memory trick => T-I-A" in line for line in lines), lines


def test_the_authors_marks_on_a_line_are_left_out() -> None:
    lines = cards_of(
        """
        ## Switching

        - late collisions -> classic **duplex mismatch** symptom (on the half-duplex side) !!
        - VTY lines use access-class, NOT access-group!!
        - (!!) budgets do NOT cap spending — they only notify
        """
    )
    assert not any("!!" in line for line in lines), lines
    assert any("NOT access-group" in line for line in lines) and any("budgets do NOT cap spending" in line for line in lines), lines
