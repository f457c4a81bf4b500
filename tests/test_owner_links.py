"""Owner links: a list under `Label — **Name**` is the bold name's, not
the bold topic's before it; a heading that compares two things ("A vs B") is no
side among the options of a comparison card."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

PROCESSES = """
## Integration

**Project plan**: integrates all subsidiary plans and the three baselines.

ITTO — **Run Change Control**
- Inputs: change requests, work performance reports, EEFs
- Outputs: approved change requests, change log
"""


def _prompts(markdown: str) -> list[str]:
    cards, _ = make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")
    return [c.prompt for c in cards]


def test_a_list_under_a_label_and_a_bold_name_is_that_names() -> None:
    document = parse_document(dedent(PROCESSES).lstrip("\n"), "n.md")
    titles = [topic.title for section in document.sections for topic in section.topics]
    assert any("Run Change Control" in str(title) for title in titles), titles
    prompts = _prompts(PROCESSES)
    assert not [p for p in prompts if "Project plan" in p and ("Inputs" in p or "Outputs" in p)], prompts
    assert any("Run Change Control" in p and "Inputs" in p for p in prompts), prompts


def test_a_label_and_a_bold_name_going_on_is_no_title() -> None:
    markdown = PROCESSES.replace("ITTO — **Run Change Control**", "ITTO — **Run Change Control** (short): inputs are plans")
    document = parse_document(dedent(markdown).lstrip("\n"), "n.md")
    titles = [str(topic.title) for section in document.sections for topic in section.topics]
    assert not any("Run Change Control" in t for t in titles), titles


SECRETS = """
## Data protection

### Secrets
- Vault Keeper vs Param Shelf
  - Vault Keeper
    - built-in rotation with functions, replication across regions
    - deletion has a recovery window of 7-30 days
  - Param Shelf
    - encrypted strings via the key service
    - no native rotation
- CertDesk
  - public certificates free, renewed automatically
  - private authority for internal PKI
"""


def test_a_heading_that_compares_two_things_is_no_option() -> None:
    sets = [{t.name for t in options} for options, _ in comparisons(parse_document(dedent(SECRETS).lstrip("\n"), "n.md"))]
    assert sets, "the two products are compared"
    assert not [s for s in sets if any(" vs " in name for name in s)], sets


TOOLS = """
## Compute

### VMs
- Resize: `vmctl resize -g rg1 -n vm1 --size Large`
  - if the size is not on the cluster -> deallocate first
- Registry Hub
  - Basic / Standard / Premium (geo-replication = Premium)
  - admin user off by default
- Tunnel Gateway
  - Route-based (almost always) vs policy-based (static, 1 tunnel)
  - gateway subnet must be /27 or larger
- Pilot Light
  - a minimal core of the app always runs in the cloud
  - the rest starts in a disaster
"""


def test_what_is_x_is_asked_only_over_a_line_that_can_say_it() -> None:
    prompts = _prompts(TOOLS)
    # a command, a set of tiers, two kinds side by side: none says what the thing is
    assert not [p for p in prompts if p.startswith("What is") and "Pilot Light" not in p], prompts
    assert "Resize: which command?" in prompts, prompts
    assert "Registry Hub — which 3?" in prompts, prompts
    assert "Tunnel Gateway — which 2?" in prompts, prompts
    assert "What is Pilot Light?" in prompts, prompts


COMPONENTS = """
## Cluster architecture

control plane components (run as static pods):
- api-server :6443
- etcd :2379 (client), :2380 (peer)
- scheduler :10259
- controller-manager :10257
- kubelet :10250 (on every node, a systemd service, NOT a pod)
- kube-proxy: DaemonSet
"""


def test_a_count_is_said_only_over_every_line_of_the_list() -> None:
    # etcd and kubelet are asked by cards of their own: a card of the other three
    # is no answer to "which 3?", there are six
    # (six counted are a cloze note, every line shown: `counted_backs`)
    counted = [p for p in _prompts(COMPONENTS) if "control plane components" in p and ("which" in p or "sp-enum" in p)]
    assert all("which 6?" in p or p.count("<li>") == 6 for p in counted), counted  # all six shown, or no count
    assert counted, "the list is asked by its count"
    whole = _prompts(COMPONENTS.replace("- etcd :2379 (client), :2380 (peer)\n", "").replace("- kubelet :10250 (on every node, a systemd service, NOT a pod)\n", "").replace("- kube-proxy: DaemonSet\n", ""))
    assert any(all(item in p for item in ("api-server", "scheduler", "controller-manager")) for p in whole), whole


def test_a_list_that_trails_off_mid_line_is_no_set_of_blanks() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Sentinel

        **Parts:**
        - **Data connectors** — M365, Entra, Defender, AWS, syslog/CEF, etc. Many Microsoft sources are free to ingest
        - **Workbooks** — dashboards (Azure Monitor workbooks)
        """
    )
    assert not [c for c in found if c.startswith("[enumeration]")], found
    assert any("Data connectors" in c and "etc." in c for c in found), found


PRICING = """
## Compute

**Pricing:**
- PayGo Instances
  - no commitment or upfront payment (billed per second)
  - suits short workloads that cannot be interrupted
- Reserved Instances
  - one or three year term, up to 72% off
  - suits steady workloads
- Spare Instances
  - cheapest, can be taken back with two minutes warning
  - suits batch jobs
- Own Hosts
  - a whole physical server
  - for licences bound to sockets
"""


def test_a_clue_that_only_says_what_a_thing_has_not_is_no_clue_among_many() -> None:
    from pipeline.cards.compare import compare_cards

    from .test_compare_neighbours import _document

    fronts = [c.prompt for c in compare_cards(_document(PRICING), "p")]
    assert fronts, fronts
    assert not [f for f in fronts if "no commitment" in f.lower()], fronts


def test_a_list_of_members_is_shown_whole_or_not_at_all() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Partners

        Factors that influence an organization's supplier strategy:

        1. strategic focus
        2. corporate culture
        3. resource scarcity
        4. cost concerns
        5. subject matter expertise
        6. external constraints
        7. demand patterns
        """
    )
    shown = [c for c in found if "strategic focus" in c]
    assert shown and all(item in shown[0] for item in ("cost concerns", "external constraints", "demand patterns")), found


def test_one_identifier_in_code_is_one_value() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Workloads

        - cp node taint: `node-role.kubernetes.io/control-plane:NoSchedule`
        - restartPolicy: `Always`, `OnFailure`, `Never`
        """
    )
    assert not [c for c in found if "cp node taint — which" in c], found
    assert any("restartPolicy — which 3?" in c for c in found), found


def test_a_numbered_list_is_shown_in_full_order() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Variables

        Variable precedence, lowest -> highest (later wins):
        1. environment variables `TF_VAR_name`
        2. `terraform.tfvars`
        3. `terraform.tfvars.json`
        4. `*.auto.tfvars` / `*.auto.tfvars.json` (lexical order of filenames)
        5. `-var` and `-var-file` on CLI, in the order given
        """
    )
    # (five lines are a cloze note, every line shown: `counted_backs`)
    shown = [c for c in found if "TF_VAR_name" in c and "=>" in c and "{{c1::" in c]
    assert shown and "-var-file" in shown[0] and "auto.tfvars" in shown[0], found


def test_a_label_that_sorts_keeps_its_list_whole() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Service requests

        - Resolution may happen: by users themselves (self-help), by the service desk, by support teams, by suppliers/partners, by a temporary team for complex incidents, or via disaster recovery plans for major ones.
        - Spot Instances: short workloads, cheap, can lose instance, unused capacity, batch jobs
        """
    )
    ways = [c for c in found if "Resolution may happen" in c]
    assert len(ways) == 1 and "by suppliers/partners" in ways[0] and "{{c" not in ways[0], found
    assert len([c for c in found if "Spot Instances" in c]) > 1, found  # a name's facts are still asked apart


def test_an_item_with_a_list_of_its_own_is_still_one_of_the_set() -> None:
    from .test_cards import cards_of

    found = cards_of(
        """
        ## Data protection

        ### S3
        - encryption options
          - SSE-S3 (AES-256, AWS manages keys) — default for all new objects since Jan 2023
          - SSE-KMS — audit trail in CloudTrail, separate permission on the key. `x-amz-server-side-encryption: aws:kms`
            - S3 Bucket Key -> cuts KMS requests (and cost) a lot
          - DSSE-KMS — dual-layer, for compliance that requires two layers
          - SSE-C — you send key with every request, HTTPS mandatory, AWS doesn't store key
          - client-side — encrypt before upload
        """
    )
    # (five counted are a cloze note, every item shown: `counted_backs`)
    listed = [c for c in found if "encryption options" in c and "SSE-S3" in c and "=>" in c and "{{c1::" in c]
    assert listed and all(name in listed[0] for name in ("SSE-KMS", "DSSE-KMS", "SSE-C", "client-side")), found


def test_a_price_is_asked_how_much_not_what_it_is() -> None:
    prompts = _prompts(
        """
        ## Edge

        ### Shield
        - Standard: free, on by default, L3/L4
        - Advanced
          - ~$3,000/month per org (1-yr commit) + data transfer
          - DDoS response team, cost protection
        """
    )
    assert "Advanced: how much?" in prompts, prompts
    assert "What is Advanced?" not in prompts, prompts
