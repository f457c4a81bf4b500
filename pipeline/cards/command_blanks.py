"""A blank over a whole command line with its example arguments (`Update-MgUser
-UserId jo@contoso.com -UsageLocation GB`, `tcpdump -i eth0 -w cap.pcap`) asks
the learner to recall the author's made-up values, which no one can. The blank
narrows to the command's own words (`[Update-MgUser] -UserId ...`, `[ip route]
10.2.0.0 ...`): the arguments stay shown as the clue of what it does."""

from __future__ import annotations

import re
from collections.abc import Callable

LEAD_WORDS = 4  # a command's own words: program and subcommands ("az vm encryption enable")
# a blank that is one code element, nothing else
_CODE_BLANK = re.compile(r"\{\{c(?P<number>\d+)::<code>(?P<code>[^<{}]*)</code>\}\}")
_WORD = re.compile(r"[A-Za-z][\w.-]*")
# an option, a path, an address, a version or a value: what the author typed for the example
_ARGUMENT = re.compile(r"^-|[/@]|\d+\.\d+|\w=\S")  # (a lone `=` is the line's own: `NAME = bob`)
_OPERATOR = re.compile(r"^(?:&amp;&amp;|\|\||\||;|&gt;|&lt;|&amp;)$")
_REDIRECT = re.compile(r"^(?:&gt;|&lt;)$")


OWN_TOOL_LINES = 6  # lines of the notes a program's name is on, for it to be the notes' own tool
_OPTION = re.compile(r"^(-{1,2}[A-Za-z][\w-]*)(.*)$")


def narrowed(prompt: str, lines_saying: Callable[[str], int] = lambda word: 0) -> str:
    """The cloze with each blank over a command and its example arguments narrowed to the
    command, unless the card would then show those words elsewhere (`[sed] -i ...`, `sed -n ...`).
    The notes' own tool (`terraform` all through Terraform notes) is no answer: a command of
    it alone and its options (`terraform -chdir=envs/prod plan`) hides its first option."""
    return _CODE_BLANK.sub(lambda found: _own_tool(found, lines_saying) or _narrow(found, prompt), prompt)


def _own_tool(found: re.Match[str], lines_saying: Callable[[str], int]) -> str | None:
    tokens = found.group("code").split()
    if len(tokens) < 2 or not _WORD.fullmatch(tokens[0]) or lines_saying(tokens[0]) < OWN_TOOL_LINES:
        return None
    option = _OPTION.match(tokens[1])
    if option is None:
        return None
    rest = " ".join([option.group(2), *tokens[2:]]) if option.group(2) else " " + " ".join(tokens[2:])
    return f"<code>{tokens[0]} {{{{c{found.group('number')}::{option.group(1)}}}}}{rest.rstrip()}</code>"


def _narrow(found: re.Match[str], prompt: str) -> str:
    tokens = found.group("code").split()
    lead = 0
    while lead < min(len(tokens), LEAD_WORDS) and _WORD.fullmatch(tokens[lead]) and not _ARGUMENT.search(tokens[lead]):
        lead += 1
    rest = tokens[lead:]
    # (a pipe or `&&` chains a second command, asked with the first; a redirect, `> /root/bob.txt`, is an argument)
    if not lead or len(tokens) < 3 or not rest or not any(_ARGUMENT.search(t) for t in rest) or any(_OPERATOR.match(t) and not _REDIRECT.match(t) for t in rest):
        return found.group()
    command = " ".join(tokens[:lead])
    elsewhere = prompt[: found.start()] + prompt[found.end() :]
    if re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", re.sub(r"<[^>]+>", " ", elsewhere), re.IGNORECASE):
        return found.group()
    return f"<code>{{{{c{found.group('number')}::{command}}}}} {' '.join(rest)}</code>"
