"""A blank over a whole command line with its example arguments (`Update-MgUser
-UserId jo@contoso.com -UsageLocation GB`, `tcpdump -i eth0 -w cap.pcap`) asks
the learner to recall the author's made-up values, which no one can. The blank
narrows to the command's own words (`[Update-MgUser] -UserId ...`, `[ip route]
10.2.0.0 ...`): the arguments stay shown as the clue of what it does."""

from __future__ import annotations

import re

LEAD_WORDS = 4  # a command's own words: program and subcommands ("az vm encryption enable")
# a blank that is one code element, nothing else
_CODE_BLANK = re.compile(r"\{\{c(?P<number>\d+)::<code>(?P<code>[^<{}]*)</code>\}\}")
_WORD = re.compile(r"[A-Za-z][\w.-]*")
# an option, a path, an address, a version or a value: what the author typed for the example
_ARGUMENT = re.compile(r"^-|[/@]|\d+\.\d+|\w=\S")  # (a lone `=` is the line's own: `NAME = bob`)
_OPERATOR = re.compile(r"^(?:&amp;&amp;|\|\||\||;|&gt;|&lt;|&amp;)$")


def narrowed(prompt: str) -> str:
    """The cloze with each blank over a command and its example arguments narrowed to the
    command, unless the card would then show those words elsewhere (`[sed] -i ...`, `sed -n ...`)."""
    return _CODE_BLANK.sub(lambda found: _narrow(found, prompt), prompt)


def _narrow(found: re.Match[str], prompt: str) -> str:
    tokens = found.group("code").split()
    lead = 0
    while lead < min(len(tokens), LEAD_WORDS) and _WORD.fullmatch(tokens[lead]) and not _ARGUMENT.search(tokens[lead]):
        lead += 1
    rest = tokens[lead:]
    if not lead or len(tokens) < 3 or not rest or not any(_ARGUMENT.search(t) for t in rest) or any(_OPERATOR.match(t) for t in rest):
        return found.group()
    command = " ".join(tokens[:lead])
    elsewhere = prompt[: found.start()] + prompt[found.end() :]
    if re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", re.sub(r"<[^>]+>", " ", elsewhere), re.IGNORECASE):
        return found.group()
    return f"<code>{{{{c{found.group('number')}::{command}}}}} {' '.join(rest)}</code>"
