"""HTML that authors write inside lines: read for what it means, or shown as text."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document


def _fields(markdown: str) -> str:
    cards, _ = make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p", lambda span: f"m-{span.url}")
    return " ".join(c.prompt + " " + c.answer for c in cards)


def test_layout_tags_and_anchors_are_dropped_and_their_text_kept() -> None:
    fields = _fields(
        """
        ## Caching

        **Topic:**
        - <a name="ttl"></a>a <center>TTL</center> bounds how <code>stale</code> an entry gets
        - <font color="red">evict</font> the least recently used entry first<br/>when full
        """
    )
    assert "a TTL bounds how stale an entry gets" in fields
    assert "evict the least recently used entry first" in fields
    assert "&lt;" not in fields


def test_img_and_a_tags_with_harmless_attributes_are_a_picture_and_a_link() -> None:
    fields = _fields(
        """
        ## Caching

        **Topic:**
        - a cache sits in front of the database <img src='img/cache.png' alt='Cache in front' width=300>
        - read <a href="https://example.org/caching" title="guide">the caching guide</a> first
        - <img src="img/x.png" onerror="alert(1)"> stays text
        """
    )
    assert '<img src="m-img/cache.png" alt="Cache in front">' in fields
    assert '<a href="https://example.org/caching">the caching guide</a>' in fields
    assert '&lt;img src="img/x.png" onerror="alert(1)"&gt; stays text' in fields


def test_img_tags_follow_the_same_media_rules_as_markdown_images(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.commands.build import load

    (tmp_path / "img").mkdir()
    with open(tmp_path / "img" / "huge.png", "wb") as huge:
        huge.truncate(11 * 1024 * 1024)  # over the size limit
    (tmp_path / "img" / "notes.txt").write_text("not a picture", encoding="utf-8")
    (tmp_path / "notes.md").write_text(
        "## Pictures\n\n**Topic:**\n"
        '- a huge one <img src="img/huge.png">\n'
        "- a text file <img src='img/notes.txt'>\n"
        '- from elsewhere <img src="../../secret.png">\n'
        '- a remote one <img src="https://example.org/x.png" alt="Remote">\n',
        encoding="utf-8",
    )
    loaded = load(tmp_path)
    assert loaded.pack.media == {}
    messages = sorted((d.line, d.message.split(":")[0]) for d in loaded.diagnostics)
    assert messages == [
        (4, "image 'img/huge.png' skipped"),
        (5, "image 'img/notes.txt' skipped"),
        (6, "image '../../secret.png' refused"),
    ]
    fields = " ".join(c.prompt + c.answer for c in loaded.pack.cards)
    assert '<a class="sp-remote-picture" href="https://example.org/x.png">Remote</a>' in fields


def test_an_obsidian_embed_is_a_picture() -> None:
    fields = _fields(
        """
        ## Architecture

        **Microservices:**
        - each service owns its data and deploys on its own
        - ![[img/microservice-architecture.png]] a gateway in front of every service
        - ![[flow.png|300]] requests pass the gateway first
        """
    )
    assert '<img src="m-img/microservice-architecture.png" alt="microservice-architecture">' in fields, fields
    assert '<img src="m-flow.png" alt="flow">' in fields, fields
    assert "![[" not in fields and "!img" not in fields and "|300" not in fields, fields


def test_a_summary_that_only_names_its_control_is_no_line_of_the_notes() -> None:
    fields = _fields(
        """
        ## Principles of Cloud Computing

        <details>
        <summary>
        Show content
        </summary>
        <p>

        ### What is cloud computing?

        It's a resource rental based on a pay per use approach.

        </p>
        </details>

        <details><summary>Regions</summary>A Region is a set of datacenters.</details>
        """
    )
    assert "Show content" not in fields
    assert "a resource rental based on a pay per use approach" in fields
    assert "Regions" in fields
