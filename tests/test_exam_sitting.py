"""A line on the exam's sitting (question count, time, pass mark, proctoring,
retakes), the author's practice scores and their advice on studying make no
card wherever they stand; the facts beside them are still asked."""

from __future__ import annotations

from pipeline.model.inline import to_plain
from pipeline.notes.exam_itself import about_the_sitting
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

OPENING = """
# KCNA study notes

- 60 multiple-choice Qs, 90 min, online proctored, need **75%**
- $250, one free retake, 12 months to schedule
- no hands-on terminal, it's all conceptual

## Architecture

- **etcd** is a consistent key-value store; run an odd number of members (3, 5)
- **kube-scheduler** assigns pods to nodes in two phases: filtering, then scoring
"""

INSIDE = """
## Queues

- **SQS** delay queue: up to 15 min
- visibility timeout default 30 s
- need **80%** to pass
- practice test avg 74%, want 80%+ before booking
- Last mock: 44/60, two more before booking
- Know every queue setting above. Don't overthink the rest.
- Memorize the order. They ask what to do NEXT.
"""


def test_a_list_the_notes_open_with_on_the_sitting_makes_no_card() -> None:
    lines = cards_of(OPENING)
    said = " ".join(lines)
    assert "proctored" not in said and "retake" not in said and "hands-on" not in said, lines
    assert "filtering" in said and "odd number" in said, lines


def test_a_line_on_the_sitting_among_facts_makes_no_card() -> None:
    lines = cards_of(INSIDE)
    said = " ".join(lines)
    for noise in ("to pass", "practice test", "mock", "Know every", "overthink", "Memorize", "NEXT"):
        assert noise not in said, (noise, lines)
    assert "15 min" in said and "30 s" in said, lines


WEIGHTS = """
# DP-900 notes

Skills measured:
- Describe core data concepts (25–30%)
- Identify considerations for relational data on Azure (20–25%)
- Describe considerations for non-relational data on Azure (15–20%)
- Describe an analytics workload (25–30%)

## Kubernetes Fundamentals — 46%

### Scheduling

- **taints** go on nodes, **tolerations** go on pods
"""


def test_a_list_of_the_exam_domains_by_weight_makes_no_card() -> None:
    said = " ".join(cards_of(WEIGHTS))
    assert "25–30%" not in said and "analytics workload" not in said, said
    assert "tolerations" in said, said


def test_a_heading_s_weight_is_no_part_of_its_name() -> None:
    said = " ".join(cards_of(WEIGHTS))
    assert "46%" not in said, said


COMPOSITION = """
# Chemistry notes

## Air

Dry air by volume:
- Nitrogen — 78%
- Oxygen — 21%
- Argon — 1%

## Portfolios

- Stocks (60%)
- Bonds (30%)
- Cash (10%)
"""


def test_shares_adding_up_to_the_whole_past_the_notes_opening_are_content() -> None:
    said = " ".join(cards_of(COMPOSITION))
    for kept in ("78%", "Oxygen", "Argon", "Stocks", "Bonds", "Cash"):
        assert kept in said, (kept, said)


LATER_SITTING = """
# Networking notes

## Routing

- need **80%** to pass, and this section is a fifth of it
- OSPF cost = reference bandwidth / interface bandwidth, next hop by lowest cost
- BGP keepalives every 60 s; the session drops when the hold timer runs out
"""


def test_a_list_after_a_heading_opening_on_the_sitting_keeps_its_other_cards() -> None:
    said = " ".join(cards_of(LATER_SITTING))
    assert "to pass" not in said, said  # the line itself is on the sitting
    assert "hold timer" in said and "next hop" in said, said  # only the notes' opening list goes whole


def test_a_heading_s_weight_in_brackets_is_no_part_of_its_name() -> None:
    notes = "# Notes\n\n## Security (22%)\n\n### Keys — ~10–15%\n\n- **KMS** manages encryption keys\n"
    document = parse_document(notes + "\n## Networking (40%)\n\n- VPCs\n\n## Storage (38%)\n\n- S3\n", "n.md")
    section = document.sections[0]
    assert to_plain(section.title) == "Security" and to_plain(section.topics[0].title) == "Keys", document


def test_a_share_in_brackets_is_the_subject_s_outside_the_exam_s_domains() -> None:
    document = parse_document(
        "# Site reliability\n\n## Availability target (99%)\n\n- **SLO** is the target a service commits to\n\n"
        "## Spot discount (90%)\n\n- Spot capacity can be reclaimed with two minutes' notice\n",
        "n.md",
    )
    titles = [to_plain(topic.title) for section in document.sections for topic in section.topics]
    assert titles == ["Availability target (99%)", "Spot discount (90%)"], titles


CONTENT = """
## Networking

- Know these ports: 22 SSH, 80 HTTP, 443 HTTPS, 3389 RDP
- Unit tests with mocks should cover 80% of branches
- Retake the snapshot after resizing the volume
- The 5 whys: ask 5 questions to reach a root cause
- Learn each route's metric before comparing two routes
- Almost half the exam. OSPF areas border on area 0 at an ABR.
"""


def test_words_of_the_sitting_among_facts_of_the_subject_keep_their_cards() -> None:
    said = " ".join(cards_of(CONTENT))
    for kept in ("3389 RDP", "of branches", "snapshot", "root cause", "route's metric", "area 0"):
        assert kept in said, (kept, said)


def test_a_line_left_off_the_cards_as_the_sitting_is_told() -> None:
    document = parse_document(INSIDE, "n.md")
    told = [(p.line, p.message) for p in document.problems if "exam's sitting" in p.message]
    assert len(told) == 1 and told[0][0] == 6 and "(5 lines)" in told[0][1], told  # the run of lines where the rule takes their cards
    opening = parse_document(OPENING, "n.md")
    assert not any("exam's sitting" in p.message for p in opening.problems), opening.problems  # a list kept off whole


def test_a_numbered_mock_s_score_is_the_author_s() -> None:
    assert about_the_sitting("Mock 2 - 78%, weak on networking") and about_the_sitting("Mock test 3: 81%")
    assert not about_the_sitting("Mock tests isolate dependencies; aim for 80% branch coverage")


def test_the_authors_to_do_and_weak_spots_make_no_card() -> None:
    lines = cards_of(
        """
        ## Events

        - Sprint Review: inspect the outcome of the Sprint and determine future adaptations
        - still weak: QoS numbers (DO THE LABS)
        - Still shaky: Control Tower drift, DX gateway limits. Look at these Sunday.

        ## Still to do

        - Read the Guide once more, out loud this time (takes ~30 min)
        - Scrum Open until 100% x3
        """
    )
    said = " ".join(lines)
    assert "Sprint Review" in said, lines
    assert not any(word in said for word in ("QoS numbers", "Read the Guide", "Scrum Open", "Control Tower drift")), lines


def test_the_authors_cram_list_and_send_off_make_no_card() -> None:
    lines = cards_of(
        """
        ## Printers
        - laser printing: processing, charging, exposing, developing, transferring, fusing, cleaning

        ### Final cram
        - 7 laser steps, 6 troubleshooting steps, port table, Wi-Fi table, RAID min disks.
        - PoE wattages. DDR pin counts.

        good luck future me
        """
    )
    said = " ".join(lines)
    assert "fusing" in said, lines
    assert not any(word in said for word in ("Final cram", "PoE wattages", "port table", "good luck")), lines


def test_advice_to_self_makes_no_card() -> None:
    lines = cards_of(
        """
        ## IAM
        - basic roles are too broad for production; prefer predefined roles

        Final advice to self: read every option, cross out anything that isn't least-privilege, prefer managed services.
        """
    )
    said = " ".join(lines)
    assert "predefined roles" in said and "advice" not in said and "cross out" not in said, lines


TASKS_AFTER_A_RULE = """
# RHCSA notes

## Exam basics (what I wish I knew first time)

- 3 hours, hands-on, 2 VMs. Pass = 210/300.
- Everything must survive a REBOOT.

---

### Task: reset the root password
1. Reboot, at the GRUB menu press `e` on the default entry and append `rd.break`.
2. `mount -o remount,rw /sysroot`, then `chroot /sysroot` and `passwd root`.
3. `touch /.autorelabel` so that SELinux relabels the files.

### Final 15-min checklist before ending
- reboot once more and check every mount
"""


def test_a_rule_after_the_exam_basics_ends_them() -> None:
    said = " ".join(cards_of(TASKS_AFTER_A_RULE))
    assert "autorelabel" in said and "rd.break" in said, said
    assert "210/300" not in said and "REBOOT" not in said and "every mount" not in said, said


def test_a_send_off_and_exam_day_advice_make_no_card() -> None:
    lines = cards_of(
        """
        ## Risk
        - risk transfer moves the financial impact, never the accountability

        Good luck future me. Read the question twice, pick the managerial answer.

        Last-minute: sleep, brain dump the formulas first, flag long questions.
        """
    )
    said = " ".join(lines)
    assert "accountability" in said and "managerial" not in said and "brain dump" not in said, lines


def test_a_heading_over_the_domains_weights_files_the_exam_not_its_content() -> None:
    said = " ".join(
        cards_of(
            """
            # CC notes

            ## Domains (weights)
            1. Security Principles - 26%
            2. Access Controls Concepts - 22%
            3. Network Security - 52%

            ## Network Security
            - **firewall** filters traffic between zones by rules
            """
        )
    )
    assert "26%" not in said and "Access Controls Concepts" not in said, said
    assert "filters traffic" in said, said


def test_weights_after_a_tilde_are_the_exams_domains_too() -> None:
    said = " ".join(
        cards_of(
            """
            # DVA-C02 notes

            65 Qs (50 scored + 15 unscored), 130 min. Domains roughly:
            - D1 Development w/ AWS services ~32%
            - D2 Security ~26%
            - D3 Deployment ~24%
            - D4 Troubleshooting & optimization ~18%

            ## Lambda

            - max timeout **15 min**, memory 128 MB to 10 GB
            """
        )
    )
    assert "32%" not in said and "Troubleshooting & optimization" not in said, said
    assert "15 min" in said, said


def test_a_line_on_what_a_part_of_the_notes_holds_makes_no_card() -> None:
    assert about_the_sitting('This section = the "Dataflow paper" stuff, always a couple of Qs on it.')
    assert not about_the_sitting("This section = probably the most points. The PMI-minded PM:")  # it leads a list
    lines = cards_of(
        """
        ## Streaming concepts

        This section = the "Dataflow paper" stuff, always a couple of Qs on it.

        - **Event time** is when it happened; processing time is when the pipeline sees it.
        """
    )
    assert not any("This section" in line or "Dataflow paper" in line for line in lines), lines


EXAM_ITEM = """
# Linux+ notes

- exam basics
  - 90 q's max, 90 min, multiple choice + **PBQs**
  - passing = 720 (scale 100-900)
  - domains: 1.0 System Mgmt 32% (biggest!) / 2.0 Security 21% / 3.0 Scripting, Containers & Automation 19% / 4.0 Troubleshooting 28%

## Storage

- **fstab** fields: device, mount point, type, options, dump, pass
- Domains: D1 Data Prep 28% | D2 Model Dev 26% | D3 Deploy & Orchestrate 22% | D4 Monitor 24%
- Q types: multiple choice, multiple response, ordering, matching, case study
- Air by volume: Nitrogen 78% / Oxygen 21% / Argon 1%
"""


def test_a_list_item_on_the_exam_and_a_line_of_domain_weights_make_no_card() -> None:
    lines = cards_of(EXAM_ITEM)
    said = " ".join(lines)
    for noise in ("PBQ", "720", "System Mgmt", "Data Prep", "multiple response", "exam basics"):
        assert noise not in said, (noise, lines)
    # shares that are the subject's own, not the exam's domains, are still asked
    assert "fstab" in said and "Nitrogen" in said, lines
    assert not about_the_sitting("Air by volume: Nitrogen 78% / Oxygen 21% / Argon 1%")


SEND_OFF = """
# CISA notes

> last pass: re-read the "ISACA mindset" bits before the exam, that's where I lose points.

## Audit

- **Audit charter**: approved by the board, states purpose, authority and accountability
- last week: redo weak spots (crypto, IR order, ports), sleep before exam!!
- Before the exam: read the whole question, spot FIRST/BEST/MOST.
- Review the firewall logs before the change window closes
"""


def test_study_plans_for_the_days_before_the_exam_make_no_card() -> None:
    lines = cards_of(SEND_OFF)
    said = " ".join(lines)
    for noise in ("ISACA mindset", "weak spots", "FIRST/BEST/MOST"):
        assert noise not in said, (noise, lines)
    assert "approved by the board" in said and "change window" in said, lines


def test_the_authors_score_tally_and_target_make_no_card() -> None:
    assert about_the_sitting("score check: 1st try __/20, 2nd try __/20. aim for 16+ (≈ 80%) before booking.")
    assert about_the_sitting("aim for 85+ on the practice sets before taking the exam")
    assert not about_the_sitting("aim for 99.9% availability before launch")  # a target of the subject
    assert not about_the_sitting("Score check in the pipeline: fail the build below 80% coverage")


def test_a_line_of_share_ranges_adding_up_to_the_exam_is_its_weights_even_unlabelled() -> None:
    assert about_the_sitting("Identities & governance 20-25% | Storage 15-20% | Compute 20-25% | Networking 15-20% | Monitor & maintain 10-15%")
    assert not about_the_sitting("S3 Standard 40% | IA 30% | Glacier 30%")  # single shares: a mix of the subject's
    assert not about_the_sitting("CPU 20-25% | RAM 15-20%")  # ranges that are no whole exam


def test_a_videos_timestamp_is_no_part_of_a_heading() -> None:
    """"## 0:00:00 — Intro / exam info" is a heading on the exam: its lines make no card;
    "## 0:09:40 — What is cloud computing" shows as "What is cloud computing"."""
    notes = """
## 0:00:00 — Intro / exam info

- Three domains (check the skills outline before booking):
  1. Describe cloud concepts (~25–30%)
  2. Describe Azure architecture and services (~35–40%)
  3. Describe Azure management and governance (~30–35%)

## 0:09:40 — What is cloud computing

- **Consumption-based model**: no upfront costs, pay only for what you use
"""
    document = parse_document(notes, "n.md")
    titles = [to_plain(t.title) for s in document.sections for t in s.topics] + [to_plain(s.title) for s in document.sections]
    assert "What is cloud computing" in titles and not any("0:09:40" in t for t in titles), titles
    lines = cards_of(notes)
    assert not any("Describe cloud concepts" in line or "0:09:40" in line for line in lines), lines


def test_the_exam_s_topic_outline_makes_no_card() -> None:
    said = " ".join(
        cards_of(
            """
            # Domain 4: Communication and Network Security

            ## Topics
            - Secure design principles in network architectures
              - TCP/IP Models
              - Performance metrics
                - bandwidth
                - latency
                - jitter
              - Traffic flows
                - north-south
                - east-west
              - Multilayer protocols
            - Secure network components
              - Operation of infrastructure
                - redundant power
                - warranty
                - support

            ## Notes

            - **jitter**: variation in the delay of received packets
            """
        )
    )
    assert "north-south" not in said and "bandwidth" not in said and "warranty" not in said, said
    assert "variation in the delay" in said, said
