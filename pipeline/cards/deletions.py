"""What a cloze's blank may hide: the line's own fact, not a side remark in
brackets, and nothing the front still shows, under its own spelling or
another (`gives_itself_away`)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache
from os.path import commonprefix

from pipeline.model import inline as inl
from pipeline.model.inflection import STEM_MIN, stem
from pipeline.model.name_patterns import CAMEL

_SHORT_TOKEN = re.compile(r"[a-z][a-z0-9]{1,5}")
_LETTERS = re.compile(r"[A-Za-z]+")

HIDDEN = re.compile(r"\{\{c\d+::(.*?)\}\}")  # a blank, what it hides as group 1
BLANK = re.compile(r"\{\{c\d+::.*?\}\}")  # a whole blank
_TAG = re.compile(r"<[^>]+>")
_LEAD_LABEL = re.compile(r"^[^:()]*:\s*")  # "(standard infrequent access: S3 Standard-IA)": a label before the name
_CAMEL = re.compile(r"[A-Z][a-z0-9]+|[A-Z]+(?![a-z])")
_WORD = re.compile(r"[A-Za-z0-9]+")
_ANY_WORD = re.compile(r"\w+")
_LOWER_WORD = re.compile(r"[a-z0-9]+")
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_PARTS = re.compile(r"(<[^>]+>|\{\{c\d+::.*?\}\})")  # a tag or a blank: what `hide_forms` leaves alone


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub("", text))


def words_shown(markup: str) -> str:
    """A card's HTML as the text a learner reads: each tag a space, entities decoded."""
    return html.unescape(_TAG.sub(" ", markup)).strip()


def in_aside(cloze: str) -> bool:
    """A blank inside brackets that say more than the hidden words ("(at the
    [...] level)", "(no need to connect a [...])", "([...] event logs, VPC flow
    logs)"): the brackets are a side remark, and what they hide is no fact of
    the line. A bracket that holds only the name ("(S3 One-Zone IA)") names
    what the line is about: hiding it asks that name."""
    found = HIDDEN.search(cloze)
    if found is None:
        return False
    before = _plain(HIDDEN.sub(lambda m: m.group(1), cloze[: found.start()]))
    after = _plain(HIDDEN.sub(lambda m: m.group(1), cloze[found.end() :]))
    depth, opened = 0, -1
    for index, char in enumerate(before):
        if char == "(":
            depth, opened = depth + 1, index if depth == 0 else opened
        elif char == ")" and depth:
            depth -= 1
    if not depth:
        return False
    lead = _LEAD_LABEL.sub("", before[opened + 1 :]).strip()
    return bool(lead) or not after.lstrip().startswith(")")


def abbreviates_shown(hidden: str, front: str) -> bool:
    """A blank over a short abbreviation ("CT", "CW") whose letters are the
    capitals of a name still on the front ("CloudTrail", "CloudWatch"), or
    over that name while the front shows its abbreviation: the front spells
    the answer out."""
    hidden_words = _WORD.findall(_plain(hidden))
    shown_words = _WORD.findall(_plain(HIDDEN.sub(" ", front)))
    # each word asked once whether it is shaped as an abbreviation, not once per word beside it
    short_hidden, short_shown = ([w for w in found if _ABBREVIATION.fullmatch(w)] for found in (hidden_words, shown_words))
    return any(_abbreviates(short, long) for short in short_hidden for long in shown_words) or any(
        _abbreviates(short, long) for short in short_shown for long in hidden_words
    )


def _abbreviates(short: str, long: str) -> bool:
    """"CT" of "CloudTrail": the capitals of a name in camel case."""
    if not _ABBREVIATION.fullmatch(short):
        return False
    parts = _CAMEL.findall(long)
    return len(parts) >= 2 and "".join(p[0] for p in parts).upper() == short and long.upper() != short


def product_words(text: str, lowered: list[str]) -> list[str]:
    """The words of `text`, of those given in lower case, written there as a
    product's own word: in capitals or camel case ("EBS", "CloudHSM"), not
    "Security" or "Keys"."""
    found = _WORD.findall(_plain(text))
    return [w for w in found if w.lower() in lowered and (len(w) > 1 and w.isupper() or any(c.isupper() for c in w[1:]))]


# plural nouns that sort a thing into its kinds ("Storage Classes", "Instance Types")
_KINDS = frozenset("classes types kinds categories families tiers models strategies modes levels".split())


def names_kinds(label: str) -> bool:
    """A label of two or three words ending in a plural that sorts a thing
    into kinds ("Storage Classes", "Scaling Strategies"): it names the set,
    no one member a line could be about."""
    words = label.lower().split()
    return 2 <= len(words) <= 3 and words[-1] in _KINDS


def one_name(title: str) -> bool:
    """"S3", "Azure Storage": a title of a few words naming one thing, not a
    section's list of subjects ("Account Management, Billing & Support")."""
    return 0 < len(title.split()) <= 3 and not re.search(r"[,&/]|\band\b", title) and any(c.isupper() for c in title)


STEM_LETTERS = 5  # letters of a word whose other forms are looked for
SHARED_SHARE = 0.8  # of the hidden word the other form spells ("transcod" of "transcoder")
STEM_SHARE = 0.6  # of the hidden word a shorter word it starts with spells ("version" of "versioning")
LONG_WORD = 8  # letters of a word of a longer name that is no generic part of it


def variant_shown(hidden: str, front: str, common: frozenset[str]) -> bool:
    """A word of the hidden name the front shows in another form ("[Elastic
    Transcoder]" beside "transcoding pipeline", "[Forecast]" beside
    "forecasting time"): the form points to the name. Names found all over
    the notes ("Amazon") tell nothing."""
    shown = set(_WORD.findall(_plain(HIDDEN.sub(" ", front))))
    name = _plain(hidden)
    return any(_a_form_of(name, word, common) for word in shown)


@lru_cache(maxsize=1 << 14)  # a card's words are weighed again by each check that hides or refuses forms
def _a_form_of(name: str, word: str, common: frozenset[str]) -> bool:
    """Whether `word` is another form of a word of `name` ("forecasting" of
    Forecast) or the name's capitals ("CW" of CloudWatch)."""
    parts, named = _name_words(name, common)
    if any(_abbreviates(word, part) for part in parts):
        return True
    other = word.lower()
    for part in named:
        if len(part) < STEM_LETTERS or len(named) > 1 and len(part) < LONG_WORD:
            continue  # "Secrets [Manager]" beside "manage": a short word of a longer name is its generic part
        if other == part or other.rstrip("s") == part.rstrip("s") or len(other) < STEM_LETTERS:
            continue
        if len(commonprefix([part, other])) >= SHARED_SHARE * len(part):
            return True
        if part.startswith(other) and len(other) >= STEM_SHARE * len(part):
            return True  # "version" of Versioning: the stem the name is made of
        if len(part) >= TYPO_LETTERS and one_edit(part, other):
            return True  # "versionning" of Versioning: a misspelling says it as plainly
    return False


TYPO_LETTERS = 7  # letters of a word whose misspelling by one letter is still that word


def one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    head = len(commonprefix([a, b]))
    if len(a) == len(b):
        return a[head + 1 :] == b[head + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[head + 1 :] == shorter[head:]


@lru_cache(maxsize=256)
def _name_words(name: str, common: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The name's words, and its lowercase words not in `common`: asked of each word of a card."""
    ordinary = {c.lower() for c in common}
    return tuple(_WORD.findall(name)), tuple(w for w in _LOWER_WORD.findall(name.lower()) if w not in ordinary)


def hide_forms(body: str, name: str, common: frozenset[str]) -> str:
    """The body (HTML) with the name's other forms ("CW", "forecasting")
    hidden as well, outside tags and blanks: shown, they would answer."""
    out = []
    for part in _PARTS.split(body):
        if part.startswith(("<", "{{")):
            out.append(part)
            continue
        out.append(_WORD.sub(lambda m: "{{c1::" + m.group() + "}}" if _a_form_of(name, m.group(), common) else m.group(), part))
    return "".join(out)


def echoes(name: str, text: str, common: frozenset[str]) -> bool:
    """Whether the text says most words of the name in some inflection
    ("tags", "tagged" of *Tagging*, "batches" of *Batch*): shown beside a
    blank over the name, they answer; hidden too, the card would ask one
    answer twice. ("in a disaster" beside *Elastic Disaster Recovery* is one
    word of three.)"""
    ordinary = {c.lower() for c in common}
    stems = {stem(w) for w in _LETTERS.findall(_plain(name)) if w.lower() not in ordinary}
    stems = {s for s in stems if len(s) >= STEM_MIN}
    shown = {stem(w) for w in _LETTERS.findall(_plain(text))}
    return bool(stems) and len(stems & shown) * 2 > len(stems)


PART_MIN = 4  # letters of a name's part that tell it ("Sync" of DataSync)
_VENDORS = frozenset("aws amazon azure google microsoft".split())


def says_a_part(name: str, text: str) -> bool:
    """Whether the text says the word a one-word name is made of, or the last part
    of a compound one, in any inflection ("can synchronize" beside *DataSync*,
    "artifact management" beside *CodeArtifact*, "a trail" beside *CloudTrail*,
    "[batch] jobs" beside *Batch*): shown beside a blank over the name, it
    answers it. (A name of several words is weighed word by word where it is
    made: `Names.leaks`.)"""
    words = [w for w in inl.ASIDE.sub(" ", _plain(name)).split() if w.lower() not in _VENDORS]
    parts = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", words[0]) if len(words) == 1 else []
    if not parts or len(parts[-1]) < PART_MIN:
        return False
    part = stem(parts[-1])
    return any(w.lower().startswith(part) for w in _LETTERS.findall(_plain(text)))


def gives_itself_away(
    cloze: str, context: tuple[str, ...], common: frozenset[str], described: Callable[[str], bool] | None = None
) -> bool:
    """Hidden words the front still shows, in the text or the breadcrumb
    ("VPC & Networking" over "subnets inside our [...]"), answer the card.
    Names found all over the notes ("AWS") tell nothing and are not counted.
    Half the hidden name shown is enough when that half is a product the
    notes describe (`described`): "[CloudHSM Keys]" beside "CloudHSM cluster"
    are the keys of CloudHSM ("[Inline policy]" beside "a policy", "[Security
    Hub]" beside "security status" still ask which)."""
    cased = html.unescape(_TAG.sub(" ", BLANK.sub(" ", cloze) + " " + " ".join(context)))
    front = cased.lower()
    tokens = frozenset(_ANY_WORD.findall(front))
    ordinary = {c.lower() for c in common}
    for hidden in HIDDEN.findall(cloze):
        plain = html.unescape(_TAG.sub(" ", hidden)).lower()
        # "[non-compliance]" under "Compliance": a negation's prefix is no word of its own
        negation = plain.strip().startswith("non-") and " " not in plain.strip()
        words = [w for w in _ANY_WORD.findall(plain) if len(w) > 2 and w not in ordinary and not (negation and w == "non")]
        # the word whole, or its plural, or the singular of a hidden plural ("[AMIs]" beside "AMI")
        shown = [w for w in words if w in tokens or w + "s" in tokens or (len(w) > 3 and w.endswith("s") and w[:-1] in tokens)]
        if words and len(shown) * 2 > len(words) or _spelled_out(plain, front, tokens) or abbreviates_shown(hidden, cased):
            return True
        if _run_together_shown(plain, tokens):
            return True  # "[OS Login]" beside `enable-oslogin`, "[Cloud SQL]" beside `roles/cloudsql.client`
        if abbreviation_of(plain, cased.split()) is not None:
            # "CNAME — alias → [canonical name]": the name in capitals spells the blank
            return True
        if described and words and len(shown) * 2 == len(words) and any(described(w) for w in product_words(hidden, shown)):
            return True  # "[CloudHSM Keys]" beside "CloudHSM cluster": the half that names the product
        if words and _opposite_shown([w for w in words if w not in shown], tokens):
            return True  # "use private IP instead of [public IP]": the one other side of a shown word
        # (the note's other blanks are shown on this one's card)
        if _identifier_shown(html.unescape(_TAG.sub(" ", hidden)), html.unescape(_TAG.sub(" ", HIDDEN.sub(r"\1", cloze)))):
            return True  # "[failedJobsHistoryLimit]" beside "successfulJobsHistoryLimit": the parts they share
        named = _WORD.findall(html.unescape(_TAG.sub(" ", hidden)))
        acronyms = [w for w in named if _ABBREVIATION.fullmatch(w) and w.lower() not in ordinary and w.lower() in tokens]
        if acronyms and len(named) <= 2:
            return True  # "[CT Insights]" beside "CT Events", "[API Gateway]" beside "API keys": the acronym half
    return False


RUN_TOGETHER = 5  # letters of a name of several words that, written as one word on the front, give it away


def _run_together_shown(hidden: str, tokens: frozenset[str]) -> bool:
    """A name of several words the front writes as one (`oslogin` of *OS Login*)."""
    words = _ANY_WORD.findall(hidden)
    joined = "".join(words)
    return len(words) > 1 and len(joined) >= RUN_TOGETHER and any(joined in token for token in tokens)


_IDENTIFIER = re.compile(r"\b[a-z]+(?:[A-Z][a-z0-9]*){2,}\b|\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}\b")  # `failedJobsHistoryLimit`, `TF_LOG_CORE`
IDENTIFIER_PARTS = 3


def _identifier_shown(hidden: str, front: str) -> bool:
    """A hidden identifier of three parts or more, most of them shown by another identifier on the front."""
    found = _IDENTIFIER.findall(hidden)
    if len(found) != 1 or found[0] != hidden.strip():
        return False
    parts = [p.lower() for p in _parts(found[0])]
    shown = {p.lower() for other in _IDENTIFIER.findall(front) if other != found[0] for p in _parts(other)}
    return len(parts) >= IDENTIFIER_PARTS and sum(p in shown for p in parts) * 2 > len(parts)


def _parts(identifier: str) -> list[str]:
    return identifier.split("_") if "_" in identifier else CAMEL.findall(identifier)


# Two-sided words: with one side on the front, a blank over the other is the
# only answer left ("private ... instead of [public]"), whatever the notes say.
_TWO_SIDED = (
    ("public", "private"),
    ("inbound", "outbound"),
    ("ingress", "egress"),
    ("upload", "download"),
    ("uploads", "downloads"),
    ("horizontal", "vertical"),
    ("horizontally", "vertically"),
    ("synchronous", "asynchronous"),
    ("stateful", "stateless"),
    ("internal", "external"),
    ("online", "offline"),
    ("encrypted", "unencrypted"),
    ("managed", "unmanaged"),
    ("static", "dynamic"),
    ("read", "write"),
    ("reads", "writes"),
    ("push", "pull"),
    ("upstream", "downstream"),
    ("launch", "terminate"),
    ("start", "stop"),
    ("in", "out"),
    ("gt", "lt"),
    ("before", "after"),
    ("source", "destination"),
)
_OTHER_SIDE = {a: b for a, b in _TWO_SIDED} | {b: a for a, b in _TWO_SIDED}


def opposites(one: str, other: str) -> bool:
    """Two names alike but for one part, and that part two-sided (`ReadIOPS` and
    `WriteIOPS`, `NetworkIn` and `NetworkOut`, `Launch` and `Terminate`): either
    shown answers a blank over the other."""
    ones, others = [p.lower() for p in CAMEL.findall(one)], [p.lower() for p in CAMEL.findall(other)]
    differ = [(a, b) for a, b in zip(ones, others) if a != b]
    return len(ones) == len(others) and len(differ) == 1 and _OTHER_SIDE.get(differ[0][0]) == differ[0][1]


def _opposite_shown(hidden_words: list[str], tokens: frozenset[str]) -> bool:
    """One word left to answer, and its only opposite on the front."""
    return len(hidden_words) == 1 and _OTHER_SIDE.get(hidden_words[0]) in tokens


_LINKING = frozenset("and of the for to in on a an".split())
_VERSION = re.compile(r"\s+v?\d+(?:\.\d+)*$")


_LEADING_ARTICLE = re.compile(r"^\s*(?:a|an|the)\s+(?=\S)", re.IGNORECASE)


def _spelled_out(hidden: str, front: str, tokens: frozenset[str]) -> bool:
    """An abbreviation whose words the front still shows ("[...] (network file
    system)" hiding NFS), or words whose abbreviation it shows."""
    # "[A Virtual Private Cloud]" beside "VPC": an article opens the name, no letter of it
    initials = "".join(w[0] for w in _LOWER_WORD.findall(_LEADING_ARTICLE.sub("", hidden)))
    letters = _VERSION.sub("", hidden.strip())  # "SAML 2.0": the abbreviation, its version aside
    if _SHORT_TOKEN.fullmatch(letters) and letters.endswith("s") and len(letters) > 3 and _spelled_out(letters[:-1], front, tokens):
        return True  # "[PSUs]" under *Power supply*: the plural of what the front spells
    if _SHORT_TOKEN.fullmatch(letters):  # one short token: maybe an abbreviation
        shown = _LOWER_WORD.findall(front)  # "service-level agreement" spells SLA
        initials = "".join(w[0] for w in shown)
        # "Security Information and Event Management" spells SIEM: its small words are no letters of it
        said = "".join(w[0] for w in shown if w not in _LINKING)
        # all its letters, or all but the last of three or more ("massively parallel" of MPP)
        return letters in initials or (len(letters) >= 3 and (letters in said or letters[:-1] in initials and _in_a_row(letters[:-1], shown)))
    # "[Load Balancer]" beside "ELB": the initials end an abbreviation of one more letter;
    # "[Transit Gateway]" beside "TGW": they open one whose last letter is the last word's
    # a word of the front that is the initials, or one letter and the initials
    last = _LOWER_WORD.findall(hidden)[-1] if initials else ""
    return len(initials) >= 2 and any(
        t == initials or len(t) == len(initials) + 1 and (t.endswith(initials) or (t.startswith(initials) and t[-1] in last[1:]))
        for t in tokens
    )


def abbreviation_of(words: str, tokens: list[str]) -> str | None:
    """The token in capitals made of `words` in turn, each its first letter or
    whole ("CNAME" of "canonical name": C + NAME; "IPSEC" of "IP security"; not
    "ELB" of "Elastic Beanstalk"):
    shown beside them it spells them out, hidden it is spelled out by them."""
    parts = _LOWER_WORD.findall(words.lower())
    if len(parts) < 2:
        return None
    for token in tokens:
        bare = token.strip(".,;:()[]")
        if 3 <= len(bare) <= 8 and sum(ch.isupper() for ch in bare) >= 2 and _prefixes(bare.lower(), parts):
            return bare
    return None


def _prefixes(token: str, parts: list[str]) -> bool:
    """Whether the token is, for each part in turn, its first letter or the whole word."""
    if not parts:
        return not token
    head, rest = parts[0], parts[1:]
    return any(token.startswith(piece) and _prefixes(token[len(piece) :], rest) for piece in {head[0], head})


def _in_a_row(letters: str, words: list[str]) -> bool:
    """Words in a row whose initials are `letters`, each a word of its own (not "a", "of")."""
    return any(
        "".join(w[0] for w in words[i : i + len(letters)]) == letters and all(len(w) > 3 for w in words[i : i + len(letters)])
        for i in range(len(words))
    )
