"""A detail card's blank hides the line's own fact: never a word of a side
remark in brackets, and never a name the front still shows, whole, by its
product half, or abbreviated. Where the key term fails, the line asks the
name of what it is about."""

from __future__ import annotations

from pipeline.cards.closing_phrase import closing_phrase_text
from pipeline.cards.deletions import abbreviates_shown, in_aside
from pipeline.cards.entries import Fact, Group
from pipeline.cards.single_facts import gives_itself_away
from pipeline.cards.sink import CardSink
from pipeline.model import Span

from .test_cards import cards_of, without_offers


def test_a_blank_inside_a_bracketed_aside_is_a_side_remark() -> None:
    assert in_aside("<b>Disks</b>: one VM at a time (at the {{c1::AZ-104}} level) or shared")
    assert in_aside("deliver apps to any browser (no need to run a {{c1::VDI}})")
    assert in_aside("threat data ({{c1::NSG}} flow logs, DNS logs, audit logs)")
    # A bracket that holds only the name says what the line is about.
    assert not in_aside("second copy in one zone ({{c1::Cool LRS}})")
    assert not in_aside("archive tier (cheapest tier: {{c1::Archive Storage}})")
    assert not in_aside("{{c1::Key Vault}} stores secrets (and certificates)")


def test_a_name_spelled_out_on_the_front_by_its_capitals_gives_itself_away() -> None:
    assert abbreviates_shown("CT", "<b>CloudTrail</b>: can put logs from  to S3")
    assert abbreviates_shown("CloudWatch", " billing metric data from CW is kept in one region")
    assert not abbreviates_shown("CW", "send logs to a central logging account")
    assert not abbreviates_shown("VPC", "subnets of a VirtualNetwork")  # other capitals
    common: frozenset[str] = frozenset()
    assert gives_itself_away("<b>CloudTrail</b>: can put logs from {{c1::CT}} to S3", (), common)


def test_half_a_name_shown_gives_it_away_when_that_half_is_a_product() -> None:
    common: frozenset[str] = frozenset()
    things = {"cloudhsm", "key vault"}

    def described(name: str) -> bool:
        return name.lower() in things

    cloze = "{{c1::CloudHSM Keys}}: operations run within the CloudHSM cluster"
    assert gives_itself_away(cloze, (), common, described)
    assert not gives_itself_away(cloze, (), common)  # without the notes' things: half is not enough
    # the shown half is a generic word, or no product of the notes: the blank still asks which
    assert not gives_itself_away("{{c1::Inline policy}} is a policy attached to one user", (), common, described)
    assert not gives_itself_away("{{c1::Security Hub}}: dashboard of security status", (), common, described)


def test_a_line_whose_key_term_is_an_aside_asks_the_name_it_is_about() -> None:
    lines = cards_of(
        """
        ## Compute

        **Disk Storage:**
        - network drive attached to one virtual machine
        - can only be attached to one VM at a time (at the AZ-900 level) (but shared disks exist)
        - bound to a specific zone, move it with a snapshot
        - billed per provisioned size and performance tier

        **Blob Storage:**
        - object storage for unstructured data, any amount
        - hot, cool and archive access tiers
        """
    )
    lines = without_offers(lines)
    assert not any("{{c1::AZ-900}}" in line for line in lines)
    assert any("{{c1::Disk Storage}}" in line and "one VM at a time" in line for line in lines)


def test_a_blank_over_an_abbreviation_of_the_lines_subject_is_not_made() -> None:
    lines = cards_of(
        """
        ## Monitoring

        **CloudTrail:**
        - tracks user activity and detects unusual API usage
        - governance, compliance and risk auditing of the account
        - can put logs from CT to a log group or a bucket
        - a trail can be applied to all regions or a single one

        **CloudWatch:**
        - metrics, alarms and dashboards for every resource
        - CW billing metric data is stored in one region only
        """
    )
    # the name stays on the front while its capitals are hidden: no blank asks it
    assert not any("CloudTrail</b>: can put logs from {{c1::CT}}" in line for line in lines)
    assert not any("CloudWatch</b>: {{c1::CW}}" in line for line in lines)
    # nor is the name hidden while its abbreviation stays on the front
    assert not any("{{c1::CloudWatch}}" in line and " CW billing" in line for line in lines)
    assert any("logs from" in line and "CT" in line for line in lines)  # the line is still said


def test_under_an_item_a_word_that_is_no_thing_of_the_notes_asks_the_item() -> None:
    lines = cards_of(
        """
        ## Support

        **Support Plans:**
        - **Standard Plan:**
          - business hours email access to Support Associates
          - one primary contact for cases
        - **Professional Direct Plan:**
          - used for production workloads across the company
          - 24/7 phone and chat access to Support Engineers within an hour
          - escalation management: Advisory Team
        """
    )
    lines = without_offers(lines)
    # which plan has round-the-clock engineers, not who answers the phone
    assert not any("{{c1::Support Engineers}}" in line for line in lines)
    assert any("{{c1::Professional Direct Plan}}" in line and "24/7 phone" in line for line in lines)


def test_under_an_item_a_settings_value_stays_the_fact() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Controllers:**
        - **Deployment:**
          - manages ReplicaSets for stateless apps
          - strategy: RollingUpdate (default) or Recreate
          - containers restart with a new revision on each change
        - **StatefulSet:**
          - stable network identity and storage per replica
          - ordered rollout of each pod
        """
    )
    assert any("strategy: {{c1::RollingUpdate}} (default)" in line for line in lines)


def test_a_line_under_the_kinds_of_a_thing_asks_the_thing() -> None:
    lines = cards_of(
        """
        ## Blob Storage

        **Access Tiers:**
        - the tier can be changed manually or by a lifecycle rule
        - durability is the same for all tiers, availability varies
        - 11 nines of durability
        - stores objects in a flat namespace of containers
        - Hot: frequently accessed data, highest storage cost
        - Cool: infrequently accessed data, stored for 30 days at least
        """
    )
    assert any("{{c1::Blob Storage}} — Access Tiers: stores objects in a flat namespace" in line for line in lines)
    assert not any("{{c1::Access Tiers}}: stores objects" in line for line in lines)


def test_a_name_cloze_hides_the_names_other_forms_too() -> None:
    lines = cards_of(
        """
        ## Monitoring

        **CloudWatch:**
        - metrics, alarms and dashboards for every resource
        - CW billing metric data is stored in one region only
        - logs agent on virtual machines and on premises servers

        ## Media

        **Elastic Transcoder:**
        - converts media files stored in buckets into formats that phones play
        - it runs on a transcoding pipeline that will convert the file
        - pay for the minutes transcoded and the resolution
        """
    )
    # hidden, "CW" would ask the name twice: the line rides with the definition instead
    assert not any("{{c1::CW}}" in line for line in lines)
    assert any(line.startswith("[overview]") and "CW billing metric data" in line for line in lines)
    assert not any("{{c1::Elastic Transcoder}}" in line and "a transcoding pipeline" in line for line in lines)


def test_other_forms_are_words_of_the_name_not_its_generic_part() -> None:
    from pipeline.cards.deletions import hide_forms, variant_shown

    common: frozenset[str] = frozenset({"Amazon"})
    assert variant_shown("Forecast", "reduce forecasting time from months to hours", common)
    assert variant_shown("Elastic Transcoder", "runs a transcoding pipeline", common)
    assert not variant_shown("Secrets Manager", "rotate and manage db credentials", common)
    assert not variant_shown("EventBridge", "archive the events of a bus", common)
    assert hide_forms("<b>CW</b> billing data from CloudWatch", "CloudWatch", common) == "<b>{{c1::CW}}</b> billing data from CloudWatch"


def test_a_blank_over_a_list_of_names_asks_the_lines_subject_instead() -> None:
    lines = cards_of(
        """
        ## Security

        **Microsoft Sentinel:**
        - cloud-native SIEM and SOAR for the whole estate
        - collects and correlates signals from Entra ID, Defender, Office 365 and builds incidents
        - playbooks automate the response to an incident
        """
    )
    assert not any("names}}" in line for line in lines)
    assert any("{{c1::Microsoft Sentinel}}" in line and "Entra ID, Defender, Office 365" in line for line in lines)


def test_a_term_the_definition_already_says_gives_way_to_the_name() -> None:
    lines = cards_of(
        """
        ## Space

        **Azure Orbital:**
        - ground station as a service to talk to LEO satellites and process their data in the cloud
        - schedule contacts with LEO satellites from the portal, pay per minute of contact

        **Azure Maps:**
        - geospatial APIs for maps, routing, traffic and weather in apps
        """
    )
    assert not any("{{c1::LEO}}" in line for line in lines)
    assert any("{{c1::Azure Orbital}}:" in line and "schedule contacts" in line for line in lines)


def test_under_an_item_a_literal_to_type_stays_the_fact() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Objects:**
        - **Pods:**
          - smallest deployable unit, one or more containers
          - containers in a pod talk over `localhost`
        - **Jobs:**
          - run pods to completion, retried on failure
        """
    )
    assert any("Pods : containers in a pod talk over {{c1:: localhost }}" in line for line in lines)


def test_lines_that_each_name_a_thing_in_brackets_are_asked_one_at_a_time() -> None:
    lines = cards_of(
        """
        ## Storage

        **Access Tiers:**
        - Hot:
          - frequently accessed data, highest storage cost
          - no retrieval fee
        - Cool tier (CT):
          - less frequently accessed but needs fast access when needed
          - disaster recovery, backups (standard cool: Blob Cool)
          - one datacenter only, data lost when the datacenter burns (Blob Cool LRS), for secondary backup copies
        """
    )
    assert not [line for line in lines if "Blob Cool)" in line and "Blob Cool LRS" in line]  # two things, not one answer
    assert any("({{c1::standard cool: Blob Cool}})" in line for line in lines)
    assert any("burns ({{c1::Blob Cool LRS}})" in line for line in lines)


def test_a_bare_phrase_and_an_aspect_list_make_one_overview() -> None:
    lines = cards_of(
        """
        ## Access

        **Role Assignment:**
        - JSON based
        - Used to:
          - grant a user access to a resource group
          - grant a managed identity access to a key vault
          - inherited by every resource below the scope

        **Encryption:**
        - leverage encryption keys
        - 2 types:
          - at rest: data stored on a disk or in a database
          - in transit: data moving between two places
        """
    )
    overview = next(line for line in lines if line.startswith("[overview] Access | Role Assignment =>"))
    assert "JSON based" in overview and "Used to: grant a user access to a resource group; grant a managed identity" in overview
    assert not any("Role Assignment — Used to" in line for line in lines)  # the list is said by the overview
    assert any(line.startswith("[term]") and "at rest" in line for line in lines)  # terms keep their own cards


TIERS = """
## Support

**Support Plans:**
- **Developer Plan:**
  - business hours email access to Support Associates
  - general guidance within one business day
- **Standard Plan:**
  - used for production workloads of the company
  - 24/7 phone and chat access to Support Engineers within an hour
  - response times (+ production system down)
- **Professional Direct Plan:**
  - used for business critical workloads
  - response times (+ business critical system down)
"""


def test_a_line_of_a_tier_asks_the_lowest_tier_that_includes_it() -> None:
    lines = cards_of(TIERS)
    asked = [line for line in lines if "{{c1::Standard Plan}}" in line and "24/7 phone" in line]
    assert asked and all("Lowest tier that includes it?" in line for line in asked)


def test_a_stem_or_an_abbreviation_of_the_hidden_name_is_no_clue_left_shown() -> None:
    from pipeline.cards.deletions import hide_forms

    common: frozenset[str] = frozenset()
    assert hide_forms("restore a version", "Versioning", common) == "restore a {{c1::version}}"
    assert hide_forms("archive the event bus", "EventBridge", common) == "archive the event bus"  # too short a part
    # the breadcrumb "ELB & ASG" spells the hidden Load Balancer
    assert gives_itself_away("{{c1::Load Balancer}}: spreads load across instances", ("ELB & ASG",), common)
    assert not gives_itself_away("{{c1::Load Balancer}}: spreads load across instances", ("Scaling",), common)
    # "TGW" opens on the initials of Transit Gateway and ends on its last word's letter
    assert gives_itself_away("{{c1::Transit Gateway}}: route tables on the TGW control who talks to whom", (), common)
    assert not gives_itself_away("{{c1::Transit Gateway}}: route tables control who talks to whom", (), common)


def test_a_tiers_own_lines_are_each_asked_by_the_lowest_tier_not_under_its_bare_name() -> None:
    lines = cards_of(TIERS)
    assert "[detail] Support › Support Plans | Lowest tier that includes it? {{c1::Developer Plan}}: business hours email access to Support Associates => @5,4" in lines
    assert "[detail] Support › Support Plans | Lowest tier that includes it? {{c1::Standard Plan}}: used for production workloads of the company => @8,7" in lines
    # no card reads a tier's lines back under its bare name
    assert not [line for line in lines if line.startswith(("[detail] Support › Support Plans | Developer Plan =>", "[detail] Support › Support Plans | Standard Plan =>"))]


def test_an_acronym_half_or_a_plural_of_a_shown_word_gives_the_name_away() -> None:
    common: frozenset[str] = frozenset({"AWS"})
    assert gives_itself_away("{{c1::Audit Insights}} (analysis of AU Events): alarms on unusual activity", (), common) is False
    assert gives_itself_away("{{c1::AU Insights}} (analysis of AU Events): alarms on unusual activity", (), common)
    assert gives_itself_away("{{c1::API Gateway}}: REST and WebSocket APIs, throttling, API keys", (), common)
    assert gives_itself_away("<b>Image Process</b>: launch machines from other {{c1::Images}}", (), common)
    # a longer name keeps its question: which of the store's tools?
    assert not gives_itself_away("{{c1::KV Backup Vault Keys}}: copies of KV data kept apart", (), common)


def test_a_line_that_says_its_topics_name_asks_its_closing_phrase_not_the_name_twice() -> None:
    lines = cards_of(
        """
        ## Monitoring

        **LogStore:**
        - collects numbers and logs from every resource of the platform, keeps them searchable for weeks and draws them on dashboards that whole teams share across their many accounts and regions
        - LS billing data is stored in Europe West (Ireland) only
        - a dashboard shows figures of several regions side by side
        """
    )
    assert "[detail] Monitoring | LogStore : LS billing data is stored in {{c1::Europe West (Ireland) only}} => @5,3" in lines, lines
    assert not any(line.count("{{c1::") > 1 for line in lines)


def test_a_closing_phrase_leaves_its_article_shown() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Identity",), (Span("text", "Gate Connector"),), 3, Fact((), 3), False)
    line = "users are managed on the office LDAP directory"
    found = closing_phrase_text(sink, group, Fact((Span("text", line),), 5))
    # "the" is no word of the answer: the blank starts after it
    assert found is not None and "on the {{c1::office LDAP directory}}" in found[0], found


def test_a_closing_phrase_stays_in_the_lines_last_clause() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Models",), (Span("text", "Relation"),), 3, Fact((), 3), False)
    line = "no duplicate rows in Codd's theory; SQL tables allow them"
    # the blank would span two clauses: the last one ends on no phrase
    assert closing_phrase_text(sink, group, Fact((Span("text", line),), 5)) is None


def test_a_name_used_as_the_first_word_of_another_is_not_what_the_line_asks() -> None:
    lines = cards_of(
        """
        ## Deploy

        **Rollout:**
        - deploys application versions to fleets of servers
        - servers must be prepared ahead of time with the Rollout Agent installed
        - works with on-premises servers too
        """
    )
    assert not any("{{c1::Rollout}} Agent" in line for line in lines), lines


def test_a_closing_name_found_all_over_the_notes_is_no_number_for_its_digit() -> None:
    sink = CardSink("n.md", "p", None)
    sink.common = frozenset({"VM2"})
    group = Group(("Databases",), (Span("text", "Managed SQL"),), 3, Fact((), 3), False)
    # "VM2" is named on every other line: its digit makes it no number, and a blank over it
    # asks where the author's comparison stands, not what the line says of Managed SQL
    found = closing_phrase_text(sink, group, Fact((Span("text", "less to run than a self-managed database on VM2"),), 5))
    assert found is None or "{{c1::VM2}}" not in found[0], found
    # a number of its own still closes a line worth asking
    found = closing_phrase_text(sink, group, Fact((Span("text", "the longest retention of its backups is 35 days"),), 6))
    assert found is not None and "{{c1::35 days}}" in found[0], found


def test_a_side_name_that_qualifies_the_next_noun_is_no_key_term() -> None:
    from pipeline.cards.side_details import qualifies_next

    # "Batch: defined as [Docker] images": the blank asks what the front implies
    assert qualifies_next(" images and run on the cluster")
    assert qualifies_next(" metrics")
    # "[CloudFormation] are all tagged the same way": the name is what the line is about
    assert not qualifies_next(" are all tagged the same way")
    assert not qualifies_next(" and S3")
    assert not qualifies_next(" (analyzed by Athena)")


def test_a_negation_of_the_label_gives_itself_away() -> None:
    common: frozenset[str] = frozenset()
    assert gives_itself_away("consequences of {{c1::non-compliance}} — fines, sanctions", ("Compliance",), common)
    assert not gives_itself_away("consequences of {{c1::non-compliance}} — fines, sanctions", ("Governance",), common)


def test_an_identifier_whose_parts_a_sibling_shows_gives_itself_away() -> None:
    common: frozenset[str] = frozenset()
    cloze = "<b>CronJobs</b>: {{c1::successfulJobsHistoryLimit}} default 3, {{c2::failedJobsHistoryLimit}} default 1"
    assert gives_itself_away(cloze, (), common)
    assert not gives_itself_away("<b>CronJobs</b>: {{c1::concurrencyPolicy}} Forbid skips a run; startingDeadlineSeconds", (), common)
    # a constant's parts as much as a camel-cased name's: `TF_LOG_PROVIDER` spells `[TF_LOG_CORE]`
    assert gives_itself_away("Logging: {{c1::TF_LOG_CORE}} / TF_LOG_PROVIDER – separate levels for core vs providers", (), common)
    assert not gives_itself_away("Logging: {{c1::TF_LOG_PATH}} writes to a file, TF_INPUT=0 disables prompts", (), common)
