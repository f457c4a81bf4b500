"""Cards that ask one thing a learner can answer: no category label or
trailing fragment as a term, no example value as a number, no open list or
settings list recited as a set, no blank the front spells out."""

from __future__ import annotations

from pipeline.cards.single_facts import gives_itself_away

from .test_cards import cards_of


def test_labels_that_sort_names_into_categories_ride_on_the_list_beside_them() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Security:**
        - Design principles:
          - enable traceability
          - apply security at all layers
          - keep people away from data
        - Services:
          - IAM: IAM, STS, MFA token
          - Detective Controls: Config, CloudTrail, CloudWatch
          - Infra protection: CloudFront, VPC, Shield
        """
    )
    assert not any(line.startswith("[term]") for line in lines)  # "Detective Controls?" -> "Config, CloudTrail..."
    # no blank over the author's headings ("{{c1::Detective Controls}}: Config, ..."): the map is
    # shown, unasked, on the back of the list before it
    assert not any("Detective Controls}}" in line for line in lines), lines
    principles = next(line for line in lines if "Security — Design principles" in line)
    assert "{{c1::enable traceability}}" in principles
    assert "=> Security — Services IAM: IAM, STS, MFA token Detective Controls: Config, CloudTrail, CloudWatch" in principles
    assert principles.endswith("@4,5,6,7,8,9,10,11,3"), principles  # every line of the map is said there


def test_an_answer_that_trails_off_is_no_term() -> None:
    lines = cards_of(
        """
        ## Billing

        **Savings Plan:**
        - easiest way to set up long-term commitments
        - ML savings Plan: sagemaker...
        - identity providers: AD, OneLogin, Okta..
        - set up from the Cost Explorer console
        """
    )
    assert not any(line.startswith("[term]") for line in lines)
    assert any("sagemaker..." in line for line in lines) and any("Okta.." in line for line in lines)


def test_a_verb_phrase_is_no_term_and_a_things_settings_are_no_set() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Deployment:**
        - manages ReplicaSets -> rolling updates and rollbacks
        - strategy: RollingUpdate (default) or Recreate
        - maxSurge default 25%, maxUnavailable default 25%
        - `kubectl rollout undo deployment/web` -> back to previous revision
        """
    )
    assert not any("| manages ReplicaSets" in line for line in lines)
    assert not any("{{c1::manages ReplicaSets}}" in line or "{{c2::strategy}}" in line for line in lines)
    # an everyday word ("strategy") is asked with the thing it belongs to
    assert "[term] Workloads › Deployment | Deployment — strategy: which 2? => RollingUpdate (default) or Recreate @5" in lines


def test_a_number_in_an_example_is_no_fact_to_learn() -> None:
    lines = cards_of(
        """
        ## Scaling

        **Dynamic Scaling:**
        - target tracking scaling: for ex keep the average CPU around 40%
        - retention: up to 14 days
        """
    )
    assert not any(line.startswith("[number]") and "40%" in line for line in lines)
    # an example is no definition: the card asks which term it illustrates
    assert "[term] Scaling | Dynamic Scaling — which name? {{c1::target tracking scaling}}: for ex keep the average CPU around 40% => @4" in lines
    assert any(line.startswith("[number]") and "{{c1::14 days}}" in line for line in lines)


def test_a_label_that_reads_on_into_its_list_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Global

        **CloudFront:**
        - content delivery network
        - cache from:
          - S3 bucket, with an origin access identity
          - custom origin: any HTTP backend
        """
    )
    assert any(line.startswith("[detail] Global › CloudFront | CloudFront — cache from: which 2? =>") for line in lines), lines


def test_an_open_list_asks_what_it_belongs_to_in_parts() -> None:
    lines = cards_of(
        """
        ## Storage

        **S3:**
        - object storage with buckets and keys
        - Use cases:
          - backup and storage
          - disaster recovery
          - archive
          - hybrid cloud storage
          - media hosting
          - static websites
        """
    )
    assert not any("{{c1::backup and storage}}" in line or "{{c4::static websites}}" in line for line in lines)
    parts = [line for line in lines if "{{c1::S3}} — Use cases:" in line]
    assert len(parts) == 2 and "static websites" in parts[1]


def test_a_definition_question_is_asked_as_facts_of_its_subject() -> None:
    lines = cards_of(
        """
        ## Cloud Computing

        **What is Cloud Computing ?**
        - on-demand delivery of compute power, database storage and apps
        - through a cloud services platform with pay-as-you-go pricing
        - provision exactly the right type and size of computing resources
        - access as many resources as needed almost instantly
        - simple way to access servers, storage and databases
        """
    )
    assert not any("{{c1::on-demand delivery" in line for line in lines)  # no whole sentence hidden
    assert any(line.startswith("[overview] Cloud Computing | What is Cloud Computing ? =>") for line in lines)
    # A line with a term of its own asks it, the subject shown; the plainer ones ride with the definition.
    assert "[detail] Cloud Computing | Cloud Computing : through a cloud services platform with {{c1::pay-as-you-go pricing}} => @5,3" in lines
    assert any(line.startswith("[overview] Cloud Computing | What is Cloud Computing ? =>") and "simple way to access servers" in line for line in lines)
    # The breadcrumb "Cloud Computing" would answer a blank over the name: never both.
    assert not any(line.startswith("[detail] Cloud Computing |") and "{{c1::Cloud Computing}}" in line for line in lines)


def test_peer_items_over_their_own_lists_are_no_set_and_no_partial_overview() -> None:
    lines = cards_of(
        """
        ## Billing

        **Billing Tools:**
        - Estimating costs in the cloud: Pricing Calculator
        - Tracking costs in the cloud:
          - Billing Dashboard
          - Cost Explorer
        - Monitoring against costs plans: Billing Alarms
        """
    )
    assert not any("{{c2::Tracking costs in the cloud}}" in line for line in lines)
    assert not any(line.startswith("[overview] Billing | Billing Tools =>") for line in lines)
    assert any(line.startswith("[overview]") and "Pricing Calculator" in line for line in lines)


def test_a_blank_whose_abbreviation_or_words_the_front_shows_is_not_made() -> None:
    assert gives_itself_away("managed {{c1::NFS}} (network file system) for EC2", ("Storage",), frozenset())
    assert gives_itself_away("meeting the {{c1::SLA}} (service-level agreement)", ("Monitoring",), frozenset())
    assert gives_itself_away("the {{c1::Communication Service Provider}}'s (CSP) network", ("Edge",), frozenset())
    assert not gives_itself_away("managed {{c1::NFS}} that can be mounted on many instances", ("Storage",), frozenset())


def test_a_summary_heading_is_no_subject_of_its_cards() -> None:
    lines = cards_of(
        """
        # Kubernetes basics

        ## Workloads

        Pods run containers.

        ## Summary

        - Pod = smallest unit, Deployment = stateless apps
        - OOMKilled: memory limit exceeded
        """
    )
    assert not any("Summary" in line for line in lines)
    assert any(line.startswith("[term] Kubernetes basics | OOMKilled => memory limit exceeded") for line in lines)


def test_a_line_that_brings_in_another_product_hides_that_product() -> None:
    lines = cards_of(
        """
        ## Containers

        **Docker:**
        - software development platform to deploy apps in containers
        - images can be stored in ECR (Elastic Container Registry), a private Docker registry run by ECS or Fargate
        """
    )
    assert any("{{c1::ECR (Elastic Container Registry)}}, a private Docker registry" in line for line in lines), lines
    assert not any("{{c1::Docker}} registry" in line for line in lines), lines


def test_a_quick_review_says_again_what_the_notes_said() -> None:
    lines = cards_of(
        """
        # Project management

        ## Cost

        - Cost variance: CV = EV − AC, negative means over budget

        ## Quick review

        - CV = EV − AC
        - Crashing = add resources to the critical path
        """
    )
    assert not any("Quick review" in line and "EV − AC" in line for line in lines), lines
    assert any("Crashing" in line for line in lines), lines  # said nowhere else: still asked


def test_a_sections_opening_definition_asks_its_term_and_nothing_of_the_section() -> None:
    """The sentences after `*term* refers to ...` elaborate the term: asked of
    the section ("S3 -> For example, a company may purchase a server") they
    would ask the wrong subject; and the term, defined in passing, is not
    shown under the section as if it were a part of it."""
    lines = cards_of(
        """
        ## S3
        *on premises* refers to local hardware, meaning data is stored on local servers. For example, a company may purchase a server. Because it is locally run, it is on-premises storage.

        **Use cases:**
        - Back up and storage
        - Disaster recovery
        """
    )
    asked = [line for line in lines if "on premises" in line]
    assert len(asked) == 1 and "refers to local hardware" in asked[0]
    assert asked[0].startswith("[overview] | on premises")  # no "S3 ›" breadcrumb: it is not a part of S3
    assert not any("company may purchase" in line for line in lines)


def test_a_phrase_that_leads_somewhere_is_asked_of_its_parent() -> None:
    lines = cards_of(
        """
        ## Kubernetes

        ### Workloads

        - **StatefulSet**
          - stable storage -> one PVC per pod via volumeClaimTemplates
          - ordered start and stop
        - **Ingress**
          - L7 HTTP(S) routing -> host and path rules to Services
          - TLS termination via a Secret
        - **Probes**
          - liveness -> restart the container when it fails
          - readiness -> remove the pod from Service endpoints
        """
    )
    assert not any(line.startswith("[term] Kubernetes › Workloads › StatefulSet | stable storage") for line in lines)
    assert "[term] Kubernetes › Workloads | StatefulSet : stable storage → {{c1::one PVC per pod via volumeClaimTemplates}} => @6" in lines
    assert "[term] Kubernetes › Workloads | Ingress : L7 HTTP(S) routing → {{c1::host and path rules to Services}} => @9" in lines
    assert "[term] Kubernetes › Workloads › Probes | Probes — liveness => restart the container when it fails @12,11" in lines


def test_the_rest_of_a_list_given_elsewhere_is_no_set_to_recite() -> None:
    lines = cards_of(
        """
        # Terraform

        ### Things I keep forgetting
        - `TF_LOG` levels: `TRACE` (most verbose), `DEBUG`, `INFO`, `WARN`, `ERROR`. `TF_LOG_PATH` to write to a file.
        - other env vars: `TF_VAR_x`, `TF_CLI_ARGS` / `TF_CLI_ARGS_plan`, `TF_INPUT=0`, `TF_DATA_DIR` (moves `.terraform`), `TF_WORKSPACE`
        - setting an argument to `null` = same as leaving it out
        """
    )
    # "other env vars: [...], TF_CLI_ARGS, ...": a blank with no cue to it, nor a bare label over them
    assert not any("TF_WORKSPACE" in line for line in lines), lines
    assert any("TF_LOG levels" in line for line in lines), lines


def test_items_with_commas_only_in_their_asides_are_still_one_list() -> None:
    lines = cards_of(
        """
        # AZ-900

        ## Identity, access & security

        ### Defense in depth (outside → in)

        1. Physical security
        2. Identity & access
        3. Perimeter (DDoS protection, firewalls)
        4. Network (segmentation, NSGs, deny by default)
        5. Compute (secure VM access, patching)
        6. Application (secure dev, secrets in Key Vault)
        7. Data
        """
    )
    # "Defense in depth => Physical security, Identity & access": two of seven layers, the rest said nowhere
    for layer in ("Perimeter", "Compute", "Application"):
        assert any(f"{{{{c" in line and layer in line for line in lines), (layer, lines)
