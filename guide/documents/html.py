"""Document -> the printable page: Markdown headings (they feed the page's table of contents)
and HTML blocks, for a filled document or a blank one (ruled lines, empty rows).

The class names (`terms-…`) are the vocabulary of the documents' stylesheet
(docs/assets/stylesheets/terms.css). The form writer (`form.py`) reuses the pieces that are the
same on both pages: `ruled`, `attr`, `render_article` and the renderers of single blocks.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..text import escape, escape_lines
from ..typography import french_text
from .languages import Language
from .model import (
    Blank,
    Block,
    Document,
    Fields,
    Heading,
    InLanguage,
    Items,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
    Text,
)


def attr(name: str, value: str) -> str:
    """` name="value"` (escaped), or nothing when `value` is empty."""
    return f' {name}="{escape(value)}"' if value else ""


def ruled(path: str = "", hint: str = "", extra: str = "", short: bool = False) -> str:
    """A ruled line to fill by hand; `path`: the key(s) of mission.yml it stands for.

    `extra`: more attributes (the form's); `short`: a line sized for one short value.
    """
    shape = f'<span class="terms-blank-hint">{escape(hint)}</span>' if hint else ""
    kind = "terms-line terms-line-short" if short else "terms-line"
    return f'<span class="{kind}"{attr("data-champ", path)}{extra}>{shape}</span>'


def own(words: str) -> str:
    """The document's own words (never data): safe HTML that stays prose, so the site's French
    French spacing (« Fait à, le : »); data goes through `escape` instead."""
    return html.escape(french_text(words), quote=False)


def text(value: Text, blank: Callable[[Blank], str]) -> str:
    """Plain text, or a sentence whose blanks `blank` renders."""
    if isinstance(value, str):
        return escape(value)
    parts = value.parts
    # A line to fill is visible: « ____ ; présents » takes its no-break space as after a word.
    return "".join(
        escape(french_text(p, "…" if i else "", "…" if i < len(parts) - 1 else ""))
        if isinstance(p, str)
        else blank(p)
        for i, p in enumerate(parts)
    )


def printed_blank(blank: Blank) -> str:
    return ruled(blank.path, blank.hint)


def fields(block: Fields, blank_field: Callable | None = None) -> str:
    """The groups of fields; `blank_field(field)` renders the inside of an empty field."""
    empty = blank_field or (lambda f: ruled(f.path, f.hint))
    groups = []
    for group in block.groups:
        rows = "".join(
            f'<div class="terms-field"><dt>{escape(f.label)}</dt>'
            + (
                f"<dd{attr('data-champ', f.path)}>{escape(f.value)}</dd>"
                if f.value is not None
                else f"<dd>{empty(f)}</dd>"
            )
            + "</div>"
            for f in group.fields
        )
        groups.append(
            f'<section class="terms-group"><p class="terms-group-title">{escape(group.title)}</p>'
            f"<dl>{rows}</dl></section>"
        )
    return f'<div class="terms-context">{"".join(groups)}</div>'


def intro(block: Items) -> str:
    # « X prend en charge : » — the authority's name, then the document's words.
    return f'<p class="terms-intro">{escape(french_text(block.intro))}</p>' if block.intro else ""


def list_tag(block: Items) -> str:
    return "ol" if block.numbered else "ul"


def items(block: Items) -> str:
    tag, listing = list_tag(block), attr("data-liste", block.path)
    if block.values is None:
        lines = "".join(f"<li>{ruled()}</li>" for _ in range(block.blank_lines))
        return f'{intro(block)}<{tag} class="terms-list terms-list-blank"{listing}>{lines}</{tag}>'
    values = "".join(f"<li>{escape_lines(v)}</li>" for v in block.values)
    return f'{intro(block)}<{tag} class="terms-list"{listing}>{values}</{tag}>'


def table(block: Table, kind: str = "", attributes: str = "", body: str | None = None) -> str:
    """The table; the form passes its own extra class, attributes and (empty) body."""
    cols = "".join(f'<col style="width: {c.width}%">' for c in block.columns)
    head = "".join(
        f'<th scope="col"{attr("data-cle", c.key)}>{escape(c.label)}</th>' for c in block.columns
    )
    caption = (
        f'<caption class="terms-caption">{escape(block.caption)}</caption>' if block.caption else ""
    )
    # Each cell names its column (data-titre): on a phone, where a row is shown as a block,
    # the stylesheet writes « Horaire : … » before the value.
    titles = [attr("data-titre", c.label) for c in block.columns]
    if body is None and block.rows:
        body = "".join(
            "<tr>"
            + "".join(f"<td{t}>{escape(cell)}</td>" for t, cell in zip(titles, row, strict=True))
            + "</tr>"
            for row in block.rows
        )
    elif body is None:
        body = "".join(
            "<tr>" + "".join(f"<td{t}>&#160;</td>" for t in titles) + "</tr>"
            for _ in range(block.blank_rows)
        )
    classes = "terms-table terms-table-blank" if not block.rows else "terms-table"
    return (
        f'<table class="{classes}{kind}"{attr("data-liste", block.path)}{attributes}>{caption}'
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def paragraph(block: Paragraph, blank: Callable[[Blank], str] = printed_blank) -> str:
    value = block.text
    content = text(french_text(value) if isinstance(value, str) else value, blank)
    return f'<p class="terms-note">{content}</p>' if block.note else f"<p>{content}</p>"


def signatures(block: Signatures) -> str:
    parties = []
    for s in block.parties:
        name = (
            f'<p class="terms-signature-name"{attr("data-champ", s.path)}>{escape(s.name)}</p>'
            if s.name is not None
            else f'<p class="terms-signature-line">{ruled(s.path)}</p>'
        )
        lines = "".join(
            f'<p class="terms-signature-line">{own(label)} {ruled()}</p>' for label in block.lines
        )
        sign = f'<p class="terms-signature-line">{own(block.sign)}</p>' if block.sign else ""
        parties.append(
            f'<div class="terms-signature"><p class="terms-signature-party">{escape(s.party)}</p>'
            f'{name}{lines}{sign}<div class="terms-signature-space"></div></div>'
        )
    return f'<div class="terms-signatures">{"".join(parties)}</div>'


PAGE_BREAK = '<div class="terms-page-break" style="break-after: page"></div>'


def block_html(block: Block) -> str:
    """One block of the printable page (not a heading: see `render_article`)."""
    if isinstance(block, Fields):
        return fields(block)
    if isinstance(block, Items):
        return items(block)
    if isinstance(block, Table):
        return f'<div class="terms-table-wrap">{table(block)}</div>'
    if isinstance(block, Paragraph):
        return paragraph(block)
    if isinstance(block, Signatures):
        return signatures(block)
    if isinstance(block, InLanguage):
        inner = "".join(block_html(b) for b in block.blocks)
        return f'<div class="terms-in-language"{attr("lang", block.language)}>{inner}</div>'
    assert isinstance(block, PageBreak), block
    return PAGE_BREAK


def heading(block: Heading, language: str) -> str:
    """A Markdown heading (it feeds the page's contents list). Its text may hold data (« Ordre
    de mission : » and an agent's name): escaped like any value, so that neither Markdown,
    attr_list nor HTML reads anything in it; the French spacing is applied before."""
    shown = escape(french_text(block.text))
    anchor = f"#{block.anchor}" if block.anchor else ""
    text = shown
    if block.blank:
        # The line to fill after the text; the page's contents list keeps the text only.
        colon = Language(language).word("colon")
        text += escape(colon) + ' <span class="terms-line terms-line-heading"></span>'
        anchor += f' data-toc-label="{shown}"'
    anchor = f" {{ {anchor.strip()} }}" if anchor else ""
    return f"{'#' * block.level} {text}{anchor}"


def render_article(
    document: Document,
    render: Callable[[Block], str],
    subtitle: str,
    kind: str = "",
    attributes: str = "",
) -> str:
    """The document as Markdown headings + the HTML of each block (`render`) in an <article>."""
    state = "terms-blank" if document.blank else "terms-filled"
    if document.language != "fr":  # a document for the partner, in its language
        attributes += attr("lang", document.language)
    parts = [
        f'<article class="terms {state}{kind}"{attributes} markdown>',
        "",
        f'<p class="terms-title">{escape(document.title)}</p>',
        f'<p class="terms-subtitle">{subtitle}</p>',
        "",
    ]
    for block in document.blocks:
        if isinstance(block, Heading):
            parts += [heading(block, document.language), ""]
            continue
        parts += [render(block), ""]
    parts += ["</article>", ""]
    return "\n".join(parts)


def to_html(document: Document) -> str:
    """The printable page of `document`, filled or blank."""
    return render_article(document, block_html, text(document.subtitle, printed_blank))
