"""Typographic apostrophes (’) in the prose the guide writes, applied at build time.

Authors type « l'ambassade » on their keyboard; the page shows « l’ambassade ». Only an
apostrophe between two letters in prose changes: code, URLs, HTML tags and attributes, Jinja,
attribute lists are set aside by the same rules as the no-break spaces (macros/typography.py).
Values from mission.yml reach the page as character references (`&#39;`): they stay as typed.
"""

import re

from .typography import _PROTECTED

_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
# Between a letter and a letter, or the start of a link, emphasis or protected part (l'[arrêté]).
_APOSTROPHE = re.compile("(?<=[^\\W\\d_])'(?=[^\\W\\d_]|[\\[*_\ue000])")


def typographic_apostrophes(markdown: str) -> str:
    """Return `markdown` with ’ instead of ' between two letters of its prose."""
    kept: list[str] = []

    def set_aside(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    prose = _PROTECTED.sub(set_aside, markdown.replace("\ue000", "").replace("\ue001", ""))
    prose = _APOSTROPHE.sub("’", prose)
    return _PLACEHOLDER.sub(lambda match: kept[int(match.group(1))], prose)
