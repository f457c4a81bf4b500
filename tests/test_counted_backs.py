"""A basic card that counts five or more items on its back is asked as a cloze
note: every item shown, each item's name a blank ("DDoS Protection — which 5?")."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.counted_backs import counted_list_cloze
from pipeline.cards.maker import make_cards
from pipeline.model.cardtext import card_text
from pipeline.notes.parse import parse_document

DDOS = """
## Security

### DDoS Protection

- AWS Shield Standard:
  - free, for every customer
  - protects from SYN/UDP floods
- AWS Shield Advanced:
  - 24/7 premium DDoS protection
- AWS WAF:
  - filter specific requests based on rules
- CloudFront and Route 53
- Be ready to scale - AWS auto-scaling
"""


def test_a_counted_list_of_five_is_a_blank_each_a_products_tiers_one() -> None:
    cards, _ = make_cards(parse_document(dedent(DDOS).lstrip("\n"), "n.md"), "p")
    listed = [c for c in cards if "Standard" in c.prompt and "Advanced" in c.prompt and "WAF" in c.prompt]
    assert listed and all(c.note_type == "cloze" for c in listed), [(c.note_type, c.prompt) for c in listed]
    # a product's two tiers: either shown would answer the other, so one blank hides both tiers
    assert "AWS Shield {{c1::Standard}}" in listed[0].prompt and "AWS Shield {{c1::Advanced}}" in listed[0].prompt
    assert "{{c4::Be ready to scale}} - AWS auto-scaling" in listed[0].prompt
    assert not any(c.note_type == "basic" and "which 5" in card_text(c.prompt) for c in cards)


def test_names_blanked_and_what_follows_shown() -> None:
    back = "<ul><li>SSE-S3 (AES-256)</li><li>SSE-KMS — audit trail</li><li>DSSE-KMS</li><li>SSE-C</li><li>client-side</li></ul>"
    cloze = counted_list_cloze("<b>S3</b> — encryption: which 5 kinds?", back)
    assert cloze is not None and "{{c1::SSE-S3}} (AES-256)" in cloze and "{{c2::SSE-KMS}} — audit trail" in cloze
    assert "which" not in cloze and "(5)" not in cloze  # every item shown: no count of the tool's own


def test_one_line_of_comma_items_in_bold_is_split_past_its_bold() -> None:
    cloze = counted_list_cloze("Steps — which 5?", "<div><b>Prepare, Select, Implement, Assess, Monitor</b></div>")
    assert cloze is not None and "{{c1::Prepare}}" in cloze and "<b>" not in cloze


def test_four_items_an_open_list_or_a_wrong_count_stay_basic() -> None:
    assert counted_list_cloze("TCP/IP model — which 4?", "<div>App, Transport, Internet, Link</div>") is None
    assert counted_list_cloze("SNS — which 5?", "<div>SQS, Lambda, email, SMS, HTTP..</div>") is None
    assert counted_list_cloze("Tiers — which 6?", "<div>A, B, C, D, E</div>") is None


def test_a_lists_own_bullets_under_a_label_are_blanks_but_not_a_things_facts() -> None:
    back = "<ul><li>strategic focus</li><li>corporate culture</li><li>resource scarcity</li><li>cost concerns</li><li>demand patterns</li></ul>"
    cloze = counted_list_cloze("Factors that influence supplier strategy", back, bullets=True)
    assert cloze is not None and "{{c5::demand patterns}}" in cloze and "(5)" not in cloze
    assert counted_list_cloze("Factors that influence supplier strategy", back) is None  # a topic's overview
    assert counted_list_cloze("What is Snowball?", back, bullets=True) is None


def test_a_remark_on_two_items_is_no_blank() -> None:
    back = "<ul><li>Data owner: decides</li><li>Data custodian: does</li><li>System owner: owns</li><li>User: follows</li><li>owner vs custodian: owner DECIDES</li></ul>"
    cloze = counted_list_cloze("Roles — which 5?", back)
    assert cloze is not None and "<li>owner vs custodian: owner DECIDES</li>" in cloze


def test_four_bullets_of_names_are_blanks_but_a_things_settings_are_not() -> None:
    ports = "<ul><li><code>2377/tcp</code> — cluster management</li><li><code>7946/tcp+udp</code> — gossip</li><li><code>4789/udp</code> — overlay data</li><li>(ESP if encrypted)</li></ul>"
    cloze = counted_list_cloze("Ports needed between nodes", ports, bullets=True)
    assert cloze is not None and "{{c3::<code>4789/udp</code>}} — overlay data" in cloze
    settings = "<ul><li>no windows, not top floor</li><li>temp ~18–27 °C</li><li>humidity: 40–60%</li><li>positive pressurization</li></ul>"
    assert counted_list_cloze("Data center", settings, bullets=True) is None


def test_look_alikes_that_are_no_tiers_keep_a_blank_each() -> None:
    back = "<ul><li>social awareness</li><li>social skills</li><li>self-awareness</li><li>self-management</li><li>motivation</li></ul>"
    cloze = counted_list_cloze("Emotional intelligence — which 5?", back)
    assert cloze is not None and "{{c1::social awareness}}" in cloze and "{{c2::social skills}}" in cloze, cloze


def test_an_item_a_neighbours_word_is_made_of_stays_shown() -> None:
    """"Deny" beside "DenyAction" would answer its own blank; "Healthy" beside "Unhealthy"
    is its other side, no word made of it."""
    back = "<ul><li>Deny</li><li>Audit</li><li>Modify</li><li>DenyAction</li><li>Append</li></ul>"
    cloze = counted_list_cloze("Policy effects — which 5?", back)
    assert cloze is not None and "<li>Deny</li>" in cloze and "{{c3::DenyAction}}" in cloze, cloze


def test_a_term_list_shows_the_item_inside_a_neighbour() -> None:
    cards, _ = make_cards(parse_document("## Evaluation\n\n- benchmarks: GLUE, SuperGLUE, MMLU, HELM, BIG-bench\n", "n.md"), "p")
    listed = [c.prompt for c in cards if "SuperGLUE" in c.prompt]
    # (an open list: the blank shows a hint, `{{c1::SuperGLUE::S… (9 letters)}}`)
    assert listed and all("<li>GLUE</li>" in p for p in listed) and any("{{c1::SuperGLUE::" in p for p in listed), listed


def test_a_bullet_list_shows_the_item_inside_a_neighbour() -> None:
    notes = "## Indexing\n\n**Pipeline stages:**\n- Data source\n- Indexer\n- Skillset\n- Knowledge store\n- Enrichment\n- Skill\n"
    cards, _ = make_cards(parse_document(notes, "n.md"), "p")
    listed = [c.prompt for c in cards if "Skillset" in c.prompt and c.note_type == "cloze"]
    assert listed and all("<li>Skill</li>" in p for p in listed), listed
