"""A list whose members the comparison cards each ask by their meaning, among the
whole set, makes no cloze that asks them by their place in the list."""

from __future__ import annotations

from pipeline.curate.recited_sets import without_recited_sets
from pipeline.model import Card, SourceRef

RS = ["Rehost", "Replatform", "Repurchase", "Retire"]
GLOSS = {"Rehost": "lift and shift", "Replatform": "lift, tinker and shift", "Repurchase": "drop and shop", "Retire": "turn it off"}


def _card(kind: str, note_type: str, prompt: str, answer: str, line: int) -> Card:
    return Card(f"g{kind}{line}", kind, note_type, prompt, answer, "S", "T", ("S",), (SourceRef("n.md", line),))  # type: ignore[arg-type]


def _listed(members: list[str]) -> Card:
    items = "".join(f"<li>{{{{c{i}::{m}}}}}</li>" for i, m in enumerate(members, 1))
    return _card("enumeration", "cloze", f'<div class="sp-label">Migration – the 7 Rs</div><ul class="sp-enum">{items}</ul>', "", 10)


def _compare(name: str, line: int) -> Card:
    options = ", ".join(RS[:-1]) + " or " + RS[-1]
    return _card("compare", "basic", f'<div class="sp-label">{options}?</div><div>{GLOSS[name]}</div>', f"<div><b>{name}</b></div>", line)


def test_a_set_each_member_of_which_is_asked_by_meaning_makes_no_cloze() -> None:
    asked = [_compare(name, 11 + i) for i, name in enumerate(RS)]
    kept, asked = without_recited_sets([_listed(RS)], asked)
    assert kept == [] and 10 in [s.line for s in asked[0].sources]


def test_all_but_one_member_asked_will_do_in_a_set_of_four_but_no_fewer() -> None:
    assert without_recited_sets([_listed(RS)], [_compare(name, 11) for name in RS[:3]])[0] == []
    assert without_recited_sets([_listed(RS)], [_compare(name, 11) for name in RS[:2]])[0] != []


def test_a_list_that_shows_a_member_unhidden_or_another_set_keeps_its_cloze() -> None:
    asked = [_compare(name, 11 + i) for i, name in enumerate(RS)]
    other = _listed(["Rehost", "Replatform", "Refactor", "Retire"])
    assert without_recited_sets([other], asked)[0] == [other]


def test_a_bare_labels_back_reciting_a_set_the_comparisons_ask_is_left_to_them() -> None:
    """`EC2 bootstrapping` → "cfn-init (...), cfn-signal (...), cfn-hup (...)": each member is
    asked by its gloss among the set; an acronym's members ("ACID") are what it stands for."""
    names = ["cfn-init", "cfn-signal", "cfn-hup"]
    glosses = {"cfn-init": "reads Init metadata", "cfn-signal": "wait for signal", "cfn-hup": "detect metadata changes"}

    def compare(name: str, line: int) -> Card:
        label = ", ".join(names[:-1]) + " or " + names[-1]
        return _card("compare", "basic", f'<div class="sp-label">{label}?</div><div>{glosses[name]}</div>', f"<div><b>{name}</b></div>", line)

    asked = [compare(name, 20 + i) for i, name in enumerate(names)]
    back = ", ".join(f"{n} ({g})" for n, g in glosses.items())
    recited = _card("term", "basic", "EC2 bootstrapping", back, 30)
    acronym = _card("overview", "basic", "CFN", back, 31)
    kept, asked = without_recited_sets([recited, acronym], asked)
    assert kept == [acronym] and 30 in [s.line for s in asked[0].sources]
    # a back that says more than the set's cards is a definition of its own
    defined = _card("term", "basic", "EC2 bootstrapping", back + " run at first boot from user data by the instance itself", 32)
    assert without_recited_sets([defined], asked)[0] == [defined]


def test_a_back_listing_more_items_than_the_set_has_members_is_a_set_of_its_own() -> None:
    """"Pricing Models — which 4?" over three models the comparisons ask and a fourth they never name."""
    names = ["Pay as you go", "Save when you reserve", "Pay less by using more"]
    label = ", ".join(names[:-1]) + " or " + names[-1]
    asked = [_card("compare", "basic", f'<div class="sp-label">{label}?</div><div>cue {i}</div>', f"<div><b>{n}</b></div>", 20 + i) for i, n in enumerate(names)]
    back = "<ul>" + "".join(f"<li>{n}</li>" for n in [*names, "Pay less as AWS grows"]) + "</ul>"
    four = _card("overview", "basic", "Pricing Models — which 4?", back, 30)
    assert without_recited_sets([four], asked)[0] == [four]
