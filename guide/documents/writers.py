"""Downloads generated at build time: the terms of reference as .docx, the programme as .ics.

`to_docx(document)` writes the structure built by `terms.build_terms` (the same one the pages
show) with real Word headings, lists and tables; `to_ics(mission)` writes one event per
programme entry, in the mission's time zone. Data stays text in both: python-docx and
icalendar escape what their formats need.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from icalendar import Calendar, Event

from ..mission import Activite, Mission, choice_label, contract
from .terms import (
    BLANK_LINES,
    CONTRACT_JSON,
    DOCX_BLANK,
    DOCX_FILLED,
    ICS_PROGRAMME,
    SIGNATURE_LINES,
    TERMS_PAGE_DIR,
    Document,
    Fields,
    Heading,
    Items,
    Paragraph,
    Signatures,
    Table,
    build_terms,
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


# --- .docx ----------------------------------------------------------------------------------


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
            elif field_.blank:
                row.cells[1].paragraphs[0].add_run(_text(field_.blank)).italic = True
    _set_widths(table, widths)


def _docx_items(word, block: Items) -> None:
    if block.intro:
        _keep_with_next(word.add_paragraph(_text(block.intro)))
    if block.values is None:
        for _ in range(BLANK_LINES):
            _dotted_line(word.add_paragraph(style="List Bullet"))
        return
    for value in block.values:
        word.add_paragraph(_text(value), style="List Bullet")


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
        labels = [f"{label} : " for label in SIGNATURE_LINES]
        if party.name is not None:
            cell.add_paragraph().add_run(_text(party.name)).bold = True
        else:
            labels.insert(0, "")
        for label in labels:
            # A line under the whole paragraph (LibreOffice draws no tab leader in a cell);
            # a tiny paragraph between keeps Word and LibreOffice from merging the lines.
            _rule_below(cell.add_paragraph(label))
            cell.add_paragraph().paragraph_format.line_spacing = Pt(2)
        cell.add_paragraph("Signature :")
        for _ in range(3):
            cell.add_paragraph()
    _no_split(table.rows[0])
    _set_widths(table, [width] * len(block.parties))


def to_docx(document: Document) -> bytes:
    """The terms of reference (or the blank template) as a Word document."""
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
    subtitle = word.add_paragraph()
    if document.subtitle is not None:
        subtitle.add_run(_text(document.subtitle)).bold = True
    else:
        _dotted_line(subtitle, "Entre ")
        _dotted_line(word.add_paragraph(), "et ")
        _dotted_line(word.add_paragraph(), "Dates : du ")

    for block in document.blocks:
        if isinstance(block, Heading):
            heading = word.add_heading(_text(block.text), level=block.level - 1)
            _keep_with_next(heading)
        elif isinstance(block, Fields):
            _docx_fields(word, block)
        elif isinstance(block, Items):
            _docx_items(word, block)
        elif isinstance(block, Table):
            _docx_table(word, block)
        elif isinstance(block, Paragraph):
            run = word.add_paragraph().add_run(_text(block.text))
            if block.note:
                run.italic = True
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif isinstance(block, Signatures):
            _docx_signatures(word, block)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# --- .ics -----------------------------------------------------------------------------------

UID_DOMAIN = "mission-exploratoire.termes-de-reference"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def event_uid(mission: Mission, entry: Activite) -> str:
    """A UID that stays the same from one build to the next, so a re-import updates.

    With an explicit `id`, the UID depends only on the two authorities and that id: the entry
    can change date, time or title and stay the same event. Without it, the UID is derived
    from the two authorities and the entry's date, start time and title.
    """
    pair = f"{_slug(mission.collectivite.nom)}--{_slug(mission.partenaire.nom)}"
    if entry.id:
        key = f"{pair}|id|{entry.id}"
    else:
        key = f"{pair}|{entry.date.isoformat()}|{entry.debut:%H:%M}|{entry.intitule}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def to_ics(mission: Mission, now: datetime | None = None) -> bytes:
    """The programme as an iCalendar file: one event per entry, in the mission's time zone."""
    zone = mission.mission.fuseau_horaire
    stamp = now or datetime.now(UTC)
    name = f"Mission exploratoire : {mission.collectivite.nom} – {mission.partenaire.nom}"
    calendar = Calendar()
    calendar.add("prodid", "-//Guide de la mission exploratoire//Termes de référence//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(name))
    calendar.add("x-wr-timezone", mission.mission.fuseau_horaire)
    for entry in sorted(mission.programme, key=lambda e: (e.date, e.debut, e.intitule)):
        label = choice_label("programme.type", entry.type)
        event = Event()
        event.add("uid", event_uid(mission, entry))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        # Local times with an explicit TZID (and its VTIMEZONE below): zones at UTC+0 such as
        # Africa/Dakar stay named instead of being written as UTC.
        tzid = {"TZID": zone}
        event.add("dtstart", datetime.combine(entry.date, entry.debut), parameters=tzid)
        event.add("dtend", datetime.combine(entry.date, entry.fin), parameters=tzid)
        event.add("summary", _text(entry.intitule))
        if entry.lieu:
            event.add("location", _text(entry.lieu))
        event.add("categories", [_text(label)])
        lines = [f"Type : {label}"]
        if entry.participants:
            lines.append("Participants : " + ", ".join(entry.participants))
        lines.append(name)
        event.add("description", _text("\n".join(lines)))
        event.add("transp", "TRANSPARENT" if entry.type == "temps_libre" else "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


# --- Written at build time ------------------------------------------------------------------


def write_downloads(site_dir: Path, mission: Mission) -> list[Path]:
    """Write the .docx (filled, blank), the .ics and the contract of mission.yml (JSON)."""
    folder = Path(site_dir) / TERMS_PAGE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        DOCX_FILLED: to_docx(build_terms(mission)),
        DOCX_BLANK: to_docx(build_terms(None)),
        ICS_PROGRAMME: to_ics(mission),
        CONTRACT_JSON: json.dumps(contract(), ensure_ascii=False, indent=1).encode("utf-8"),
    }
    written = []
    for name, content in files.items():
        (folder / name).write_bytes(content)
        written.append(folder / name)
    return written
