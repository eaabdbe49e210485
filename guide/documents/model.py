"""What any document of the guide is made of: a title, a subtitle and blocks.

A document is data: its content module (`terms.py` for the terms of reference) builds a
`Document` from a Mission, or a blank one to fill by hand, and the writers render any document
block by block: `html.to_html` (the printable page), `form.to_form_html` (the blank document
made editable in the browser), `docx.to_docx` (the Word download). A délibération, an ordre de
mission or a letter is another content module, not another writer.

Every text is text, never markup: the writers escape it (HTML, Markdown) or store it as plain
text (.docx), headings and captions included (« Ordre de mission : » and an agent's name).

Blocks that show keys of mission.yml carry their key path (`collectivite.nom`, `programme`,
`debut`...): the HTML writers write it as `data-champ` / `data-liste` / `data-cle` attributes,
so that a script can find which key each place of the document shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- Text with lines to fill ----------------------------------------------------------------


@dataclass(frozen=True)
class Blank:
    """A line to fill by hand, in running text: the place of the key(s) `path`.

    `hint`: what the line looks like when it has a shape ("du … au …"; in the form, each « … »
    becomes the line of one key of `path`). `typed=False`: the form offers no control there,
    it repeats a value typed elsewhere or computed by the page.
    """

    path: str = ""
    hint: str = ""
    typed: bool = True


@dataclass(frozen=True)
class Sentence:
    """Running text with lines to fill: « Entre ____ et ____, du … au … ».

    `parts`: text and blanks in reading order (the pages). `lines`: the same as labelled lines,
    one a paragraph (« Entre …… », « et …… »): a word processor draws a line to fill only up to
    the margin, so there the sentence is written as lines.
    """

    parts: tuple[str | Blank, ...]
    lines: tuple[str, ...] = ()


Text = str | Sentence


# --- Blocks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 2: section, 3: sub-section (a day of the programme)
    anchor: str = ""
    blank: bool = False  # a line to fill by hand follows the text (« Jour 1 : ____ »)


@dataclass(frozen=True)
class Field:
    """A label and its value; a line to fill when the value is None."""

    label: str
    value: str | None
    path: str  # key(s) of mission.yml shown here, separated by spaces
    hint: str = ""  # what the blank line looks like when it has a shape ("du … au …")
    typed: bool = True  # False: the form computes the value, it offers no control


@dataclass(frozen=True)
class FieldGroup:
    title: str
    fields: list[Field]


@dataclass(frozen=True)
class Fields:
    """Groups of labelled values, side by side on screen."""

    groups: list[FieldGroup]


@dataclass(frozen=True)
class Items:
    """A list: bulleted, or numbered (the articles of a délibération)."""

    values: list[str] | None  # None: `blank_lines` ruled lines to fill by hand
    path: str
    intro: str = ""
    blank_lines: int = 0
    numbered: bool = False


@dataclass(frozen=True)
class Column:
    label: str
    key: str  # key of each item in mission.yml ("debut fin": both)
    width: int  # share of the table's width, in percent


@dataclass(frozen=True)
class Table:
    columns: list[Column]
    rows: list[list[str]]  # empty with blank_rows > 0: a table to fill by hand
    path: str
    caption: str = ""
    blank_rows: int = 0


@dataclass(frozen=True)
class Paragraph:
    """Free text; `note`: a small explanatory line."""

    text: Text
    note: bool = False


@dataclass(frozen=True)
class Signature:
    party: str  # "Pour la collectivité française"
    name: str | None  # "Commune de Val-Fleuri"; None: a line to fill
    path: str


@dataclass(frozen=True)
class Signatures:
    """One signature box per party, side by side.

    `lines`: the labels of the lines under each name, with their colon (« Fait à, le : »), each
    followed by a line to fill; `sign`: the label of the space left for the signature. These
    are the document's own words: the HTML keeps them as prose (French spacing applies).
    """

    parties: list[Signature]
    lines: tuple[str, ...] = ()
    sign: str = ""


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page on paper (between repeated parts of a document)."""


@dataclass(frozen=True)
class InLanguage:
    """Blocks in another language than the document's (the partner's, in a bilingual edition):
    the writers mark their language (HTML `lang`), nothing else changes."""

    language: str  # a language tag: "es", "en-GB"
    blocks: list


Block = Heading | Fields | Items | Table | Paragraph | Signatures | PageBreak | InLanguage


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: Text  # a Sentence with blanks in a blank document
    blocks: list[Block] = field(default_factory=list)
    blank: bool = False  # a template to fill by hand (or in the form)
    language: str = "fr"  # the language of its own words (documents for the partner: en, es, pt)
    header: str = ""  # the authority's name, at the top of every page of the .docx
    second_language: str = ""  # a bilingual edition's other language (its footer in both)


# --- For the online form: what it offers beyond the document --------------------------------


@dataclass(frozen=True)
class FormList:
    """How the form offers one list or table of a blank document (key `path` of a block).

    `entry`: the name of one entry, numbered by the page (« Objectif 2 »); `add`: its "add"
    button; `sort`: a button that puts the entries in order (empty: none); `extra_cells`:
    (title, key) of cells typed in the form but not printed.
    """

    entry: str
    add: str
    sort: str = ""
    extra_cells: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FormSection:
    """A part of the form page shown on screen only, after the document (not printed).

    `note`: the document's own words under the title (kept as prose, like `Signatures.lines`).
    """

    title: str
    anchor: str
    note: str
    blocks: list[Block]


@dataclass(frozen=True)
class Form:
    """The form page's wording and lists, for a blank document made editable."""

    lists: dict[str, FormList]  # by the key path of each list or table of the document
    export_label: str  # the toolbar's buttons
    import_label: str
    print_label: str
    clear_label: str
    no_script: str  # shown when the browser runs no JavaScript
    saved_status: str = ""  # the toolbar's status line while the browser keeps what is typed
    sections: list[FormSection] = field(default_factory=list)
