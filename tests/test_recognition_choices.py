"""A recognition card of one of a few listed things offers its siblings by name,
also where the list's heading shares a word with them (`Auto Scaling policies`
over `Predictive Scaling`) and is cut from the breadcrumb: "What is this?"
alone left the learner to guess which things the ones are."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

POLICIES = """
## Compute

**Auto Scaling policies:**
- Manual Scaling: update the size of the group by hand
- Dynamic Scaling: respond to changing demand with target tracking
- Predictive Scaling: uses machine learning to forecast future traffic ahead of time
"""


def test_siblings_are_offered_when_their_heading_is_cut_from_the_breadcrumb() -> None:
    document = parse_document(dedent(POLICIES).lstrip("\n"), "n.md")
    cards = [card for card in recognition_cards(document, "p") if "forecast" in card.prompt]
    assert cards, [card.prompt for card in recognition_cards(document, "p")]
    front = re.sub(r"<[^>]+>", " ", cards[0].prompt)
    assert "Which one is this: Manual Scaling, Dynamic Scaling or Predictive Scaling?" in front, front
    assert "Auto Scaling policies" not in cards[0].context, cards[0].context


REPORTS = """
## IAM

**Security tools:**
- IAM Credentials Report (account-level): a report that lists all your account's users and the status of their credentials
- IAM Access Advisor (user-level): shows the service permissions granted to a user and when those services were last accessed
"""


def test_an_options_aside_is_left_off_it() -> None:
    # "(user-level)" beside a clue "granted to a user" gives the answer away
    document = parse_document(dedent(REPORTS).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p")]
    assert any("Which one is this: IAM Credentials Report or IAM Access Advisor?" in front for front in fronts), fronts


FACTORS = """
## Cost

### Cost factors
- **Resource type** - settings and region change the price of a resource
- **Consumption** - pay-as-you-go or reserve capacity for one or three years
- **Maintenance** - clean up unused disks and network cards left behind
- **Geography** - prices differ between regions for labor, taxes and energy
- **Network traffic** - billed by zones, ingress free and egress charged
- **Subscription type** - some include usage allowances such as a free trial
- **Azure Marketplace** - third-party solutions billed through the same invoice
"""


def test_up_to_eight_siblings_are_offered_of_more_four_neighbours() -> None:
    document = parse_document(dedent(FACTORS).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p") if "egress" in card.prompt]
    assert fronts and all("Which one is this: Resource type, Consumption, Maintenance, Geography," in front for front in fronts), fronts
    many = FACTORS + "".join(f"- **Extra factor {n}** - another thing that moves the price of things by {n} percent\n" for n in "AB")
    document = parse_document(dedent(many).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p") if "egress" in card.prompt]
    # nine are a list to search: the asked one among its neighbours in the list, four as an exam offers
    assert fronts and all("Which one is this: Geography, Network traffic, Subscription type or Azure Marketplace?" in front for front in fronts), fronts


RESUMED = """
## 2. Network Access

**VLANs**: 1 VLAN = 1 broadcast domain = 1 subnet, ranges 1-4094, stored in vlan.dat in flash

gotcha: SVI is up/up only if the VLAN exists and at least one port in it is up and not shut.
Floating static needs an AD higher than the primary protocol's.
"""


def test_a_sections_text_resumed_after_its_topics_describes_no_section() -> None:
    document = parse_document(dedent(RESUMED).lstrip("\\n"), "n.md")
    answers = [re.sub(r"<[^>]+>", " ", card.answer) for card in recognition_cards(document, "p")]
    assert not any("Network Access" in answer for answer in answers), answers


INDEXES = """
# DynamoDB

## Indexes

### Local Secondary Index (LSI)
- alternative sort key for your table, same partition key as the base table
- must be defined at table creation time
- up to 5 per table

### Global Secondary Index (GSI)
- alternative primary key, a new partition key and an optional sort key
- can be added or modified after the table is created
- needs its own provisioned read and write capacity

## Serverless

### Challenges in Serverless
- cold starts add latency after a period of inactivity
- debugging across many small functions is harder

### Knative
- runs serverless workloads on Kubernetes, scales pods down to zero
"""


def test_a_topic_offers_the_topics_of_its_heading_when_they_are_a_few_names() -> None:
    # as the exam asks: "Which one is this: LSI or GSI?", not "What is this?"
    document = parse_document(dedent(INDEXES).lstrip("\n"), "n.md")
    fronts = {re.sub(r"<[^>]+>", " ", card.answer).split()[0]: re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p")}
    assert "Which one is this: Local Secondary Index or Global Secondary Index?" in fronts.get("Global", ""), fronts
    # beside a heading of the author's ("Challenges in Serverless") no choice is offered
    assert "Which one is this" not in fronts.get("Knative", "Which one is this"), fronts


def test_a_heading_of_the_authors_is_left_out_of_the_options() -> None:
    notes = INDEXES.replace("### Knative", "### Cold starts\n- a new function instance waits for its runtime to load before the first call\n\n### Knative")
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p")]
    assert any("Which one is this: Cold starts or Knative?" in front for front in fronts), fronts


CIPHERS = """
## Cryptography

**Symmetric ciphers:**
""" + "".join(
    f"- {name}: {text}\n"
    for name, text in [
        ("AES", "block cipher with 128-bit blocks, the current standard for bulk encryption"),
        ("DES", "56-bit key block cipher, broken by brute force long ago"),
        ("Triple DES", "applies the older cipher three times to stretch its short key"),
        ("RC4", "stream cipher once used in WEP and early TLS, now banned"),
        ("Blowfish", "64-bit block cipher by Schneier with a variable key length"),
        ("Twofish", "128-bit block successor of Blowfish, an AES finalist"),
        ("Serpent", "conservative AES finalist with thirty-two rounds"),
        ("Camellia", "Japanese block cipher approved alongside AES in Europe"),
        ("ChaCha20", "fast stream cipher for phones without hardware acceleration"),
        ("IDEA", "block cipher used by early versions of PGP"),
    ]
)


def test_one_of_many_siblings_is_offered_among_its_neighbours() -> None:
    # "Which one is this?" alone leaves the learner asking which ones; ten names are a list to search
    document = parse_document(dedent(CIPHERS).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p") if "Schneier" in card.prompt]
    assert fronts and "Which one is this: RC4, Blowfish, Twofish or Serpent?" in fronts[0], fronts


SECURITY = "## Security\n\n" + "".join(
    f"### {name}\n- {text}\n\n"
    for name, text in [
        ("KMS", "creates and manages the encryption keys that other services use"),
        ("CloudHSM", "dedicated hardware security module appliances in your VPC"),
        ("Certificate Manager", "provisions and renews TLS certificates for load balancers"),
        ("Secrets Manager", "stores database passwords and rotates them automatically"),
        ("GuardDuty", "threat detection from flow logs, DNS logs and API activity"),
        ("Inspector", "scans instances and container images for software vulnerabilities"),
        ("Macie", "finds personal data in buckets with machine learning"),
        ("Security Hub", "gathers the findings of the other tools in one dashboard"),
        ("Detective", "investigates the root cause of a finding with graphs of activity"),
        ("Shield", "protects against distributed denial of service floods"),
    ]
)


def test_one_of_many_topics_is_offered_among_its_neighbours() -> None:
    # as the exam asks: four services that do related jobs, not "What is this?"
    document = parse_document(SECURITY, "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p") if "rotates" in card.prompt]
    assert fronts and "Which one is this: Certificate Manager, Secrets Manager, GuardDuty or Inspector?" in fronts[0], fronts


BILLING = """
# 11 - AWS Account Management

## AWS Service Health Dashboards
- shows the health of the services in all regions, with an RSS feed

### AWS Personal Health Dashboard
- alerts and remediation guidance when AWS events affect your own resources

## AWS Cost Explorer
- visualize the costs and usage of the account over time
- forecast the usage of the next twelve months from the past ones

## AWS Budgets
- send alarms when costs exceed the budgeted amount
- track the utilization of reserved instances

## AWS Cost Allocation Tags
- tags that break the bill down by project or team in cost reports
- take up to a day to show up in the billing console
"""


def test_a_sections_own_topic_is_offered_among_the_other_sections() -> None:
    document = parse_document(dedent(BILLING).lstrip("\n"), "n.md")
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p") if "alarms" in card.prompt]
    assert fronts and "Which one is this: AWS Service Health Dashboards, AWS Cost Explorer, AWS Budgets or AWS Cost Allocation Tags?" in fronts[0], fronts
