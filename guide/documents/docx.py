"""Document -> a Word document (.docx): real Word headings, lists and tables, A4 portrait.

Any document of the guide: the blocks of model.py, filled or blank (dotted lines and empty
rows to fill by hand). Data stays text: python-docx escapes what the format needs.
"""

from __future__ import annotations

import io
import re
from contextvars import ContextVar
from copy import deepcopy
from functools import lru_cache
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..typography import french_text
from .languages import Language
from .model import (
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


def _docx_fields(word, block: Fields) -> None:
    table = word.add_table(rows=0, cols=2)
    table.style = "Table Grid"
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


def _docx_items(word, block: Items) -> None:
    style = "List Number" if block.numbered else "List Bullet"
    if block.intro:
        _keep_with_next(word.add_paragraph(_text(block.intro)))
    if block.values is None:
        for _ in range(block.blank_lines):
            _dotted_line(word.add_paragraph(style=style))
        return
    for value in block.values:
        word.add_paragraph(_text(value), style=style)


def _docx_table(word, block: Table) -> None:
    table = word.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
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
    _set_widths(table, [_width() * c.width // 100 for c in block.columns])


def _docx_signatures(word, block: Signatures) -> None:
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


def _docx_paragraph(word, block: Paragraph) -> None:
    paragraph = word.add_paragraph()
    if isinstance(block.text, Sentence):
        _docx_text(word, paragraph, block.text)
        return
    run = paragraph.add_run(_text(block.text))
    if block.note:
        run.italic = True
        run.font.color.rgb = MUTED


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

    word.add_heading(_text(document.title), level=0)
    _docx_text(word, word.add_paragraph(), document.subtitle, bold=True)

    # A bilingual edition's blocks in the partner's language are written like the others.
    blocks = [
        inner
        for block in document.blocks
        for inner in (block.blocks if isinstance(block, InLanguage) else [block])
    ]
    for block in blocks:
        body = word.element.body
        last = body[-2] if len(body) > 1 else None  # the last element before sectPr
        if (
            isinstance(block, Fields | Table | Signatures)
            and last is not None
            and (last.tag == qn("w:tbl"))
        ):
            # Two tables in a row would merge into one: a small paragraph between them.
            spacer = word.add_paragraph().paragraph_format
            spacer.space_after, spacer.line_spacing = Pt(6), Pt(8)
        if isinstance(block, Heading):
            text = block.text + (language.word("colon") + " ……………………………" if block.blank else "")
            heading = word.add_heading(_text(text), level=block.level - 1)
            _keep_with_next(heading)
        elif isinstance(block, Fields):
            _docx_fields(word, block)
        elif isinstance(block, Items):
            _docx_items(word, block)
        elif isinstance(block, Table):
            _docx_table(word, block)
        elif isinstance(block, Paragraph):
            _docx_paragraph(word, block)
        elif isinstance(block, Signatures):
            _docx_signatures(word, block)
        elif isinstance(block, PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
