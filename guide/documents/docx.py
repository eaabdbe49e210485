"""Document -> a Word document (.docx): real Word headings, lists and tables, A4 portrait.

Any document of the guide: the blocks of model.py, filled or blank (dotted lines and empty
rows to fill by hand). Data stays text: python-docx escapes what the format needs.
"""

from __future__ import annotations

import io
import re
import unicodedata
from contextvars import ContextVar
from copy import deepcopy
from functools import lru_cache, singledispatch
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..typography import french_text
from .languages import Language
from .model import (
    Block,
    Document,
    Fields,
    Heading,
    InLanguage,
    Items,
    PageBreak,
    Paragraph,
    Sentence,
    Signatures,
    Table,
    Text,
)

TABLE_FONT = Pt(9)

# How wide Arial's letters are (Helvetica's AFM widths, in thousandths of the font size; Liberation
# Sans, LibreOffice's Arial, has the same): a table's column is never narrower than its longest
# word, or Word and LibreOffice break it inside (« Funcionár io »). An accented letter is as wide
# as its base letter; any other character counts as the widest lower-case letter.
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;-()'’/%€&"
_UPPER = [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778]
_UPPER += [722, 667, 611, 722, 667, 944, 667, 667, 611]
_LETTER_WIDTHS = {
    bold: dict(zip(_LETTERS, lower + upper + [556] * 10 + signs, strict=True))
    for bold, lower, upper, signs in (
        (
            False,
            [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556]
            + [556, 333, 500, 278, 556, 500, 722, 500, 500, 500],
            _UPPER,
            [278, 278, 278, 278, 333, 333, 333, 222, 222, 278, 889, 556, 667],
        ),
        (
            True,
            [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611]
            + [611, 389, 556, 333, 611, 556, 778, 556, 556, 500],
            [722, 722] + _UPPER[2:9] + [556, 722, 611] + _UPPER[12:],
            [278, 278, 333, 333, 333, 333, 333, 238, 278, 278, 889, 556, 722],
        ),
    )
}
# A cell's padding (the reference's Table Grid: 0.16 cm each side), and a margin for a fork's
# model in another font.
_CELL_PADDING = Cm(0.4)
_FONT_MARGIN = 1.08


def _word_width(word: str, bold: bool, size: Pt = TABLE_FONT) -> int:
    """The width (EMU) of one word at `size`."""
    widths = _LETTER_WIDTHS[bold]
    thousandths = sum(
        widths.get(char, widths.get(unicodedata.normalize("NFD", char)[0], widths["m"] * 3 // 4))
        for char in word
    )
    return int(thousandths * size / 1000 * _FONT_MARGIN)


def _longest_word(texts, bold: bool) -> int:
    """The width of the longest unbreakable word of `texts` (Word breaks after « - » and « / »)."""
    words = (w for text in texts for w in re.split(r"(?<=[-/])|\s+", text) if w)
    return max((_word_width(w, bold) for w in words), default=0)


def fitted_widths(
    shares: list[int], labels: list[str], rows: list[list[str]], total: int
) -> list[int]:
    """Column widths (EMU) from their shares of `total`, each widened to its longest word (the
    header's in bold) and the others narrowed in proportion; as given when nothing is too
    narrow, the shares of the narrowest words when even they do not fit."""
    minimum = [
        max(_longest_word([label], True), _longest_word([row[i] for row in rows], False))
        + _CELL_PADDING
        for i, label in enumerate(labels)
    ]
    widths = [total * share // 100 for share in shares]
    if sum(minimum) >= total:
        return [total * m // sum(minimum) for m in minimum]
    fixed: set[int] = set()
    while too_narrow := [i for i, w in enumerate(widths) if w < minimum[i] and i not in fixed]:
        fixed.update(too_narrow)
        room = total - sum(minimum[i] for i in fixed)
        free = sum(shares[i] for i in range(len(shares)) if i not in fixed)
        widths = [
            minimum[i] if i in fixed else room * shares[i] // free for i in range(len(shares))
        ]
    return widths


# The house style of every document (terms of reference included) is the reference document's:
# its styles (Normal, Title, Heading 1 to 3, Table Grid, List Bullet…: one font family, Arial,
# that LibreOffice shows with its metric twin Liberation Sans; headings in black; padding in
# table cells) and its A4 page with its margins. To change the style, open reference.docx in
# Word or LibreOffice, change those styles and save it. An authority's own model (its letterhead:
# site.modele_word) takes its place, header and footer included. Each document then gets its
# language, and where the model's header and footer are empty, the authority's name at the top
# and « Page X sur Y » at the bottom.
REFERENCE = Path(__file__).with_name("reference.docx")

# The width between the margins of the model's page (EMU), for the document being written.
_text_width: ContextVar[int] = ContextVar("text_width")


def _width() -> int:
    return _text_width.get()


@lru_cache(maxsize=1)
def _reference_styles() -> tuple:
    """The reference document's styles (XML elements), to lend a model that lacks some."""
    return tuple(WordDocument(str(REFERENCE)).styles.element.findall(qn("w:style")))


def _borrow_styles(word) -> None:
    """A model saved by Word holds only the styles it uses: the ones the writers need (Title,
    Heading 1, List Number, Table Grid…) come from the reference document when it lacks them."""
    styles = word.styles.element
    present = {style.get(qn("w:styleId")) for style in styles.findall(qn("w:style"))}
    for style in _reference_styles():
        if style.get(qn("w:styleId")) not in present:
            styles.append(deepcopy(style))


MUTED = RGBColor(0x55, 0x55, 0x55)

# Characters XML 1.0 cannot hold (control characters other than tab and line feeds).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    """Text as Word stores it: French no-break spaces (« Objet : », « ; », inside « »), as the
    printable page has them (guide/typography.py), and no character XML refuses."""
    return _NOT_XML.sub("", "" if value is None else french_text(str(value)))


def _dotted_line(paragraph, label: str = "") -> None:
    """`label` followed by a dotted line to the right margin (a field to fill by hand)."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        _width(), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    paragraph.add_run(_text(label) + "\t")


def _rule_below(paragraph) -> None:
    """A line under `paragraph`, to write on by hand."""
    paragraph.paragraph_format.space_before = Pt(10)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _no_split(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell, colour: str = "E8EAF6") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _set_language(word, tag: str) -> None:
    """The document's language (spell-checking, hyphenation) in every place the reference
    document names one: the defaults, each style, the theme's fonts."""
    for language in word.styles.element.iter(qn("w:lang")):
        for name in ("val", "eastAsia"):
            language.set(qn(f"w:{name}"), tag)
    theme_language = word.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), tag)


def _field(paragraph, instruction: str) -> None:
    """A field Word and LibreOffice compute (PAGE, NUMPAGES)."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    for tag, value in (("w:color", str(MUTED)), ("w:sz", "16")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.append(element)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _empty(part) -> bool:
    """Whether a header or footer of the model holds nothing (no text, image or field)."""
    element = part._element
    return not "".join(element.itertext()).strip() and not any(
        child.tag in (qn("w:drawing"), qn("w:pict"), qn("w:fldSimple"), qn("w:fldChar"))
        for child in element.iter()
    )


def _header_footer(section, header: str, page_of: str = "Page {page} sur {pages}") -> None:
    """The authority's name at the top of each page, « Page X sur Y » at the bottom (in the
    document's language: `page_of`), where the model's own header and footer are empty."""
    if not section.header.is_linked_to_previous and not _empty(section.header):
        header = ""  # the letterhead's own
    elif header:
        top = section.header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = top.add_run(_text(header))
        run.font.size, run.font.color.rgb = Pt(8), MUTED
    if not section.footer.is_linked_to_previous and not _empty(section.footer):
        return
    bottom = section.footer.paragraphs[0]
    bottom.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, piece in enumerate(re.split(r"\{(page|pages)\}", page_of)):
        if index % 2:
            _field(bottom, "PAGE" if piece == "page" else "NUMPAGES")
        elif piece:
            bottom.add_run(piece)
    for run in bottom.runs:
        run.font.size, run.font.color.rgb = Pt(8), MUTED


def _style_id(word, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
    """The id of the style `name` of `word`, looked up once per document: python-docx looks
    for the default style among all of the document's styles at each assignment, which was
    most of the time spent writing a .docx."""
    ids = word.__dict__.setdefault("_guide_style_ids", {})
    if name not in ids:
        ids[name] = word.part.get_style_id(word.styles[name], kind)
    return ids[name]


def _add_paragraph(word, text: str = "", style: str | None = None):
    """A paragraph at the end of the body, in `style` (looked up once: `_style_id`)."""
    paragraph = word.add_paragraph(text)
    if style is not None:
        paragraph._p.style = _style_id(word, style)  # what python-docx's style setter writes
    return paragraph


def _add_heading(word, text: str, level: int):
    """`Document.add_heading`'s title (level 0) or heading, with the style looked up once."""
    return _add_paragraph(word, text, "Title" if level == 0 else f"Heading {level}")


def _table_style(word, table, name: str = "Table Grid") -> None:
    table._tbl.tblStyle_val = _style_id(word, name, WD_STYLE_TYPE.TABLE)


def _keep_previous_with_next(word) -> None:
    """What comes just before the signatures (past the headings) stays on their page: a
    signature is never alone at the top of a page."""
    for element in reversed(list(word.element.body.iterchildren())):
        if element.tag == qn("w:p"):
            style = element.find(qn("w:pPr"))
            style_id = style.find(qn("w:pStyle")) if style is not None else None
            if style_id is not None and style_id.get(qn("w:val"), "").startswith("Heading"):
                continue
            element.get_or_add_pPr().append(OxmlElement("w:keepNext"))
            return
        if element.tag == qn("w:tbl"):
            for p in element.findall(qn("w:tr"))[-1].iter(qn("w:p")):
                p.get_or_add_pPr().append(OxmlElement("w:keepNext"))
            return


def _keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def _set_widths(table, widths) -> None:
    """Column widths for Word (cell widths) and LibreOffice (the table's grid)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width) // 635))  # EMU -> twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


@singledispatch
def _docx_block(block: Block, word, language: Language) -> None:
    """Write one block of the document into `word` (one function per block type)."""
    raise TypeError(f"no Word writer for {block!r}")


@_docx_block.register
def _docx_fields(block: Fields, word, language: Language) -> None:
    table = word.add_table(rows=0, cols=2)
    _table_style(word, table)
    widths = [Cm(4.5), _width() - Cm(4.5)]
    for group in block.groups:
        row = table.add_row()
        _no_split(row)
        title = row.cells[0].merge(row.cells[1])
        title.paragraphs[0].add_run(_text(group.title)).bold = True
        _shade(title)
        for field_ in group.fields:
            row = table.add_row()
            _no_split(row)
            row.cells[0].paragraphs[0].add_run(_text(field_.label))
            if field_.value is None:
                row.height = Cm(0.75)  # room to write by hand
            if field_.value is not None:
                row.cells[1].paragraphs[0].add_run(_text(field_.value))
            elif field_.hint:
                row.cells[1].paragraphs[0].add_run(_text(field_.hint)).italic = True
    _set_widths(table, widths)


@_docx_block.register
def _docx_items(block: Items, word, language: Language) -> None:
    style = "List Number" if block.numbered else "List Bullet"
    if block.intro:
        _keep_with_next(word.add_paragraph(_text(block.intro)))
    if block.values is None:
        for _ in range(block.blank_lines):
            _dotted_line(_add_paragraph(word, style=style))
        return
    for value in block.values:
        _add_paragraph(word, _text(value), style)


@_docx_block.register
def _docx_table(block: Table, word, language: Language) -> None:
    table = word.add_table(rows=1, cols=len(block.columns))
    _table_style(word, table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    _no_split(header)
    for cell, column in zip(header.cells, block.columns, strict=True):
        label = cell.paragraphs[0].add_run(_text(column.label))
        label.bold, label.font.size = True, TABLE_FONT
        _shade(cell)
    rows = block.rows or [["\u00a0"] * len(block.columns)] * block.blank_rows
    for values in rows:
        row = table.add_row()
        _no_split(row)
        if not block.rows:
            row.height = Cm(0.8)
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(_text(value)).font.size = TABLE_FONT
    labels = [_text(column.label) for column in block.columns]
    texts = [[_text(value) for value in values] for values in block.rows]
    shares = [column.width for column in block.columns]
    _set_widths(table, fitted_widths(shares, labels, texts, _width()))


@_docx_block.register
def _docx_signatures(block: Signatures, word, language: Language) -> None:
    _keep_previous_with_next(word)
    table = word.add_table(rows=1, cols=len(block.parties))
    width = _width() // len(block.parties)
    for cell, party in zip(table.rows[0].cells, block.parties, strict=True):
        cell.paragraphs[0].add_run(_text(party.party)).bold = True
        labels = [f"{label} " for label in block.lines]
        if party.name is not None:
            cell.add_paragraph().add_run(_text(party.name)).bold = True
        else:
            labels.insert(0, "")
        for label in labels:
            # A line under the whole paragraph (LibreOffice draws no tab leader in a cell);
            # a tiny paragraph between keeps Word and LibreOffice from merging the lines.
            _rule_below(cell.add_paragraph(_text(label)))
            cell.add_paragraph().paragraph_format.line_spacing = Pt(2)
        if block.sign:
            cell.add_paragraph(_text(block.sign))
        # The space to sign: three lines (1.7 cm), as tall as the printed page’s.
        for _ in range(3):
            cell.add_paragraph()
        # The style's space after each paragraph (10 pt in the reference) would make the box
        # twice the printed page's and push it alone onto a new page.
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.space_after = Pt(3)
    _no_split(table.rows[0])
    _set_widths(table, [width] * len(block.parties))


def _docx_text(word, paragraph, value: Text, bold: bool = False) -> None:
    """Plain text in `paragraph`; a sentence with blanks as its labelled dotted lines, the
    first in `paragraph`, each other in a new paragraph of `word`."""
    if isinstance(value, str):
        paragraph.add_run(_text(value)).bold = bold
        return
    for index, line in enumerate(value.lines):
        _dotted_line(paragraph if index == 0 else word.add_paragraph(), line + " ")


@_docx_block.register
def _docx_paragraph(block: Paragraph, word, language: Language) -> None:
    paragraph = word.add_paragraph()
    if isinstance(block.text, Sentence):
        _docx_text(word, paragraph, block.text)
        return
    run = paragraph.add_run(_text(block.text))
    if block.note:
        run.italic = True
        run.font.color.rgb = MUTED


@_docx_block.register
def _docx_heading(block: Heading, word, language: Language) -> None:
    text = block.text + (language.word("colon") + " ……………………………" if block.blank else "")
    _keep_with_next(_add_heading(word, _text(text), block.level - 1))


@_docx_block.register
def _docx_page_break(block: PageBreak, word, language: Language) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


@_docx_block.register
def _docx_in_language(block: InLanguage, word, language: Language) -> None:
    # A bilingual edition's blocks in the partner's language are written like the others.
    for inner in block.blocks:
        _add(inner, word, language)


# The blocks Word writes as a table: two in a row would merge into one.
_TABLES = (Fields, Table, Signatures)


def _add(block: Block, word, language: Language) -> None:
    """`block` written into `word`, after a small paragraph where two tables would touch."""
    body = word.element.body
    last = body[-2] if len(body) > 1 else None  # the last element before sectPr
    if isinstance(block, _TABLES) and last is not None and last.tag == qn("w:tbl"):
        spacer = word.add_paragraph().paragraph_format
        spacer.space_after, spacer.line_spacing = Pt(6), Pt(8)
    _docx_block(block, word, language)


def to_docx(document: Document, model: Path | None = None) -> bytes:
    """`document` (filled or blank) as a Word document, in the styles, page, header and footer
    of `model` (an authority's .docx: site.modele_word), of the guide's reference otherwise."""
    word = WordDocument(str(model or REFERENCE))
    body = word.element.body
    for child in list(body):  # a model's own text (a sample letter) is not the document's
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    if model is not None:
        _borrow_styles(word)
    section = word.sections[0]
    token = _text_width.set(section.page_width - section.left_margin - section.right_margin)
    try:
        return _write(word, section, document)
    finally:
        _text_width.reset(token)


def _write(word, section, document: Document) -> bytes:
    language = Language(document.language)
    _set_language(word, language.tag)
    page_of = language.word("page_of")
    if document.second_language:  # « Page 1 sur 4 / Página 1 de 4 »
        page_of += " / " + Language(document.second_language).word("page_of")
    _header_footer(section, document.header, page_of)
    word.core_properties.title = _text(document.title)
    word.core_properties.language = language.tag
    word.core_properties.author = ""

    _add_heading(word, _text(document.title), 0)
    _docx_text(word, word.add_paragraph(), document.subtitle, bold=True)

    for block in document.blocks:
        _add(block, word, language)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
