"""Parts rendered in worker processes: results in order, failures reported
as errors, no process left behind."""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable

import pypdf
import pytest

from pipeline.cheatsheet import parts
from pipeline.cheatsheet.parts import PartJob, PartPages
from pipeline.model import Pack

GALLEY = """<!doctype html><html><head><style>
@page {{ size: 300px 100000px; margin: 0 }} body {{ margin: 0 }} p {{ margin: 0 }}
</style></head><body>{}</body></html>"""
FRAME = """<!doctype html><html><head><style>
@page {{ size: 300px 200px; margin: 10px }} div + div {{ break-before: page }}
</style></head><body>{}</body></html>"""


def job(lines: int) -> PartJob:
    return PartJob(GALLEY.format("".join(f"<p data-u>line {i}</p>" for i in range(lines))), {})


def one_page_each(heights: list[list[float]]) -> list[PartPages]:
    """Every part on its own page, its units stacked."""
    pages = []
    for part_heights in heights:
        ys = [sum(part_heights[:i]) for i in range(len(part_heights))]
        pages.append(PartPages(FRAME.format("<div></div>"), ((tuple((i, 0.0, y) for i, y in enumerate(ys))),), b"id"))
    return pages


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_parts_come_back_in_order_whatever_the_number_of_workers(workers: int) -> None:
    seen: list[list[float]] = []

    def planner(heights: list[list[float]]) -> list[PartPages]:
        seen.extend(heights)
        return one_page_each(heights)

    pdfs = parts.run([job(1), job(2), job(3)], planner, workers)
    assert [len(h) for h in seen] == [1, 2, 3]
    assert [len(pypdf.PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs] == [1, 1, 1]
    assert not multiprocessing.active_children()


def test_a_failing_planner_stops_the_workers() -> None:
    def planner(_heights: list[list[float]]) -> list[PartPages]:
        raise ValueError("no room")

    with pytest.raises(ValueError, match="no room"):
        parts.run([job(2), job(2)], planner, workers=2)
    assert not multiprocessing.active_children()


def test_a_failure_inside_a_worker_is_raised_in_the_parent() -> None:
    two_pages = PartJob(GALLEY.replace("100000px", "5px").format("<p data-u>a</p><p data-u>b</p>"), {})
    with pytest.raises(RuntimeError, match="galley took 2 pages"):
        parts.run([two_pages, job(1)], one_page_each, workers=2)
    assert not multiprocessing.active_children()


def test_split_caps_the_parts_and_never_leaves_one_empty() -> None:
    # more than MAX_PARTS parts' worth, but not past the size of a long part
    ranges = parts.split([parts.PART_WEIGHT] * (parts.MAX_PARTS * parts.MAX_PART_WEIGHT // parts.PART_WEIGHT))
    assert len(ranges) == parts.MAX_PARTS
    assert all(len(r) for r in ranges)
    assert [len(r) for r in parts.split([parts.PART_WEIGHT * 3, 1, 1])] == [1, 1, 1]


def test_long_notes_make_more_parts_of_bounded_size() -> None:
    weights = [parts.MAX_PART_WEIGHT // 4] * 200  # fifty parts' worth
    ranges = parts.split(weights)
    assert len(ranges) > parts.MAX_PARTS
    assert max(sum(weights[i] for i in r) for r in ranges) <= parts.MAX_PART_WEIGHT


def test_parts_let_go_and_laid_out_again_give_the_same_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [job(3), job(40), job(7)]
    held = parts.run(jobs, one_page_each, 2)
    laid_out = []
    real_part = parts.part

    def counted(one: PartJob):  # type: ignore[no-untyped-def]
        laid_out.append(one)
        return real_part(one)

    monkeypatch.setattr(parts, "HELD_CHARACTERS", len(jobs[0].galley_html))  # only the first part is held
    monkeypatch.setattr(parts, "part", counted)
    again = parts.run(jobs, one_page_each, 1)  # inline, so the count is this process's
    assert again == held
    assert len(laid_out) == 5  # three measured, two of them laid out again


def test_parts_too_many_to_hold_go_to_fresh_processes_and_give_the_same_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [job(3), job(40), job(7)]
    held = parts.run(jobs, one_page_each, 2)
    fresh_processes: list[int] = []
    real_fresh = parts._run_fresh

    def counted(*args):  # type: ignore[no-untyped-def]
        fresh_processes.append(1)
        return real_fresh(*args)

    monkeypatch.setattr(parts, "HELD_CHARACTERS", len(jobs[1].galley_html))  # less than the three together
    monkeypatch.setattr(parts, "_run_fresh", counted)
    assert parts.run(jobs, one_page_each, 2) == held
    assert fresh_processes == [1]
    assert not multiprocessing.active_children()


def test_a_failure_in_a_fresh_process_is_raised_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "HELD_CHARACTERS", 0)
    two_pages = PartJob(GALLEY.replace("100000px", "5px").format("<p data-u>a</p><p data-u>b</p>"), {})
    with pytest.raises(RuntimeError, match="worker failed.*galley took 2 pages"):
        parts.run([two_pages, job(1)], one_page_each, workers=2)
    assert not multiprocessing.active_children()


class _Unpicklable(dict):  # type: ignore[type-arg]
    def __reduce__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("a part's job was pickled")


def test_fresh_processes_get_their_jobs_by_fork_not_pickled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A job carries the part's HTML and the pack's pictures: copied to each
    process as it forks, never pickled through the pool (twice per part)."""
    jobs = [PartJob(j.galley_html, _Unpicklable()) for j in (job(3), job(40))]
    monkeypatch.setattr(parts, "HELD_CHARACTERS", 1)
    assert parts.run(jobs, one_page_each, 2) == parts.run([job(3), job(40)], one_page_each, 2)


def test_the_cram_sheet_and_practice_test_of_a_pack_too_large_to_hold_twice_render_one_after_the_other(
    seed_pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.cheatsheet import emit

    started: list[object] = []

    def recorded(work: Callable[[], object]) -> Callable[[], object]:
        started.append(work)
        return work

    monkeypatch.setattr(parts, "in_background", recorded)
    monkeypatch.setattr(emit, "_OUTPUTS", tuple((kind, suffix, lambda pack, kind=kind: (kind.encode(), [])) for kind, suffix, _ in emit._OUTPUTS))
    assert emit.render(seed_pack, ["cram", "practice"]) == {"cram": (b"cram", []), "practice": (b"practice", [])}
    assert len(started) == 1  # the seed: side by side
    monkeypatch.setattr(parts, "HELD_CHARACTERS", 1000)
    assert emit.render(seed_pack, ["cram", "practice"]) == {"cram": (b"cram", []), "practice": (b"practice", [])}
    assert len(started) == 1  # too large: no background process
