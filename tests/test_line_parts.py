"""A line that hides three or more different facts at once is asked part by
part, each part with the line's label, none of them a bare blank."""

from __future__ import annotations

from pipeline.cards.line_parts import parts_of

from .test_cards import cards_of


def test_a_line_of_three_numbers_makes_a_card_per_number_with_its_label() -> None:
    lines = cards_of(
        """
        ## Voice

        **QoS:**
        - voice targets: ≤150 ms one-way delay, ≤30 ms jitter, ≤1% loss
        - Single VM: 99.9%; availability set: 99.95%; two or more zones: 99.99%
        """
    )
    numbers = [line for line in lines if line.startswith("[number]")]
    assert "[number] Voice › QoS | voice targets : ≤{{c1::30 ms}} jitter => @4" in numbers, numbers
    assert "[number] Voice › QoS | voice targets : ≤{{c1::1%}} loss => @4" in numbers
    # each part has its own key: no label of the line is said again before it
    assert "[number] Voice › QoS | availability set: {{c1::99.95%}} => @5" in numbers
    assert not any(line.count("{{c") > 1 for line in numbers), numbers


def test_a_row_of_commands_is_cut_at_its_sentences_then_at_its_commas() -> None:
    prompt = (
        "<b>NAT</b>: {{c1::<code>ip nat inside</code>}} on LAN int, {{c1::<code>ip nat outside</code>}} on WAN int. "
        "verify {{c1::<code>show ip nat translations</code>}}"
    )
    assert parts_of(prompt) == [
        "<b>NAT</b>: {{c1::<code>ip nat inside</code>}} on LAN int, {{c1::<code>ip nat outside</code>}} on WAN int.",
        "<b>NAT</b>: verify {{c1::<code>show ip nat translations</code>}}",
    ]
    dialects = "<b>SQL</b>: Dialects: {{c1::T-SQL}} (SQL Server), {{c1::pgSQL}} (PostgreSQL), {{c1::PL/SQL}} (Oracle)"
    assert parts_of(dialects) == [
        "<b>SQL</b>: Dialects: {{c1::T-SQL}} (SQL Server)",
        "<b>SQL</b>: Dialects: {{c1::pgSQL}} (PostgreSQL)",
        "<b>SQL</b>: Dialects: {{c1::PL/SQL}} (Oracle)",
    ]


def test_a_bare_blank_is_read_with_the_part_after_it_and_an_entity_is_no_separator() -> None:
    prompt = "<b>STP</b>: {{c1::<code>mode rapid</code>}}. {{c1::<code>root primary</code>}} → 24576. {{c1::<code>secondary</code>}} → 28672"
    assert parts_of(prompt) == [
        "<b>STP</b>: {{c1::<code>mode rapid</code>}}. {{c1::<code>root primary</code>}} → 24576.",
        "<b>STP</b>: {{c1::<code>secondary</code>}} → 28672",
    ]
    modelling = "<b>Data</b>: {{c1::Power Query}} = get &amp; transform. {{c1::DAX}} = formulas for {{c1::measures}}"
    assert parts_of(modelling) == [
        "<b>Data</b>: {{c1::Power Query}} = get &amp; transform.",
        "<b>Data</b>: {{c1::DAX}} = formulas for {{c1::measures}}",
    ]


def test_lines_that_are_no_row_of_facts_stay_whole() -> None:
    assert parts_of("{{c1::EFS}}: mount the same {{c1::EFS}} drive with an {{c1::EFS}} Mount Target") is None  # one fact
    assert parts_of("<b>Batch</b>: {{c1::a}} and {{c2::b}}") is None  # two facts
    # names sharing one predicate: cut apart, each would be a bare blank
    assert parts_of("<b>Phrases</b>: {{c1::Sprint 0}}, {{c1::hardening Sprint}}, {{c1::release Sprint}}") is None


def test_in_a_line_of_pairs_each_pair_is_asked_apart() -> None:
    # "UDP = connectionless" beside "TCP = [...]" gives the hidden half's opposite away: a card each
    assert parts_of("<b>Transport</b>: TCP = {{c1::connection-oriented}}, UDP = connectionless") == [
        "<b>Transport</b>: TCP = {{c1::connection-oriented}}",
        "<b>Transport</b>: UDP = {{c1::connectionless}}",
    ]
    assert parts_of("{{c1::Memory hooks}}: Variance = subtract, index = divide") is None  # the subject is asked
    assert parts_of("<b>Transport</b>: TCP = {{c1::connection-oriented}}, reliable and ordered") is None  # no line of pairs


def test_a_sentence_that_leans_on_the_one_before_stays_with_it() -> None:
    # "Use plan -refresh-only" says what replaces the deprecated command: apart it asks nothing
    prompt = "<b>Workflow</b>: {{c1::terraform refresh}} is deprecated. Use {{c1::plan -refresh-only}} / {{c1::apply -refresh-only}}."
    assert parts_of(prompt) is None


def test_items_of_one_sentence_the_commas_join_stay_one_note() -> None:
    prompt = (
        "<b>Ops</b>: You cannot detect what you cannot see, so {{c1::log ingestion}}, "
        "{{c2::time synchronization}} (NTP), and {{c3::logging levels}} come up constantly."
    )
    parts = parts_of(prompt)
    assert parts is None or parts == [prompt], parts  # never "and [logging levels] come up constantly." alone


def test_a_part_of_only_bounds_stays_with_the_part_that_says_what_it_counts() -> None:
    # "min {{c2::1 min}}" alone asks the minimum of nothing: the line stays whole
    assert parts_of("retention default {{c1::4 days}}, min {{c2::1 min}}, max {{c3::14 days}}") is None
    assert parts_of("up to <b>{{c1::15}} headlines</b>, {{c2::30 chars}} each (min {{c3::3}})") is None
    assert parts_of("LLDP: {{c1::30s}} timer, {{c2::120s}} hold, reinit {{c3::2s}}") is not None
    # "up to", "at most", "at least" are bounds as phrases; a bare "to" or "at" says where
    assert parts_of("quotas: up to {{c1::5}}, at most {{c2::10}}, at least {{c3::2}}") is None
    assert parts_of("<b>Replication</b>: {{c1::async}} to {{c2::Region B}}, {{c3::sync}} to {{c4::AZ B}}") == [
        "<b>Replication</b>: {{c1::async}} to {{c2::Region B}}",
        "<b>Replication</b>: {{c1::sync}} to {{c2::AZ B}}",
    ]


def test_a_line_of_needs_and_answers_asks_every_answer() -> None:
    # the later needs of a cheat line were left out: "max IOPS temp disk" was asked by no card
    assert parts_of("<b>Use case → service</b>: block storage → {{c1::EBS}}; max IOPS temp disk → Instance Store") == [
        "<b>Use case → service</b>: block storage → {{c1::EBS}}",
        "<b>Use case → service</b>: max IOPS temp disk → {{c1::Instance Store}}",
    ]
    # commas inside a need, pairs cut at `;`; a blank that fell in the need asks the answer instead
    assert parts_of("<b>Picker</b>: metrics, alarms, {{c1::logs}} → CloudWatch; who called the API → CloudTrail") == [
        "<b>Picker</b>: metrics, alarms, logs → {{c1::CloudWatch}}",
        "<b>Picker</b>: who called the API → {{c1::CloudTrail}}",
    ]
    # an aside after the answer and the closing stop stay outside the blank
    assert parts_of("<b>Picker</b>: Hadoop/{{c1::Spark}} → EMR (managed); ETL → Glue.") == [
        "<b>Picker</b>: Hadoop/Spark → {{c1::EMR}} (managed)",
        "<b>Picker</b>: ETL → {{c1::Glue}}.",
    ]


def test_a_line_whose_pairs_cannot_all_be_asked_stays_whole() -> None:
    # cut at `;` alone, a pair no blank can ask ("roles = ...", a statement with commas) would be lost
    prompt = "<b>IAM</b>: users = people w/ {{c1::long-term}} creds; roles = temporary creds, assumed by services or users"
    assert parts_of(prompt) is None
    # a chain in order, or a branch of a flow, is no pair of a need and its answer
    assert parts_of("<b>Order</b>: registers → {{c1::RAM}} → disk; archive → tape") is None
    assert parts_of("<b>Flow</b>: relational? yes → Spanner; no → {{c1::Cloud SQL}}") is None
    # a value that is a statement of plain words, or an example, asks nothing
    assert parts_of("<b>Tips</b>: block storage → {{c1::EBS}}; risk → running out physically when overcommitted") == [
        "<b>Tips</b>: block storage → {{c1::EBS}}"
    ]
