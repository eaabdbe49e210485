"""The terms of reference: one document structure, built from a Mission or left blank.

`build_terms(mission)` gives the filled document, `build_terms(None)` the blank template: the
same sections, in the same order, with ruled lines and empty table rows where the data would
be. Writers consume this structure: `to_html` here (the site's pages), `documents.to_docx`
(the .docx downloads). Every value is data and stays text: `to_html` escapes it, the .docx
writer stores it as plain text.

Each field, list and table carries the key path of mission.yml it shows (`collectivite.nom`,
`programme`, `debut`...), written as `data-champ` / `data-liste` / `data-cle` attributes in
HTML, so that a script can find which key each place of the document shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from itertools import groupby

from .mission import LABELS, Mission, french_date
from .text import escape

DOCUMENT_TITLE = "Termes de référence de la mission exploratoire"

# Downloads written at build time beside the filled terms' page (see write_downloads in
# macros/__init__.py); the pages link to them by these names.
TERMS_PAGE_DIR = "outils/termes-de-reference"
DOCX_FILLED = "termes-de-reference.docx"
DOCX_BLANK = "termes-de-reference-vierge.docx"
ICS_PROGRAMME = "programme-de-la-mission.ics"
CONTRACT_JSON = "contrat-mission-yml.json"

# Lines under each authority's name in the signature block.
SIGNATURE_LINES = ("Nom et fonction du signataire", "Fait à, le")

# How many empty lines / rows the blank template offers.
BLANK_LINES = 3
BLANK_DAYS = 4
BLANK_PROGRAMME_ROWS = 5
BLANK_DELEGATES = 4


# --- The document structure -----------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 2: section, 3: sub-section (a day of the programme)
    anchor: str = ""


@dataclass(frozen=True)
class Field:
    label: str
    value: str | None  # None: a ruled line to fill by hand
    path: str  # key(s) of mission.yml shown here, separated by spaces
    blank: str = ""  # what the blank line looks like when it has a shape ("du … au …")


@dataclass(frozen=True)
class FieldGroup:
    title: str
    fields: list[Field]


@dataclass(frozen=True)
class Fields:
    groups: list[FieldGroup]


@dataclass(frozen=True)
class Items:
    values: list[str] | None  # None: BLANK_LINES ruled lines
    path: str
    intro: str = ""


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
    text: str
    note: bool = False  # a small explanatory line


@dataclass(frozen=True)
class Signature:
    party: str  # "Pour la collectivité française"
    name: str | None  # "Commune de Val-Fleuri"; None: a line to fill
    path: str


@dataclass(frozen=True)
class Signatures:
    parties: list[Signature]


Block = Heading | Fields | Items | Table | Paragraph | Signatures


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str | None  # None in the blank template: a line to fill
    blocks: list[Block] = field(default_factory=list)
    blank: bool = False


# --- Formatting values ----------------------------------------------------------------------


def time_text(value: time) -> str:
    """09:00 -> "9 h", 10:30 -> "10 h 30" (French usage, with no-break spaces)."""
    return f"{value.hour}\u00a0h" + (f"\u00a0{value.minute:02d}" if value.minute else "")


def slot_text(start: time, end: time) -> str:
    return f"{time_text(start)} – {time_text(end)}"


def day_title(day: date) -> str:
    """2027-03-02 -> "Mardi 2 mars 2027"."""
    text = french_date(day, weekday=True)
    return text[0].upper() + text[1:]


def _authority_line(mission: Mission) -> str:
    where = ", ".join(
        x for x in (mission.collectivite.departement, mission.collectivite.region) if x
    )
    return mission.collectivite.nom + (f" ({where})" if where else "")


def _partner_line(mission: Mission) -> str:
    where = ", ".join(x for x in (mission.partenaire.region, mission.partenaire.pays) if x)
    return f"{mission.partenaire.nom} ({where})"


# --- Building the document ------------------------------------------------------------------

PROGRAMME_COLUMNS = [
    Column("Horaire", "debut fin", 14),
    Column("Activité", "intitule", 28),
    Column("Type", "type", 14),
    Column("Lieu", "lieu", 18),
    Column("Participants", "participants", 26),
]
DELEGATION_COLUMNS = [
    Column("Nom", "nom", 18),
    Column("Fonction", "fonction", 30),
    Column("Qualité", "qualite", 10),
    Column("Rôle pendant la mission", "role", 42),
]


def _context(mission: Mission | None) -> Fields:
    m = mission

    def value(getter):
        return getter(m) if m is not None else None

    def optional(group_fields: list[Field]) -> list[Field]:
        # The filled document leaves out optional keys that are absent; the blank shows all.
        return [f for f in group_fields if m is None or f.value]

    authority = FieldGroup(
        "La collectivité française",
        optional(
            [
                Field("Nom", value(lambda m: m.collectivite.nom), "collectivite.nom"),
                Field(
                    "Type",
                    value(lambda m: LABELS["collectivite.type"][m.collectivite.type]),
                    "collectivite.type",
                ),
                Field(
                    "Département",
                    value(lambda m: m.collectivite.departement),
                    "collectivite.departement",
                ),
                Field("Région", value(lambda m: m.collectivite.region), "collectivite.region"),
                Field(
                    "Site web", value(lambda m: m.collectivite.site_web), "collectivite.site_web"
                ),
            ]
        ),
    )
    partner = FieldGroup(
        "La collectivité partenaire",
        optional(
            [
                Field("Nom", value(lambda m: m.partenaire.nom), "partenaire.nom"),
                Field("Région", value(lambda m: m.partenaire.region), "partenaire.region"),
                Field("Pays", value(lambda m: m.partenaire.pays), "partenaire.pays"),
                Field(
                    "Langue de travail", value(lambda m: m.partenaire.langue), "partenaire.langue"
                ),
            ]
        ),
    )
    when = FieldGroup(
        "La mission",
        optional(
            [
                Field(
                    "Dates",
                    value(lambda m: m.period),
                    "mission.debut mission.fin",
                    "du … au …",
                ),
                Field("Lieu", value(lambda m: m.mission.lieu), "mission.lieu"),
                Field(
                    "Heures indiquées",
                    value(lambda m: f"heure locale ({m.mission.fuseau_horaire})"),
                    "mission.fuseau_horaire",
                    "heure locale (fuseau : …)",
                ),
                Field(
                    "Délégation",
                    value(lambda m: f"{len(m.delegation)} personne(s), voir la partie 6"),
                    "delegation",
                ),
            ]
        ),
    )
    return Fields([authority, partner, when])


def _programme(mission: Mission | None) -> list[Block]:
    blocks: list[Block] = []
    if mission is None:
        for number in range(1, BLANK_DAYS + 1):
            blocks.append(Heading(f"Jour {number} : ……………………………", 3))
            blocks.append(
                Table(PROGRAMME_COLUMNS, [], "programme", blank_rows=BLANK_PROGRAMME_ROWS)
            )
        return blocks
    entries = sorted(mission.programme, key=lambda e: (e.date, e.debut, e.fin, e.intitule))
    for day, day_entries in groupby(entries, key=lambda e: e.date):
        blocks.append(Heading(day_title(day), 3, f"jour-{day.isoformat()}"))
        rows = [
            [
                slot_text(e.debut, e.fin),
                e.intitule,
                LABELS["programme.type"][e.type],
                e.lieu or "",
                ", ".join(e.participants or []),
            ]
            for e in day_entries
        ]
        blocks.append(Table(PROGRAMME_COLUMNS, rows, "programme", caption=day_title(day)))
    return blocks


def build_terms(mission: Mission | None) -> Document:
    """The terms of reference of `mission`, or the blank template when `mission` is None."""
    m = mission
    blocks: list[Block] = [
        Heading("1. Contexte", 2, "contexte"),
        _context(m),
        Heading("2. Objectifs de la mission", 2, "objectifs"),
        Items(m.objectifs if m else None, "objectifs"),
        Heading("3. Résultats attendus", 2, "resultats-attendus"),
        Items(m.resultats_attendus if m else None, "resultats_attendus"),
        Heading("4. Programme", 2, "programme"),
        Paragraph(
            "Heures locales"
            + (f" ({m.mission.fuseau_horaire})" if m else "")
            + ". Le programme précise les rencontres, les visites de courtoisie et les "
            "réunions de travail.",
            note=True,
        ),
        *_programme(m),
        Heading("5. Responsabilités de chaque collectivité", 2, "responsabilites"),
        Items(
            m.responsabilites.collectivite if m else None,
            "responsabilites.collectivite",
            intro=f"{m.collectivite.nom} prend en charge :"
            if m
            else "La collectivité française prend en charge :",
        ),
        Items(
            m.responsabilites.partenaire if m else None,
            "responsabilites.partenaire",
            intro=f"{m.partenaire.nom} prend en charge :"
            if m
            else "La collectivité partenaire prend en charge :",
        ),
        Heading("6. La délégation et le rôle de chacun", 2, "delegation"),
        Table(
            DELEGATION_COLUMNS,
            [
                [p.nom, p.fonction, LABELS["delegation.qualite"][p.qualite], p.role]
                for p in (m.delegation if m else [])
            ],
            "delegation",
            blank_rows=0 if m else BLANK_DELEGATES,
        ),
        Heading("7. Signatures", 2, "signatures"),
        Signatures(
            [
                Signature(
                    "Pour la collectivité française",
                    m.collectivite.nom if m else None,
                    "collectivite.nom",
                ),
                Signature(
                    "Pour la collectivité partenaire",
                    m.partenaire.nom if m else None,
                    "partenaire.nom",
                ),
            ]
        ),
    ]
    subtitle = f"{_authority_line(m)} et {_partner_line(m)}, {m.period}" if m else None
    return Document(DOCUMENT_TITLE, subtitle, blocks, blank=m is None)


# --- HTML -----------------------------------------------------------------------------------


def _attr(name: str, value: str) -> str:
    return f' {name}="{escape(value)}"' if value else ""


def _ruled(path: str = "", blank: str = "") -> str:
    hint = f'<span class="terms-blank-hint">{escape(blank)}</span>' if blank else ""
    return f'<span class="terms-line"{_attr("data-champ", path)}>{hint}</span>'


def _html_fields(block: Fields) -> str:
    groups = []
    for group in block.groups:
        rows = "".join(
            f'<div class="terms-field"><dt>{escape(f.label)}</dt>'
            + (
                f"<dd{_attr('data-champ', f.path)}>{escape(f.value)}</dd>"
                if f.value is not None
                else f"<dd>{_ruled(f.path, f.blank)}</dd>"
            )
            + "</div>"
            for f in group.fields
        )
        groups.append(
            f'<section class="terms-group"><p class="terms-group-title">{escape(group.title)}</p>'
            f"<dl>{rows}</dl></section>"
        )
    return f'<div class="terms-context">{"".join(groups)}</div>'


def _html_items(block: Items) -> str:
    intro = f'<p class="terms-intro">{escape(block.intro)}</p>' if block.intro else ""
    listing = _attr("data-liste", block.path)
    if block.values is None:
        items = "".join(f"<li>{_ruled()}</li>" for _ in range(BLANK_LINES))
        return f'{intro}<ul class="terms-list terms-list-blank"{listing}>{items}</ul>'
    items = "".join(f"<li>{escape(v)}</li>" for v in block.values)
    return f'{intro}<ul class="terms-list"{listing}>{items}</ul>'


def _html_table(block: Table) -> str:
    cols = "".join(f'<col style="width: {c.width}%">' for c in block.columns)
    head = "".join(
        f'<th scope="col"{_attr("data-cle", c.key)}>{escape(c.label)}</th>' for c in block.columns
    )
    caption = (
        f'<caption class="terms-caption">{escape(block.caption)}</caption>' if block.caption else ""
    )
    if block.rows:
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
    else:
        body = "".join(
            "<tr>" + "".join("<td>&#160;</td>" for _ in block.columns) + "</tr>"
            for _ in range(block.blank_rows)
        )
    kind = "terms-table terms-table-blank" if not block.rows else "terms-table"
    return (
        f'<table class="{kind}"{_attr("data-liste", block.path)}>{caption}'
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _html_signatures(block: Signatures) -> str:
    parties = []
    for s in block.parties:
        name = (
            f'<p class="terms-signature-name"{_attr("data-champ", s.path)}>{escape(s.name)}</p>'
            if s.name is not None
            else f'<p class="terms-signature-line">{_ruled(s.path)}</p>'
        )
        lines = "".join(
            f'<p class="terms-signature-line">{escape(label)} : {_ruled()}</p>'
            for label in SIGNATURE_LINES
        )
        parties.append(
            f'<div class="terms-signature"><p class="terms-signature-party">{escape(s.party)}</p>'
            f'{name}{lines}<p class="terms-signature-line">Signature :</p>'
            '<div class="terms-signature-space"></div></div>'
        )
    return f'<div class="terms-signatures">{"".join(parties)}</div>'


def to_html(document: Document) -> str:
    """The document as Markdown headings (they feed the page's table of contents) + HTML."""
    kind = "terms-blank" if document.blank else "terms-filled"
    subtitle = (
        escape(document.subtitle)
        if document.subtitle is not None
        else f"Entre {_ruled('collectivite.nom')} et {_ruled('partenaire.nom')}, "
        f"{_ruled('mission.debut mission.fin', 'du … au …')}"
    )
    parts = [
        f'<article class="terms {kind}" markdown>',
        "",
        f'<p class="terms-title">{escape(document.title)}</p>',
        f'<p class="terms-subtitle">{subtitle}</p>',
        "",
    ]
    for block in document.blocks:
        if isinstance(block, Heading):
            anchor = f" {{ #{block.anchor} }}" if block.anchor else ""
            # Heading texts are the document's own (never data): Markdown keeps them as is.
            parts += [f"{'#' * block.level} {block.text}{anchor}", ""]
            continue
        if isinstance(block, Fields):
            html = _html_fields(block)
        elif isinstance(block, Items):
            html = _html_items(block)
        elif isinstance(block, Table):
            html = f'<div class="terms-table-wrap">{_html_table(block)}</div>'
        elif isinstance(block, Paragraph):
            html = (
                f'<p class="terms-note">{escape(block.text)}</p>'
                if block.note
                else f"<p>{escape(block.text)}</p>"
            )
        else:
            html = _html_signatures(block)
        parts += [html, ""]
    parts += ["</article>", ""]
    return "\n".join(parts)


def terms_page(mission: Mission | None) -> str:
    """Macro: the filled terms of reference (or the blank template with None)."""
    return to_html(build_terms(mission))


def _download(href: str, label: str, kind: str) -> str:
    return (
        f'<li><a class="terms-download" href="{escape(href)}" download>{escape(label)}</a> '
        f'<span class="terms-download-kind">({escape(kind)})</span></li>'
    )


def downloads(mission: Mission, page: str = "rempli") -> str:
    """Macro: links to the files written at build time (relative to the page's URL).

    `page` is "rempli" (the filled terms' page, beside the files) or "vierge" (its sibling).
    """
    prefix = "" if page == "rempli" else f"../{TERMS_PAGE_DIR.rsplit('/', 1)[-1]}/"
    links = []
    if page == "rempli":
        links.append(
            _download(
                prefix + DOCX_FILLED,
                "Ces termes de référence, à modifier dans un traitement de texte",
                "Word .docx",
            )
        )
    links.append(
        _download(
            prefix + DOCX_BLANK,
            "Le modèle vierge, à remplir",
            "Word .docx, à imprimer ou à modifier",
        )
    )
    if page == "rempli":
        links.append(
            _download(
                prefix + ICS_PROGRAMME,
                f"Le programme ({len(mission.programme)} activités) pour votre agenda",
                "iCalendar .ics : Outlook, Thunderbird, Google Agenda, téléphone",
            )
        )
    return f'<ul class="terms-downloads">{"".join(links)}</ul>'
