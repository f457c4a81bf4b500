"""No card asks for a heading that only files lines (the author's words, two
subjects joined, a question), nor takes a topic's first line for its
definition when that line tells of a command; a later sentence on a subject
of its own is no fact of the term before it."""

from __future__ import annotations

from .test_cards import cards_of

# an author's list of rules to themselves, under a heading in the first person
RULES_TO_SELF = """
        A few rules I keep repeating to myself:

        1. Analyze before acting. "Evaluate/assess/review" beats "do".
        2. Conflicts are solved by the people involved first, privately. PM facilitates.
        3. The product owner owns the backlog priority. Not the PM, not the sponsor, not the loudest stakeholder.
        4. The team owns HOW the work is done and how much they pull into a sprint.
        5. Changes in agile go through the backlog; scope inside a running sprint stays protected.
        """


def test_a_first_line_that_opens_on_a_command_is_no_definition_of_the_topic() -> None:
    lines = cards_of(
        """
        # Docker notes

        ### Swarm networking
        - `swarm init` creates `ingress` overlay (routing mesh) + `docker_gwbridge`
        - routing mesh: published port open on EVERY node, IPVS balances to tasks
        - `tasks.<service>` → all task IPs
        """
    )
    # "Swarm networking => `swarm init` creates ...": a bare label over a fact of a command
    assert not any(line.startswith("[overview] Docker notes | Swarm networking =>") for line in lines), lines
    assert any("{{c2:: ingress }}" in line and "{{c3:: docker_gwbridge }}" in line for line in lines), lines


def test_a_line_of_codes_still_says_what_the_topic_is_made_of() -> None:
    lines = cards_of(
        """
        # Terraform

        **Meta-arguments**
        - `depends_on`, `count`, `for_each`, `provider`, `lifecycle` (+ `providers` on modules)
        - `count` → list of instances, `count.index`
        """
    )
    assert any(line.startswith("[overview] Terraform | Meta-arguments") for line in lines), lines
    assert not any("{{c1::Meta-arguments}}" in line for line in lines), lines


def test_no_blank_hides_a_heading_in_the_authors_own_words() -> None:
    lines = cards_of(
        """
        # Agile

        """
        + RULES_TO_SELF
        + """

        ### What affects cost
        - resource type & size/tier
        - consumption (pay-as-you-go vs reserved)
        - maintenance — delete orphaned resources (disks, public IPs!)
        - geography — same service costs different amounts in different regions
        - subscription type (free tier allowances)
        - Azure Marketplace third-party offerings

        **Resources & data sources**
        - `resource "TYPE" "NAME" {}` → address `TYPE.NAME`, e.g. `aws_instance.web`
        - `data "aws_ami" "ubuntu" {}` → read-only lookup, ref as `data.aws_ami.ubuntu.id`
        - data sources read during plan when possible
        - implicit dependancy: referencing another resource's attribute. TF builds the graph from refs
        """
    )
    for heading in ("A few rules I keep repeating to myself", "What affects cost", "Resources &amp; data sources"):
        assert not any(f"{{{{c1::{heading}}}}}" in line for line in lines), (heading, lines)


def test_a_later_sentence_whose_subject_acts_on_its_own_is_no_fact_of_the_term() -> None:
    lines = cards_of(
        """
        # PMP

        ### Procurement
        - **FFP** firm fixed price — seller carries the cost risk. Best when scope is well defined.
        - **T&M** time and materials — hybrid, for staff augmentation or small/undefined work, needs a not-to-exceed cap.

        Cost-plus is where the buyer carries most risk; CPFF is worst for the buyer because the seller has no incentive to control cost.

        Procurement docs: RFI (information), RFQ (price quote, for commodity items), RFP (proposals, complex work). Bidder conferences make sure all sellers recieve the same information — no private Q&A with one vendor. Make-or-buy analysis decides whether to procure at all. Privity: the PM deals with the seller through the contract.

        ### Cost and Earned Value

        Agile cost/schedule: velocity = story points completed per iteration; remaining points / velocity = number of iterations left. Burndown shows remaining work, burnup shows work completed (and can show scope growth separately).
        """
    )
    assert not any("{{c1::Procurement docs}}" in line and "Make-or-buy" in line for line in lines), lines
    assert not any("{{c1::Agile cost/schedule}}" in line for line in lines), lines


def test_a_line_of_commands_among_remarks_is_no_clue_to_its_heading() -> None:
    lines = cards_of(
        """
        # Linux+

        **Storage**
        - `lsblk -f` tree + fs + UUID, `blkid` UUIDs
        - `fdisk /dev/sdb` (MBR, does GPT now too), `gdisk` (GPT), `parted /dev/sdb mklabel gpt` (scriptable). `partprobe` reread table
        - `mkfs.ext4 /dev/sdb1`, `mkfs.xfs /dev/sdb2`, `mkfs -t vfat /dev/sdc1`
        - `mkswap /dev/sdb3` + `swapon /dev/sdb3`, `swapon --show`
        - `umount /mnt/data` (umount, not unmount) - "target is busy" -> `lsof +D /mnt/data` or `fuser -vm /mnt/data`
        - `mount -a` - TEST fstab edits with this before rebooting or enjoy emergency mode
        - `findmnt` - nice tree of mounts

        /etc/fstab, 6 fields:
        `UUID=3e6be9de-8139-4f0b-9f0a-1c2d3e4f5a6b  /data  xfs  defaults,noatime  0 0`
        device | mount point | fs type | options | dump | fsck order (0 skip, 1 root, 2 everything else)
        - options: defaults (= rw,suid,dev,exec,auto,nouser,async), noexec, nosuid, ro, `_netdev` (wait for network), `nofail`
        - use UUID= or LABEL=, /dev/sdX names can change between boots

        - ext4: `resize2fs` (grow or shrink, shrink unmounted only), `e2fsck -f` (unmounted!), `tune2fs -l`, `dumpe2fs`
        - xfs: `xfs_growfs /mountpoint` (GROW ONLY, xfs cannot shrink), `xfs_repair` (unmounted), `xfs_info`, `xfs_admin -L`
        - `df -h` space, `df -i` inodes (full disk but df -h shows free space = out of inodes), `du -sh /var/*`

        LVM - PV (disk/partition) -> VG (pool) -> LV (what you format + mount)
        - `pvcreate /dev/sdb /dev/sdc`, `vgcreate datavg /dev/sdb /dev/sdc`
        - `lvcreate -L 20G -n applv datavg` / `lvcreate -l 100%FREE -n applv datavg`
        - grow: `vgextend datavg /dev/sdd` -> `lvextend -L +10G /dev/datavg/applv` -> `xfs_growfs /app` (or just `lvextend -r`, resizes fs too)
        - `pvs` / `vgs` / `lvs` (short), `pvdisplay` etc (long). snapshot `lvcreate -s -L 1G -n snap /dev/datavg/applv`, `pvmove` before pulling a disk

        RAID (mdadm) - 0 stripe no redundancy (min 2), 1 mirror (2), 5 stripe + parity (3, lose 1), 6 double parity (4, lose 2), 10 mirror+stripe (4)
        - `mdadm --create /dev/md0 --level=5 --raid-devices=3 /dev/sdb /dev/sdc /dev/sdd`
        - `cat /proc/mdstat` status + rebuild %, `mdadm --detail /dev/md0`
        """
    )
    assert not any("{{c1::Storage}}" in line for line in lines), lines
