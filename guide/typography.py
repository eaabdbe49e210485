"""French typography for the guide's pages, applied at build time.

Authors type ordinary spaces (« texte », « Attention : », « Qui part ? »); the built page gets
the non-breaking spaces French typography asks for, so that a line never starts with « : »,
« ? » or « » » and a quotation mark never ends a line alone:

- before « : » a no-break space (U+00A0);
- before « ; », « ! » and « ? », after « « » and before « » », a narrow no-break space (U+202F);
- between a number and « % » (« 1 % »), a narrow no-break space too.

Only ordinary spaces (and tabs) that an author already typed are replaced, except inside « »
where a missing space is added. Everything that is not prose is left exactly as written:
front matter, fenced code and inline code, URLs and link targets, HTML tags, comments and the
content of <script>, <style>, <pre>, <code> and <textarea>, Jinja expressions, attribute lists
such as « { #identifiant } », table alignment rows, definition-list and admonition markers.
"""

import re

from .french import NBSP, NNBSP

# Parts of a Markdown page (after mkdocs-macros rendered it) that are not prose.
_PROTECTED = re.compile(
    "|".join(
        [
            r"\A---\n.*?\n---[ \t]*(?:\n|\Z)",  # YAML front matter
            r"^[ \t]*(?P<fence>`{3,}|~{3,})[^\n]*\n.*?^[ \t]*(?P=fence)[ \t]*$",  # fenced code
            r"<(?P<raw>script|style|pre|code|textarea)\b.*?</(?P=raw)\s*>",  # raw HTML blocks
            r"<!--.*?-->",  # HTML comment
            r"</?[A-Za-z][^<>]*>",  # HTML tag (its attributes), autolink <https://…>
            r"(?P<ticks>`+).+?(?P=ticks)",  # inline code
            r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)",  # link target
            r"^[ \t]*\[[^\]\n]+\]:[^\n]*$",  # reference link definition
            r"\b[a-z][a-z0-9+.-]*://[^\s<>()\"']+",  # bare URL
            r"\{\{.*?\}\}|\{%.*?%\}",  # Jinja left in the page (e.g. inside {% raw %})
            r"\{:?[ \t]*[#.][^{}\n]*\}",  # attribute list: { #id }, {: .classe }
            r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$",  # table alignment
            r"^[ \t]*:[ \t]+",  # definition-list marker
            r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]*(?:[ \t]+[\w-]+)*",  # admonition marker
            r"&#?\w+;",  # character reference, kept whole
        ]
    ),
    re.DOTALL | re.MULTILINE,
)

# A protected part is set aside behind a placeholder while the prose is fixed: the placeholder
# counts as a visible character, so « [lien](url) ? » is fixed across the link.
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")

_SPACE_BEFORE_COLON = re.compile(r"(?<=\S)[ \t]+(?=:)")
_SPACE_BEFORE_HIGH_PUNCTUATION = re.compile(r"(?<=\S)[ \t]+(?=[;?]|!(?!\[))")
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \t]+(?=%)")
_AFTER_OPENING_QUOTE = re.compile(r"«[ \t\u00a0]*(?=[^\s\u202f])")
_BEFORE_CLOSING_QUOTE = re.compile(r"(?<=[^\s\u202f])[ \t\u00a0]*»")


def _fix_prose(text: str) -> str:
    text = _SPACE_BEFORE_COLON.sub(NBSP, text)
    text = _SPACE_BEFORE_HIGH_PUNCTUATION.sub(NNBSP, text)
    text = _SPACE_BEFORE_PERCENT.sub(NNBSP, text)
    text = _AFTER_OPENING_QUOTE.sub("«" + NNBSP, text)
    return _BEFORE_CLOSING_QUOTE.sub(NNBSP + "»", text)


def french_spacing(markdown: str) -> str:
    """Return `markdown` with French no-break spaces in its prose (see the module's docstring)."""
    kept: list[str] = []

    def set_aside(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    prose = _PROTECTED.sub(set_aside, markdown.replace("\ue000", "").replace("\ue001", ""))
    return _PLACEHOLDER.sub(lambda match: kept[int(match.group(1))], _fix_prose(prose))
