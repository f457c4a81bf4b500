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


def test_a_counted_list_of_five_is_a_blank_each() -> None:
    cards, _ = make_cards(parse_document(dedent(DDOS).lstrip("\n"), "n.md"), "p")
    listed = [c for c in cards if "Shield Standard" in c.prompt and "Shield Advanced" in c.prompt]
    assert listed and all(c.note_type == "cloze" for c in listed), [(c.note_type, c.prompt) for c in listed]
    assert "{{c5::Be ready to scale}} - AWS auto-scaling" in listed[0].prompt
    assert not any(c.note_type == "basic" and "which 5" in card_text(c.prompt) for c in cards)


def test_names_blanked_and_what_follows_shown() -> None:
    back = "<ul><li>SSE-S3 (AES-256)</li><li>SSE-KMS — audit trail</li><li>DSSE-KMS</li><li>SSE-C</li><li>client-side</li></ul>"
    cloze = counted_list_cloze("<b>S3</b> — encryption: which 5 kinds?", back)
    assert cloze is not None and "{{c1::SSE-S3}} (AES-256)" in cloze and "{{c2::SSE-KMS}} — audit trail" in cloze
    assert "which" not in cloze and "(5)" in cloze


def test_one_line_of_comma_items_in_bold_is_split_past_its_bold() -> None:
    cloze = counted_list_cloze("Steps — which 5?", "<div><b>Prepare, Select, Implement, Assess, Monitor</b></div>")
    assert cloze is not None and "{{c1::Prepare}}" in cloze and "<b>" not in cloze


def test_four_items_an_open_list_or_a_wrong_count_stay_basic() -> None:
    assert counted_list_cloze("TCP/IP model — which 4?", "<div>App, Transport, Internet, Link</div>") is None
    assert counted_list_cloze("SNS — which 5?", "<div>SQS, Lambda, email, SMS, HTTP..</div>") is None
    assert counted_list_cloze("Tiers — which 6?", "<div>A, B, C, D, E</div>") is None
