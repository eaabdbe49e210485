"""The terms of reference of the mission: its content, built from a Mission or left blank.

`build_terms(mission)` gives the filled document, `build_terms(None)` the blank template: the
same sections, in the same order, with ruled lines and empty table rows where the data would
be. `build_terms_form()` is the blank template the online form makes editable (its programme is
one table whose rows carry their date) and `TERMS_FORM` what the form offers beyond it. The
writers (html.py, form.py, docx.py) render these documents; every French word of the terms of
reference is here.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

from ..french import french_date, plural, slot_text
from ..mission import Mission, choice_label
from ..vocabulary import name_as_subject
from .model import (
    Blank,
    Block,
    Column,
    Document,
    Field,
    FieldGroup,
    Fields,
    Form,
    FormList,
    FormSection,
    Heading,
    Items,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
    Table,
)

DOCUMENT_TITLE = "Termes de référence de la mission exploratoire"

# The blank template's subtitle: a sentence on the pages, three lines in the .docx.
BLANK_SUBTITLE = Sentence(
    (
        "Entre ",
        Blank("collectivite.nom", typed=False),
        " et ",
        Blank("partenaire.nom", typed=False),
        ", ",
        Blank("mission.debut mission.fin", "du … au …", typed=False),
    ),
    lines=("Entre", "et", "Dates : du"),
)

# Lines under each authority's name in the signature block, and the space to sign.
SIGNATURE_LINES = ("Nom et fonction du signataire :", "Fait à, le :")
SIGNATURE_SPACE = "Signature :"

# How many empty lines / rows the blank template offers.
BLANK_LINES = 3
BLANK_DAYS = 4
BLANK_PROGRAMME_ROWS = 5
BLANK_DELEGATES = 4


# --- Formatting values ----------------------------------------------------------------------


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
                    value(lambda m: choice_label("collectivite.type", m.collectivite.type)),
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
                    hint="du … au …",
                ),
                Field("Lieu", value(lambda m: m.mission.lieu), "mission.lieu"),
                Field(
                    "Heures indiquées",
                    value(lambda m: f"heure locale ({m.mission.fuseau_horaire})"),
                    "mission.fuseau_horaire",
                    hint="heure locale (fuseau : …)",
                ),
                Field(
                    "Délégation",
                    value(lambda m: f"{plural(len(m.delegation), 'personne')}, voir la partie 6"),
                    "delegation",
                    hint="… personne(s), voir la partie 6",
                    typed=False,  # the form counts the members
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
            blocks.append(Heading(f"Jour {number}", 3, f"jour-{number}", blank=True))
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
                choice_label("programme.type", e.type),
                e.lieu or "",
                ", ".join(e.participants or []),
            ]
            for e in day_entries
        ]
        blocks.append(Table(PROGRAMME_COLUMNS, rows, "programme", caption=day_title(day)))
    return blocks


def build_terms(mission: Mission | None) -> Document:
    """The terms of reference of `mission`, or the blank template when `mission` is None."""
    return _build(mission, form=False)


def build_terms_form() -> Document:
    """The blank template to be made editable in the browser: the same document, except that
    the programme is one table whose rows carry their date."""
    return _build(None, form=True)


def _build(mission: Mission | None, form: bool) -> Document:
    m = mission
    blocks: list[Block] = [
        Heading("1. Contexte", 2, "contexte"),
        _context(m),
        Heading("2. Objectifs de la mission", 2, "objectifs"),
        Items(m.objectifs if m else None, "objectifs", blank_lines=BLANK_LINES),
        Heading("3. Résultats attendus", 2, "resultats-attendus"),
        Items(m.resultats_attendus if m else None, "resultats_attendus", blank_lines=BLANK_LINES),
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
            blank_lines=BLANK_LINES,
        ),
        Items(
            m.responsabilites.partenaire if m else None,
            "responsabilites.partenaire",
            intro=f"{name_as_subject(m.partenaire.nom)} prend en charge :"
            if m
            else "La collectivité partenaire prend en charge :",
            blank_lines=BLANK_LINES,
        ),
        Heading("6. La délégation et le rôle de chacun", 2, "delegation"),
        Table(
            DELEGATION_COLUMNS,
            [
                [p.nom, p.fonction, choice_label("delegation.qualite", p.qualite), p.role]
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
            ],
            lines=SIGNATURE_LINES,
            sign=SIGNATURE_SPACE,
        ),
    ]
    subtitle = f"{_authority_line(m)} et {_partner_line(m)}, {m.period}" if m else BLANK_SUBTITLE
    return Document(DOCUMENT_TITLE, subtitle, blocks, blank=m is None)


# --- The online form: what it offers beyond the blank template -----------------------------

# Each list of the form: the name of one entry (numbered by the page) and its "add" button.
FORM_LISTS = {
    "objectifs": FormList("Objectif", "Ajouter un objectif"),
    "resultats_attendus": FormList("Résultat attendu", "Ajouter un résultat attendu"),
    "responsabilites.collectivite": FormList(
        "Responsabilité de la collectivité française", "Ajouter une responsabilité"
    ),
    "responsabilites.partenaire": FormList(
        "Responsabilité de la collectivité partenaire", "Ajouter une responsabilité"
    ),
    "programme": FormList(
        "activité",
        "Ajouter une activité",
        # The order of the filled document: by date and time.
        sort="Classer par date et heure",
        # A key typed in the form but not printed.
        extra_cells=(("Identifiant fixe (facultatif, pour les agendas)", "id"),),
    ),
    "delegation": FormList("membre", "Ajouter un membre de la délégation"),
    "rencontres.personnes": FormList("Personne à rencontrer", "Ajouter une personne"),
    "rencontres.institutions": FormList("Institution à rencontrer", "Ajouter une institution"),
}

# Keys of mission.yml that are not in the document (the published guide's settings).
SITE_SECTION = FormSection(
    "Pour publier votre propre guide (facultatif)",
    "site-du-guide",
    "Ces réglages ne figurent pas dans les termes de référence : ils servent seulement au "
    "fichier mission.yml exporté, si votre collectivité publie sa propre version de ce guide. "
    "Le logo doit être une image placée dans le dossier docs/ du guide.",
    [
        Fields(
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
        ),
        Items(None, "rencontres.personnes", intro="Personnes à rencontrer sur place :"),
        Items(
            None,
            "rencontres.institutions",
            intro="Institutions à rencontrer dans le pays partenaire :",
        ),
    ],
)

TERMS_FORM = Form(
    lists=FORM_LISTS,
    export_label="Exporter mission.yml",
    import_label="Importer un mission.yml…",
    print_label="Imprimer",
    clear_label="Tout effacer",
    no_script="Le formulaire a besoin de JavaScript, qui semble désactivé dans ce navigateur. "
    "Vous pouvez imprimer le modèle ci-dessous et le remplir à la main.",
    sections=[SITE_SECTION],
)
