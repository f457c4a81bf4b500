"""Hands-on exam notes: code blocks with comments, task headings, the author's practice log."""

from __future__ import annotations

from .test_cards import cards_of


def test_the_authors_log_of_practice_slips_and_exam_clock_make_no_cards() -> None:
    lines = cards_of(
        """
        ## Volumes

        - `docker volume prune` removes unused volumes

        ## Stuff I got wrong in practice exams

        - Thought `--cpu-shares` is a hard limit. It's a relative weight; `--cpus` is the hard cap.
        - Said default storage driver is `devicemapper`. It is overlay2.

        ## Gotchas (collected from my practice disasters)

        - `setsebool` without `-P` → reverted after reboot.

        ## Timed exam strategy

        **0:00–0:10** — read EVERY task once.
        """
    )
    said = " ".join(lines)
    assert "prune" in said, lines
    assert "cpu-shares" not in said and "devicemapper" not in said and "setsebool" not in said and "0:10" not in said, lines


def test_a_section_the_author_finds_hard_is_still_the_subject() -> None:
    lines = cards_of(
        """
        ## Dockerfile instructions I keep mixing up

        - **COPY vs ADD**: ADD also fetches URLs and auto-extracts local tar archives.
        """
    )
    assert any("fetches URLs" in line for line in lines), lines


def test_a_comment_that_says_no_task_asks_no_command() -> None:
    lines = cards_of(
        """
        ## Nodes

        ```bash
        docker node ls                                   # only works on a manager
        docker node rm worker1                           # node must be down/left first (or --force)
        docker volume rm pgdata                          # fails if in use
        dnf repolist                                     # both show with package counts? good
        docker volume inspect pgdata                     # Mountpoint: /var/lib/docker/volumes/pgdata/_data
        umask                                            # 0022 → new files 644 / dirs 755
        vim /etc/fstab                                   # add the new mount line
        ls /rhome                                        # empty is normal, dirs appear on access
        docker node update --availability drain worker1  # move tasks off (maintenance)
        loginctl enable-linger wallah                    # start at boot w/o the user logged in  ← ALWAYS forget this
        vault token capabilities secret/data/app/web     # what can MY token do here?
        ```
        """
    )
    asked = [line for line in lines if "which command?" in line]
    assert len(asked) == 3, lines
    assert any("move tasks off (maintenance) — which command? => docker node update --availability drain worker1" in line for line in asked), lines
    assert any("start at boot w/o the user logged in — which command? => loginctl" in line for line in asked), lines


def test_a_key_over_a_nested_block_is_no_setting_its_comment_asks() -> None:
    lines = cards_of(
        """
        ## NetworkPolicy

        ```yaml
        ingress:
          - from:
              - namespaceSelector: {matchLabels: {team: a}}
                podSelector:          # same item -> AND
                  matchLabels: {app: web}
        ```
        """
    )
    assert not any("which setting?" in line for line in lines), lines
