"""Synthetic packs N times the size of a real one: N copies of its notes with
the words of each copy made its own, so no copy duplicates another, and the
domain rules renamed to match. The 1x pack is one such copy: the larger packs
are compared with it, not with the seed itself, whose errata no copy keeps."""

from __future__ import annotations

import hashlib
import re
import shutil
import tomllib
from pathlib import Path

from pipeline.cards.cue_words import MEASURE_WORDS, STOPWORDS
from pipeline.model.lead_words import LEAD_WORDS

# Short words too: a section named "S3" in every copy would be one section N
# times the seed's, and things named by "S3", "IP" or "DB" rivals across copies.
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# Words the card rules read: units and limits of number facts, counts.
_KEEP = set(
    """days hours minutes months years weeks seconds percent replicas regions cities countries characters
    pillars categories messages requests accounts users points presence edge locations availability zones
    usually maximum minimum least most more less than over under three four five seven eight nine eleven
    twelve min max two six ten""".split()
) | STOPWORDS | LEAD_WORDS | MEASURE_WORDS  # "the", "for ex", "ms": every copy is English, as any notes


def _suffix(copy: int) -> str:
    # Five letters that differ between copies, so copies are not even alike.
    digest = hashlib.sha256(str(copy).encode()).digest()
    return "".join(chr(97 + b % 26) for b in digest[:5])


def mark(text: str, copy: int) -> str:
    """The text with its words made the copy's own (`storage` -> `storagekqzmw`),
    keeping the markup and the words the card rules read."""
    suffix = _suffix(copy)
    return _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in _KEEP else m.group(0) + suffix, text)


def make_pack(seed: Path, factor: int, out: Path) -> Path:
    """A pack folder `factor` times the seed pack, under `out`."""
    config = tomllib.loads((seed / "pack.toml").read_text(encoding="utf-8"))
    slug = f"{config['slug']}-x{factor}"
    folder = out / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    notes = [seed / name for name in config.get("notes", [])] or sorted(seed.glob("*.md"))
    names = []
    for note in notes:
        lines = note.read_text(encoding="utf-8").split("\n")
        body = []
        for copy in range(1, factor + 1):
            # One document title; each copy in words of its own.
            body.extend(mark(line, copy) for line in lines if not line.startswith("# "))
        (folder / note.name).write_text("\n".join([f"# {config['title']} x{factor}", *body]), encoding="utf-8")
        names.append(note.name)
    toml = (seed / "pack.toml").read_text(encoding="utf-8")
    toml = re.sub(r'(?m)^slug = ".*"$', f'slug = "{slug}"', toml)
    # The seed's corrections name its own lines and words, which no copy keeps.
    toml = re.sub(r"(?m)^errata = .*\n", "", toml)
    (folder / "pack.toml").write_text(toml, encoding="utf-8")
    if "domains" in config:
        (folder / config["domains"]).write_text(_domains(seed / config["domains"], factor), encoding="utf-8")
    return folder


def _domains(path: Path, factor: int) -> str:
    """The domain file with every rule's names given for each copy."""
    text = path.read_text(encoding="utf-8")
    head = text.split("\n[[", 1)[0]
    data = tomllib.loads(text)
    rules = []
    for kind, key in (("topic", "topics"), ("keyword", "keywords"), ("section", "sections")):
        for rule in data.get(kind, []):
            copies = range(1, factor + 1)
            names = rule[key] if kind == "keyword" else list(dict.fromkeys(mark(n, c) for n in rule[key] for c in copies))
            lines = [f"[[{kind}]]", f"{key} = [{', '.join(_quote(n) for n in names)}]"]
            if "section" in rule:
                lines.append(f"section = {_quote(rule['section'])}")
            lines += [f"{code} = {_quote(task)}" for code, task in rule.items() if code not in (key, "section")]
            rules.append("\n".join(lines))
    if any("section" in r for r in data.get("topic", [])):
        # A topic rule bound to a section must name each copy's section too.
        rules = [_per_copy_sections(r, factor) for r in rules]
    return head + "\n\n" + "\n\n".join(rules) + "\n"


def _per_copy_sections(rule: str, factor: int) -> str:
    match = re.search(r'^section = "(.*)"$', rule, re.M)
    if not match:
        return rule
    copies = []
    for copy in range(1, factor + 1):
        names = re.search(r"^topics = \[(.*)\]$", rule, re.M)
        assert names is not None
        every = re.findall(r'"((?:[^"\\]|\\.)*)"', names.group(1))
        own = every[copy - 1 :: factor]  # names were listed copy by copy within each name
        body = re.sub(r"^topics = \[.*\]$", f"topics = [{', '.join(_quote(n) for n in own)}]", rule, flags=re.M)
        copies.append(body.replace(match.group(0), f"section = {_quote(mark(match.group(1), copy))}"))
    return "\n\n".join(copies)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
