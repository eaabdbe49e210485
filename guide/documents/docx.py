"""Document -> a Word document (.docx): real Word headings, lists and tables, A4 portrait.

Any document of the guide: the blocks of model.py, filled or blank (dotted lines and empty
rows to fill by hand). Data stays text: python-docx escapes what the format needs.
"""

from __future__ import annotations

import io
import re

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .model import (
    Document,
    Fields,
    Heading,
    Items,
    PageBreak,
    Paragraph,
    Sentence,
    Signatures,
    Table,
    Text,
)

PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
MARGIN = Cm(1.8)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TABLE_FONT = Pt(9)

# Characters XML 1.0 cannot hold (control characters other than tab and line feeds).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _dotted_line(paragraph, label: str = "") -> None:
    """`label` followed by a dotted line to the right margin (a field to fill by hand)."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
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
    widths = [Cm(4.5), TEXT_WIDTH - Cm(4.5)]
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
    _set_widths(table, [TEXT_WIDTH * c.width // 100 for c in block.columns])


def _docx_signatures(word, block: Signatures) -> None:
    table = word.add_table(rows=1, cols=len(block.parties))
    width = TEXT_WIDTH // len(block.parties)
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
            _rule_below(cell.add_paragraph(label))
            cell.add_paragraph().paragraph_format.line_spacing = Pt(2)
        if block.sign:
            cell.add_paragraph(_text(block.sign))
        for _ in range(3):
            cell.add_paragraph()
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
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def to_docx(document: Document) -> bytes:
    """`document` (filled or blank) as a Word document."""
    word = WordDocument()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    normal = word.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    word.core_properties.title = _text(document.title)
    word.core_properties.language = "fr-FR"
    word.core_properties.author = ""

    word.add_heading(_text(document.title), level=0)
    _docx_text(word, word.add_paragraph(), document.subtitle, bold=True)

    for block in document.blocks:
        if isinstance(block, Heading):
            text = block.text + ("\u00a0: ……………………………" if block.blank else "")
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
