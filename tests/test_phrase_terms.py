"""A list's item that is a phrase of the author's, not a name (a principle,
a factor, a slogan), is asked from its meaning to the phrase, the way an exam
asks; a name keeps its "what is it?" card."""

from __future__ import annotations

from pipeline.cards.phrase_questions import kind_noun

from .test_cards import cards_of


def _terms(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("[term]")]


def test_a_principle_phrase_is_asked_from_its_meaning() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Design principles:**
        - adopt a pay-per-use model: pay only for what runs
        - measure overall efficiency
        """
    )
    terms = _terms(lines)
    assert "[term] Architecture › Design principles | Which design principle of Architecture: pay only for what runs? => adopt a pay-per-use model @4" in terms, lines
    assert not any("| adopt a pay-per-use model =>" in line for line in lines), lines


def test_a_factor_under_a_question_is_asked_which_one() -> None:
    lines = cards_of(
        """
        ## Sites

        **Hosting:**
        - How to pick a site?
          - Closeness to users: lower latency
          - Local law: data stays in the country
        """
    )
    assert any("| Picking a site — which factor: lower latency? => Closeness to users @5" in line for line in lines), lines
    assert not any("| Closeness to users => lower latency" in line for line in lines), lines


def test_a_name_keeps_its_definition_card() -> None:
    lines = cards_of(
        """
        ## Pricing

        **Options:**
        - Spot Instances: spare capacity at a discount
        - Dedicated Hosts: a whole physical server of your own
        """
    )
    assert "[term] Pricing › Options | Spot Instances => spare capacity at a discount @4" in lines, lines
    assert not any("which one" in line for line in lines), lines


def test_the_phrase_words_its_meaning_says_again_are_hidden_and_said_on_the_back() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Design principles:**
        - keep servers disposable: servers should be disposable and rebuilt from images (no pets)
        - measure overall efficiency
        """
    )
    asked = [line for line in _terms(lines) if "Which design principle" in line]
    assert len(asked) == 1, lines
    front, back = asked[0].split(" => ")
    # the clue's own subject stays ("servers ..."): hidden, it made the clue a riddle
    assert "servers should be ___ and rebuilt from images?" in front and "disposable" not in front, asked
    assert back.startswith("keep servers disposable servers should be disposable and rebuilt from images (no pets)"), asked


def test_a_meaning_that_is_a_list_stays_on_the_back() -> None:
    lines = cards_of(
        """
        ## Support

        **Plans:**
        - core checks only: bucket permissions, open ports, root account MFA, public snapshots
        - full checks: every check
        """
    )
    assert not any("which one: bucket permissions" in line for line in lines), lines


def test_a_trait_under_a_definition_question_is_asked_of_its_subject() -> None:
    lines = cards_of(
        """
        ## Cloud

        **What is Cloud Computing?**
        - on-demand delivery of IT resources
        - shared tenancy: many customers use the same hardware, kept apart
        """
    )
    assert any("| Cloud Computing — which characteristic: many customers use the same hardware, kept apart? => shared tenancy" in line for line in lines), lines



def test_a_phrase_whose_meaning_is_mostly_its_own_words_keeps_its_card() -> None:
    lines = cards_of(
        """
        ## Operations

        **Scaling strategies:**
        - reserved capacity planning: long jobs, reserved capacity's scope
        - measure overall efficiency
        """
    )
    # too few words are left around the blanks to ask by
    assert any("| reserved capacity planning => long jobs, reserved capacity's scope @4" in line for line in lines), lines


def test_a_remark_over_the_list_gives_way_to_the_heading_above_it() -> None:
    lines = cards_of(
        """
        ## Operations

        **Scaling:**
        - a system handles more load by adapting, in two ways:
          - vertical scaling: a bigger machine, up to the hardware's limit
          - horizontal scaling: more machines, for distributed systems
        """
    )
    assert any("| Scaling — which kind: more machines, for distributed systems? => horizontal scaling" in line for line in lines), lines
    assert not any("in two ways" in line.split(" | ")[1] for line in lines if "which kind" in line), lines


def test_the_question_names_the_kind_a_list_label_names() -> None:
    assert kind_noun("Design principles") == "design principle"
    assert kind_noun("2 types") == "type"
    assert kind_noun("Isolation levels") == "isolation level"
    assert kind_noun("Routing policies") == "routing policy"
    # a thing's name, a phrase or a singular label names no kind
    assert kind_noun("CloudWatch Logs") is None
    assert kind_noun("Kinesis") is None
    assert kind_noun("Well Architected") is None
    assert kind_noun("a system handles more load by adapting") is None


def test_an_item_of_a_kind_list_is_asked_which_of_that_kind() -> None:
    lines = cards_of(
        """
        ## Databases

        **Joins:**
        - inner join: only matching rows
        - cross join: every pair of rows
        """
    )
    assert any("| Which join: only matching rows? => inner join" in line for line in lines), lines


def test_a_single_plural_heading_names_a_kind_only_when_its_items_say_it() -> None:
    lines = cards_of(
        """
        ## Nodes

        - container runtime: the software that starts the images
        - node agent: reports the machine's state
        """
    )
    assert not any("Which node:" in line for line in lines), lines
    assert any("Nodes — which one: the software that starts the images? => container runtime" in line for line in lines), lines


def test_a_former_name_over_a_list_gives_way_to_the_present_one() -> None:
    lines = cards_of(
        """
        ## Monitoring

        **Events Hub:**
        - formerly Old Events:
          - schedule: cron jobs
          - event pattern: rules that react when a service does something
        - archive and replay events
        """
    )
    assert any("| Events Hub — which one: rules that react when a service does something? => event pattern" in line for line in lines), lines
    assert any("| Events Hub — schedule => cron jobs" in line for line in lines), lines


def test_under_one_named_thing_the_items_are_the_choices() -> None:
    lines = cards_of(
        """
        ## Monitoring

        **EventHub:**
        - formerly Old Hub:
          - timer: jobs that start on a clock (timed scripts)
          - event pattern: rules that react when a service does something
        """
    )
    # "EventHub — which one" names no set to choose from: the list's two items are the choices
    assert any("| EventHub — timer or event pattern: rules that react when a service does something? => event pattern" in line for line in lines), lines
    # a one-word item too, its own word hidden in its meaning: "timer" alone on the front asked nothing
    assert any("| EventHub — timer or event pattern: jobs that start on a clock? => timer" in line for line in lines), lines
    assert not any("which one" in line for line in lines), lines


def test_under_one_named_thing_with_no_short_choices_the_phrase_is_asked_forward() -> None:
    lines = cards_of(
        """
        ## Identity

        **Token Vault (TV):**
        - issues temporary credentials with limited rights to reach our resources
        - rotating secrets: replaced on their own after a period set when they are made
        - use cases: federation, cross-account roles
        """
    )
    assert any("| Token Vault (TV) — rotating secrets => replaced on their own after a period set when they are made" in line for line in lines), lines
    assert not any("which one" in line for line in lines), lines


def test_the_authors_lead_into_a_line_is_no_option_to_name() -> None:
    # "pick user-assigned when", "priority roughly", "Raising it", "each row": asked "which one",
    # the back would be the lead-in, which names nothing; the line is asked forward
    lines = cards_of(
        """
        ## Vault

        **Paths + globs:**
        - most specific match wins
        - priority roughly: wildcard later in path beats one earlier, then the longer path

        **Managed Identity:**
        - user-assigned -> standalone resource
          - pick user-assigned when: many resources need the same permissions
        """
    )
    assert any("Paths + globs | priority roughly => wildcard later in path beats one earlier, then the longer path" in line for line in lines), lines
    assert any("| pick user-assigned when => many resources need the same permissions" in line for line in lines), lines
    assert not any("which one" in line for line in lines), lines


def test_a_series_or_a_counted_label_is_asked_forward() -> None:
    # "which one: strong → bounded staleness → ...?" answered "consistency levels (5)" asks for a label
    lines = cards_of(
        """
        ## Databases

        **Cosmos DB:**
        - global distribution: replicas in any region
        - consistency levels (5): strong → bounded staleness → session → consistent prefix → eventual
        - intel lifecycle: requirements → collection → analysis → dissemination
        """
    )
    assert any("| consistency levels (5) => strong → bounded staleness → session → consistent prefix → eventual" in line for line in lines), lines
    assert any("| intel lifecycle => requirements → collection → analysis → dissemination" in line for line in lines), lines
    assert not any("=> consistency levels" in line or "=> intel lifecycle" in line for line in lines), lines


def test_two_things_set_side_by_side_are_no_option_of_a_list() -> None:
    # "which one: ___ = small backups, ___ = bigger backups? -> incr vs diff" asked for a comparison's label
    lines = cards_of(
        """
        ## Backup

        **Backup + restore:**
        - incr vs diff: incr = small backups and a painful restore, diff = bigger backups
        - 3-2-1 rule: three copies, two media, one offsite
        """
    )
    assert not any("which one" in line and "incr vs diff" in line for line in lines), lines
    assert any("| incr vs diff =>" in line for line in lines), lines


def test_a_kinds_members_are_no_clue_to_the_authors_label_over_them() -> None:
    lines = cards_of(
        """
        ## Security Operations

        - mobile solutions:
          - **MDM** - manage/wipe/enforce policy
          - connection methods: cellular, Wi-Fi, Bluetooth
        """
    )
    # "Which mobile solution: cellular, Wi-Fi, Bluetooth?" asked the author's heading back
    assert not any("Which mobile solution" in line or "which one: cellular" in line for line in lines), lines
    assert any("connection methods => cellular, Wi-Fi, Bluetooth" in line for line in lines), lines


def test_a_clues_own_subject_stays_though_the_phrase_says_it() -> None:
    lines = cards_of(
        """
        ## Sites

        **Hosting:**
        - How to pick a site?
          - Compliance with data governance: data never leaves a region without explicit permission
          - Closeness to users: lower latency
        """
    )
    assert any("which factor: data never leaves a region without explicit permission? => Compliance with data governance" in line for line in lines), lines
    assert not any("___ never leaves" in line for line in lines), lines


def test_a_clue_hides_the_part_of_the_phrase_that_tells_it_from_its_peers() -> None:
    """`server` of *Server-side* and `at` of *at rest* would each answer the card."""
    lines = cards_of(
        """
        ## Storage

        **Bucket encryption:**
        - No encryption
        - Server-side encryption: server encrypts the file after receiving it
        - client-side encryption: encrypts the file before uploading it

        **Data states:**
        - at rest: data stored or archived on a device, for ex encrypted at rest on EFS
        - in transit: encryption while data is being moved from one place to another
        """
    )
    said = "\n".join(lines)
    assert "which kind: ___ ___ the file after receiving it?" in said and "server ___ the file" not in said, lines
    assert "encrypted ___ on EFS?" in said and "at ___" not in said, lines
