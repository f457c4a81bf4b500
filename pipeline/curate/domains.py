"""Exam-domain rules, read from a pack's domain file (data, not code).

The file defines each exam (its domains, weights and task statements) and
rules that place a card in a task. Rules are tried in a fixed order of
precedence, and top to bottom within each kind; the first that matches wins:

1. `[[topic]]`   the card's topic is one of `topics` (optionally in `section`)
2. `[[keyword]]` one of `keywords` occurs in the card's topic or sub-topics
3. `[[section]]` the card's section is one of `sections`

A rule names a task (`"2.3"`) or a domain (`"2"`) per exam. The `[outside]`
table names topics that no exam of the pack asks, each with why (a service the
exam guide does not list, or one the vendor retired): they make no cards, as if
the notes had `<!-- cards: off -->` around them, and stay in the cheat sheet; a
line labelled with such a name ("Snowmobile: ..." in a list) is kept out the
same way. An exam that a rule does not name follows from another exam's task
through the exam's `derive` table, so the old exam's tags need no rules of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.diagnostics import Diagnostic, PipelineError, warning
from pipeline.model.inline import plain_key
from pipeline.model import Card, Domain, Exam
from pipeline.tomlfile import TomlFile

RULE_KINDS = ("topic", "keyword", "section")  # in order of precedence
_MATCH_KEYS = {"topic": "topics", "keyword": "keywords", "section": "sections"}
_TASK = re.compile(r"^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Rule:
    kind: str
    names: tuple[str, ...]  # normalised
    section: str | None  # normalised; topic rules only
    tasks: dict[str, str]
    line: int

    def mentioned_for(self, card: Card) -> bool:
        """A keyword rule: one of its words in the card's topic or sub-topics."""
        return self.mentioned_in(_keyword_place(card))

    def mentioned_in(self, where: str) -> bool:
        """A keyword rule: one of its words in `where` (`_keyword_place`)."""
        return any(f" {name} " in where for name in self.names)


def _keyword_place(card: Card) -> str:
    """The card's topic and sub-topics, normalised, between spaces: where keyword rules look."""
    return f" {plain_key(' '.join([card.topic, *card.context[1:]]))} "


@dataclass(frozen=True)
class DomainRules:
    path: Path
    exams: tuple[Exam, ...]  # the exams the pack targets, in its order
    rules: tuple[Rule, ...]  # in order of precedence
    outside: dict[str, int] = field(default_factory=dict)  # topic (normalised) -> its line in the file

    def __post_init__(self) -> None:
        # Topic and section rules are looked up by name, so placing a card
        # costs the same however many rules the file holds.
        index: dict[tuple[str, str | None, str], list[int]] = {}
        for position, rule in enumerate(self.rules):
            if rule.kind != "keyword":
                for name in rule.names:
                    index.setdefault((rule.kind, rule.section, name), []).append(position)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_keywords", [i for i, r in enumerate(self.rules) if r.kind == "keyword"])

    def matching(self, card: Card) -> list[Rule]:
        """The rules that match the card, in order of precedence."""
        index: dict[tuple[str, str | None, str], list[int]] = self._index  # type: ignore[attr-defined]
        section, topic = plain_key(card.section), plain_key(card.topic)
        found = index.get(("topic", section, topic), []) + index.get(("topic", None, topic), [])
        where = _keyword_place(card)  # one card's place, read by every keyword rule
        found += [i for i in self._keywords if self.rules[i].mentioned_in(where)]  # type: ignore[attr-defined]
        found += index.get(("section", None, section), [])
        return [self.rules[i] for i in sorted(set(found))]

    def place(self, card: Card) -> dict[str, str]:
        """exam code -> task (or domain) for each exam a rule places the card in."""
        placed: dict[str, str] = {}
        matching = self.matching(card)
        for exam in self.exams:
            for rule in matching:
                if exam.code in rule.tasks:
                    placed[exam.code] = rule.tasks[exam.code]
                    break
                source = exam.derive_from
                if source and source in rule.tasks and rule.tasks[source] in exam.derive:
                    placed[exam.code] = exam.derive[rule.tasks[source]]
                    break
        return placed

    def tags_for(self, card: Card) -> tuple[list[str], list[str]]:
        """(tags, codes of the exams no rule places the card in)."""
        placed = self.place(card)
        tags: list[str] = []
        unplaced: list[str] = []
        for exam in self.exams:
            if exam.code in placed:
                tags.extend(exam.tags(placed[exam.code]))
            else:
                unplaced.append(exam.code)
        return tags, unplaced


def load_rules(path: Path, targeted: tuple[str, ...]) -> DomainRules:
    toml = TomlFile(path)
    data = toml.data
    for key in data:
        if key not in ("exams", "outside", *RULE_KINDS):
            raise toml.error("", key, f"unknown key (expected exams, outside, {', '.join(RULE_KINDS)})")
    defined = data.get("exams", {})
    if not isinstance(defined, dict) or not defined:
        raise PipelineError(toml.display, 1, "no [exams.<code>] tables: the file must define the exams it serves")
    exams = {code: _exam(toml, code, value) for code, value in defined.items()}
    for exam in exams.values():
        if exam.derive_from is not None and exam.derive_from not in exams:
            raise toml.error(f"exams.{exam.code}.derive", "from", f"no exam {exam.derive_from} in this file")
    missing = [code for code in targeted if code not in exams]
    if missing:
        raise PipelineError(toml.display, 1, f"pack.toml targets {', '.join(missing)}, which this file does not define")
    rules: list[Rule] = []
    for kind in RULE_KINDS:
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise toml.error("", kind, f"must be an array of tables: write [[{kind}]]")
        for index, entry in enumerate(entries):
            rules.append(_rule(toml, kind, index, entry, exams))
    _refuse_shadowed(toml, rules)
    outside = _outside(toml, data.get("outside", {}), rules)
    return DomainRules(path, tuple(exams[c] for c in targeted), tuple(rules), outside)


def _outside(toml: TomlFile, table: Any, rules: list[Rule]) -> dict[str, int]:
    """`[outside]`: topic name = "why no exam of the pack asks it"."""
    if not isinstance(table, dict):
        raise PipelineError(toml.display, toml.table_line("outside"), '`outside` must be a table: [outside] then "Topic" = "why"')
    placed = {name: rule for rule in rules if rule.kind == "topic" for name in rule.names}
    outside: dict[str, int] = {}
    for name, why in table.items():
        if not isinstance(why, str) or not why.strip() or not plain_key(name):
            raise toml.error("outside", name, 'write "Topic" = "why no exam of the pack asks it"')
        key = plain_key(name)
        line = toml.key_line("outside", name)
        if key in placed:
            raise PipelineError(toml.display, line, f"{name!r} is outside the exams, yet the [[topic]] rule at line {placed[key].line} places it")
        outside[key] = line
    return outside


def _refuse_shadowed(toml: TomlFile, rules: list[Rule]) -> None:
    """A name given twice in rules of one kind: the later can never decide."""
    seen: dict[tuple[str, str | None, str], Rule] = {}
    for rule in rules:
        for name in rule.names:
            key = (rule.kind, rule.section, name)
            if key in seen:
                raise PipelineError(
                    toml.display, rule.line, f"{name!r} is already placed by the [[{rule.kind}]] rule at line {seen[key].line}"
                )
            seen[key] = rule


def _exam(toml: TomlFile, code: str, value: Any) -> Exam:
    table = f"exams.{code}"
    if not isinstance(value, dict):
        raise toml.error("exams", code, "must be a table")
    domains_value = value.get("domains")
    if not isinstance(domains_value, dict) or not domains_value:
        raise PipelineError(toml.display, toml.table_line(table), f"`{table}`: missing its [{table}.domains] table")
    domains = {}
    for number, entry in domains_value.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("tag"), str) or not isinstance(entry.get("name"), str):
            raise toml.error(f"{table}.domains", number, 'must be { tag = "...", name = "...", weight = N }')
        weight = entry.get("weight")
        if weight is not None and not isinstance(weight, (int, float)):
            raise toml.error(f"{table}.domains", number, "weight must be a number (percent of the exam)")
        domains[number] = Domain(number, entry["tag"], entry["name"], float(weight) if weight is not None else None)
    tasks = value.get("tasks", {})
    for task, slug in tasks.items():
        if not _TASK.match(task) or task.split(".")[0] not in domains or not isinstance(slug, str):
            raise toml.error(f"{table}.tasks", task, "must be a task of a defined domain, named by a string")
    derive = dict(value.get("derive", {}))
    derive_from = derive.pop("from", None)
    for source, target in derive.items():
        if not isinstance(target, str) or target.split(".")[0] not in domains:
            raise toml.error(f"{table}.derive", source, f"must name a task of {code}")
    return Exam(code, str(value.get("title", code)), domains, dict(tasks), derive_from, derive)


def _rule(toml: TomlFile, kind: str, index: int, entry: Any, exams: dict[str, Exam]) -> Rule:
    match_key = _MATCH_KEYS[kind]
    allowed = {match_key, *exams, *(("section",) if kind == "topic" else ())}
    for key in entry:
        if key not in allowed:
            raise toml.error(kind, key, f"unknown key in a [[{kind}]] rule (expected {', '.join(sorted(allowed))})", index)
    names = entry.get(match_key)
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and plain_key(n) for n in names):
        line = toml.table_line(kind, index)
        raise PipelineError(toml.display, line, f"[[{kind}]] rule needs `{match_key}`, a list of names")
    tasks = {code: entry[code] for code in exams if code in entry}
    if not tasks:
        line = toml.table_line(kind, index)
        raise PipelineError(toml.display, line, f"[[{kind}]] rule names no task (add e.g. {next(iter(exams))} = \"1.1\")")
    for code, task in tasks.items():
        exam = exams[code]
        known = isinstance(task, str) and _TASK.match(task) and task.split(".")[0] in exam.domains
        if not known or ("." in task and task not in exam.tasks):
            raise toml.error(kind, code, f"{task!r} is not a task or domain of {code}", index)
    section = entry.get("section")
    return Rule(
        kind=kind,
        names=tuple(plain_key(n) for n in names),
        section=plain_key(section) if isinstance(section, str) else None,
        tasks=tasks,
        line=toml.table_line(kind, index),
    )


def unmatched_outside(rules: DomainRules, matched: set[str]) -> list[Diagnostic]:
    """A name in `[outside]` that no topic has: a typo would otherwise keep the topic's cards silently."""
    return [
        warning(str(rules.path), line, "this [outside] name is no topic, heading, labelled line or whole line of the notes")
        for name, line in rules.outside.items()
        if name not in matched
    ]
