"""The draft délibération that confers a mandat spécial on the élus of the delegation.

The deliberating body and the articles come from the authority's type
(`vocabulary.MANDATE_TEXTS`); the élus are the members whose qualite is `elu`; the expenses
covered are the budget's lines paid by the authority. Blank (None): the four types' bodies and
articles are named, to keep the right one. Sources: CNFPT, « Mission à l’étranger : le mandat
spécial, un document obligatoire » (2023); Sénat, written questions of 2006 and 2010.
"""

from __future__ import annotations

from ..french import euros, french_date, plural
from ..mission import Mission
from ..vocabulary import COMMON_VISAS, MANDATE_TEXTS
from .model import (
    Blank,
    Block,
    Column,
    Document,
    Heading,
    Items,
    Paragraph,
    Sentence,
    Signature,
    Signatures,
    Table,
)
from .parts import (
    at_place,
    budget_rows,
    dated,
    executive_agrees,
    executive_signature,
    executive_title,
    member_line,
    members,
    of,
    of_title,
    signing_activities,
    the,
    total_text,
    voting_body,
)

TITLE = "Projet de délibération confiant un mandat spécial"

NOTE = (
    "Modèle à adapter avec le service des assemblées et le service juridique de la "
    "collectivité. La délibération doit être exécutoire (publiée et transmise au préfet) avant "
    "le départ : un mandat spécial ne peut pas être confié après la mission."
)
NOTE_TYPE = "Cette délibération devient exécutoire dans les conditions de l’{executoire} du CGCT."

# The blank model: every type's body and articles, to keep the right one.
BLANK_BODY = (
    "L’assemblée délibérante de la collectivité (ou, par délégation : la commission permanente "
    "d’un département, article L3211-2, ou d’une région, article L4221-5 ; le bureau d’une "
    "intercommunalité, article L5211-10)"
)
BLANK_VISA = (
    "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 et, "
    "selon la collectivité (garder la ligne qui convient) : commune : L2121-29, L2123-18 et "
    "R2123-22-1 ; intercommunalité : L5211-1, L2121-29, L5211-14, L2123-18 et R2123-22-1 ; "
    "département : L3211-1, L3123-19 et R3123-20 ; région : L4221-1, L4135-19 et R4135-20 ;"
)

BLANK_SIGNING_NOTE = (
    "À garder si le programme prévoit la signature d’un texte avec le partenaire ; sinon, "
    "supprimer cet article et renuméroter le suivant."
)

DELEGATION_NOTE = (
    "Si l’assemblée a délégué ce pouvoir, écrire « {body}, », viser la délibération de "
    "délégation et vérifier avec le service des assemblées qu’elle couvre les mandats "
    "spéciaux (dans mission.yml : mission.vote_par)."
)

BUDGET_COLUMNS = [
    Column("Frais des élus pris en charge", "poste", 46),
    Column("Élus concernés", "delegation", 30),
    Column("Montant", "montant", 24),
]
BLANK_ELUS = 4
AMOUNT = "……………… €"  # an amount to fill, on one line of its column

# The rule (domain facts, « Corrections and additions »: R2123-22-1, R3123-20, R4135-20 and
# the arrêté of 3 July 2006): flat allowances; actual costs are no equal choice.
REIMBURSEMENT = [
    "Les frais de séjour (repas et nuitées) des élus sont remboursés forfaitairement, sur "
    "justificatif de la durée réelle du déplacement, par des indemnités journalières au taux "
    "fixé pour le pays de destination par l’arrêté du 3 juillet 2006 fixant les taux des "
    "indemnités de mission. L’indemnité est réduite de 65 % lorsque l’élu est logé "
    "gratuitement et de 17,5 % pour chaque repas fourni gratuitement.",
    "Les frais de transport sont payés directement par la collectivité ou remboursés sur "
    "présentation d’un état de frais accompagné des justificatifs. Les frais de visa, de "
    "vaccination et d’assurance sont remboursés sur état de frais et justificatifs.",
]
ADVANCE = (
    "Une avance peut être consentie à chaque élu, dans la limite de 75 % du montant prévisible "
    "des indemnités journalières (arrêté du 3 juillet 2006) ; elle est régularisée au retour "
    "sur présentation de l’état de frais."
)
SIGNING = (
    "{executive} est autorisé{e} à signer, au nom {of_authority}, le document prévu au "
    "programme de la mission ({what}), sous réserve qu’il n’engage {authority} ni "
    "juridiquement ni financièrement ; toute convention de coopération fera l’objet d’une "
    "délibération préalable (article L1115-1 du code général des collectivités territoriales)."
)
VOTE = "Adopté par ……… voix pour, ……… voix contre et ……… abstentions."
CERTIFICATE = (
    "Certifié exécutoire par {executive}, compte tenu de sa publication le ……………… et de sa "
    "transmission au représentant de l’État le ……………… ({executoire})."
)
# The blank model's: every type's article, none to choose by mission.yml.
BLANK_EXECUTOIRE = "article L2131-1, L3131-1, L4141-1 ou L5211-3 du CGCT, selon la collectivité"
BLANK_SIGNATAIRES = (
    "article L2121-23 du CGCT pour une commune ou une intercommunalité (article L5211-1), "
    "règlement intérieur de l’assemblée pour un département ou une région"
)


def _of_the_code(reference: str) -> str:
    """« article L2131-1 » -> « article L2131-1 du CGCT »; « règlement intérieur du conseil
    régional » and a text that names its code stay as they are."""
    return (
        f"{reference} du CGCT"
        if reference.startswith("article") and "CGCT" not in reference
        else reference
    )


APPEAL = (
    "La présente délibération peut faire l’objet d’un recours pour excès de pouvoir devant le "
    "tribunal administratif de ……………… dans un délai de deux mois à compter de sa publication "
    "ou de sa notification (article R421-1 du code de justice administrative)."
)
REFERENCES = (
    "Articles cités : CGCT et code de justice administrative (legifrance.gouv.fr) ; le lien de "
    "chacun : page « Textes et sources » du guide."
)


# The blocks every délibération of the guide shares (the convention's too: its module imports
# them). Article on the budget line, the same filled or blank: the finance service's to write.
def imputation_blocks(number: int) -> list[Block]:
    return [
        Heading(f"Article {number}", 2, f"article-{number}"),
        Paragraph(
            Sentence(
                (
                    "Les dépenses sont imputées au budget de l’exercice, chapitre ",
                    Blank(),
                    ", article ",
                    Blank(),
                    ".",
                ),
                lines=("Les dépenses sont imputées au budget de l’exercice, chapitre", "article"),
            )
        ),
    ]


def seance_blocks(mission: Mission | None, dated: bool = True) -> list[Block]:
    """The séance (its date: mission.seance_conseil, the mandat spécial's; `dated` False: a
    line to fill), the convocation's date, members in office, present, represented, the
    secretary."""
    day = mission.mission.seance_conseil if mission and dated else None
    seance = (
        Paragraph(f"Séance du {french_date(day)}")
        if day
        else Paragraph(
            Sentence(("Séance du ", Blank("mission.seance_conseil")), lines=("Séance du",))
        )
    )
    return [
        seance,
        # The convocation's date: the delay it leaves is what makes the séance regular.
        Paragraph(
            Sentence(("Date de la convocation : ", Blank()), lines=("Date de la convocation :",))
        ),
        Paragraph(
            Sentence(
                (
                    "Membres en exercice : ",
                    Blank(),
                    " ; présents : ",
                    Blank(),
                    " ; représentés : ",
                    Blank(),
                    ".",
                ),
                lines=("Membres en exercice :", "Présents :", "Représentés :"),
            )
        ),
        Paragraph(
            Sentence(("Secrétaire de séance : ", Blank()), lines=("Secrétaire de séance :",))
        ),
    ]


def blank_closing_blocks(number: int, references: str = REFERENCES) -> list[Block]:
    """A blank model's last article and its closing (séance, signatures, certificate, appeal),
    with the articles of every type of authority: no mission.yml to choose them."""
    return [
        Heading(f"Article {number}", 2, f"article-{number}"),
        Paragraph(
            "L’exécutif de la collectivité est chargé de l’exécution de la présente délibération."
        ),
        *closing_blocks(None, BLANK_EXECUTOIRE, BLANK_SIGNATAIRES, references),
    ]


def closing_blocks(
    mission: Mission | None, executoire: str, signataires: str, references: str = REFERENCES
) -> list[Block]:
    title, name = executive_signature(mission)
    # The executive presides the séance; no « le président ou la présidente » to choose.
    female = bool(
        mission
        and mission.collectivite.executif
        and mission.collectivite.executif.civilite == "madame"
    )
    chair = (
        f"{title}, {'présidente' if female else 'président'} de séance"
        if mission and mission.collectivite.executif
        else "Présidence de séance"
    )
    return [
        Paragraph(VOTE),
        Signatures(
            [
                Signature(chair, name, "collectivite.executif.nom" if name else ""),
                Signature("Secrétaire de séance", None, ""),
            ],
            sign="Signature :",
        ),
        Paragraph(
            CERTIFICATE.format(
                executive=title[:1].lower() + title[1:], executoire=_of_the_code(executoire)
            )
        ),
        Paragraph(APPEAL),
        # « articles L2121-23 du CGCT », but « règlement intérieur du conseil régional »; one
        # note with the sources, to keep the closing on the signatures' page.
        Paragraph(f"Signataires : {_of_the_code(signataires)}. {references}", note=True),
    ]


def _signing(mission: Mission) -> str:
    """The programme's activities that plan a signature (« Signature du relevé de décisions »)."""
    return " ; ".join(str(a.intitule) for a in signing_activities(mission))


def _cost_rows(mission: Mission, elus: list) -> list[list[str]]:
    """The élus' costs alone, by kind, « par élu » with their count: the budget's lines mix
    people (agents, other members), so amounts are the finance service's to fill."""
    count = len(elus)
    who = f"par élu, {plural(count, 'élu')}"
    days = (mission.mission.fin - mission.mission.debut).days + 1
    return [
        [f"Indemnités journalières ({plural(days, 'jour')} au taux du pays)", who, AMOUNT],
        ["Transport (billet aller-retour)", who, AMOUNT],
        ["Visa, vaccins, assurance", who, AMOUNT],
        ["Total", "", AMOUNT],
    ]


def build_deliberation(mission: Mission | None) -> Document:
    m = mission
    if m is None:
        return _blank()
    words = MANDATE_TEXTS[m.collectivite.type]
    body, delegation_visa = words["bodies"].get(m.mission.vote_par or "", (words["organe"], ""))
    executive = executive_title(m, capital=True)
    elus = members(m, "elu")
    paid = budget_rows(m, "collectivite")
    others = [b for b in budget_rows(m) if b.pris_en_charge_par != "collectivite"]
    visas = [*words["visas"], *COMMON_VISAS]
    if delegation_visa:
        visas.append(delegation_visa)
    visas.append(f"Vu le rapport de présentation {of_title(executive)} ;")
    blocks: list[Block] = [
        Paragraph(NOTE + " " + NOTE_TYPE.format(executoire=words["executoire"]), note=True),
        Paragraph("Extrait du registre des délibérations"),
        *seance_blocks(m),
        Paragraph(
            f"Objet : mandat spécial confié à des élus pour une mission exploratoire auprès "
            f"{of(m.partenaire.nom)} ({m.partenaire.pays}), {m.period}."
        ),
        Paragraph(f"{body},"),
        *(
            Paragraph(DELEGATION_NOTE.format(body=other), note=True)
            for key, (other, _) in words["bodies"].items()
            if key != m.mission.vote_par
        ),
        *(Paragraph(v) for v in visas),
        Paragraph(
            f"Considérant que {the(m.collectivite.nom)} et {the(m.partenaire.nom)} "
            "souhaitent examiner ensemble les pistes d’une coopération décentralisée ;"
        ),
        Paragraph(
            "Considérant que la mission a pour objectifs : "
            + " ; ".join(o.rstrip(" .;") for o in m.objectifs)
            + " ;"
        ),
        Paragraph(
            "Considérant que cette mission, exceptionnelle et temporaire, est accomplie dans "
            f"l’intérêt des affaires {of(m.collectivite.nom)} et justifie que les élus qui y "
            "participent reçoivent un mandat spécial ;"
        ),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph(
            f"Un mandat spécial est confié aux élus suivants pour une mission exploratoire "
            f"{at_place(m)}, {m.period} :"
        ),
        Items([member_line(p) for p in elus] or None, "delegation", blank_lines=BLANK_ELUS),
        Heading("Article 2", 2, "article-2"),
        *(Paragraph(t) for t in REIMBURSEMENT),
        Heading("Article 3", 2, "article-3"),
        Paragraph(
            f"Les frais des élus sont pris en charge par {the(m.collectivite.nom)} dans la "
            "limite des montants suivants :"
        ),
        Table(
            BUDGET_COLUMNS,
            _cost_rows(m, elus) if elus else [],
            "budget",
            blank_rows=0 if elus else 4,
        ),
        Paragraph(
            f"Pour mémoire, le budget prévisionnel de la mission à la charge de la collectivité "
            f"s’élève à {total_text(paid)}, toutes personnes confondues : les frais des agents "
            "relèvent de leur ordre de mission (décret n° 2001-654 du 19 juillet 2001) et ceux "
            "des autres membres d’une décision propre ; une même dépense n’est comptée qu’une "
            "fois.",
            note=True,
        )
        if paid
        else Paragraph("", note=True),
    ]
    if others:
        blocks.append(
            Items(
                [f"{b.poste} : {euros(b.montant)}, {_payer(b, m)}" for b in others],
                "budget",
                intro="Ne sont pas à la charge de la collectivité :",
            )
        )
    blocks += [Heading("Article 4", 2, "article-4"), Paragraph(ADVANCE), *imputation_blocks(5)]
    number = 6
    signing = _signing(m)
    if signing:
        blocks += [
            Heading(f"Article {number}", 2, f"article-{number}"),
            Paragraph(
                SIGNING.format(
                    executive=executive,
                    e=executive_agrees(m, ""),
                    of_authority=of(m.collectivite.nom),
                    what=signing,
                    authority=the(m.collectivite.nom),
                )
            ),
        ]
        number += 1
    blocks += [
        Heading(f"Article {number}", 2, f"article-{number}"),
        Paragraph(
            f"{executive} est {executive_agrees(m, 'chargé')} de l’exécution de la présente "
            "délibération."
        ),
        *closing_blocks(m, words["executoire"], words["signataires"]),
    ]
    blocks = [b for b in blocks if not (isinstance(b, Paragraph) and b.text == "")]
    subtitle = f"{m.collectivite.nom} : {voting_body(m)}, mission {dated(m)}"
    return Document(TITLE, subtitle, blocks, header=m.collectivite.nom)


def _payer(line, mission: Mission) -> str:
    if line.pris_en_charge_par == "partenaire":
        return f"à la charge {of(mission.partenaire.nom)}"
    return (
        f"à la charge d’un autre financeur ({line.financeur})"
        if line.financeur
        else "à la charge d’un autre financeur"
    )


def _blank() -> Document:
    blocks: list[Block] = [
        Paragraph(NOTE, note=True),
        Paragraph("Extrait du registre des délibérations"),
        *seance_blocks(None),
        Paragraph(
            Sentence(
                (
                    "Objet : mandat spécial pour une mission exploratoire auprès de ",
                    Blank(),
                    ", ",
                    Blank("mission.debut mission.fin", "du … au …"),
                ),
                lines=("Objet : mandat spécial pour une mission exploratoire auprès de", "du"),
            )
        ),
        Paragraph(BLANK_BODY + ","),
        Paragraph(BLANK_VISA),
        *(Paragraph(v) for v in COMMON_VISAS),
        Paragraph("Vu le rapport de présentation de l’exécutif ;"),
        Paragraph(
            Sentence(
                ("Considérant que la mission a pour objectifs : ", Blank("objectifs"), " ;"),
                lines=("Considérant que la mission a pour objectifs :",),
            )
        ),
        Paragraph(
            "Considérant que cette mission, exceptionnelle et temporaire, est accomplie dans "
            "l’intérêt des affaires de la collectivité et justifie que les élus qui y "
            "participent reçoivent un mandat spécial ;"
        ),
        Paragraph("Après en avoir délibéré, décide :"),
        Heading("Article 1", 2, "article-1"),
        Paragraph("Un mandat spécial est confié aux élus suivants (nom, fonction) :"),
        Items(None, "delegation", blank_lines=BLANK_ELUS),
        Heading("Article 2", 2, "article-2"),
        *(Paragraph(t) for t in REIMBURSEMENT),
        Heading("Article 3", 2, "article-3"),
        Paragraph(
            "Les frais des élus sont pris en charge dans la limite des montants suivants "
            "(une ligne par élu, ou « par élu » avec le nombre d’élus) :"
        ),
        Table(BUDGET_COLUMNS, [], "budget", blank_rows=4),
        Heading("Article 4", 2, "article-4"),
        Paragraph(ADVANCE),
        *imputation_blocks(5),
        Heading("Article 6", 2, "article-6"),
        Paragraph(BLANK_SIGNING_NOTE, note=True),
        Paragraph(
            SIGNING.format(
                executive="L’exécutif de la collectivité",
                e="",
                of_authority="de la collectivité",
                what="relevé de décisions ou protocole d’intention",
                authority="la collectivité",
            )
        ),
        *blank_closing_blocks(7),
    ]
    subtitle = Sentence(
        (
            "Collectivité : ",
            Blank("collectivite.nom"),
            ", mission ",
            Blank("mission.debut mission.fin", "du … au …"),
        ),
        lines=("Collectivité :", "Mission du"),
    )
    return Document(TITLE, subtitle, blocks, blank=True)
