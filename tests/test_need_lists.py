"""A list of needs pointing at what meets each ("need -> answer") is asked
from the need, item by item, however the list is titled."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_list_of_needs_asks_each_need_for_its_answer() -> None:
    lines = cards_of(
        """
        ## Quick "which product?" list

        - Detect risky sign-ins in the cloud -> Entra ID Protection
        - RDP without public IP -> Azure Bastion
        - Keep mail for 7 years, then delete -> retention policy
        - Watermark confidential documents -> sensitivity labels
        """
    )
    assert any(line.endswith("| RDP without public IP — which product? => Azure Bastion @4") for line in lines), lines
    assert any("Keep mail for 7 years, then delete — which product? => retention policy" in line for line in lines), lines
    # no blank over the need's figure, no answer asked back to its need, no heading answered by an item
    assert not any("{{c1::" in line or "which one: " in line or line.startswith("[overview]") for line in lines), lines


def test_a_list_titled_pick_the_kind_asks_which_kind() -> None:
    lines = cards_of(
        """
        ## Pick the storage

        - shared file system for many Linux servers → EFS
        - block storage for one instance → EBS
        - cheapest archive kept for years → Glacier Deep Archive
        """
    )
    assert any("| block storage for one instance — which storage? => EBS" in line for line in lines), lines


def test_a_list_with_a_few_arrows_among_other_lines_is_read_as_before() -> None:
    lines = cards_of(
        """
        ## Cloud Computing

        - on-demand delivery of IT resources -> on demand self-service
        - rapid elasticity and scalability
        - provision exactly the right type and size of resources
        - pay only for what you use
        """
    )
    assert not any("— which" in line for line in lines), lines


def test_a_numbered_decision_list_asks_each_need_and_keeps_the_answers_aside_on_the_back() -> None:
    lines = cards_of(
        """
        ## Choosing the approach (build vs buy)

        1. Generative AI? -> **Amazon Bedrock** (foundation models via API, fine-tuning, agents)
        2. Tabular problem, little ML expertise -> **SageMaker Canvas** (AutoML)
        3. Own code with a framework -> **script mode** (PyTorch, TensorFlow containers)
        4. Fully custom -> **bring your own container (BYOC)** in ECR
        """
    )
    assert any("| Generative AI — which approach? => Amazon Bedrock (foundation models" in line for line in lines), lines
    assert any("| Fully custom — which approach? => bring your own container (BYOC) in ECR @6" in line for line in lines), lines



def test_a_longer_answer_that_opens_on_a_name_is_asked_in_a_list_of_needs() -> None:
    lines = cards_of(
        """
        ## need -> service (quick fire)

        - detect crypto mining on EC2 -> GuardDuty
        - find credit card numbers in S3 -> Macie
        - CVE scan of container images in ECR -> Inspector
        - block SQL injection on ALB -> WAF
        - inspect packet payloads -> VPC Traffic Mirroring
        - DDoS response team + cost protection -> Shield Advanced
        - central view of findings across 40 accounts -> Security Hub w/ delegated admin + aggregation region
        - stop anyone disabling GuardDuty in member accounts -> SCP deny `guardduty:DeleteDetector`, `cloudtrail:StopLogging`
        """
    )
    assert any("| central view of findings across 40 accounts — which one? => Security Hub w/ delegated admin" in line for line in lines), lines
    assert any("| stop anyone disabling GuardDuty in member accounts — which one? => SCP deny" in line for line in lines), lines
    # no blank over the need's figure, no heading answered by an item
    assert not any("{{c1::40" in line or line.startswith("[overview]") for line in lines), lines


def test_an_arrow_in_the_answers_brackets_is_the_answers_own() -> None:
    lines = cards_of(
        """
        ## Scenarios

        - need same message to go to 3 independent consumers -> SNS fan-out
        - need microsecond DDB reads -> DAX
        - need to rotate DB creds automatically -> Secrets Manager
        - need a simple header rewrite at the edge -> CloudFront Functions (network calls -> Lambda@Edge)
        """
    )
    assert any("need a simple header rewrite at the edge — which one? => CloudFront Functions (network calls" in line for line in lines), lines
    assert not any(line.startswith("[overview]") for line in lines), lines


def test_kinds_of_the_label_with_what_each_is_are_no_needs() -> None:
    # `compute:` over `compute instance -> your dev VM`: a glossary of the label's kinds, not needs
    lines = cards_of(
        """
        ## Azure Machine Learning

        - compute:
          - compute instance -> your dev VM (notebooks)
          - compute cluster -> scalable cluster for training jobs
          - serverless compute -> training or deploying
        """
    )
    assert not any("compute instance <span" in line or "compute instance — which one?" in line for line in lines), lines


def test_use_this_when_that_is_asked_from_the_need_under_a_which_title() -> None:
    # "Use X when Y" is the answer written first; a title that says "which ... when" makes
    # half its items enough for a list of needs
    lines = cards_of(
        """
        ## Which-one-when cheat lines

        - Use PrivateLink when exposing ONE service to many VPCs/accounts with overlapping CIDRs.
        - Use peering when 2-3 VPCs, max perf, cheapest.
        - Use GWLB when 3rd party appliance fleet, scale + HA, transparent.
        - Use Resolver inbound when on-prem must resolve PHZ; outbound when VPC resolves on-prem.
        - "static IPs for partner allowlist" -> NLB EIPs or Global Accelerator or NAT GW EIPs (for outbound)
        """
    )
    assert any("| exposing ONE service to many VPCs/accounts with overlapping CIDRs — which one? => PrivateLink @3" in line for line in lines), lines
    assert any("| 2-3 VPCs, max perf, cheapest — which one? => peering @4" in line for line in lines), lines
    # two answers on one line are no single need's
    assert not any("— which one? => Resolver inbound" in line for line in lines), lines
    assert not any("{{c1::" in line for line in lines), lines


def test_use_this_when_that_alone_makes_no_list_of_needs() -> None:
    # one such line among advice is a remark, asked as usual
    lines = cards_of(
        """
        ## Cost

        - Use Spot when the batch job can be interrupted.
        - rightsizing recommendations, idle VM recs
        - autoscaling + scale to zero serverless for spiky low traffic
        """
    )
    assert not any("— which one? => Spot" in line for line in lines), lines


def test_a_question_of_its_own_or_one_answered_by_a_figure_is_asked_as_written() -> None:
    lines = cards_of(
        """
        ## Self-quiz

        1. Can an RG contain another RG? -> **No**
        2. Max depth of mgmt group tree? -> **6 levels**
        3. Where to find MS audit reports? -> **Service Trust Portal**
        4. Run small code on events, pay only when running? -> **Azure Functions**
        """
    )
    assert any("| Can an RG contain another RG? => No @" in line for line in lines), lines
    assert any("| Max depth of mgmt group tree? => 6 levels @" in line for line in lines), lines
    assert any("| Where to find MS audit reports? => Service Trust Portal @" in line for line in lines), lines
    # under a title of questions, the author's own question, not a need asked "which one?"
    assert any("Run small code on events, pay only when running? => Azure Functions" in line for line in lines), lines
    assert not any("RG — which" in line or "tree — which" in line for line in lines), lines


def test_needs_written_one_after_another_on_a_line_are_each_asked() -> None:
    lines = cards_of(
        """
        ## Security

        - firewalls and the rest of the edge
        - Exam tip: DDoS -> Shield. SQLi / XSS / block IPs at the app layer -> WAF.
        - "see changes before a stack update" -> change sets. "someone edited resources by hand" -> drift detection.
        - "Who patches the guest OS?" -> customer. "Who patches the hypervisor?" -> AWS.
        - One project -> one billing account. One billing account -> many projects.
        """
    )
    assert any(line.endswith("| DDoS — which one? => Shield @4") for line in lines), lines
    assert any("SQLi / XSS / block IPs at the app layer" in line and "=> WAF" in line for line in lines), lines
    assert any("someone edited resources by hand" in line and "=> drift detection" in line for line in lines), lines
    assert any(line.endswith("Who patches the guest OS? => customer @6") for line in lines), lines
    # a plain word after the arrow, the need not the exam's words in quotes: a fact, no need to ask from
    assert not any("— which one? => one billing account" in line for line in lines), lines


def test_needs_cut_at_semicolons_on_one_line_are_each_asked() -> None:
    # the second need of such an item was asked by no card
    lines = cards_of(
        """
        ## Which to pick

        - crypto-mining / recon → **GuardDuty**; CVEs in EC2 & images → **Inspector**; PII in S3 → **Macie**
        - rotate DB passwords automatically → **Secrets Manager**; cheap config / non-rotating secrets → **Parameter Store**
        - who called what API → **CloudTrail**
        - remember: Import → DQ switch NOT possible; DQ → Import is
        """
    )
    for need, answer in (("CVEs in EC2 & images", "Inspector"), ("PII in S3", "Macie"), ("cheap config / non-rotating secrets", "Parameter Store")):
        assert any(f"{need} — which one? => {answer}" in line for line in lines), (need, lines)
    # an answer in plain words after a `;` is a remark, no name: the line is read as before
    assert not any("=> DQ switch NOT possible" in line or "=> Import is" in line for line in lines), lines


def test_use_x_when_asks_the_needs_for_the_name() -> None:
    lines = cards_of(
        """
        ## Data pipelines

        ### Dataflow
        - Use Dataflow when: new pipelines, streaming, want no cluster mgmt

        ### Connecting VPCs
        - use Shared VPC when: same org, central control. Peering when: different orgs / decentralized.
        """
    )
    # the topic "Dataflow" is no part of the breadcrumb that would answer the card
    assert any("| new pipelines, streaming, want no cluster mgmt — which one? => Dataflow @4" in line and "› Dataflow" not in line for line in lines), lines
    assert any("same org, central control — which one? => Shared VPC" in line for line in lines), lines
    assert any("different orgs / decentralized — which one? => Peering" in line for line in lines), lines


def test_a_name_glossed_only_in_brackets_is_asked_from_its_gloss() -> None:
    lines = cards_of(
        """
        ## RAG

        ### vector store options
        - **OpenSearch Serverless** — default vector store, managed
        - **Amazon Neptune Analytics** (graph + vectors, GraphRAG)
        - **MOUs** (memorandum of understanding)
        """
    )
    assert any("graph + vectors, GraphRAG — which one? => Amazon Neptune Analytics" in line for line in lines), lines
    # a gloss that spells its name out would answer the card on its front
    assert not any("memorandum of understanding — which one?" in line for line in lines), lines


def test_use_this_for_that_lines_are_needs_too() -> None:
    lines = cards_of(
        """
        ## Sandboxes

        - Use **Full** for performance/load testing, UAT, staging with real data.
        - Use **Partial Copy** for QA/training with representative data.
        - Use **Developer** for individual dev/config in isolation.
        """
    )
    assert any("performance/load testing, UAT, staging with real data — which one? => Full" in line for line in lines), lines
    assert any("QA/training with representative data — which one? => Partial Copy" in line for line in lines), lines


ISSUES = """
## 5.3 Network service issues

- **Incorrect VLAN** on access port → host gets wrong subnet or no DHCP
- **Duplicate IP** → intermittent connectivity, OS warnings
- **Address pool exhaustion** → new clients get APIPA. Fix: shorter lease, bigger scope
- can't reach instance from internet → SG/NACL, no public IP, missing IGW route
"""


def test_an_issue_named_in_bold_over_its_symptom_is_asked_from_the_symptom() -> None:
    lines = cards_of(ISSUES)
    assert any("host gets wrong subnet or no DHCP — which one? => Incorrect VLAN on access port" in line for line in lines), lines
    assert any("intermittent connectivity, OS warnings — which one? => Duplicate IP" in line for line in lines), lines
    # a symptom over its causes, and an issue with more facts than its symptom, are read as before
    assert not any("SG/NACL, no public IP, missing IGW route — which one?" in line for line in lines), lines
    assert any("shorter lease, bigger scope" in line for line in lines), lines


SEVERAL = """
## Performance improvements

- read-heavy DB -> read replicas / ElastiCache / DAX
- in-memory cache -> Memorystore (Redis / Memcached)
- S3 uploads far away -> Transfer Acceleration / multipart
"""


def test_a_need_with_several_answers_asks_for_as_many() -> None:
    lines = cards_of(SEVERAL)
    assert any("read-heavy DB — which 3? => read replicas / ElastiCache / DAX" in line for line in lines), lines
    assert any("in-memory cache — which one? => Memorystore" in line for line in lines), lines  # one answer, its kinds in brackets
