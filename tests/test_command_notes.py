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
        alias k=kubectl                                  # usually already set
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
        logging console 5                                ! default console is debugging (7)
        hostname R1                                      ! can't gen keys with default "Router"
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


def test_a_task_heading_over_commands_says_the_task_in_their_fronts() -> None:
    lines = cards_of(
        """
        ## RHCSA

        ### How do I add swap?

        ```bash
        mkswap /dev/vdb3                     # turn the partition into swap space
        timedatectl set-timezone Europe/Berlin   # list: timedatectl list-timezones
        parted /dev/vdb mklabel gpt          # only on an EMPTY disk!
        ```
        """
    )
    asked = [line for line in lines if "which command?" in line]
    assert len(asked) == 1 and "Add swap : turn the partition into swap space — which command? => mkswap /dev/vdb3" in asked[0], lines


def test_a_phrase_that_says_a_task_asks_its_command() -> None:
    lines = cards_of(
        """
        ## Installation & configuration

        - `live-restore` → containers keep running while dockerd restarts
        - Reload some settings without restart: `sudo kill -SIGHUP $(pidof dockerd)` (e.g. debug, labels).
        - MKE **client bundle** → zip with certs + env script; `eval "$(<env.sh)"` then the CLI talks to the cluster as *you*.
        """
    )
    assert any("Reload some settings without restart — which command? => sudo kill -SIGHUP $(pidof dockerd)" in line for line in lines), lines
    assert not any("$ " in line.split("=>")[0] for line in lines), lines  # a command's own brackets are never cut from a clue


NODES = """
## Orchestration

### Nodes

```bash
docker node ls
docker node update --availability drain worker1  # move tasks off (maintenance)
```

> drain reschedules existing tasks elsewhere; pause just stops new scheduling of new workloads.

### Named volumes

- managed by the engine in `/var/lib/docker/volumes/`, best for persistent data across container restarts
- survive the container that mounted them and can be shared by several containers at once

### Bind mounts

- any path of the host machine mounted into the container, dependent on the host's layout
"""


def test_a_heading_over_a_block_of_commands_and_a_blank_inside_a_path_are_no_recognition_clues() -> None:
    from pipeline.cards.recognition import recognition_plan

    from .test_clue_elsewhere import _document

    plan = recognition_plan(_document(NODES))
    names = {asked.thing.name for asked in plan}
    assert "Nodes" not in names and "Named volumes" in names, names
    cues = " ".join(" ".join(asked.cues) for asked in plan if asked.thing.name == "Named volumes")
    assert "/___" not in cues and "___/" not in cues, cues


def test_a_statement_that_names_a_command_is_no_command_of_a_task() -> None:
    lines = cards_of(
        """
        ## Security

        - Can't `docker secret update` content → make a new one and swap.
        """
    )
    assert not any("which command?" in line for line in lines), lines


def test_a_table_of_commands_or_options_asks_each_from_what_it_does_under_its_task() -> None:
    lines = cards_of(
        """
        ## RHCSA

        ### How do I manage services?

        | Command | What it does |
        |---|---|
        | `systemctl start\\|stop <u>` | runtime only |
        | `systemctl enable --now <u>` | enable + start in one go ← use this always |

        ### How do I do firewalld?

        | Option | Meaning |
        |---|---|
        | `--add-port=82/tcp` / `--remove-port=` | open raw port |
        | `--list-all [--zone=<z>]` | everything in a zone |
        """
    )
    said = "\\n".join(lines)
    assert "Manage services : runtime only — which command? => systemctl start|stop <u>" in said, lines
    assert "Manage services : enable + start in one go — which command?" in said, lines
    assert "Firewalld : open raw port — which option? => --add-port=82/tcp / --remove-port=" in said, lines
    assert "Firewalld : everything in a zone — which option?" in said, lines
    assert "Meaning" not in said, lines


def test_a_table_of_the_exams_areas_by_the_authors_weight_makes_no_cards() -> None:
    lines = cards_of(
        """
        ## Overview

        Red Hat doesn't publish weights. Objective areas + how heavily they showed up in my 4 practice exams (my guess):

        | Objective area | My feel |
        |---|---|
        | Configure local storage (partitions, LVM, swap) | ●●●● |
        | Create simple shell scripts | ●●○○ |

        ## Storage

        - `lvextend -r` grows the filesystem too
        """
    )
    assert not any("shell scripts" in line or "●" in line for line in lines), lines


def test_a_remark_after_a_topics_commands_is_no_definition_of_the_topic() -> None:
    lines = cards_of(
        """
        ## RHCSA

        ### How do I do LVM?

        ```bash
        lvextend -r -L 800M /dev/vgdata/lvdata      # grow the volume and its filesystem
        ```

        - XFS cannot shrink. If asked to shrink, it's ext4.
        """
    )
    assert not any(line.startswith("[overview]") and "How do I do LVM?" in line and "shrink" in line for line in lines), lines
    assert any("{{c1::XFS}} cannot shrink" in line for line in lines), lines


def test_a_command_then_a_long_dash_and_its_task_asks_the_command() -> None:
    lines = cards_of(
        """
        ## Speed tricks

        - `docker system prune -af --volumes` — lab reset (never on real boxes)
        - `ONBUILD` — trigger that runs when another image uses this one as its base.
        """
    )
    assert any("lab reset (never on real boxes) — which command? => docker system prune -af --volumes" in line for line in lines), lines
    assert not any("{{c1::" in line and "ONBUILD" in line and "another" in line for line in lines), lines


def test_a_blank_cut_from_a_path_is_no_clue_of_a_phrase() -> None:
    lines = cards_of(
        """
        ## Network

        - Static name resolution: `/etc/hosts`; resolver config ends up in `/etc/resolv.conf` (managed by NM)
        - Port flapping: bad cable/port, link goes up and down
        """
    )
    assert not any("/etc/___" in line for line in lines), lines


def test_a_remark_after_commands_is_not_made_the_topics_overview_by_its_kind() -> None:
    lines = cards_of(
        """
        ## Swarm

        ### Nodes

        ```bash
        docker node update --availability drain worker1  # move tasks off (maintenance)
        ```

        - Also: draining a node does NOT stop standalone containers on it, only swarm tasks.
        """
    )
    assert not any(line.startswith("[overview]") for line in lines), lines


def test_a_topic_opened_by_a_table_of_commands_has_no_overview_of_its_remarks() -> None:
    lines = cards_of(
        """
        ## RHCSA

        ### How do I manage services?

        | Command | What it does |
        |---|---|
        | `systemctl enable --now <u>` | enable + start in one go |
        | `systemctl mask <u>` | link to /dev/null, can't be started at all |

        At GRUB, add `systemd.unit=rescue.target` to boot into it once.
        """
    )
    assert not any(line.startswith("[overview]") for line in lines), lines
    assert any("enable + start in one go — which command?" in line for line in lines), lines


def test_a_commands_figures_are_no_number_to_blank_and_the_line_is_still_asked() -> None:
    lines = cards_of(
        """
        ## Tokens

        **Basics**
        - disable an auth method -> all tokens issued by it are revoked! / `vault auth tune -default-lease-ttl=1h userpass/`
        - `vault token create -policy=dev -ttl=1h`, `vault token lookup`, `vault token renew`
        - the default token TTL is 768h
        """
    )
    # no cloze left without a deletion (a blank cannot cut `-ttl=1h` out of its command): no warning, and each line has its card
    assert not any(line.startswith("!") for line in lines), lines
    for said in ("all tokens issued by it are revoked", "-policy=dev -ttl=1h", "{{c1::768h}}"):
        assert any(said in line for line in lines), (said, lines)
