"""Document -> the printable page: Markdown headings (they feed the page's table of contents)
and HTML blocks, for a filled document or a blank one (ruled lines, empty rows).

The markup is in guide/templates/documents/ (a fork overrides it: guide/markup.py); the class
names (`terms-…`) are the vocabulary of the documents' stylesheet
(docs/assets/stylesheets/terms.css). One function per block type (`block_html`, dispatched on
the blocks of model.py); the form writer (`form.py`) reuses the pieces that are the same on
both pages: `ruled`, `render_article` and the renderers of single blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, singledispatch

from markupsafe import Markup

from ..markup import attr, environment, render
from ..text import escape
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


def _render(name: str, **context) -> Markup:
    return Markup(render(f"documents/{name}", ruled=ruled, **context))


def ruled(path: str = "", hint: str = "", extra: str = "", short: bool = False) -> Markup:
    """A ruled line to fill by hand; `path`: the key(s) of mission.yml it stands for.

    `extra`: more attributes (the form's); `short`: a line sized for one short value.
    """
    return _ruled(environment(), path, hint, Markup(extra), short)


@lru_cache(maxsize=1024)
def _ruled(environment, path: str, hint: str, extra: Markup, short: bool) -> Markup:
    # The same few lines come back in every blank document: each is rendered once.
    context = {"path": path, "hint": hint, "extra": extra, "short": short}
    return Markup(environment.get_template("documents/ruled.html").render(context))


def text(value: Text, blank: Callable[[Blank], str]) -> Markup:
    """Plain text, or a sentence whose blanks `blank` renders."""
    if isinstance(value, str):
        return Markup(escape(value))
    parts = value.parts
    # A line to fill is visible: « ____ ; présents » takes its no-break space as after a word.
    return Markup(
        "".join(
            escape(french_text(p, "…" if i else "", "…" if i < len(parts) - 1 else ""))
            if isinstance(p, str)
            else blank(p)
            for i, p in enumerate(parts)
        )
    )


def printed_blank(blank: Blank) -> Markup:
    return ruled(blank.path, blank.hint)


def fields(block: Fields, blank_field: Callable | None = None) -> Markup:
    """The groups of fields; `blank_field(field)` renders the inside of an empty field."""
    return _render(
        "fields.html", block=block, empty=blank_field or (lambda f: ruled(f.path, f.hint))
    )


def table(block: Table, kind: str = "", attributes: str = "", body=None, after="") -> Markup:
    """The table; the form passes its own extra class, attributes, (empty) body and what
    follows the table (markup)."""
    return _render(
        "table.html",
        block=block,
        titles=[attr("data-titre", column.label) for column in block.columns],
        kind=Markup(kind),
        attributes=Markup(attributes),
        body=body,
        after=Markup(after),
    )


def paragraph(block: Paragraph, blank: Callable[[Blank], str] = printed_blank) -> Markup:
    value = block.text
    content = text(french_text(value) if isinstance(value, str) else value, blank)
    return _render("paragraph.html", block=block, content=content)


@singledispatch
def block_html(block: Block) -> Markup:
    """One block of the printable page (not a heading: see `render_article`)."""
    raise TypeError(f"no printable page for {block!r}")


block_html.register(Fields, lambda block: fields(block))
block_html.register(Table, lambda block: table(block))
block_html.register(Paragraph, lambda block: paragraph(block))
block_html.register(Items, lambda block: _render("items.html", block=block))
block_html.register(Signatures, lambda block: _render("signatures.html", block=block))
block_html.register(PageBreak, lambda block: _render("page-break.html"))


@block_html.register
def _(block: InLanguage) -> Markup:
    inner = Markup("".join(block_html(b) for b in block.blocks))
    return _render("in-language.html", block=block, inner=inner)


def heading(block: Heading, language: str) -> Markup:
    """A Markdown heading (it feeds the page's contents list). Its text may hold data (« Ordre
    de mission : » and an agent's name): escaped like any value, so that neither Markdown,
    attr_list nor HTML reads anything in it; the French spacing is applied before."""
    colon = Language(language).word("colon") if block.blank else ""
    return _render("heading.html", block=block, colon=colon)


def render_article(
    document: Document,
    render_block: Callable[[Block], str],
    subtitle: str,
    kind: str = "",
    attributes: str = "",
) -> str:
    """The document as Markdown headings + the HTML of each block (`render_block`) in an
    <article>."""
    parts = [
        heading(block, document.language)
        if isinstance(block, Heading)
        else Markup(render_block(block))
        for block in document.blocks
    ]
    return str(
        _render(
            "article.html",
            document=document,
            subtitle=Markup(subtitle),
            parts=parts,
            kind=Markup(kind),
            attributes=Markup(attributes),
        )
    )


def to_html(document: Document) -> str:
    """The printable page of `document`, filled or blank."""
    return render_article(document, block_html, text(document.subtitle, printed_blank))
