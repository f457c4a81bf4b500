"""Forward cards that mean something alone: no blank the front gives away,
no bare label left behind, no card per cell of a comparison, no cloze over
a section's own headings."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_value_said_twice_is_hidden_everywhere_with_one_deletion() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Deployment:**
        - maxSurge default 25%, maxUnavailable default 25%
        - backoff of 10 seconds, then 20 seconds
        """
    )
    assert "[number] Workloads › Deployment | maxSurge default {{c1::25%}}, maxUnavailable default {{c1::25%}} => @4" in lines
    assert any("{{c1::10 seconds}}, then {{c2::20 seconds}}" in line for line in lines)


def test_a_terms_bare_label_is_never_left_on_its_groups_card() -> None:
    lines = cards_of(
        """
        ## Networking

        - **NetworkPolicy**
          - default: all pods can talk to all pods
          - once a pod is selected by a policy, only allowed traffic gets through
          - needs a CNI that supports it
        """
    )
    group = next(line for line in lines if line.startswith("[overview] n › Networking | NetworkPolicy =>"))
    assert "default: all pods can talk to all pods" in group


def test_an_answer_that_points_back_or_only_lists_abbreviations_is_no_term() -> None:
    lines = cards_of(
        """
        ## Developer tools

        **CodeArtifact:**
        - software packages depend on each other
        - artifact management: storing and retrieving these dependencies
        - Failure management: CF, S3, IAM
        - Versioning: keeps every version of an object
        """
    )
    terms = [line for line in lines if line.startswith("[term]")]
    assert terms == ["[term] Developer tools › CodeArtifact | CodeArtifact — Versioning => keeps every version of an object @7"]


def test_a_table_of_relative_cells_asks_each_attribute_across_the_things() -> None:
    lines = cards_of(
        """
        ## Storage

        **Access tiers:**

        | Feature | Hot | Cool | Archive |
        |---|---|---|---|
        | Storage cost | highest | lower | lowest |
        | Can be set at account level | yes | yes | no |
        | Minimum duration | none | 30 days | 180 days |
        """
    )
    tables = [line for line in lines if "[table]" in line or "[overview]" in line]
    assert any("Storage cost — Hot, Cool, Archive => Hot: highest Cool: lower Archive: lowest" in t for t in tables)
    assert any("Can be set at account level — Hot, Cool, Archive => Hot: yes Cool: yes Archive: no" in t for t in tables)
    assert not any("Cool — Storage cost" in t or "Hot — Can be set" in t for t in tables)
    # a cell of its own among three things side by side asks which of them it is of (`rival_cells`)
    assert any("Hot, Cool or Archive — Minimum duration? 180 days => Archive" in t for t in tables), tables


def test_a_sections_own_sub_headings_are_no_cloze_list() -> None:
    lines = cards_of(
        """
        # Kubernetes

        ## Services and networking

        - **Service types**
          - ClusterIP: internal virtual IP
          - NodePort: a port on every node
          - LoadBalancer: an external load balancer
        - **DNS**
          - CoreDNS is the default cluster DNS
        - **Ingress**
          - needs an Ingress controller
        """
    )
    assert not any("{{c1::Service types}}" in line for line in lines)
    assert any("Service types {{c1::ClusterIP}}" in line for line in lines)


def test_a_list_mixing_things_with_kinds_of_detail_is_no_cloze_list() -> None:
    lines = cards_of(
        """
        ## Storage

        **Volumes:**
        - emptyDir: lives as long as the pod
        - hostPath: mounts a path from the node
        - StorageClass: dynamic provisioning
        - access modes
          - RWO: ReadWriteOnce
          - ROX: ReadOnlyMany
          - RWX: ReadWriteMany
        """
    )
    assert not any("{{c1::emptyDir}}" in line for line in lines)
    assert any("access modes {{c1::RWO}}" in line for line in lines)


def test_a_blank_the_breadcrumb_still_shows_is_not_a_detail_card() -> None:
    from pipeline.cards.single_facts import gives_itself_away

    assert gives_itself_away("subnets partition the network inside our {{c1::VPC}}", ("VPC & Networking",), frozenset())
    assert not gives_itself_away("questions go to {{c1::AWS Support}} engineers", ("Ecosystem",), frozenset({"AWS"}))
    assert gives_itself_away("runs on AWS org (sets up {{c1::AWS Org}})", ("Management",), frozenset({"AWS"}))


def test_sentences_after_a_list_are_statements_asked_by_their_key_term() -> None:
    lines = cards_of(
        """
        ## Cloud Concepts

        ### Cloud models

        Public cloud: services offered over the public internet.
        Private cloud: cloud resources used by one organization.

        Azure Arc lets you manage servers running outside Azure from one place.

        Deleting a resource group deletes every resource inside it.
        """
    )
    # The sentence names its own subject: the heading is its breadcrumb, not a "Cloud models:" prefix
    # that would read as if Azure Arc were one of the models.
    assert "[detail] Cloud Concepts › Cloud models | {{c1::Azure Arc}} lets you manage servers running outside Azure from one place. => @8,3" in lines
    assert not any(line.startswith("[overview] Cloud Concepts | Cloud models => Azure Arc") for line in lines)
    assert not any("{{c1::Deleting}}" in line for line in lines)


def test_a_word_that_joins_a_sentence_to_the_one_before_is_no_name_to_blank() -> None:
    lines = cards_of(
        """
        ## 2. Vulnerability Management

        ### CVSS v3.1 — need to be able to read vectors

        Example: `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` → 9.8 critical

        Base metrics:
        - **AV** Attack Vector: N (network), A (adjacent), L (local), P (physical)
        - **AC** Attack Complexity: L / H
        - **PR** Privileges Required: N / L / H
        - **UI** User Interaction: N (none) / R (required)
        - **S** Scope: U (unchanged) / C (changed — impacts beyond vulnerable component, e.g. VM escape)
        - **C / I / A** impact: H / L / N

        Severity ranges:
        | Score | Rating |
        |---|---|
        | 0.0 | None |
        | 0.1 - 3.9 | Low |
        | 4.0 - 6.9 | Medium |
        | 7.0 - 8.9 | High |
        | 9.0 - 10.0 | Critical |

        Also temporal metrics (exploit code maturity, remediation level, report confidence) and environmental (modified base + security requirements) — exam mostly asks base. (CVSS 4.0 exists now — renames temporal to "threat" — but CS0-003 is written around 3.1.)

        AV ordering: N is worst (remotely exploitable), P is least bad (needs physical access).
        """
    )
    assert not any("{{c1::Also}}" in line for line in lines), lines


def test_an_example_flag_over_a_command_says_what_the_command_does() -> None:
    lines = cards_of(
        """
        ## Basic Commands

        - Tune auth method:
          - `vault auth tune [options] PATH`
          - **Example:** Changing the description of an auth method
            - `vault auth tune -description="First userpass" globopass/`
        - Container Storage Interface (CSI): plugins for storage
          - **Examples:** Rook, Portworx
        """
    )
    assert not [line for line in lines if "— Example =>" in line or "| Example :" in line], lines
    assert [line for line in lines if "| Changing the description of an auth method : vault auth {{c1::tune}} -description" in line], lines
    assert [line for line in lines if "Examples: Rook, Portworx" in line], lines


def test_a_later_sentence_of_a_generic_label_rides_on_its_card() -> None:
    lines = cards_of(
        """
        ## Evolution of Cloud-Native Architecture

        - **Origins**: Evolved from challenges with legacy monolithic applications.
        - **Benefits**: Cloud-native apps scale and recover well. Combined with robust automation, they allow engineers to make high-impact changes.
        """
    )
    assert not [line for line in lines if "{{c1::Benefits}}" in line], lines
    assert [line for line in lines if "— Benefits =>" in line and "Combined with robust automation" in line], lines


def test_the_file_s_name_over_notes_without_a_heading_is_no_facet_of_their_things() -> None:
    from pipeline.cards.maker import make_cards
    from pipeline.notes.parse import parse_document

    notes = "Storage\n- EBS:\n  - block based (databases, OS volumes, transactional workloads)\n- EFS:\n  - elastic, sharable across AZs\n"
    cards, _ = make_cards(parse_document(notes, "dva-storage.md"), "p")
    fronts = [c.prompt for c in cards]
    assert not [f for f in fronts if "— dva-storage" in f], fronts
    assert "What is EBS?" in fronts, fronts


def test_a_connective_is_no_term_of_the_line_it_opens() -> None:
    lines = cards_of(
        """
        ## Cloud Filestore

        - Managed NFS that is more flexible to connect to than persistent disk
        - But: use cloud storage if:
          - variable workloads
          - data to store exceeds filestore's limit
        """
    )
    assert not [line for line in lines if "What is But?" in line or "| But =>" in line], lines
    assert [line for line in lines if "use cloud storage if" in line and "variable workloads" in line], lines
