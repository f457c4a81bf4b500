"""A cloze shows the sentence its blank asks, under the line's label; the
line's other sentences are no part of its question, they go on its back."""

from __future__ import annotations

from pathlib import Path

from pipeline.cards.blank_sentences import blank_sentence


def test_the_other_facts_of_the_line_go() -> None:
    assert blank_sentence("<b>Networking</b>: NAT GW lives in a public subnet, one per AZ. {{c1::ErrorPortAllocation}} = port exhaustion.") == (
        "<b>Networking</b>: {{c1::ErrorPortAllocation}} = port exhaustion.",
        "NAT GW lives in a public subnet, one per AZ.",
    )
    assert blank_sentence("<b>Scheduling</b>: {{c1::taints}} go on nodes, tolerations on pods. Effects: NoSchedule, NoExecute.") == (
        "<b>Scheduling</b>: {{c1::taints}} go on nodes, tolerations on pods.",
        "Effects: NoSchedule, NoExecute.",
    )


def test_a_sentence_that_leans_on_its_neighbour_stays_with_it() -> None:
    kept = [
        "<b>Sharing</b>: {{c1::Manual shares}} are removed when the owner changes. Sharing rules aren't.",  # says what the first left out
        "<b>Route 53</b>: CNAME can't be at zone apex. {{c1::Alias}} can → free, native health check.",
        "<b>CRDs</b>: A CRD adds a new kind to the API. After that you can {{c1::k get}} it like any built-in.",
        "<b>SG vs NACL</b>: \"block one IP\" → NACL deny. at scale → {{c1::WAF IP set}}",  # the need is the sentence before's
    ]
    for prompt in kept:
        assert blank_sentence(prompt) == (prompt, ""), prompt


def test_a_line_asked_by_its_subject_or_without_a_label_keeps_what_comes_before() -> None:
    kept = [
        "{{c1::GuardDuty}}: managed threat detection. Regional service, enabled per region.",  # every sentence a clue
        "ad rank decides if your ad shows at all. factors: {{c1::quality of your ads}} and landing page",
    ]
    for prompt in kept:
        assert blank_sentence(prompt) == (prompt, ""), prompt
    # without a label, the sentences after the blank's still go
    assert blank_sentence("Tokens form a {{c1::tree}}. Revoking a parent revokes its children too.") == (
        "Tokens form a {{c1::tree}}.",
        "Revoking a parent revokes its children too.",
    )


def test_a_sentence_that_is_only_its_blank_keeps_the_line() -> None:
    kept = "<b>Layers</b>: Login IP ranges block the login. Trusted IP ranges ask for verification. {{c1::I keep confusing these!}}"
    assert blank_sentence(kept) == (kept, "")


def test_a_sentence_that_defines_a_term_is_never_left_off() -> None:
    kept = "<b>Batch</b>: Jobs run without a user are called batch jobs. Batch is for work with {{c1::minimal human interaction}}."
    assert blank_sentence(kept) == (kept, "")


def test_a_number_card_shows_its_figures_sentence_and_the_line_s_other_facts_on_its_back() -> None:
    from .test_cards import cards_of

    lines = cards_of(
        """
        ## Storage

        **EBS**
        - Volumes attach to one instance over the network and persist after it stops.
        - Snapshots are incremental and stored in object storage across zones.
        - Elastic Volumes: modify live, then extend the filesystem with growpart. One modification per 6 hours.
        - Encryption uses keys from the key management service.

        **Lambda**
        - Runs code without servers, billed per request and duration.
        - Max timeout 15 min. Past that, use Step Functions to chain the work.
        """
    )
    asked = [line for line in lines if "{{c1::6 hours}}" in line]
    assert asked and all("growpart" not in line.split(" => ")[0] for line in asked), lines
    assert all("growpart" in line.split(" => ")[1] for line in asked), lines
    timeout = [line for line in lines if "{{c1::15 min}}" in line]
    assert timeout and all("Past that, use Step Functions to chain the work." in line.split(" => ")[1] for line in timeout), lines


def test_the_back_of_a_cut_cloze_shows_its_other_sentences_in_anki(tmp_path: Path) -> None:
    from pipeline.commands.build import build

    from .anki_collection import fresh_collection, import_apkg, notes_by_guid

    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Compute\n\n## Lambda\n\n"
        "- Runs code without servers, billed per request and duration.\n"
        "- Max timeout 15 min. Past that, use Step Functions to chain the work.\n",
        encoding="utf-8",
    )
    built = build(notes, tmp_path / "out", ["apkg"])
    card = next(c for c in built.pack.cards if "{{c1::15 min}}" in c.prompt)
    assert "Step Functions" not in card.prompt and "Step Functions" in card.answer
    collection = fresh_collection(tmp_path / "anki")
    try:
        import_apkg(collection, built.outputs[0])
        rendered = notes_by_guid(collection)[card.guid].cards()[0]  # type: ignore[attr-defined]
        assert "Step Functions" not in rendered.question()
        assert "Past that, use Step Functions to chain the work." in rendered.answer()
    finally:
        collection.close()
