"""Blanks the rest of the front answers: a label, a breadcrumb or an argument
that says the hidden words (`Storage accounts: az [storage account] create`)."""

from __future__ import annotations

from .test_cards import cards_of


def _commands(lines: list[str]) -> list[str]:
    return [line for line in lines if "{{c1::" in line and " az " in line]


def test_a_label_that_says_a_commands_hidden_words_is_left_off() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Storage accounts
        - Name: 3-24 chars, lowercase letters + numbers, globally unique
        - `az storage account create -n stacct01 -g rg1 --sku Standard_RAGRS --kind StorageV2`
        """
    )
    asked = _commands(lines)
    assert asked and all("{{c1::storage account}}" in line for line in asked), lines
    assert not any("Storage accounts : az" in line for line in asked), asked


def test_an_argument_that_says_a_word_of_the_blank_leaves_that_word_shown() -> None:
    lines = cards_of(
        """
        ## Networking

        ### NSGs / ASGs
        - ASG = group NICs logically and use as source/dest in rules
        - `az network nsg rule create -g rg1 --nsg-name nsg1 -n allow-rdp --priority 300`
        - `az lock create --name nodelete --lock-type CanNotDelete --resource-group rg1`
        """
    )
    asked = _commands(lines)
    assert any("az {{c1::network}} nsg rule create" in line for line in asked), lines
    # a plain verb alone would be a guess: the blank stays whole
    assert any("az {{c1::lock create}}" in line for line in asked), lines


def test_a_label_that_says_none_of_the_blank_stays() -> None:
    lines = cards_of(
        """
        ## Identity

        ### RBAC
        - Roles are additive, no deny rules
        - `az role assignment create --assignee ann@contoso.com --scope /subscriptions/x`
        """
    )
    assert any("RBAC : az {{c1::role assignment}} create" in line for line in _commands(lines)), lines


def test_a_stressed_negation_is_no_blank_what_it_denies_is() -> None:
    lines = cards_of(
        """
        ## Terraform

        ### apply / destroy
        - `terraform destroy` = alias for `terraform apply -destroy`
        - apply w/o a saved plan makes a fresh plan and asks you. With a saved plan file there's NO confirmation prompt.
        - Adding a 4th manager does NOT increase fault tolerance, it only makes quorum bigger.
        """
    )
    said = " ".join(lines)
    assert "{{c1::NO}}" not in said and "{{c1::NOT}}" not in said, lines
    assert "NO {{c1::confirmation prompt}}" in said, lines
    assert "NOT {{c1::increase fault tolerance}}" in said, lines


def test_a_connective_in_capitals_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Terraform

        **Meta-arguments**
        - `depends_on`, `count`, `for_each`, `provider`, `lifecycle` (+ `providers` on modules)
        - can't use count AND for_each in same block

        ## Choosing an approach

        Iterative = repeat cycles to refine. Incremental = deliver usable pieces in sequence. Agile = both iterative AND incremental. Hybrid = mix, e.g. predictive for hardware.
        """
    )
    assert not any("{{c1::AND}}" in line for line in lines), lines


def test_a_denied_word_the_front_shows_again_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Security

        ### WAF
        - L7 web ACLs with managed rule groups, rate-based rules, geo match
        - NOT on NLB or classic ELB -> for NLB think Network Firewall / Shield
        """
    )
    assert not any("{{c1::NLB or classic ELB" in line or "{{c1::NOT}}" in line for line in lines), lines


def test_an_example_in_code_is_no_blank_beside_the_fact() -> None:
    lines = cards_of(
        """
        ## Identity

        - Groups
          - Types: Security, Microsoft 365
          - Membership: Assigned, Dynamic user, Dynamic device
            - dynamic device membership -> security groups only
            - dynamic rules need P1 (e.g. `(user.department -eq "Sales")`)
        """
    )
    said = " ".join(lines)
    assert "{{c1::(user.department" not in said, lines
    assert "{{c1::P1}}" in said, lines


def test_a_sentence_that_names_a_term_after_its_label_asks_the_term_alone() -> None:
    lines = cards_of(
        """
        ## Compute

        **Batch:**
        Jobs that can run without end user interaction, or can be scheduled to run as resources permit, are called batch jobs. Batch processing is for those frequently used programs that can be executed with minimal human interaction. A program that reads a large file and generates a report, for example, is considered to be a batch job.
        - enables developers to easily and efficiently run hundreds of thousands of batch computing jobs on AWS
        - fully managed batch processing at any scale
        - a "batch" job is a job with a start and an end (opposed to continuous)
        - provisions the right amount of compute/memory
        - no time limit
        """
    )
    asked = [line for line in lines if "are called" in line]
    assert asked and all("{{c1::batch jobs}}" in line and "{{c1::Batch}}" not in line for line in asked), lines


def test_a_number_in_brackets_after_an_acronyms_blank_is_hidden_with_it() -> None:
    lines = cards_of(
        """
        ## Services & networking

        - NetworkPolicy needs a CNI that enforces it
        - restricting egress and forgetting DNS (53) → everything "breaks" because names don't resolve.
        """
    )
    said = " ".join(lines)
    assert "{{c1::DNS}} (53)" not in said, lines
    assert "{{c1::DNS (53)}}" in said, lines


def test_a_kind_whose_value_the_line_writes_out_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Install w/ kubeadm (rough order)

        ```
        kubeadm init --pod-network-cidr=10.244.0.0/16
        kubectl apply -f <cni manifest>         # nodes NotReady until CNI is in
        ```

        NB: pod CIDR must match what the CNI expects (flannel default 10.244.0.0/16). join cmd runs on the wk.
        """
    )
    assert not any("{{c1::CIDR}}" in line for line in lines), lines


def test_a_quoted_need_asks_what_meets_it_not_a_detail_of_the_scenario() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Access to storage
        - Account keys (2 of them, rotate one at a time). Full access. Avoid.
        - Entra ID auth + RBAC data roles (preferred)
        - Firewalls & VNets: selected networks, service endpoints, private endpoints

        Exam tip: "Minimize key exposure, access blobs for 2 hours" -> user delegation SAS.

        ### DR strategies
        - backup and restore, pilot light, warm standby, multi-site
        - "RTO of minutes, cost matters" -> warm standby usually. "only DB running in DR region" -> pilot light
        """
    )
    said = " ".join(lines)
    assert "{{c1::2 hours}}" not in said and "{{c1::RTO}}" not in said, lines
    assert "→ {{c1::user delegation SAS}}" in said, lines
    # (a line of quoted needs one after another asks each from its need)
    assert any('"RTO of minutes, cost matters" — which one? => warm standby' in line for line in lines), lines
    assert any('"only DB running in DR region" — which one? => pilot light' in line for line in lines), lines


def test_the_words_an_acronym_stands_for_after_its_blank_are_hidden_with_it() -> None:
    lines = cards_of(
        """
        ## Cost

        **Definitions:**
        - PV (planned value)
        - EV (earned value)
        - AC (actual cost)
        """
    )
    said = " ".join(lines)
    assert "{{c1::PV}} (planned value)" not in said, lines
    # a list's item: its letters shown, the words they stand for asked
    assert "PV ({{c1::planned value}})" in said, lines


def test_a_breadcrumb_that_names_the_moved_answer_is_left_off() -> None:
    lines = cards_of(
        """
        ## Secrets

        ### Secrets Manager vs SSM Parameter Store
        - Secrets Manager: rotation built in (Lambda), cross-account sharing, costs per secret
        - Parameter Store: free standard tier, SecureString via KMS, no built-in rotation
        - need -> "rotate DB password every 30 days automatically" -> Secrets Manager
        """
    )
    asked = [line for line in lines if "→ {{c1::Secrets Manager}}" in line]
    assert asked and not any("Secrets Manager vs" in line.split("→")[0] for line in asked), lines


def test_a_scenario_atop_a_topic_asks_its_answer_not_the_topic() -> None:
    lines = cards_of(
        """
        ## Identities

        ### RBAC
        - if the question says "least privilege, must assign roles to others but not manage resources" → User Access Administrator
        - `New-AzRoleAssignment -SignInName user@contoso.com -RoleDefinitionName Reader`

        ### Monitoring
        - Azure Service Health: "notify me about planned maintenance in my regions" → Service Health
        - Azure Advisor: best-practice recommendations
        """
    )
    said = " ".join(lines)
    assert "→ {{c1::User Access Administrator}}" in said, lines
    assert not any(line.split(" | ")[-1].startswith("RBAC => if the question") for line in lines), lines
    assert "{{c1::Service Health}}" not in said.replace("{{c1::Azure Service Health}}", ""), lines


def test_a_need_atop_a_topic_asks_the_name_it_points_to() -> None:
    lines = cards_of(
        """
        ## Networking

        **Networking - core**
        - hub-spoke: shared services in the hub, workloads in spokes; peering is non-transitive
        - large-scale, many branches, any-to-any transit, managed hub -> **Virtual WAN** (Basic = VPN only)
        - outbound SNAT at scale, static egress IP -> **NAT Gateway**

        **Hybrid identity**
        - Entra Connect Sync = on-prem server app that syncs AD -> Entra ID
        """
    )
    said = " ".join(lines)
    asked = [line for line in lines if "managed hub → {{c1::" in line]
    assert asked and "Virtual WAN" in asked[0].split("{{c1::")[1][:20], lines
    assert not any(line.split(" | ")[-1].startswith("Networking - core => large-scale") for line in lines), lines
    assert "syncs AD → {{c1::Entra ID}}" not in said, lines  # an arrow inside a definition points to no answer


def test_a_name_written_as_one_word_on_the_front_gives_its_blank_away() -> None:
    from pipeline.cards.deletions import gives_itself_away

    assert gives_itself_away("{{c1::OS Login}}: metadata <code>enable-oslogin=TRUE</code>", (), frozenset())
    assert not gives_itself_away("{{c1::OS Login}}: metadata flag plus an IAM role", (), frozenset())
    lines = cards_of(
        """
        ## Compute Engine
        - SSH: `gcloud compute ssh web-1`, add `--tunnel-through-iap` without an external IP. OS Login: metadata `enable-oslogin=TRUE` + grant `roles/compute.osLogin`.
        """
    )
    assert not any("{{c1::OS Login}}" in line for line in lines), lines


def test_an_acronym_spelled_out_with_its_small_words_gives_its_blank_away() -> None:
    from pipeline.cards.deletions import gives_itself_away

    assert gives_itself_away("Defenses: {{c1::SIEM}} [Security Information and Event Management] - centralizes logs", (), frozenset())
    assert not gives_itself_away("Defenses: {{c1::SIEM}} - centralizes and correlates logs, alerts", (), frozenset())


def test_a_versioned_acronym_beside_its_expansion_gives_its_blank_away() -> None:
    from pipeline.cards.deletions import gives_itself_away

    assert gives_itself_away("Federation: {{c1::SAML 2.0}} (Security Assertion Markup Language) for web SSO", (), frozenset())
    assert not gives_itself_away("Federation: {{c1::SAML 2.0}} for web SSO between an IdP and SPs", (), frozenset())


def test_a_plural_acronym_whose_words_the_front_says_gives_its_blank_away() -> None:
    from pipeline.cards.deletions import gives_itself_away

    assert gives_itself_away("Redundant {{c1::PSUs}} in servers; wattage rating", ("Hardware", "Power supply"), frozenset())
    assert not gives_itself_away("Redundant {{c1::PSUs}} in servers; wattage rating", ("Hardware",), frozenset())


def test_a_task_label_stays_the_question_and_its_words_stay_shown() -> None:
    lines = cards_of(
        """
        ## Secrets Engines

        ### Usage
        - Permanently destroy a secret:
          - `vault kv destroy [OPTIONS] KEY`
          - **Example:** `vault kv destroy kv/apikeys/d101`
        - Delete a policy:
          - `vault policy delete [OPTIONS] NAME`
          - **Example:** `vault policy delete secrets-mgmt`
        """
    )
    # the task says "destroy": shown, the label kept, the engine asked
    assert any("Permanently destroy a secret : vault {{c1::kv}} destroy [OPTIONS] KEY" in line for line in lines), lines
    # the task says the whole subcommand: asked the way the exam asks, from the task to the command
    assert any(line.startswith("[term]") and "Delete a policy — which command? => vault policy delete [OPTIONS] NAME" in line for line in lines), lines
    assert not any("{{c1::policy delete}}" in line or "{{c1::kv destroy}}" in line for line in lines), lines
