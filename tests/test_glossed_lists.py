"""A line that lists names with their glosses in brackets ("RFI (information),
RFQ (price quote, ...)") is asked the way the exam asks: the gloss on the front,
the list's options named, the name on the back. A list whose items are clauses,
whose glosses are examples or names, or whose glosses say a name asks nothing
that way."""

from __future__ import annotations

import re
from html import unescape

from pipeline.cards.directions import direction_cards
from pipeline.cards.glossed_lists import glossed_cards, items_of
from pipeline.notes.parse import parse_document

NOTES = """\
# Procurement notes

## Procurement

**Procurement docs:** RFI (information), RFQ (price quote, for commodity items), RFP (proposals, complex work). Pick one early.

- social engineering: phishing, dumpster diving, shoulder surfing, tailgating (no consent) vs piggybacking (consent)
- backups — full, incremental (since the last backup of any kind), differential (since the last full)
- tools: collect from apps (Elastic Beanstalk), collect from containers (ECS)
- hosting: simple web app, websites (wordpress for ex), dev/test env
- cabling: LC (little connector, most common), SC (square connector, push-pull)
- ESP = encrypt + auth, AH = auth only
- RPO = how much data you can lose. RTO = how long to get back up
- EV = 40k, PV = 50k, AC = 45k
- OWD vs Sharing — baseline (restrict) vs exceptions (open up)
- Switch: L2, MAC address table; managed (VLANs, port config) vs unmanaged (plug & play)
- Image classification vs object detection -> whole-image label vs bounding boxes
- UTP vs STP (shielded — for EMI areas). plenum (fire-rated) vs PVC/riser
- PoE: 802.3af 15.4W, 802.3at (PoE+) 30W, 802.3bt 60/90W. Cisco UPoE 60W
- UTP: Cat5e 1G, Cat6 1G (10G only to ~55m), Cat6a 10G @ 100m
- SNMP: 161 agent get/set, 162 traps/informs. v2c = community in plaintext, v3 = authPriv. inform = acked, trap = not.
- Service request ≠ incident. A broken printer = incident, a new printer = request.
- Conflict resolution: Withdraw/Avoid (postpone, lose-lose); Smooth/Accommodate (emphasize agreement); Force/Direct (win-lose)
- Project selection: NPV higher (accounts for time); IRR higher (rate where NPV = 0); BCR >1 and higher

### Display types

| Type | Notes |
|---|---|
| LCD TN | fast response, worst viewing angles |
| LCD IPS | best color and angles, slower |
| OLED | no backlight, true black, burn-in risk |
| IOPS | input/output operations per second |

### Printers

| Type | How | Common probs |
|---|---|---|
| Laser | electrophotographic | ghosting, streaks (drum) |
| Thermal | heat-sensitive paper | fades |
| Impact | pins + ribbon | - |

### Security Group vs NACL

| | Security Group | NACL |
|---|---|---|
| level | ENI / instance | subnet |
| state | stateful | stateless |
"""


def _plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _asked() -> dict[str, str]:
    """Each glossed card's front as plain text, with its answer."""
    return {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(NOTES, "procurement.md"), "procurement")}


def test_each_gloss_asks_its_name_among_the_options() -> None:
    asked = _asked()
    assert asked["RFI, RFQ or RFP? price quote, for commodity items"] == "RFQ"
    assert asked["RFI, RFQ or RFP? information"] == "RFI"
    # "vs" joins two items of the list; a bare name is an option with no card of its own
    # most names bare: a feature list, the glossed names its only rivals; a bare name has no card
    assert asked["tailgating or piggybacking? no consent"] == "tailgating"
    assert not any(answer == "phishing" for answer in asked.values())
    # a label before a dash is the list's own, not part of its first name
    assert asked["full, incremental or differential? since the last full"] == "differential"


def test_the_line_label_is_the_breadcrumb() -> None:
    cards = glossed_cards(parse_document(NOTES, "procurement.md"), "procurement")
    rfq = next(c for c in cards if "price quote" in c.prompt)
    assert rfq.context[-1] == "Procurement docs" and rfq.kind == "compare" and rfq.note_type == "basic"


def test_no_card_where_the_gloss_is_an_example_a_name_or_gives_the_name_away() -> None:
    answers = set(_asked().values())
    assert not answers & {"collect from apps", "collect from containers"}  # the glosses are the names
    assert "websites" not in answers  # an example, and the only gloss of its list
    assert "LC" not in answers  # "little connector" spells it


def test_names_defined_by_equals_are_asked_from_their_meanings() -> None:
    asked = _asked()
    assert asked["ESP or AH? auth only"] == "AH"
    assert asked["RPO or RTO? how long to get back up"] == "RTO"  # one sentence each
    assert not any(answer in {"EV", "PV", "AC"} for answer in asked.values())  # figures, no meanings


def test_a_two_column_table_of_names_and_notes_asks_each_note() -> None:
    asked = _asked()
    assert asked["LCD TN, LCD IPS, OLED or IOPS? best color and angles, slower"] == "LCD IPS"
    assert "IOPS" not in asked.values()  # its note spells it


def test_names_compared_then_glossed_in_the_same_order() -> None:
    asked = _asked()
    assert asked["Image classification or object detection? bounding boxes"] == "object detection"
    assert asked["OWD or Sharing? baseline (restrict)"] == "OWD"
    assert not set(asked.values()) & {"baseline", "exceptions", "UTP"}  # glosses are no names; a dash in an aside cuts nothing


def test_only_a_list_of_short_names_is_read() -> None:
    assert items_of("RFI (information), RFQ (price quote), RFP (proposals)") is not None
    assert items_of("UPS (short term, clean power), generator (long), PDU in rack. dual power supplies") is not None
    assert items_of("policies are set (top-down), risk is owned (by the business)") is None  # clauses
    assert items_of("RFI (information), RFQ (information)") is None  # one gloss for two names
    assert items_of("one (first)") is None


def test_glossed_cards_come_with_the_comparison_cards() -> None:
    document = parse_document(NOTES, "procurement.md")
    made = direction_cards(document, "procurement", frozenset())
    assert any(c.kind == "compare" and "price quote" in c.prompt for c in made)
    assert not any("price quote" in c.prompt for c in direction_cards(document, "procurement", frozenset({"compare"})))


def test_a_line_of_names_compared_then_glossed_is_asked_side_by_side_only() -> None:
    from .test_cards import cards_of

    notes = """
## Last-minute confusions
- Image classification vs object detection -> whole-image label vs bounding boxes
- OCR vs Document Intelligence -> raw text vs structured fields
- RAG vs fine-tuning -> ground at runtime vs retrain
"""
    # no list of the pairs to recite, no "which one: ... vs ...?" answered by a pair
    assert cards_of(notes) == []
    compared = {_plain(c.prompt): _plain(c.answer) for c in direction_cards(parse_document(notes, "n.md"), "n", frozenset())}
    assert compared["RAG or fine-tuning? retrain"] == "fine-tuning"
    assert compared["OCR or Document Intelligence? raw text"] == "OCR"


def test_a_tables_columns_ask_each_rows_name_from_its_cells() -> None:
    asked = _asked()
    assert asked["Laser, Thermal or Impact? How: heat-sensitive paper"] == "Thermal"
    assert asked["Laser, Thermal or Impact? Common probs: fades"] == "Thermal"
    assert not any(prompt.endswith("Common probs: -") for prompt in asked)  # an empty cell glosses nothing
    assert not set(asked.values()) & {"level", "state"}  # a table of things by column: its rows are aspects


def test_a_semicolon_ends_a_list_the_next_clause_is_its_own() -> None:
    asked = _asked()
    assert asked["managed or unmanaged? plug & play"] == "unmanaged"
    assert not any(prompt.startswith("L2,") for prompt in asked)


def test_a_cell_another_row_says_too_asks_nothing() -> None:
    notes = """
## Load balancing

| Service | Scope | Layer |
|---|---|---|
| Front Door | global, at the edge | 7 |
| Traffic Manager | by name resolution | any |
| Application Gateway | regional | 7 |
| Load Balancer | regional (+ cross-region tier) | 4 |
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "n.md"), "n")}
    assert asked["Front Door, Traffic Manager, Application Gateway or Load Balancer? Scope: by name resolution"] == "Traffic Manager"
    assert not any("regional" in prompt for prompt in asked), asked  # "regional" fits both that say it


def test_a_list_of_glossed_names_cut_at_semicolons_is_asked_the_same_way() -> None:
    asked = _asked()
    options = "Withdraw/Avoid, Smooth/Accommodate or Force/Direct?"
    assert asked[f"{options} emphasize agreement"] == "Smooth/Accommodate", asked
    assert not any(k.endswith("rate where NPV = 0") for k in asked), asked  # "BCR >1 and higher" is no name
    from tests.test_cards import cards_of

    lines = cards_of(
        """
        ## Resources

        Power types: Legitimate (position); Reward (bonus); Coercive (worst); Expert (best per PMI).
        Conflict resolution: Withdraw/Avoid (postpone, lose-lose); Smooth/Accommodate (emphasize agreement); Force/Direct (win-lose).
        Sources of conflict (most common): schedules, project priorities, resources.
        """
    )
    # no first name taken for the definition, the others asked back to the label; the set by its names
    assert not any("{{c1::Conflict resolution}}: Smooth" in line or "{{c1::Power types}}: Reward" in line for line in lines), lines
    assert any("Conflict resolution — which 3? => Withdraw/Avoid, Smooth/Accommodate, Force/Direct" in line for line in lines), lines


def test_names_each_with_its_figure_are_asked_from_the_figure() -> None:
    asked = _asked()
    assert asked["802.3af, 802.3at (PoE+) or 802.3bt? 30W"] == "802.3at (PoE+)", asked
    # "1G" of two cables tells neither apart: no card asks it, nor the one left alone
    assert not any(k.startswith("Cat5e, Cat6 or Cat6a?") for k in asked), asked


def test_a_later_sentence_of_names_defined_by_equals_is_asked_the_same_way() -> None:
    asked = _asked()
    assert asked["v2c or v3? community in plaintext"] == "v2c", asked
    assert not any(k.startswith("inform or trap?") for k in asked), asked  # "trap = not" tells nothing
    assert asked["incident or request? a new printer"] == "request", asked  # examples are asked by their kind


def test_a_later_sentence_that_labels_a_glossed_list_is_asked_from_each_gloss() -> None:
    notes = """\
# Storage notes

## Block storage

- **EBS** — block storage for EC2, bound to one AZ. Types: gp3 (SSD general), io2 (provisioned IOPS SSD), st1 (throughput HDD), sc1 (cold HDD).
- **SNMP**: manager polls agents. messages: Get, GetBulk (v2c+), Trap (unacked), Inform (acked, v2c+), Response.
- **DDM** — masks query results. Functions: `default()`, `random(start,end)`, `partial(prefix,"x",suffix)`.
- **Caching** — in memory. Steps: cache the first read, then serve the rest (or evict).
- **OSI** — seven layers. PDUs: data (5-7), segment (4), packet (3), frame (2), bits (1).
- **Masking** — in query results. Functions: default, email, random (numeric), custom string (partial), datetime.
"""
    made = glossed_cards(parse_document(notes, "storage.md"), "storage")
    asked = {_plain(c.prompt): _plain(c.answer) for c in made}
    assert asked["gp3, io2, st1 or sc1? cold HDD"] == "sc1", asked
    assert asked["gp3, io2, st1 or sc1? provisioned IOPS SSD"] == "io2", asked
    assert {c.context[-2:] for c in made} == {("EBS", "Types")}, [c.context for c in made]
    # "v2c+" is said of two messages: it tells neither apart, and one gloss left is no list to choose from;
    # "random(start,end)" is a function's arguments; "cache the first read" is a step, no name;
    # a bare figure ("segment (4)") is no clue; most functions bare would leave a list cut short
    assert len(asked) == 4, asked


def test_a_list_after_a_colon_that_ends_a_description_is_asked_under_the_lines_label() -> None:
    notes = """\
# ML notes

## Labeling

- **Ground Truth** — labels your training data with human workforces: Mechanical Turk (public), private (own employees), vendor (marketplace).
- **ElastiCache** — in memory. Caching strategies: lazy loading (can be stale) vs write-through (always fresh), plus TTL.
"""
    made = glossed_cards(parse_document(notes, "ml.md"), "ml")
    asked = {_plain(c.prompt): _plain(c.answer) for c in made}
    assert asked["Mechanical Turk, private or vendor? own employees"] == "private", asked
    # the description before the colon is no name to file the list under; "plus TTL" is a remark, no option
    assert [c.context[-1] for c in made if c.answer.endswith("<b>private</b></div>")] == ["Ground Truth"], made
    assert asked["lazy loading or write-through? can be stale"] == "lazy loading", asked


def test_names_defined_by_equals_and_cut_by_slashes_are_asked_apart() -> None:
    notes = """\
# Pod notes

## Patterns

- sidecar = helper (log shipper) / ambassador = outbound proxy (e.g. to db) / adapter = transforms output
- RA-GRS / RA-GZRS = read access to the secondary
- **annotations** = key-value, indexed, for filter expressions / search vs **metadata** = not indexed
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "pods.md"), "pods")}
    assert asked["sidecar, ambassador or adapter? transforms output"] == "adapter", asked
    # one name with a slash in it, and a slash inside a gloss, cut no pairs
    assert not [k for k in asked if "RA-GRS" in k or "search vs" in k], asked


def test_sentences_that_each_define_one_name_with_a_list_are_asked_apart() -> None:
    notes = """\
# Net notes

## AAA

- TACACS+ = Cisco, TCP 49, full payload encrypted. RADIUS = open, UDP 1812/1813, only password encrypted.
- Phases: Assess → Plan → Deploy → Optimize. Assess = inventory, dependencies, TCO. Plan = landing zone, path per workload.
- colder = cheaper to store, pricier to read. delete early = early deletion fee, prorated.
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "net.md"), "net")}
    assert asked["TACACS+ or RADIUS? open, UDP 1812/1813, only password encrypted"] == "RADIUS", asked
    # steps in order keep the line's own card whole; "colder" and "delete early" are no names
    assert set(asked) == {"TACACS+ or RADIUS? Cisco, TCP 49, full payload encrypted", "TACACS+ or RADIUS? open, UDP 1812/1813, only password encrypted"}, asked


def test_a_comparisons_sides_each_said_after_its_own_name_are_asked_from_what_they_are() -> None:
    notes = """\
# Net notes

## Appliances

- IDS vs IPS: IDS = passive, alerts only (out of band, SPAN port); IPS = inline, can block. both can be signature based
- Role vs Profile — role = what RECORDS you see (hierarchy); profile = what you can DO. My mnemonic: "Role = rows, Profile = permissions"
- Product vs project scope: product = features of the product, measured against requirements
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "net.md"), "net")}
    assert asked["IDS or IPS? inline, can block"] == "IPS", asked
    assert asked["IDS or IPS? passive, alerts only (out of band, SPAN port)"] == "IDS", asked
    assert asked["Role or Profile? what RECORDS you see (hierarchy)"] == "Role", asked
    # one side said, the other not: no pair of options to choose between
    assert not any(front.startswith("Product or project scope?") for front in asked), asked


def test_two_names_each_glossed_in_brackets_side_by_side_are_asked_from_their_glosses() -> None:
    notes = """\
# Creds notes

## Passwords / creds

- online (hydra, medusa - hits live svc, lockouts!) vs offline (hashcat, john - cracking stolen hashes)
- Audit process. Internal audit (inside the org) vs external audit (independent third party)
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "creds.md"), "creds")}
    assert asked["online or offline? hashcat, john - cracking stolen hashes"] == "offline", asked
    # a sentence before the first name is no part of it
    assert not any("Audit process" in front for front in asked), asked


def test_a_what_column_that_names_an_aspect_says_it_beside_the_cell() -> None:
    notes = """\
# AI notes

## Customization options

| Approach | What changes | Cost/effort |
|---|---|---|
| Prompt engineering | nothing, just the input | lowest |
| Fine-tuning | model weights, on labelled examples | medium |
| Train from scratch | everything | highest, rarely the answer |
"""
    asked = {_plain(c.prompt): _plain(c.answer) for c in glossed_cards(parse_document(notes, "ai.md"), "ai")}
    assert asked["Prompt engineering, Fine-tuning or Train from scratch? What changes: everything"] == "Train from scratch", asked
