"""Headings that title a step, a task or a stretch of the notes: no name a blank may hide.

"[STEP 2]: one subnet can only span one AZ", "[Understand ConfigMaps]: ...",
"[Evolving with Queues]: it sends an async message ...", "[Migrate DB to OCI:]:
...", "[Practice questions]: ...": the lines under such a heading describe no
thing the heading names, so a blank over it asks the learner to guess how the
author titled a part of the notes."""

from __future__ import annotations

import re

from pipeline.cards.prompts import is_generic
from pipeline.model.inline import ASIDE

MOST_WORDS = 6  # a longer heading is a clause or a sentence, no name
# "STEP 2", "Section 4 -- Networking", "Lab 3", "Option II": a numbered part of a course, a procedure or a choice
_NUMBERED = re.compile(
    r"^(?:step|section|part|chapter|module|lesson|lab|day|week|domain|phase|stage|unit|task|objective|exercise|question|option)\s*#?(?:\d|[IVX]+\b)",
    re.IGNORECASE,
)
# "Practice Exam 7", "Mock test", "Quiz 3", "RDS Exam Powerups": a set of questions, or the notes on the exam
_PRACTICE = re.compile(r"^(?:(?:practice|mock|sample)\s+(?:exams?|tests?|questions?|quiz(?:zes)?)|(?:exam|test|quiz)\s*#?\d)\b|\bexams?\b", re.IGNORECASE)
# verbs an exam's objectives and a procedure's steps open with, whatever follows
_TASK_VERBS = re.compile(
    r"^(?:understand|know|explain|describe|identify|compare|contrast|given|summari[sz]e|analy[sz]e|evaluate|determine"
    r"|recogni[sz]e|learn|implement|troubleshoot|configure|install|integrate|apply|demonstrate|differentiate)\b",
    re.IGNORECASE,
)
# "Set the hardware clock", "Use a custom domain": a verb that opens a name too ("Change Data
# Capture", "Run Command") when its object is in plain words
_STEP_VERB = re.compile(
    r"^(?i:set|use|create|manage|change|run|connect|build|design|deploy|monitor|plan|choose|select|add|remove|find|check"
    r"|get|make|list|view|show|perform|ensure|maintain|enable|disable|define|attach|grant|move|copy|delete|update|upgrade)\s+[a-z]"
)
# "Evolving with Queues", "Integrating GIT for Team Management", "Working with Policies": a doing, not a thing
_DOING = re.compile(
    r"^(?:[A-Za-z]+ing\s+(?:with|for|to|the|a|an|and|your|our|of|in|on|from|into|up|out|over)\b"
    r"|(?:understand|integrat|migrat|configur|install|implement|deploy|creat|manag|us|build|sett)ing\s+\S)",
    re.IGNORECASE,
)
# "Practice questions", "Knowledge Check", "AWS Organizations Overview", "Aurora Serverless - Use Cases",
# "Acronym to Remember", "Job Role Description for ACE": what the notes hold there, not what the lines are about
_HOLDS = re.compile(
    r"\b(?:questions|quiz(?:zes)?|knowledge\s+checks?|exercises|labs|demos|walkthrough|overview|summary|use\s+cases?|to\s+remember"
    r"|descriptions?(?:\s+(?:of|for)\s+[\w .&/-]+)?)\s*$",
    re.IGNORECASE,
)
# "Tables", "Useful links", "Other resources": a collection alone ("Route Table", "Endpoint Links" name things)
_COLLECTION = re.compile(
    r"^(?:(?:useful|other|more|further|additional|some|official|related|key)\s+)?(?:tables|docs|documentation|references|links|resources|examples)$",
    re.IGNORECASE,
)
# "Result", "Example", "Description": a label of the author's over one piece of the notes
_ALONE = frozenset("result results example question lab demo description table reference output".split())


# "Key Benefits of Cloud-Native Design", "Ideal Architecture", "Typical Challenge": the author's pick
# or model of something, not a thing the notes name
_PICKED = re.compile(
    r"^(?:key|main|core|common|typical|ideal|important)\s+(?:[\w-]+\s+){0,2}?(?:pillars|benefits|metrics|practices|principles|concepts"
    r"|features|takeaways|points|challenges?|capabilities|architecture|considerations)\b",
    re.IGNORECASE,
)


_LEADS_IN = re.compile(r"\b(?:the\s+following|as\s+follows)\b", re.IGNORECASE)
# "Example of Serverless": the author's illustration of a thing; "For failures", "When scaling", "From a File",
# "Using vault login": the case a line applies to, or the way to do it, no thing of its own
_CASE = re.compile(r"^(?:(?:an?\s+)?examples?\s+(?:of|for)|for|when|if|after|before|during|without|from|via|using)\s+\S", re.IGNORECASE)


def frames_a_stretch(label: str) -> bool:
    """A heading of the notes' frame, the exam's or the author's, never of what they teach: a numbered part
    ("Exam 102", "107.1 Manage user accounts"), an objective ("Understand ConfigMaps"), a sentence or a lead-in."""
    plain = ASIDE.sub(" ", label).strip()
    if not plain:
        return False
    # "Compare and contrast basic concepts of cryptography.", "Migrate DB to OCI:",
    # "ALIAS only supports the following services": a sentence or a lead-in
    sentence = plain[-1] in ".:!" or len(plain.split()) > MOST_WORDS or bool(_LEADS_IN.search(plain))
    return sentence or bool(_NUMBERED.match(plain) or _PRACTICE.search(plain) or _TASK_VERBS.match(plain))


def numbered_part(label: str) -> bool:
    """"Option II", "STEP 2", "Section 4 -- Networking": a part the author numbered, no name to choose among."""
    return bool(_NUMBERED.match(ASIDE.sub(" ", label).strip()))


def titles_a_part(label: str) -> bool:
    """Whether the heading titles a step, a task or a stretch of the notes rather than naming a thing."""
    plain = ASIDE.sub(" ", label).strip()
    if not plain:
        return False
    return frames_a_stretch(label) or bool(
        _STEP_VERB.match(plain)
        or _DOING.match(plain)
        or _HOLDS.search(plain)
        or _COLLECTION.match(plain)
        or _PICKED.match(plain)
        or is_generic(plain)
        or plain.lower() in _ALONE
        or _CASE.match(plain)
    )
