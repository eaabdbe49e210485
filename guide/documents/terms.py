"""The terms of reference of the mission: its content, built from a Mission or left blank.

`build_terms(mission)` gives the filled document, `build_terms(None)` the blank template: the
same sections, in the same order, with ruled lines and empty table rows where the data would
be, in French or in the partner's language (`build_terms(mission, "es")`). `build_terms_form()`
is the blank template the online form makes editable (its programme is one table whose rows
carry their date) and `TERMS_FORM` what the form offers beyond it. The writers (html.py,
form.py, docx.py) render these documents. The document's own words are one table per language
(languages/fr.py, en.py, es.py, pt.py); the form's words (French only) are here.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

from ..french import capitalised
from ..mission import Mission
from .languages import FRENCH_LANGUAGE, Language
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
from .parts import named, total

DOCUMENT_TITLE = FRENCH_LANGUAGE.word("title")

# Lines under each authority's name in the signature block, and the space to sign.
SIGNATURE_LINES = (FRENCH_LANGUAGE.word("signatory"), FRENCH_LANGUAGE.word("place_and_date"))
SIGNATURE_SPACE = FRENCH_LANGUAGE.word("signature")

# How many empty lines / rows the blank template offers.
BLANK_LINES = 3
BLANK_DAYS = 4
BLANK_PROGRAMME_ROWS = 5
BLANK_DELEGATES = 4


def _blank_subtitle(w: Language) -> Sentence:
    """The blank template's subtitle: a sentence on the pages, three lines in the .docx."""
    return Sentence(
        (
            w.word("blank_between") + " ",
            Blank("collectivite.nom", typed=False),
            f" {w.word('blank_and')} ",
            Blank("partenaire.nom", typed=False),
            ", ",
            Blank("mission.debut mission.fin", w.word("period_hint"), typed=False),
        ),
        lines=(w.word("blank_between"), w.word("blank_and"), w.word("blank_dates")),
    )


BLANK_SUBTITLE = _blank_subtitle(FRENCH_LANGUAGE)


# --- Formatting values ----------------------------------------------------------------------


def day_title(day: date, w: Language = FRENCH_LANGUAGE) -> str:
    """2027-03-02 -> "Mardi 2 mars 2027" (in French)."""
    return w.day_title(day)


def _authority_line(mission: Mission, w: Language) -> str:
    authority = mission.collectivite
    where = ", ".join(x for x in (w.text(authority.departement), w.text(authority.region)) if x)
    return mission.collectivite.nom + (f" ({where})" if where else "")


def _partner_line(mission: Mission, w: Language) -> str:
    partner = mission.partenaire
    where = ", ".join(x for x in (w.text(partner.region), w.country(partner.pays)) if x)
    return f"{partner.nom} ({where})"


# --- Building the document ------------------------------------------------------------------


def _programme_columns(w: Language) -> list[Column]:
    return [
        Column(w.word("column_time"), "debut fin", 14),
        Column(w.word("column_activity"), "intitule", 28),
        Column(w.word("column_type"), "type", 14),
        Column(w.word("column_place"), "lieu", 18),
        Column(w.word("column_participants"), "participants", 26),
    ]


def _delegation_columns(w: Language) -> list[Column]:
    return [
        Column(w.word("column_name"), "nom", 18),
        Column(w.word("column_position"), "fonction", 30),
        Column(w.word("column_kind"), "qualite", 10),
        Column(w.word("column_role"), "role", 42),
    ]


PROGRAMME_COLUMNS = _programme_columns(FRENCH_LANGUAGE)
# The programme in the form (issue: fill in the terms in the browser): one table, with dates.
PROGRAMME_FORM_COLUMNS = [
    Column("Date", "date", 11),
    Column("Horaire", "debut fin", 11),
    Column("Activité", "intitule", 20),
    Column("Type", "type", 12),
    Column("Lieu", "lieu", 13),
    Column("Participants", "participants", 17),
    Column("Interventions", "interventions", 16),
]
DELEGATION_COLUMNS = _delegation_columns(FRENCH_LANGUAGE)
BLANK_BUDGET_ROWS = 4


def _budget_columns(w: Language) -> list[Column]:
    return [
        Column(w.word("column_item"), "poste", 40),
        Column(w.word("column_amount"), "montant", 15),
        Column(w.word("column_paid_by"), "pris_en_charge_par", 22),
        Column(w.word("column_funder"), "financeur", 23),
    ]


BUDGET_COLUMNS = _budget_columns(FRENCH_LANGUAGE)
BUDGET_CAPTION = FRENCH_LANGUAGE.word("budget_caption")


def _context(mission: Mission | None, w: Language) -> Fields:
    m = mission

    def value(getter):
        return getter(m) if m is not None else None

    def optional(group_fields: list[Field]) -> list[Field]:
        # The filled document leaves out optional keys that are absent; the blank shows all.
        return [f for f in group_fields if m is None or f.value]

    authority = FieldGroup(
        w.word("group_authority"),
        optional(
            [
                Field(w.word("name"), value(lambda m: m.collectivite.nom), "collectivite.nom"),
                Field(
                    w.word("type"),
                    value(lambda m: w.choice("collectivite.type", m.collectivite.type)),
                    "collectivite.type",
                ),
                Field(
                    w.word("departement"),
                    value(lambda m: w.text(m.collectivite.departement)),
                    "collectivite.departement",
                ),
                Field(
                    w.word("region"),
                    value(lambda m: w.text(m.collectivite.region)),
                    "collectivite.region",
                ),
                Field(
                    w.word("website"),
                    value(lambda m: m.collectivite.site_web),
                    "collectivite.site_web",
                ),
            ]
        ),
    )
    partner = FieldGroup(
        w.word("group_partner"),
        optional(
            [
                Field(w.word("name"), value(lambda m: m.partenaire.nom), "partenaire.nom"),
                Field(
                    w.word("region"),
                    value(lambda m: w.text(m.partenaire.region)),
                    "partenaire.region",
                ),
                Field(
                    w.word("country"),
                    value(lambda m: w.country(m.partenaire.pays)),
                    "partenaire.pays",
                ),
                Field(
                    w.word("executive"),
                    value(lambda m: w.text(m.partenaire.executive_title)),
                    "partenaire.executif",
                ),
                Field(
                    w.word("working_language"),
                    value(lambda m: w.language_text(m.partenaire.langue)),
                    "partenaire.langue",
                ),
            ]
        ),
    )
    people = (w.word("person"), w.word("people"))
    when = FieldGroup(
        w.word("group_mission"),
        optional(
            [
                Field(
                    w.word("dates"),
                    value(lambda m: w.period(m.mission.debut, m.mission.fin)),
                    "mission.debut mission.fin",
                    hint=w.word("period_hint"),
                ),
                Field(w.word("place"), value(lambda m: w.text(m.mission.lieu)), "mission.lieu"),
                Field(
                    w.word("times"),
                    value(lambda m: w.word("times_value", zone=w.zone(m.mission.fuseau_horaire))),
                    "mission.fuseau_horaire",
                    hint=w.word("times_hint"),
                ),
                Field(
                    w.word("delegation"),
                    value(
                        lambda m: w.word(
                            "delegation_value", count=w.count(len(m.delegation), *people)
                        )
                    ),
                    "delegation",
                    hint=w.word("delegation_hint"),
                    typed=False,  # the form counts the members
                ),
            ]
        ),
    )
    return Fields([authority, partner, when])


def _programme(mission: Mission | None, w: Language, form: bool = False) -> list[Block]:
    blocks: list[Block] = []
    if form:
        # The form: one table, one row per activity, its date in the first column.
        return [Table(PROGRAMME_FORM_COLUMNS, [], "programme", caption="Programme")]
    columns = _programme_columns(w)
    if mission is None:
        for number in range(1, BLANK_DAYS + 1):
            blocks.append(
                Heading(w.word("blank_day", number=number), 3, f"jour-{number}", blank=True)
            )
            blocks.append(Table(columns, [], "programme", blank_rows=BLANK_PROGRAMME_ROWS))
        return blocks
    entries = sorted(mission.programme, key=lambda e: (e.date, e.debut, e.fin, e.intitule))
    for day, day_entries in groupby(entries, key=lambda e: e.date):
        blocks.append(Heading(w.day_title(day), 3, f"jour-{day.isoformat()}"))
        rows = [
            [
                w.slot(e.debut, e.fin),
                w.text(e.intitule),
                w.choice("programme.type", e.type),
                w.text(e.lieu) or "",
                ", ".join(w.text(p) for p in e.participants or []),
            ]
            for e in day_entries
        ]
        blocks.append(Table(columns, rows, "programme", caption=w.day_title(day)))
    return blocks


def _budget(mission: Mission | None, w: Language) -> list[Block]:
    """The budget's table (who pays what), with its total; left out when mission.yml has no
    budget, empty rows in the blank template."""
    caption, columns = w.word("budget_caption"), _budget_columns(w)
    if mission is None:
        return [
            Heading(caption, 3, "budget"),
            Table(columns, [], "budget", caption, BLANK_BUDGET_ROWS),
        ]
    if not mission.budget:
        return []
    lines = mission.budget
    rows = [
        [
            w.text(b.poste),
            w.euros(b.montant),
            w.choice("budget.pris_en_charge_par", b.pris_en_charge_par),
            b.financeur or "",
        ]
        for b in lines
    ]
    rows.append([w.word("total"), w.euros(total(lines)), "", ""])
    return [
        Heading(caption, 3, "budget"),
        Table(columns, rows, "budget", caption),
    ]


def build_terms(mission: Mission | None, language: str = "fr") -> Document:
    """The terms of reference of `mission`, or the blank template when `mission` is None, in
    `language` (fr, or the partner's: en, es, pt)."""
    return _build(mission, Language(language), form=False)


def build_terms_form() -> Document:
    """The blank template to be made editable in the browser: the same document, except that
    the programme is one table whose rows carry their date."""
    return _build(None, FRENCH_LANGUAGE, form=True)


def _takes_charge(mission: Mission, name: str, w: Language) -> str:
    # French puts an article before a name that starts with a common noun (« La commune de… »).
    return w.word("takes_charge", name=capitalised(named(name, w.code)))


def _build(mission: Mission | None, w: Language, form: bool) -> Document:
    m = mission
    texts = (lambda values: [w.text(v) for v in values]) if m else None
    blocks: list[Block] = [
        Heading(w.word("heading_context"), 2, "contexte"),
        _context(m, w),
        Heading(w.word("heading_objectives"), 2, "objectifs"),
        Items(texts(m.objectifs) if m else None, "objectifs", blank_lines=BLANK_LINES),
        Heading(w.word("heading_results"), 2, "resultats-attendus"),
        Items(
            texts(m.resultats_attendus) if m else None,
            "resultats_attendus",
            blank_lines=BLANK_LINES,
        ),
        Heading(w.word("heading_programme"), 2, "programme"),
        Paragraph(
            w.word("programme_note", zone=w.zone(m.mission.fuseau_horaire))
            if m
            else w.word("programme_note_blank"),
            note=True,
        ),
        *_programme(m, w, form),
        Heading(w.word("heading_responsibilities"), 2, "responsabilites"),
        Items(
            texts(m.responsabilites.collectivite) if m else None,
            "responsabilites.collectivite",
            intro=_takes_charge(m, m.collectivite.nom, w)
            if m
            else w.word("authority_takes_charge"),
            blank_lines=BLANK_LINES,
        ),
        Items(
            texts(m.responsabilites.partenaire) if m else None,
            "responsabilites.partenaire",
            intro=_takes_charge(m, m.partenaire.nom, w) if m else w.word("partner_takes_charge"),
            blank_lines=BLANK_LINES,
        ),
        *_budget(m, w),
        Heading(w.word("heading_delegation"), 2, "delegation"),
        Table(
            _delegation_columns(w),
            [
                [
                    p.nom,
                    w.text(p.fonction),
                    w.member_kind(p),
                    w.text(p.role),
                ]
                for p in (m.delegation if m else [])
            ],
            "delegation",
            blank_rows=0 if m else BLANK_DELEGATES,
        ),
        Heading(w.word("heading_signatures"), 2, "signatures"),
        Signatures(
            [
                Signature(
                    w.word("for_authority"),
                    m.collectivite.nom if m else None,
                    "collectivite.nom",
                ),
                Signature(
                    w.word("for_partner"),
                    m.partenaire.nom if m else None,
                    "partenaire.nom",
                ),
            ],
            lines=(w.word("signatory"), w.word("place_and_date")),
            sign=w.word("signature"),
        ),
    ]
    subtitle = (
        w.word(
            "subtitle",
            authority=_authority_line(m, w),
            partner=_partner_line(m, w),
            period=w.period(m.mission.debut, m.mission.fin),
        )
        if m
        else _blank_subtitle(w)
    )
    header = m.collectivite.nom if m else ""
    return Document(
        w.word("title"), subtitle, blocks, blank=m is None, language=w.locale, header=header
    )


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
    "delegation": FormList(
        "membre",
        "Ajouter un membre de la délégation",
        extra_cells=(("Civilité (facultatif)", "civilite"),),
    ),
    "budget": FormList(
        "poste de dépense",
        "Ajouter un poste de dépense",
        extra_cells=(("Subvention versée au partenaire (facultatif)", "subvention"),),
    ),
    "convention.actions": FormList("action", "Ajouter une action de la convention"),
    "suites": FormList("suite", "Ajouter une suite à donner"),
    "convention.engagements.collectivite": FormList(
        "Engagement de la collectivité", "Ajouter un engagement de la collectivité"
    ),
    "convention.engagements.partenaire": FormList(
        "Engagement du partenaire", "Ajouter un engagement du partenaire"
    ),
    "convention.comite_de_pilotage.membres": FormList(
        "Membre du comité de pilotage", "Ajouter un membre du comité"
    ),
    "rencontres.personnes": FormList("Personne à rencontrer", "Ajouter une personne"),
    "rencontres.institutions": FormList("Institution à rencontrer", "Ajouter une institution"),
}

# Keys of mission.yml that are not in the document (the published guide's settings).
SITE_SECTION = FormSection(
    "Pour publier votre propre guide (facultatif)",
    "site-du-guide",
    "Ces réglages ne figurent pas dans les termes de référence : ils servent seulement au "
    "fichier mission.yml exporté, si votre collectivité publie sa propre version de ce guide. "
    "Le logo doit être une image placée dans le dossier docs/ du guide, le modèle Word (votre "
    "papier à en-tête, dont tous les documents .docx prennent les styles, l'en-tête et le pied "
    "de page) un fichier .docx placé au même endroit. Ce formulaire ne voit pas le dossier "
    "docs/ de votre copie : c'est la construction du site (make check, make build) qui vérifie "
    "que ces fichiers s'y trouvent et conviennent.",
    [
        Fields(
            [
                FieldGroup(
                    "Le site du guide",
                    [
                        Field("Titre", None, "site.titre"),
                        Field("Couleur", None, "site.couleur"),
                        Field("Logo", None, "site.logo"),
                        Field("Modèle Word (papier à en-tête)", None, "site.modele_word"),
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

# The public numbers of the « Contacts et urgences » page: not in the terms.
URGENCES_SECTION = FormSection(
    "Numéros d’urgence publics (facultatif)",
    "urgences",
    "Pour la page « Contacts et urgences » du guide et sa carte de poche : les numéros publics "
    "de l’ambassade, du consulat et de la plateforme d’assistance de l’assureur. Jamais le nom, "
    "le portable ou le numéro de contrat d’une personne : le fichier mission.yml est publié "
    "avec le site ; ceux-là se saisissent sur les téléphones, dans cette page du guide.",
    [
        Fields(
            [
                FieldGroup(
                    title,
                    [
                        Field("Nom du service", None, f"urgences.{key}.nom"),
                        Field("Téléphone", None, f"urgences.{key}.telephone"),
                        Field("Numéro d’urgence", None, f"urgences.{key}.urgence"),
                        Field("Site web", None, f"urgences.{key}.site_web"),
                    ],
                )
                for key, title in (
                    ("ambassade", "Ambassade de France"),
                    ("consulat", "Consulat de France"),
                    ("assistance", "Assistance de l’assureur"),
                )
            ]
        )
    ],
)

# Who signs the mission's documents and who votes the mandat spécial: not in the terms.
SIGNATORY_SECTION = FormSection(
    "Qui signe et qui vote (facultatif)",
    "signataire-et-vote",
    "Pour les documents de la mission : l’exécutif qui signe (« La maire, Hélène Garnier »), "
    "celui du partenaire à qui la lettre s’adresse (« Monsieur le Maire, »), l’organe qui "
    "vote le mandat spécial (l’assemblée, ou par délégation la commission permanente d’un "
    "département ou d’une région, le bureau d’une intercommunalité) et, si le guide ne le "
    "devine pas, le nom de chaque collectivité avec son article (« la Commune de Saint-Louis »).",
    [
        Fields(
            [
                FieldGroup(
                    "L’exécutif et le vote",
                    [
                        Field("Exécutif : prénom et nom", None, "collectivite.executif.nom"),
                        Field("Exécutif : civilité", None, "collectivite.executif.civilite"),
                        Field("Mandat spécial voté par", None, "mission.vote_par"),
                    ],
                ),
                # The letter addresses the partner's executive by name and civilité.
                FieldGroup(
                    "L’exécutif du partenaire (pour la lettre)",
                    [
                        Field("Prénom et nom", None, "partenaire.executif.nom"),
                        Field("Civilité", None, "partenaire.executif.civilite"),
                    ],
                ),
                # When the guide cannot tell the article of a name (« Kéra-Sobo »).
                FieldGroup(
                    "Les noms dans une phrase, avec leur article",
                    [
                        Field("Collectivité française", None, "collectivite.nom_avec_article"),
                        Field("Collectivité partenaire", None, "partenaire.nom_avec_article"),
                    ],
                ),
            ]
        )
    ],
)

# The language of the documents for the partner: not a line of the French document.
PARTNER_LANGUAGE_SECTION = FormSection(
    "Documents dans la langue du partenaire (facultatif)",
    "langue-des-documents",
    "Si le partenaire travaille en anglais, en espagnol ou en portugais, le guide publié "
    "produit aussi les termes de référence dans sa langue et une édition bilingue à signer. "
    "Les traductions des textes s'écrivent dans le fichier mission.yml exporté "
    "(voir la page « Adapter ce guide ») ; le formulaire les garde telles quelles.",
    [
        Fields(
            [
                FieldGroup(
                    "La langue des documents",
                    [Field("Langue", None, "partenaire.langue_des_documents")],
                )
            ]
        )
    ],
)

# What was agreed for after the return: in the échéancier and its calendar, not in the terms.
SUITES_SECTION = FormSection(
    "Suites à donner après la mission (facultatif)",
    "suites",
    "Ce qui a été décidé pour après le retour (relevé de décisions, compte rendu) : chaque suite "
    "apparaît dans l’échéancier et son agenda, à sa date (R+30 : 30 jours après la fin de la "
    "mission, ou une date AAAA-MM-JJ).",
    [
        Table(
            [
                Column("Suite à donner", "quoi", 50),
                Column("Qui s’en charge", "qui", 25),
                Column("Pour quand", "pour_quand", 25),
            ],
            [],
            "suites",
            caption="Les suites à donner",
            blank_rows=1,
        )
    ],
)

# The draft convention (after the mission): not in the terms; its own document is built from it.
CONVENTION_SECTION = FormSection(
    "Projet de convention de partenariat (facultatif)",
    "convention",
    "Après la mission, si la coopération se poursuit : le guide en tire le projet de convention "
    "et son annexe budgétaire. Une convention indique l’objet des actions et le montant "
    "prévisionnel des engagements financiers ; elle ne peut pas être signée avec un État "
    "étranger (article L1115-5 du code général des collectivités territoriales), et une "
    "subvention de plus de 23 000 € à un organisme étranger en demande une.",
    [
        Fields(
            [
                FieldGroup(
                    "La convention",
                    [
                        Field("Statut du partenaire", None, "partenaire.statut"),
                        Field("Objet", None, "convention.objet"),
                        Field("Durée", None, "convention.duree"),
                        Field("Texte qui fait foi", None, "convention.langue_qui_fait_foi"),
                        Field(
                            "Comité de pilotage : fréquence",
                            None,
                            "convention.comite_de_pilotage.frequence",
                        ),
                    ],
                )
            ]
        ),
        Table(
            [
                Column("Année", "annee", 12),
                Column("Action prévue", "intitule", 34),
                Column("Montant prévisionnel (€)", "montant", 16),
                Column("Financé par", "pris_en_charge_par", 18),
                Column("Autre financeur (son nom)", "financeur", 20),
            ],
            [],
            "convention.actions",
            caption="Les actions prévues, année par année",
            blank_rows=1,
        ),
        Items(
            None,
            "convention.engagements.collectivite",
            intro="Engagements de la collectivité française :",
        ),
        Items(None, "convention.engagements.partenaire", intro="Engagements du partenaire :"),
        Items(
            None,
            "convention.comite_de_pilotage.membres",
            intro="Membres du comité de pilotage :",
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
    saved_status="Vos saisies sont enregistrées dans ce navigateur au fur et à mesure.",
    sections=[
        SIGNATORY_SECTION,
        PARTNER_LANGUAGE_SECTION,
        SUITES_SECTION,
        CONVENTION_SECTION,
        URGENCES_SECTION,
        SITE_SECTION,
    ],
)
