"""Every front says what it asks: a phrase over its list is asked with its owner
and how many; an idea's plain-word values are its kinds."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_sentence_case_phrase_over_its_members_is_asked_with_its_owner_and_count() -> None:
    lines = cards_of(
        """
        ## Servers

        **Sizing options:**
        - RAM
        - Disk space:
          - network-attached (block volumes)
          - local hardware (instance store)
        - Firewall rules
        """
    )
    asked = [line for line in lines if "network-attached" in line and "[detail]" in line]
    assert asked, lines
    assert "Sizing options — Disk space: which 2 kinds?" in asked[0], asked  # plain words: its kinds


def test_a_phrase_over_sentences_keeps_its_owner_without_a_count() -> None:
    lines = cards_of(
        """
        ## Databases

        **Week 2: SQL**
        - Joins: inner, left, right
        - Query structure:
          - SELECT lists the columns, FROM the tables, WHERE filters rows
          - GROUP BY forms groups, HAVING filters groups
          - ORDER BY sorts the result of the whole query
        """
    )
    asked = [line for line in lines if "SELECT lists" in line and "[detail]" in line]
    assert asked, lines
    assert "Week 2: SQL — Query structure =>" in asked[0], asked
    assert "which" not in asked[0].split("=>")[0]


def test_an_ideas_plain_word_values_are_counted_as_its_kinds() -> None:
    lines = cards_of(
        """
        ## Design

        **Design Principles:**
        - Elasticity: vertical & horizontal
        - Disposable resources: servers should be disposable and easily configured
        - Loose coupling: break the monolith into small parts
        """
    )
    assert any("Elasticity — which 2 kinds? => vertical & horizontal" in line for line in lines), lines
    # plural nouns are examples of a kind, no kinds of their own
    lines = cards_of(
        """
        ## Controls

        **Control types:**
        - Physical: locks, fences, bollards
        - Technical: firewalls and encryption in transit
        """
    )
    assert not any("kinds?" in line for line in lines), lines
    # an adjective's remarks are no kinds of it
    lines = cards_of(
        """
        ## Auth

        **OAuth flows to know:**
        - Authorization code: the default for web apps
        - Implicit: legacy, avoid
        """
    )
    assert not any("kinds?" in line for line in lines), lines


def test_a_sentence_that_counts_its_list_is_asked_by_the_kind_it_counts() -> None:
    from pipeline.cards.prompts import counted_statement

    assert counted_statement("There are 6 pillars in the Well-Architected Tool:") == ("6", "pillars in the Well-Architected Tool")
    assert counted_statement("There are two patterns of app communication") == ("two", "patterns of app communication")
    assert counted_statement("There is a catch") is None
    lines = cards_of(
        """
        ## Integration

        There are two patterns of app communication:
        - synchronous calls (app to app)
        - asynchronous events (app to queue to app)
        """
    )
    assert any("| Patterns of app communication =>" in line for line in lines), lines
    assert not any("There are two" in line.split("=>")[0] for line in lines), lines


def test_a_note_to_self_is_asked_by_what_it_says_to_recall() -> None:
    lines = cards_of(
        """
        ## Notes

        Remember the order of a page load: DNS lookup, TCP handshake, TLS handshake, then the HTTP request.
        """
    )
    assert any("| The order of a page load" in line for line in lines), lines
    assert not any("Remember" in line.split("=>")[0] for line in lines), lines


def test_a_phrase_whose_meaning_is_long_is_asked_from_its_first_clause() -> None:
    lines = cards_of(
        """
        ## Green

        **Sustainability:**
        - Design principles:
          - maximize utilization: right-size every workload
          - use managed services: shared services reduce the amount of infra, managed services help automate best practices such as moving rarely read data to cold storage and adjusting compute capacity to demand
        """
    )
    asked = [line for line in lines if "=> use managed services" in line]
    assert asked and "shared ___ reduce the amount of infra?" in asked[0], lines


def test_a_count_is_of_values_never_of_a_link_or_remarks() -> None:
    lines = cards_of(
        """
        ## Identity

        **Flows:**
        - Implicit: legacy, avoid
        - Graph endpoint: https://graph.example.com/v1.0/me
        - Client credentials: app to app, no user
        """
    )
    assert not any("which" in line.split("=>")[0] for line in lines if "Implicit" in line or "Graph endpoint" in line), lines


def test_a_sentence_heading_names_no_kind_for_a_count() -> None:
    lines = cards_of(
        """
        ## Explain security alerting and monitoring concepts and tools

        - Monitor: systems, apps, infrastructure
        - Alerting: thresholds and escalation
        """
    )
    assert not any("3 tools" in line for line in lines), lines


def test_an_item_over_its_members_names_is_not_asked_what_it_is() -> None:
    lines = cards_of(
        """
        ## SQL

        **Queries:**
        - Joins:
          - inner, left, right, full
        - Aggregates:
          - COUNT, SUM, AVG, MIN, MAX
        """
    )
    # five members counted are a blank each (`counted_backs`), four stay one answer
    assert any("| Aggregates {{c1::COUNT}} {{c2::SUM}} {{c3::AVG}} {{c4::MIN}} {{c5::MAX}}" in line for line in lines), lines
    assert any("| Joins — which 4? => inner, left, right, full" in line for line in lines), lines
    assert not any("What are Aggregates?" in line for line in lines), lines
