"""French typography for the guide's pages, applied at build time.

Authors type ordinary spaces (« texte », « Attention : », « Qui part ? »); the built page gets
the non-breaking spaces French typography asks for, so that a line never starts with « : »,
« ? » or « » » and a quotation mark never ends a line alone:

- before « : » a no-break space (U+00A0);
- before « ; », « ! » and « ? », after « « » and before « » », a narrow no-break space (U+202F);
- between a number and « % » (« 1 % »), a narrow no-break space too.

Only the spaces (tabs, line breaks) that an author already typed are replaced, except inside
« » where a missing space is added.

`french_text` applies these rules to a piece of plain text. `FrenchTypography` is a
Python-Markdown extension (`makeExtension`) that applies them to the text of the parsed page,
once Markdown is read: what is not prose never reaches it. It leaves alone the content of
<code>, <pre>, <kbd>, <script>, <style> and <textarea>, every attribute (link targets, ids,
titles), raw HTML that Python-Markdown set aside (its placeholders are kept whole; the HTML that
the guide's own generators write carries its spacing already, from `french_text`), attribute
lists « { #identifiant } » (read before) and Markdown markers (gone by then). The rules see
through inline elements: in « [lien](url) ? » the space before « ? » is fixed although the link
ends just before it. The headings are fixed before the table of contents copies them.
The site adds the extension from macros/__init__.py (mkdocs.yml says why).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX, AtomicString

from .french import NBSP, NNBSP

__all__ = ["NBSP", "NNBSP", "FrenchTypography", "french_text", "makeExtension"]

_SPACES = "[ \t\n]+"  # what an author types between two words (a line break renders as a space)
_SPACE_BEFORE_COLON = re.compile(rf"(?<=\S){_SPACES}(?=:)")
_SPACE_BEFORE_HIGH_PUNCTUATION = re.compile(rf"(?<=\S){_SPACES}(?=[;!?])")
_SPACE_BEFORE_PERCENT = re.compile(rf"(?<=\d){_SPACES}(?=%)")
_AFTER_OPENING_QUOTE = re.compile(r"«[ \t\n\u00a0]*(?=[^\s\u202f])")
_BEFORE_CLOSING_QUOTE = re.compile(r"(?<=[^\s\u202f])[ \t\n\u00a0]*»")


# A typed apostrophe between two letters (or before a link or emphasis: « l'[arrêté] »).
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_]|[\[*_])")
_CONCERNED = re.compile("[:;!?%«»']")


def french_text(text: str, before: str = "", after: str = "", apostrophes: bool = False) -> str:
    """`text` with French no-break spaces (see the module's docstring), and with typographic
    apostrophes (’) when `apostrophes`: for the guide's own prose only, since a value of
    mission.yml is shown as typed.

    `before` and `after` are the visible characters around `text` (at most one each), when
    it is a piece of a longer line: « ? » right after a link is fixed from the link's text.
    """
    line = before[-1:] + text + after[:1]
    if not _CONCERNED.search(line):  # most pieces of prose have none of these: skip the rules
        return text
    if apostrophes:
        line = _APOSTROPHE.sub("’", line)
    line = _SPACE_BEFORE_COLON.sub(NBSP, line)
    line = _SPACE_BEFORE_HIGH_PUNCTUATION.sub(NNBSP, line)
    line = _SPACE_BEFORE_PERCENT.sub(NNBSP, line)
    line = _AFTER_OPENING_QUOTE.sub("«" + NNBSP, line)
    line = _BEFORE_CLOSING_QUOTE.sub(NNBSP + "»", line)
    # The rules never remove the characters around: « stays first, » or another one last.
    return line[len(before[-1:]) : len(line) - len(after[:1])]


# Elements whose content is not prose: kept as written, seen as one visible character.
SKIPPED = frozenset({"code", "pre", "kbd", "script", "style", "textarea"})
_VISIBLE = "\ue000"  # stands for what is not prose but shows (code, an image, an entity)
# Placeholders left in the text: raw HTML set aside (STX wzxhzdk:N ETX), backslash escapes;
# and Jinja left as text in a page (« {{ macro('a : b') }} », shown by {% raw %}).
_PLACEHOLDER = re.compile(f"({STX}[^{STX}{ETX}]*{ETX}" r"|\{\{.*?\}\}|\{%.*?%\})", re.DOTALL)
_HTML_PLACEHOLDER = re.compile(f"{STX}wzxhzdk:" r"(\d+)" f"{ETX}")
_TAG = re.compile(r"<(?P<closing>/?)(?P<name>[A-Za-z][\w-]*)?[^<>]*>\Z")
_ENTITY = re.compile(r"&#?\w+;")
_OPEN, _CLOSE = "\ue001", "\ue002"  # a raw <code>, <kbd>… tag; its closing tag


class _Slot:
    """One piece of prose in the tree: the text or the tail of an element, or a part of it
    between two placeholders."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.fixed = text


class FrenchTypographyTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self._line: list[_Slot | str] = []  # slots, and _VISIBLE or "" (a raw HTML tag)
        self._pieces: list[tuple[etree.Element, str, str, list[_Slot | str]]] = []
        self._visit(root)
        self._fix_line()

    def _visit(self, element: etree.Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""  # comments: ""
        block = self.md.is_block_level(tag)
        if block:
            self._fix_line()  # a block starts a new line of text
        if tag in SKIPPED or not tag:
            if not block:
                self._line.append(_VISIBLE)
        else:
            self._add(element, "text")
            for child in element:
                self._visit(child)
                self._add(child, "tail")
            if not block and not element.text and not len(element):
                self._line.append(_VISIBLE)  # an image, a line break
        if block:
            self._fix_line()

    def _add(self, element: etree.Element, attribute: str) -> None:
        text = getattr(element, attribute)
        if not text:
            return
        parts: list[_Slot | str] = []
        # Most texts hold no placeholder: no split.
        split = _PLACEHOLDER.split(text) if STX in text or "{" in text else [text]
        for index, part in enumerate(split):
            if index % 2:
                parts.append(self._placeholder(part))
            elif part:
                parts.append(_Slot(part))
        self._line.extend(parts)
        self._pieces.append((element, attribute, text, parts))

    def _placeholder(self, placeholder: str) -> str:
        """A raw HTML tag takes no room in the line (those of <code>, <kbd>… say where text is
        not prose); an entity is the character it stands for; anything else set aside shows
        (an escaped character: « mot \\! » keeps its ordinary space)."""
        match = _HTML_PLACEHOLDER.fullmatch(placeholder)
        if match:
            stashed = self.md.htmlStash.rawHtmlBlocks[int(match.group(1))]
            tag = _TAG.match(stashed.strip()) if isinstance(stashed, str) else None
            if tag:
                if (tag.group("name") or "").lower() in SKIPPED:
                    return _CLOSE if tag.group("closing") else _OPEN
                return ""
            if isinstance(stashed, str) and _ENTITY.fullmatch(stashed):
                return html.unescape(stashed)[:1] or _VISIBLE  # « &nbsp;» needs no space
        return _VISIBLE

    def _fix_line(self) -> None:
        line, self._line = self._line, []
        # Most lines have no character the rules concern: nothing to fix (as french_text says).
        if not _CONCERNED.search("".join(i.text if isinstance(i, _Slot) else i for i in line)):
            self._pieces = []
            return
        # Prose in raw <code>…</code> or <kbd>…</kbd> stays as written, and shows.
        items: list[_Slot | str] = []
        depth = 0
        for item in line:
            if item in (_OPEN, _CLOSE):
                depth = depth + 1 if item == _OPEN else max(depth - 1, 0)
            elif item:  # a raw HTML tag ("") takes no room
                items.append(_VISIBLE if depth and isinstance(item, _Slot) else item)
        following = [""] * len(items)  # the first visible character after each item
        after = ""
        for index in range(len(items) - 1, -1, -1):
            following[index] = after
            after = _first(items[index]) or after
        before = ""
        for index, item in enumerate(items):
            if isinstance(item, _Slot):
                # The page's own prose: values of mission.yml reach it as character references.
                item.fixed = french_text(item.text, before, following[index], apostrophes=True)
            before = _last(item) or before
        pieces, self._pieces = self._pieces, []
        for element, attribute, text, parts in pieces:
            slots = [part for part in parts if isinstance(part, _Slot)]
            if all(slot.fixed == slot.text for slot in slots):
                continue
            # The placeholders go back between the fixed pieces of prose, unchanged.
            fixed_slots = iter(slot.fixed for slot in slots)
            fixed = "".join(
                piece if index % 2 or not piece else next(fixed_slots)
                for index, piece in enumerate(_PLACEHOLDER.split(text))
            )
            setattr(
                element, attribute, AtomicString(fixed) if isinstance(text, AtomicString) else fixed
            )


def _last(item: _Slot | str) -> str:
    return item.fixed[-1:] if isinstance(item, _Slot) else item


def _first(item: _Slot | str) -> str:
    return item.text[:1] if isinstance(item, _Slot) else item


class FrenchTypography(Extension):
    """French no-break spaces in the text of the page (see the module's docstring)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After the inline patterns (20) and attr_list (8), which took « { #id } » away;
        # before the table of contents (5) and MkDocs's page title (1), which copy headings.
        md.treeprocessors.register(FrenchTypographyTreeprocessor(md), "french_typography", 6.5)


def makeExtension(**kwargs) -> FrenchTypography:  # noqa: N802 (Python-Markdown's name)
    return FrenchTypography(**kwargs)
