"""Options a comparison or recognition card offers are peers: never a quiz
answer's letter read as a name, never a heading the author gave a part of the
notes ("RAID quick ref", "Self-quiz", "Other roles mentioned")."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.recognition import recognition_cards
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

NOTES = """
## Resilience

### Sites
- **Hot site**: fully equipped and running, switch over in minutes
- **Warm site**: hardware there, data needs restoring before use
- **Cold site**: empty room with power and network, cheapest and slowest
- **RAID quick ref**: 0 striping, 1 mirroring, 5 striping with parity

### Answers
1. **B** — EV is earned value divided by actual cost, the index
2. **C** — six people have fifteen channels and nine have thirty-six
3. **C** — the product owner owns the backlog and its priorities
4. **D** — escalate to the level that owns the risk, then stop tracking it
"""


def _document():  # type: ignore[no-untyped-def]
    return parse_document(dedent(NOTES).lstrip("\n"), "n.md")


def test_answer_letters_and_the_authors_headings_are_no_things() -> None:
    names = {t.name for t in things_of(_document())}
    assert {"Hot site", "Warm site", "Cold site"} <= names, names
    assert not names & {"B", "C", "D", "RAID quick ref"}, names


def test_no_card_offers_them_as_options() -> None:
    cards = compare_cards(_document(), "p") + recognition_cards(_document(), "p")
    fronts = " ".join(c.prompt for c in cards)
    assert "Warm site" in fronts, fronts
    assert "RAID quick ref" not in fronts and "C or D" not in fronts, fronts


def test_a_callout_asks_its_need_and_names_no_thing() -> None:
    notes = """
    ## Compute

    ### Lambda
    - **Lambda**: serverless functions that run code on events
    - **EXAM TIP**: need to run code without servers → Lambda
    - **Mnemonic**: LEAF means Lambda, Edge, API, Functions
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    names = {t.name for t in things_of(document)}
    assert "Lambda" in names and not names & {"EXAM TIP", "Mnemonic"}, names
    lines = cards_of(notes)
    assert "[detail] Compute | need to run code without servers → {{c1::Lambda}} => @5,3" in lines, lines


def test_a_label_over_its_own_list_is_no_peer_of_single_things() -> None:
    notes = """
    ## Architecture

    ### Concepts
    Cloud models: IaaS (you manage OS up), PaaS (you manage app + data), SaaS (you manage your data).
    IaC - Infrastructure as Code, repeatable deployments, fewer config mistakes
    Air-gapped - physically isolated from other networks
    ICS/SCADA - industrial control systems, often old and hard to patch
    Containerization - app and its dependencies packaged, shares the host kernel
    Data states - at rest, in transit, in use
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    names = {t.name for t in things_of(document)}
    assert "Cloud models" not in names, names  # a heading over a kind's members
    fronts = " ".join(c.prompt for c in compare_cards(document, "p"))
    assert "Air-gapped" in fronts and "Containerization" in fronts, fronts
    assert "Data states" not in fronts, fronts


def test_a_pointer_to_a_resource_is_no_thing_and_no_option() -> None:
    notes = """
    ## Messaging

    Learn collection I'm following: https://learn.example.com/paths/messaging/

    ### Services
    - Learn path: https://learn.example.com/paths/queues/
    - Event Grid: reactive events, push to handlers, filters by subject
    - Event Hubs: streaming telemetry, partitions, consumer groups
    - Service Bus: enterprise messaging, sessions, dead-letter queue
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    names = {t.name for t in things_of(document)}
    assert {"Event Grid", "Event Hubs", "Service Bus"} <= names, names
    assert not any(name.startswith("Learn") for name in names), names
    lines = cards_of(notes)
    assert lines and not any("learn" in line.lower() for line in lines), lines


def test_labels_over_their_lists_and_add_ons_are_no_peers_of_things() -> None:
    notes = """
    ## Risk management

    ### Risk terms
    - Assessment: ad hoc, recurring, one-time, continuous. Qualitative vs quantitative
    - Risk register: key risk indicators, risk owners, risk threshold
    - Strategies
      - Transfer - insurance
      - Accept - exemption
      - Avoid - stop the activity
      - Mitigate - add controls
    - BIA: recovery objectives and the time to repair of each system
    - Also: vendor monitoring, questionnaires, rules of engagement
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    assert "Also" not in {t.name for t in things_of(document)}
    cards = compare_cards(document, "p") + recognition_cards(document, "p")
    fronts = " ".join(c.prompt for c in cards)
    assert "Risk register" in fronts, fronts
    assert "Strategies" not in fronts and "Also" not in fronts, fronts


def test_a_phrase_of_the_authors_is_no_option_among_names() -> None:
    notes = """
    ## Networking

    ### Connectivity
    - Cloud NAT - outbound internet for private VMs, no inbound
    - Cloud VPN - IPsec tunnels over the internet, HA VPN with two interfaces
    - Cloud Router - dynamic routing with BGP for VPN and Interconnect
    - connecting VPCs
      - VPC peering - two VPCs, no transitive peering
      - Shared VPC - a host project shares subnets with service projects
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    fronts = " ".join(c.prompt for c in compare_cards(document, "p"))
    assert "Cloud NAT" in fronts and "connecting VPCs" not in fronts, fronts


def test_a_clause_of_the_authors_is_no_option_and_no_answer() -> None:
    notes = """
    ## Security

    ### Microsoft identity platform
    - OAuth flows to know
      - Authorization code - web apps, SPAs, mobile
      - Client credentials - daemon or service, no user
      - On-behalf-of - an API calling another API as the user
    - MSAL: PublicClientApplicationBuilder for desktop apps vs ConfidentialClientApplicationBuilder for web apps
    - Microsoft Graph: one endpoint for Microsoft 365 data, scopes such as User.Read
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    cards = compare_cards(document, "p") + recognition_cards(document, "p")
    text = " ".join(c.prompt + c.answer for c in cards)
    assert "OAuth flows to know" not in text, text


def test_a_feature_in_words_is_no_option_beside_a_family_of_names() -> None:
    notes = """
    ## Load balancing

    - ALB: path/host/header/query routing, auth via OIDC/Cognito, targets: instance/IP/Lambda
    - NLB: TLS termination w/ ACM, static IP per AZ, very low latency
    - GWLB: for 3rd-party virtual appliances, GENEVE on port 6081
    - Connection draining = deregistration delay (default 300s)

    ## Crypto tools

    - TPM: chip on the motherboard; stores keys, secure/measured boot, BitLocker
    - HSM: dedicated appliance/card; high-perf crypto, key backup, clustering
    - KMS: managed service that creates and rotates keys
    - Secure enclave: isolated area of the processor for keys/biometrics
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    cards = compare_cards(document, "p") + recognition_cards(document, "p")
    fronts = " ".join(c.prompt for c in cards)
    assert "NLB" in fronts and "Connection draining" not in fronts, fronts
    # names that end alike are a family; "Secure enclave" beside TPM, HSM and KMS is one of them
    assert "Secure enclave" in fronts, fronts


def test_named_lines_in_a_row_amid_remarks_are_peers() -> None:
    notes = """
    ## Planning & Scoping

    - get the scope signed before anything else
    - SOW - statement of work, what gets done, deliverables, timeline, cost
    - MSA - master service agreement, umbrella terms for repeat work
    - NDA - confidentiality, mutual or one-way
    - permission to attack letter, signed by someone with authority over the assets
    - extra work not in the SOW means a change order
    - time-of-day restrictions, blackout windows
    - CHECK EVERY IP AGAINST SCOPE BEFORE TOUCHING IT
    - allow list the tester IPs? depends on the goal

    ## Direct Connect

    - private dedicated link from your DC to a DX location, not over the internet
    - lead time often > 1 month, so "need connectivity next week" is no DX
    - NOT encrypted by default → IPsec VPN over DX (public VIF), or MACsec on 10/100G dedicated
    - VIFs: private VIF (to VPC via VGW/DX GW), public VIF (public AWS endpoints), transit VIF (to TGW)
    - **Direct Connect Gateway**: one DX → VPCs in many regions (and accounts). global object
    - resiliency: high = 2 connections at 2 locations
    - cheap backup is a site-to-site VPN over the internet
    - hosted connections come through a partner, dedicated ones are a physical port
    """
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    cards = compare_cards(document, "p") + recognition_cards(document, "p")
    fronts = " ".join(c.prompt for c in cards)
    assert "SOW, MSA or NDA?" in fronts, fronts
    # a case and what follows from it (`... fails -> ...`) names no thing to offer
    assert "NOT encrypted by default, VIFs" not in fronts, fronts
