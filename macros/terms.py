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

import html
import json
from dataclasses import dataclass, field
from datetime import date, time
from itertools import groupby

from mkdocs.utils import get_relative_url

from .mission import LABELS, Mission, french_date
from .text import escape
from .vocabulary import count_text, name_as_subject

DOCUMENT_TITLE = "Termes de référence de la mission exploratoire"

# Downloads written at build time beside the filled terms' page (see write_downloads in
# macros/documents.py, called from on_post_build); the pages link to them by these names.
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
    editable: bool = False  # the blank template made editable in the browser (form=True)


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
# The programme in the form (issue: fill in the terms in the browser): one table, with dates.
PROGRAMME_FORM_COLUMNS = [
    Column("Date", "date", 13),
    Column("Horaire", "debut fin", 13),
    Column("Activité", "intitule", 24),
    Column("Type", "type", 13),
    Column("Lieu", "lieu", 15),
    Column("Participants", "participants", 22),
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
                Field("Exécutif", value(lambda m: m.partenaire.executif), "partenaire.executif"),
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
                    value(
                        lambda m: f"{count_text(len(m.delegation), 'personne')}, voir la partie 6"
                    ),
                    "delegation",
                    "… personne(s), voir la partie 6",
                ),
            ]
        ),
    )
    return Fields([authority, partner, when])


def _programme(mission: Mission | None, form: bool = False) -> list[Block]:
    blocks: list[Block] = []
    if form:
        # The form: one table, one row per activity, its date in the first column.
        return [Table(PROGRAMME_FORM_COLUMNS, [], "programme", caption="Programme")]
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


def build_terms(mission: Mission | None, form: bool = False) -> Document:
    """The terms of reference of `mission`, or the blank template when `mission` is None.

    `form=True` (with None): the blank template to be made editable in the browser; the same
    document, except that the programme is one table whose rows carry their date.
    """
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
        *_programme(m, form),
        Heading("5. Responsabilités de chaque collectivité", 2, "responsabilites"),
        Items(
            m.responsabilites.collectivite if m else None,
            "responsabilites.collectivite",
            intro=f"{name_as_subject(m.collectivite.nom)} prend en charge :"
            if m
            else "La collectivité française prend en charge :",
        ),
        Items(
            m.responsabilites.partenaire if m else None,
            "responsabilites.partenaire",
            intro=f"{name_as_subject(m.partenaire.nom)} prend en charge :"
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
    return Document(DOCUMENT_TITLE, subtitle, blocks, blank=m is None, editable=form)


# --- HTML -----------------------------------------------------------------------------------


def _attr(name: str, value: str) -> str:
    return f' {name}="{escape(value)}"' if value else ""


# --- The form: names of what the user types (accessible names of the controls) -------------
# A key of mission.yml -> the name of its control; in lists, the page adds the entry's number
# (« Objectif 2 », « Heure de début, activité 3 »).
FORM_LABELS = {
    "collectivite.nom": "Nom de la collectivité française",
    "collectivite.type": "Type de la collectivité française",
    "collectivite.departement": "Département de la collectivité française",
    "collectivite.region": "Région de la collectivité française",
    "collectivite.site_web": "Site web de la collectivité française",
    "partenaire.nom": "Nom de la collectivité partenaire",
    "partenaire.region": "Région de la collectivité partenaire",
    "partenaire.pays": "Pays de la collectivité partenaire",
    "partenaire.langue": "Langue de travail de la mission",
    "partenaire.executif": "Exécutif de la collectivité partenaire (par exemple « le maire »)",
    "mission.debut": "Dates : premier jour de la mission",
    "mission.fin": "Dates : dernier jour de la mission",
    "mission.lieu": "Lieu de la mission",
    "mission.fuseau_horaire": "Heures indiquées : fuseau horaire (Continent/Ville)",
    "site.titre": "Titre du site",
    "site.couleur": "Couleur principale du site",
    "site.logo": "Logo du site (chemin d'une image placée dans docs/)",
    "site.contact_accessibilite": "Contact pour l’accessibilité (adresse électronique ou web)",
    "date": "Date",
    "id": "Identifiant fixe de l'activité (facultatif)",
    "debut": "Horaire : heure de début",
    "fin": "Horaire : heure de fin",
    "intitule": "Intitulé de l'activité",
    "type": "Type",
    "lieu": "Lieu",
    "participants": "Participants (un par ligne)",
    "nom": "Nom",
    "fonction": "Fonction",
    "qualite": "Qualité",
    "role": "Rôle pendant la mission",
}

# Keys of a table's rows that the form offers but the printed document does not show.
FORM_ONLY_CELLS = {"programme": [("Identifiant fixe (facultatif, pour les agendas)", "id")]}

# Each list of the form: the name of one entry (numbered by the page) and its "add" button.
FORM_LISTS = {
    "objectifs": ("Objectif", "Ajouter un objectif"),
    "resultats_attendus": ("Résultat attendu", "Ajouter un résultat attendu"),
    "responsabilites.collectivite": (
        "Responsabilité de la collectivité française",
        "Ajouter une responsabilité",
    ),
    "responsabilites.partenaire": (
        "Responsabilité de la collectivité partenaire",
        "Ajouter une responsabilité",
    ),
    "programme": ("activité", "Ajouter une activité"),
    "delegation": ("membre", "Ajouter un membre de la délégation"),
    "rencontres.personnes": ("Personne à rencontrer", "Ajouter une personne"),
    "rencontres.institutions": ("Institution à rencontrer", "Ajouter une institution"),
}


def _ruled(
    path: str = "",
    blank: str = "",
    editable: bool = False,
    entry: bool = False,
    short: bool = False,
) -> str:
    """A ruled line to fill by hand; in the form, the place of the value of key `path`.

    In the form, `entry=True` marks the line where the page puts a control to type the value;
    other lines with a key (subtitle, signatures) repeat the value typed elsewhere.
    """
    hint = f'<span class="terms-blank-hint">{escape(blank)}</span>' if blank else ""
    extra = ""
    if editable and entry:
        extra = ' data-saisie=""' + _attr("data-libelle", FORM_LABELS.get(path, ""))
    kind = "terms-line terms-line-short" if short else "terms-line"
    return f'<span class="{kind}"{_attr("data-champ", path)}{extra}>{hint}</span>'


def _form_lines(path: str, blank: str) -> str:
    """The lines of a field in the form: each « … » of its shape is one key of `path`."""
    keys = path.split()
    if "…" not in blank:
        return " ".join(_ruled(key, editable=True, entry=True) for key in keys)
    pieces = blank.split("…")
    html = escape(pieces[0])
    for index, piece in enumerate(pieces[1:]):
        key = keys[min(index, len(keys) - 1)]
        line = _ruled(key, editable=True, entry=key != "delegation", short=True)
        html += line + escape(piece)
    return html


def _html_fields(block: Fields, editable: bool = False) -> str:
    groups = []
    for group in block.groups:
        rows = "".join(
            f'<div class="terms-field"><dt>{escape(f.label)}</dt>'
            + (
                f"<dd{_attr('data-champ', f.path)}>{escape(f.value)}</dd>"
                if f.value is not None
                else f"<dd>{_form_lines(f.path, f.blank)}</dd>"
                if editable
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


def _form_list_parts(path: str) -> tuple[str, str]:
    """Attributes of a list of the form, and its "add" button and message (after the list)."""
    name, add = FORM_LISTS[path]
    attributes = _attr("data-element", name)
    after = (
        f'<p class="terms-form-list-error" data-erreur-liste="{escape(path)}" hidden></p>'
        f'<button type="button" class="md-button terms-form-add terms-form-only"'
        f' data-ajouter="{escape(path)}" hidden>{escape(add)}</button>'
    )
    if path == "programme":  # the order of the filled document: by date and time
        after += (
            '<button type="button" class="md-button terms-form-add terms-form-only"'
            ' data-classer="programme" hidden>Classer par date et heure</button>'
        )
    return attributes, after


def _html_items(block: Items, editable: bool = False) -> str:
    intro = f'<p class="terms-intro">{escape(block.intro)}</p>' if block.intro else ""
    listing = _attr("data-liste", block.path)
    if editable:
        attributes, after = _form_list_parts(block.path)
        row = f"<li>{_ruled('', editable=True, entry=True)}</li>"
        return (
            f'{intro}<ul class="terms-list terms-list-form"{listing}{attributes}></ul>'
            f'<template data-modele="{escape(block.path)}">{row}</template>{after}'
        )
    if block.values is None:
        items = "".join(f"<li>{_ruled()}</li>" for _ in range(BLANK_LINES))
        return f'{intro}<ul class="terms-list terms-list-blank"{listing}>{items}</ul>'
    items = "".join(f"<li>{escape(v)}</li>" for v in block.values)
    return f'{intro}<ul class="terms-list"{listing}>{items}</ul>'


def _form_cell(column: Column) -> str:
    return " – ".join(_ruled(key, editable=True, entry=True) for key in column.key.split())


def _html_table(block: Table, editable: bool = False) -> str:
    cols = "".join(f'<col style="width: {c.width}%">' for c in block.columns)
    head = "".join(
        f'<th scope="col"{_attr("data-cle", c.key)}>{escape(c.label)}</th>' for c in block.columns
    )
    caption = (
        f'<caption class="terms-caption">{escape(block.caption)}</caption>' if block.caption else ""
    )
    after = template = attributes = ""
    if editable:
        attributes, after = _form_list_parts(block.path)
        # On screen each row is a card: each cell shows its column's name (hidden on paper).
        cells = "".join(
            f'<td><span class="terms-form-cell-title" aria-hidden="true">{escape(c.label)}</span>'
            f"{_form_cell(c)}</td>"
            for c in block.columns
        )
        # Keys typed in the form but not printed (a cell that only exists on screen).
        cells += "".join(
            f'<td class="terms-form-only"><span class="terms-form-cell-title" aria-hidden="true">'
            f"{escape(title)}</span>{_ruled(key, editable=True, entry=True)}</td>"
            for title, key in FORM_ONLY_CELLS.get(block.path, [])
        )
        template = f'<template data-modele="{escape(block.path)}"><tr>{cells}</tr></template>'
        body = ""
    elif block.rows:
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
    kind += " terms-table-form" if editable else ""
    return (
        f'<table class="{kind}"{_attr("data-liste", block.path)}{attributes}>{caption}'
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"{template}{after}"
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


def _html_block(block: Block, editable: bool = False) -> str:
    if isinstance(block, Fields):
        return _html_fields(block, editable)
    if isinstance(block, Items):
        return _html_items(block, editable)
    if isinstance(block, Table):
        return f'<div class="terms-table-wrap">{_html_table(block, editable)}</div>'
    if isinstance(block, Paragraph):
        return (
            f'<p class="terms-note">{escape(block.text)}</p>'
            if block.note
            else f"<p>{escape(block.text)}</p>"
        )
    assert isinstance(block, Signatures)
    return _html_signatures(block)


def to_html(document: Document) -> str:
    """The document as Markdown headings (they feed the page's table of contents) + HTML."""
    kind = "terms-blank" if document.blank else "terms-filled"
    if document.editable:
        kind += ' terms-form" data-terms-form="'
    subtitle = (
        escape(document.subtitle)
        if document.subtitle is not None
        else f"Entre {_ruled('collectivite.nom')} et {_ruled('partenaire.nom')}, "
        + (
            f"du {_ruled('mission.debut')} au {_ruled('mission.fin')}"
            if document.editable
            else _ruled("mission.debut mission.fin", "du … au …")
        )
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
        parts += [_html_block(block, document.editable), ""]
    parts += ["</article>", ""]
    return "\n".join(parts)


def terms_page(mission: Mission | None) -> str:
    """Macro: the filled terms of reference (or the blank template with None)."""
    return to_html(build_terms(mission))


# --- The form: the blank template made editable (docs/assets/javascripts/terms-form.js) ------

FORM_TOOLBAR = """<div class="terms-form-bar terms-screen" data-terms-toolbar hidden>
<p class="terms-form-status" data-etat role="status"></p>
<div class="terms-form-buttons">
<button type="button" class="md-button md-button--primary" data-action="exporter">\
Exporter mission.yml</button>
<button type="button" class="md-button" data-action="importer">Importer un mission.yml…</button>
<input type="file" accept=".yml,.yaml,text/yaml" data-fichier hidden>
<button type="button" class="md-button" data-print-button>Imprimer</button>
<button type="button" class="md-button terms-form-clear" data-action="effacer">\
Tout effacer</button>
</div>
<div class="terms-form-messages" data-messages tabindex="-1" hidden></div>
</div>"""

FORM_NO_SCRIPT = (
    '<p class="terms-form-noscript terms-screen" data-sans-script>Le formulaire a besoin de '
    "JavaScript, qui semble désactivé dans ce navigateur. Vous pouvez imprimer le modèle "
    "ci-dessous et le remplir à la main.</p>"
)


def _site_section() -> str:
    """Keys of mission.yml that are not in the document (the published guide's settings)."""
    fields = Fields(
        [
            FieldGroup(
                "Le site du guide",
                [
                    Field("Titre", None, "site.titre"),
                    Field("Couleur", None, "site.couleur"),
                    Field("Logo", None, "site.logo"),
                    Field("Contact pour l’accessibilité", None, "site.contact_accessibilite"),
                ],
            )
        ]
    )
    people = Items(None, "rencontres.personnes", intro="Personnes à rencontrer sur place :")
    places = Items(
        None,
        "rencontres.institutions",
        intro="Institutions à rencontrer dans le pays partenaire :",
    )
    return (
        '<section class="terms-form-extra terms-screen" aria-labelledby="site-du-guide">'
        '<h2 id="site-du-guide">Pour publier votre propre guide (facultatif)</h2>'
        '<p class="terms-note">Ces réglages ne figurent pas dans les termes de référence : ils '
        "servent seulement au fichier mission.yml exporté, si votre collectivité publie sa "
        "propre version de ce guide. Le logo doit être une image placée dans le dossier docs/ "
        "du guide.</p>"
        f"{_html_fields(fields, editable=True)}{_html_items(people, editable=True)}"
        f"{_html_items(places, editable=True)}</section>"
    )


def form_page(contract_data: dict) -> str:
    """Macro: the blank template made editable, with the contract of mission.yml for the page.

    The page's script (terms-form.js) reads the contract (JSON Schema, rules, French messages)
    from the page itself, so the form checks with the build's rules and messages, also offline.
    It is an attribute, not a <script type="application/json">: Material's instant navigation
    re-creates inline scripts without their type and would run the JSON as JavaScript.
    """
    data = json.dumps(contract_data, ensure_ascii=False, separators=(",", ":"))
    return "\n\n".join(
        [
            FORM_TOOLBAR,
            FORM_NO_SCRIPT,
            f'<div id="contrat-mission-yml" data-contrat="{html.escape(data)}" hidden></div>',
            to_html(build_terms(None, form=True)),
            _site_section(),
            "",
        ]
    )


def _download(href: str, label: str, kind: str) -> str:
    return (
        f'<li><a class="terms-download" href="{escape(href)}" download>{escape(label)}</a> '
        f'<span class="terms-download-kind">({escape(kind)})</span></li>'
    )


def downloads(mission: Mission, page: str, page_url: str) -> str:
    """Macro: links to the files written at build time into TERMS_PAGE_DIR.

    `page` is "rempli" (the filled terms) or "vierge" (the blank template); `page_url` is the
    URL of the page that shows the links ("outils/termes-de-reference/", or
    "outils/termes-de-reference.html" in the offline edition): links are relative to it.
    """
    folder = get_relative_url(TERMS_PAGE_DIR, page_url)
    prefix = "" if folder == "." else folder + "/"
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
