"""Rules for the shapes other authors write in: a section on the exam itself,
terse nested bullets with commands, bold words in prose."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_section_on_the_exam_itself_makes_no_cards() -> None:
    lines = cards_of(
        """
        # Cert notes

        ## Exam basics

        - Passing score is **700** on a scale of 1–1000
        - Roughly 40–60 questions; multiple choice

        ## Storage

        - **Blob Storage** — object storage for unstructured data
        """
    )
    assert not any("Passing score" in line or "questions" in line for line in lines), lines
    assert any("Blob Storage" in line for line in lines), lines


def test_a_nested_logistics_heading_ends_at_the_next_heading_of_its_level() -> None:
    lines = cards_of(
        """
        ## Setup

        ### exam logistics / setup

        - format
          - pass = 66%
          - 2h, online proctored

        ### pods

        - init containers run sequentially, each must exit 0 first
        """
    )
    assert not any("66%" in line or "proctored" in line for line in lines), lines
    assert any("init containers" in line for line in lines), lines


def test_a_lead_in_on_the_exams_weights_keeps_its_list_out_of_the_cards() -> None:
    lines = cards_of(
        """
        # Some cloud exam

        Exam: 2 hours, 50–60 multiple choice, $125 USD
        Sections (approx. weights from the exam guide):
        1. Setting up an environment — ~23%
        2. Planning a solution — ~30%

        ## 1. Setting up

        **Hierarchy**
        - Organization → Folders → Projects
        """
    )
    assert not any("23%" in line or "30%" in line for line in lines), lines
    assert any("Organization" in line for line in lines), lines


def test_the_authors_own_score_makes_no_card() -> None:
    lines = cards_of(
        """
        ## Practice

        - state is kept in a remote backend so a team shares it

        score on first go: 12/16. missed Q5 and Q10.

        Mock 2 score - 78%
        """
    )
    assert not any("12/16" in line or "78%" in line for line in lines), lines
    assert any("remote backend" in line for line in lines), lines


def test_a_heading_on_exam_tips_still_makes_cards() -> None:
    lines = cards_of(
        """
        ## Exam tips

        - **Spot VMs** — up to 91% off, can be reclaimed at any time
        """
    )
    assert any("Spot VMs" in line for line in lines), lines


def test_a_command_defined_by_what_it_does_is_asked_from_the_task() -> None:
    lines = cards_of(
        """
        ## Tools

        **helm**
        - `helm show values podinfo/podinfo` -> find the key names
        """
    )
    asked = [line for line in lines if "find the key names" in line]
    assert asked and all("find the key names — which command? => helm show values podinfo/podinfo @4" in line for line in asked), lines


def test_a_field_defined_by_what_it_does_is_still_asked_forward() -> None:
    lines = cards_of(
        """
        ## Jobs

        **spec fields**
        - `activeDeadlineSeconds` -> hard time limit, beats backoffLimit
        """
    )
    assert not any("which command?" in line for line in lines), lines


def test_a_note_flag_is_no_term() -> None:
    lines = cards_of(
        """
        ## Helm

        **helm**
        - `helm list -A` lists releases in all namespaces
        - Note: a release is namespaced, forgetting `-n` gives "release not found"
        """
    )
    assert not any("— Note" in line or "| Note =>" in line or "Note:" in line for line in lines), lines
    assert any("release is namespaced" in line for line in lines), lines


def test_an_arrow_to_a_caption_is_no_term() -> None:
    lines = cards_of(
        """
        ## Strategies

        **blue/green**
        - 2 deploys: labels blue / green
        - svc selector points at one -> switch:
          - `k patch svc web -p '{"spec":{"selector":{"version":"green"}}}'`
        """
    )
    assert not any("| svc selector points at one =>" in line for line in lines), lines


def test_a_term_of_two_clauses_is_no_term() -> None:
    lines = cards_of(
        """
        ## Storage

        **Buckets**
        - Object Versioning keeps noncurrent versions; retention policy + Bucket Lock = WORM compliance
        """
    )
    assert not any("| Object Versioning keeps noncurrent versions; retention policy + Bucket Lock =>" in line for line in lines), lines


def test_a_bare_lower_case_label_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Config

        **secrets**
        - decode: `k get secret db -o jsonpath='{.data.pass}' | base64 -d`
        - base64 is no encryption
        """
    )
    assert any("secrets — decode" in line for line in lines), lines


def test_a_bare_label_under_a_sentence_keeps_its_own_words() -> None:
    lines = cards_of(
        """
        ## Encryption

        **Encryption, two types**
        - at rest: data stored or archived on a device
        - in transit: data being moved from one place to another
        """
    )
    assert not any("two types — at rest" in line for line in lines), lines


def test_a_bare_command_asks_its_subcommand_with_its_arguments_shown() -> None:
    lines = cards_of(
        """
        ## Security

        **RBAC**
        - Role/RoleBinding = namespaced; ClusterRole = cluster-wide
        - `k create rolebinding pr-bind -n dev --role=pod-reader --serviceaccount=dev:app-sa`
        - `docker build -t app:v1 .` / `podman build -t app:v1 .`
        """
    )
    assert any("k {{c1::create rolebinding}} pr-bind -n dev" in line for line in lines), lines
    assert not any("{{c1::RBAC}}" in line for line in lines), lines
    # a line that says the hidden words again gives itself away
    assert not any("{{c1::build}}" in line for line in lines), lines


def test_a_bold_phrase_that_a_wrapped_sentence_stresses_is_no_term() -> None:
    lines = cards_of(
        """
        ## SLAs

        An SLA is a formal agreement on uptime. If a service misses its SLA you can claim
        **service credits**. Free services and preview features generally have no SLA.
        Minimum storage duration matters because you pay an
        **early deletion** fee if you move or delete a blob before that time is up.
        """
    )
    assert not any("=> . Free services" in line or "| service credits =>" in line for line in lines), lines
    assert not any("early deletion => fee if" in line for line in lines), lines


def test_a_bold_name_that_opens_its_sentence_is_still_a_term() -> None:
    lines = cards_of(
        """
        ## Storage

        **Amazon S3** stores objects in buckets across the region.
        """
    )
    assert any("Amazon S3" in line and "stores objects in buckets" in line for line in lines), lines


def test_a_label_among_a_lists_members_is_shown_not_hidden() -> None:
    lines = cards_of(
        """
        ## Observability

        - probes
          - liveness fail -> ctr restarted
          - readiness fail -> removed from svc endpoints
          - startup -> disables liveness/readiness until it passes
          - defaults: periodSeconds 10, timeoutSeconds 1
        """
    )
    listed = [line for line in lines if "{{c1::liveness}}" in line]
    assert listed and not any("{{c4::defaults}}" in line or "::defaults}}" in line for line in listed), lines


def test_a_term_before_a_spaced_dash_is_asked_like_a_term_before_a_colon() -> None:
    lines = cards_of(
        """
        ## 2. Crypto & PKI

        - Symmetric - one shared key, fast, hard to distribute
        - Asymmetric - public/private key pair, slow, used to exchange keys
        - limited by time - short executions only
        - Apply even to Owners - the lock has to be removed first
        """
    )
    assert any("Asymmetric => public/private key pair" in line for line in lines), lines
    assert not any("{{c1::2. Crypto & PKI}}" in line for line in lines), lines
    # a clause before the dash is no name
    assert not any("| limited by time =>" in line or "| Apply even to Owners =>" in line for line in lines), lines


def test_a_line_over_its_own_lines_split_by_a_dash_is_a_sub_heading() -> None:
    lines = cards_of(
        """
        ## Shared responsibility

        - Provider Responsibility - security of the platform
          - physical hosts
          - the network
        - Customer Responsibility - security in the platform
          - data
          - identities
        """
    )
    assert not any("| Provider Responsibility =>" in line for line in lines), lines


def test_a_table_row_keyed_by_a_number_is_asked_with_its_column_and_its_remark_on_the_back() -> None:
    lines = cards_of(
        """
        ## Ports

        | Port | Protocol | Notes |
        |---|---|---|
        | 88 | Kerberos | tickets, AD auth |
        | 443 | HTTPS | TLS over TCP |
        """
    )
    # a remarks column asks nothing of its own: its remark goes with the row's first fact
    assert any("| Port 88 — Protocol => Kerberos — tickets, AD auth" in line for line in lines), lines
    assert not any("— Notes" in line for line in lines), lines


def test_a_run_of_bold_term_lines_is_no_topic_over_its_own_definitions() -> None:
    lines = cards_of(
        """
        ## Schedule

        **Critical path**: the longest path through the network, zero float
        **Float**: how long a task can slip without delaying the project
        """
    )
    assert any("| Float => how long a task can slip" in line for line in lines), lines
    assert not any("Critical path | Float" in line for line in lines), lines


def test_a_line_wrapped_after_a_comma_or_a_joining_word_is_one_line() -> None:
    lines = cards_of(
        """
        ## Kustomize

        - kustomization.yaml keys: `resources`, `namespace`, `images`,
          `labels`, `patches`
        - Azure Advisor: recommendations in five categories: Reliability, Security,
          Performance, Cost, Operational Excellence
        """
    )
    # one line, all five keys on one card (recited or asked by blanks)
    assert any(all(key in line for key in ("resources", "images", "labels", "patches")) for line in lines), lines
    assert any("Security, Performance, Cost" in line for line in lines), lines


def test_the_authors_remarks_on_studying_make_no_card() -> None:
    lines = cards_of(
        """
        ## Shared responsibility

        This one comes up constantly. The customer is always responsible for their data and identities.

        ## Cost

        A surprising number of questions are really about what makes the bill go up. Egress is charged by zone.
        """
    )
    assert not any("comes up constantly" in line or "surprising number of questions" in line for line in lines), lines
    assert any("always responsible for their data" in line for line in lines), lines


def test_the_exams_habits_are_no_answer() -> None:
    # "The exam's favourite game: pick the right one." under a heading made a card whose
    # front was the remark and whose back said nothing of the subject
    lines = cards_of(
        """
        ## Events vs messages

        Event Grid pushes discrete events to subscribers; Service Bus queues carry commands.

        The exam's favourite game: pick the right one.

        ## Plan tiers

        Most of this I already knew from other clouds. Free and Shared tiers run on shared VMs.
        The limits are what the exam asks.
        """
    )
    assert not any("pick the right one" in line or "what the exam asks" in line or "already knew" in line for line in lines), lines
    assert any("run on shared VMs" in line for line in lines), lines


def test_a_line_wrapped_after_a_preposition_is_one_line() -> None:
    lines = cards_of(
        """
        ## Security

        - **Defender for Cloud** — security posture management and threat protection across
          Azure, on-prem and other clouds
        """
    )
    assert any("threat protection across Azure, on-prem and other clouds" in line for line in lines), lines


def test_a_to_do_list_no_quiz_takes_makes_no_card() -> None:
    lines = cards_of(
        """
        # Security self-test

        ### Which permission lets a user list a directory?

        - [ ] write
        - [x] read

        ### Before the audit

        - [ ] rotate the access keys
        - [ ] review the firewall rules
        """
    )
    assert not any("rotate the access keys" in line for line in lines), lines


def test_a_bold_name_a_sentence_ends_on_before_its_colon_is_the_term() -> None:
    lines = cards_of(
        """
        ## Cloud

        **Basics**
        - Many regions have **availability zones**: separate datacenters within a region
        """
    )
    assert any("| availability zones => separate datacenters within a region" in line for line in lines), lines


def test_a_heading_that_says_what_its_lines_explain_is_never_hidden() -> None:
    lines = cards_of(
        """
        ## Cloud concepts

        ### What cloud computing is

        Cloud computing delivers computing services over the internet. You stop buying hardware up
        front and pay for what you use. The provider calls this the **usage model**:
        no upfront cost, no need to buy and manage infrastructure you might not use, and the ability to pay
        for extra resources only when you need them.

        - **CapEx** = up-front spending on physical infrastructure
        - **OpEx** = spending on services now, billed as you go
        """
    )
    assert not any("{{c1::What cloud computing is}}" in line for line in lines), lines


def test_a_table_column_with_one_value_throughout_makes_no_cards() -> None:
    lines = cards_of(
        """
        ## Shared responsibility

        | Responsibility | On-prem | IaaS | SaaS |
        |---|---|---|---|
        | Information and data | Customer | Customer | Customer |
        | Operating system | Customer | Customer | Microsoft |
        | Physical hosts | Customer | Microsoft | Microsoft |
        """
    )
    assert not any("— On-prem" in line for line in lines), lines
    assert any("Operating system — SaaS: Customer or Microsoft? => Microsoft" in line for line in lines), lines


def test_a_command_word_its_arguments_say_again_is_a_name_left_shown() -> None:
    lines = cards_of(
        """
        ## Pods

        **pods**
        - `k run nginx --image=nginx --port=80 --expose`
        - `k create sa app-sa -n dev`
        """
    )
    assert any("k {{c1::run}} nginx --image=nginx" in line for line in lines), lines
    assert any("k {{c1::create sa}} app-sa -n dev" in line for line in lines), lines
