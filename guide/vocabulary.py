"""The words of each kind of French authority, written once, for every page of the guide.

A commune has a « conseil municipal » and a « maire »; a département has a « conseil
départemental » and « le président ou la présidente du conseil départemental ». The pages never
write these words themselves: they call one macro, `voc`, with a key of `VOCABULARY` and the form
the sentence needs, so that the same page reads right for the four types of `collectivite.type`:

    {{ voc("assemblee") }}          le conseil municipal
    {{ voc("assemblee", "du") }}    du conseil municipal        (de + le, de la, de l’, des)
    {{ voc("assemblee", "au") }}    au conseil municipal        (à + le, à la, à l’, aux)
    {{ voc("assemblee", "nu") }}    conseil municipal           (without an article)
    {{ voc("assemblee", "Le") }}    Le conseil municipal        (capitalised: sentence start)

The partner's words come from mission.yml (`partenaire.executif`, its own title, which only the
authority knows), through the same macro: `voc("partenaire_executif")`, `voc("partenaire_equipe")`
and `voc("partenaire_collectivite")`; they are neutral when the key is absent.

Pure Python (no MkDocs): the table is our own text; every value from mission.yml that reaches
a page goes through `text.escape`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .french import french_date
from .sources import CHECKED, url
from .text import escape

APOSTROPHE = "’"
VOWELS = "aeiouyàâäéèêëîïôöùûühœæ"
FORMS = ("le", "du", "au", "nu")


@dataclass(frozen=True)
class Noun:
    """A noun phrase: one or more alternatives (« le président ou la présidente ») and a tail.

    `alternatives` are (words, gender) pairs, gender "m", "f" or "p" (plural); `tail` follows
    the last alternative (« du conseil départemental »).
    """

    alternatives: tuple[tuple[str, str], ...]
    tail: str = ""


def _noun(words: str, gender: str, tail: str = "") -> Noun:
    return Noun(((words, gender),), tail)


def _with_article(words: str, gender: str, form: str) -> str:
    if form == "nu":
        return words
    if gender == "p":
        return {"le": "les ", "du": "des ", "au": "aux "}[form] + words
    if words[:1].lower() in VOWELS:
        return {"le": "l’", "du": "de l’", "au": "à l’"}[form] + words
    articles = {"m": {"le": "le ", "du": "du ", "au": "au "}}
    articles["f"] = {"le": "la ", "du": "de la ", "au": "à la "}
    return articles[gender][form] + words


def phrase(noun: Noun, form: str = "le") -> str:
    """`noun` with the article of `form` (le, du, au, nu; capitalised: Le, Du, Au, Nu)."""
    base = form.lower()
    if base not in FORMS:
        raise ValueError(f"forme inconnue « {form} » ; formes possibles : {', '.join(FORMS)}")
    text = " ou ".join(_with_article(w, g, base) for w, g in noun.alternatives) + noun.tail
    return text[:1].upper() + text[1:] if form[:1].isupper() else text


# --- The table: one row per collectivite.type ------------------------------------------------
# Nouns take the forms above; `texts` are whole phrases (Markdown, our own) used as they are.

# Links come from the one table of references (guide/sources.py).
LEGIFRANCE_L2123_18 = url("cgct-l2123-18")
LEGIFRANCE_L2131_1 = url("cgct-l2131-1")
SENAT_EPCI_1999 = url("senat-1999-epci")
SENAT_DELEGATION_2010 = url("senat-2010-delegation")
WIKITERRITORIAL_MANDAT = (
    "https://www.wikiterritorial.cnfpt.fr/xwiki/wiki/encyclopedie/view/fiches/"
    "Mission%20%C3%A0%20l%27%C3%A9tranger%20%3A%20le%20mandat%20sp%C3%A9cial%2C%20un%20"
    "document%20obligatoire/"
)
AN_REGIONS_2524 = url("an-2524-regions")

_PERMANENT_COMMISSION = (
    ", ou sa commission permanente si l’assemblée lui a délégué ce pouvoir "
    f"([réponse ministérielle de 2010]({SENAT_DELEGATION_2010}))"
)

AN_CONVOCATION_29767 = url("an-29767-convocation")
SENAT_ACCIDENTS_2012 = url("senat-2012-accidents")


def _article(number: str, words: str = "") -> str:
    """« [article L2121-11](its link) », the link from guide/sources.py."""
    return f"[{words or 'article ' + number}]({url('cgct-' + number.lower())})"


_CLEAR_DAYS = "ni le jour de l’envoi ni celui de la séance ne comptent"
# A département's or a région's commission permanente: its delay is in the rules of procedure.
_PERMANENT_COMMISSION_DELAY = (
    "Si la commission permanente vote le mandat spécial, demandez au service des assemblées le "
    "délai que fixe le règlement intérieur (conseil de ce guide)."
)
_SEJOUR = (
    "les frais de séjour (repas et nuitées) sont remboursés au forfait de ces indemnités, sur "
    "justificatif de la durée réelle du déplacement"
)

VOCABULARY: dict[str, dict[str, Noun | str]] = {
    "commune": {
        "collectivite": _noun("commune", "f"),
        "assemblee": _noun("conseil municipal", "m"),
        "executif": _noun("maire", "m"),
        "elus": _noun("élus municipaux", "p"),
        "publication": _noun("bulletin municipal", "m"),
        "organe_mandat": _noun("conseil municipal", "m"),
        "article_executoire": f"[article L2131-1 du CGCT]({LEGIFRANCE_L2131_1})",
        "convocation": (
            "Le conseil municipal est convoqué trois jours francs au moins avant la séance dans "
            f"les communes de moins de 3 500 habitants ({_article('L2121-11')}), cinq jours "
            f"francs dans les communes de 3 500 habitants et plus ({_article('L2121-12')} ; "
            f"[question écrite à l’Assemblée nationale n° 29767]({AN_CONVOCATION_29767})) : "
            f"{_CLEAR_DAYS}."
        ),
        "accidents": (
            "La commune répond des accidents subis par ses élus pendant un mandat spécial : "
            f"{_article('L2123-31')} pour le maire et les adjoints, {_article('L2123-33')} "
            "pour les conseillers municipaux "
            f"([réponse ministérielle de 2012]({SENAT_ACCIDENTS_2012}))."
        ),
        "interim": (
            "Pendant l’absence du maire, un adjoint le remplace dans la plénitude de ses "
            f"fonctions, dans l’ordre des nominations ({_article('L2122-17')})."
        ),
        "sejour": (
            f"Pour les élus de la commune, {_SEJOUR} (articles [L2123-18]({LEGIFRANCE_L2123_18}) "
            f"et {_article('R2123-22-1', 'R2123-22-1')}, qui renvoie au décret n° 2006-781)."
        ),
        "articles_frais": (
            f"[articles L2123-18]({LEGIFRANCE_L2123_18}) et {_article('R2123-22-1', 'R2123-22-1')} "
            "du code général des collectivités territoriales"
        ),
    },
    "intercommunalite": {
        "collectivite": _noun("intercommunalité", "f"),
        "assemblee": _noun("conseil communautaire", "m"),
        "executif": Noun((("président", "m"), ("présidente", "f"))),
        "elus": _noun("conseillers communautaires", "p"),
        "publication": _noun("journal intercommunal", "m"),
        "organe_mandat": _noun("conseil communautaire", "m"),
        "article_executoire": (
            "article L5211-3 du CGCT, qui applique aux intercommunalités la règle de "
            f"l’[article L2131-1]({LEGIFRANCE_L2131_1})"
        ),
        "convocation": (
            "Le conseil communautaire est convoqué selon les règles des conseils municipaux "
            f"({_article('L5211-1')}) : cinq jours francs au moins avant la séance si "
            "l’intercommunalité compte une commune de 3 500 habitants ou plus, trois jours "
            f"francs sinon ; {_CLEAR_DAYS}."
        ),
        "accidents": (
            "L’intercommunalité répond des accidents subis par ses élus dans l’exercice de "
            f"leurs fonctions, y compris pendant un mandat spécial ({_article('L5211-15')})."
        ),
        "interim": (
            "Ce guide n’a pas vérifié de texte qui dise qui supplée le président ou la "
            "présidente d’une intercommunalité pendant son absence : demandez-le au service "
            "des assemblées et faites-le écrire avant le départ (conseil de ce guide)."
        ),
        "sejour": (
            f"Pour les conseillers communautaires, {_SEJOUR} ({_article('L5211-14')}, qui leur "
            f"applique les articles [L2123-18]({LEGIFRANCE_L2123_18}) et "
            f"{_article('R2123-22-1', 'R2123-22-1')} ; "
            f"[réponse ministérielle de 1999]({SENAT_EPCI_1999}))."
        ),
        "articles_frais": (
            f"{_article('L5211-14')} du code général des collectivités territoriales, qui "
            f"applique aux conseillers communautaires les règles des communes (articles [L2123-18]"
            f"({LEGIFRANCE_L2123_18}) et {_article('R2123-22-1', 'R2123-22-1')} ; "
            f"[réponse ministérielle de 1999]({SENAT_EPCI_1999}))"
        ),
    },
    "departement": {
        "collectivite": _noun("département", "m"),
        "assemblee": _noun("conseil départemental", "m"),
        "executif": Noun(
            (("président", "m"), ("présidente", "f")), tail=" du conseil départemental"
        ),
        "elus": _noun("conseillers départementaux", "p"),
        "publication": _noun("magazine départemental", "m"),
        "organe_mandat": _noun("conseil départemental", "m", _PERMANENT_COMMISSION),
        "article_executoire": (
            "article L3131-1 du CGCT, qui reprend pour les départements la règle de "
            f"l’[article L2131-1]({LEGIFRANCE_L2131_1})"
        ),
        "convocation": (
            "Le rapport sur chaque affaire parvient aux conseillers départementaux douze jours "
            f"au moins avant la séance du conseil départemental ({_article('L3121-19')}). "
            + _PERMANENT_COMMISSION_DELAY
        ),
        "accidents": (
            "Le département répond des accidents subis par ses élus dans l’exercice de leurs "
            f"fonctions, y compris pendant un mandat spécial ({_article('L3123-26')})."
        ),
        "interim": (
            "Pendant l’absence du président ou de la présidente du conseil départemental, un "
            "vice-président le ou la remplace, dans l’ordre des nominations "
            f"({_article('L3122-2')}, règle équivalente à celle des communes)."
        ),
        "sejour": (
            f"Pour les conseillers départementaux, {_SEJOUR} ({_article('R3123-20')}, pris "
            f"pour l’{_article('L3123-19')})."
        ),
        "articles_frais": (
            f"articles {_article('L3123-19', 'L3123-19')} et {_article('R3123-20', 'R3123-20')} "
            "du code général des collectivités territoriales (CNFPT, "
            f"[fiche « Mission à l’étranger : le mandat spécial »]({WIKITERRITORIAL_MANDAT}))"
        ),
    },
    "region": {
        "collectivite": _noun("région", "f"),
        "assemblee": _noun("conseil régional", "m"),
        "executif": Noun((("président", "m"), ("présidente", "f")), tail=" du conseil régional"),
        "elus": _noun("conseillers régionaux", "p"),
        "publication": _noun("magazine régional", "m"),
        "organe_mandat": _noun("conseil régional", "m", _PERMANENT_COMMISSION),
        "article_executoire": (
            "article L4141-1 du CGCT, qui reprend pour les régions la règle de "
            f"l’[article L2131-1]({LEGIFRANCE_L2131_1})"
        ),
        "convocation": (
            "Le rapport sur chaque affaire parvient aux conseillers régionaux douze jours au "
            f"moins avant la séance du conseil régional ({_article('L4132-18')}). "
            + _PERMANENT_COMMISSION_DELAY
        ),
        "accidents": (
            "La région répond des accidents subis par ses élus dans l’exercice de leurs "
            f"fonctions, y compris pendant un mandat spécial ({_article('L4135-26')})."
        ),
        "interim": (
            "Pendant l’absence du président ou de la présidente du conseil régional, un "
            "vice-président le ou la remplace, dans l’ordre des nominations "
            f"({_article('L4133-2')}, règle équivalente à celle des communes)."
        ),
        "sejour": (
            f"Pour les conseillers régionaux, {_SEJOUR} ({_article('R4135-20')}, pris pour "
            f"l’{_article('L4135-19')} ; [question écrite à l’Assemblée nationale n° 2524]"
            f"({AN_REGIONS_2524}))."
        ),
        "articles_frais": (
            f"articles {_article('L4135-19', 'L4135-19')} et {_article('R4135-20', 'R4135-20')} "
            "du code général des collectivités territoriales ([question écrite à l’Assemblée "
            f"nationale n° 2524]({AN_REGIONS_2524}) ; CNFPT, "
            f"[fiche « Mission à l’étranger : le mandat spécial »]({WIKITERRITORIAL_MANDAT}))"
        ),
    },
}

# « Dans les autres collectivités »: a rule that differs by type, for the three other types, in
# a block closed by default (pymdownx.details) under the mission's own.
TYPE_LABELS = {
    "commune": "Commune",
    "intercommunalite": "Intercommunalité",
    "departement": "Département",
    "region": "Région",
}
OTHER_TYPES_TITLE = "Dans les autres collectivités"


def other_types(kind: str, key: str) -> str:
    """Macro `autres_collectivites`: `key`'s text for every type but `kind`, collapsed."""
    lines = [f'??? note autres-collectivites "{OTHER_TYPES_TITLE}"', ""]
    for other in VOCABULARY:
        if other != kind:
            lines.append(f"    - **{TYPE_LABELS[other]}.** {authority_word(other, key)}")
    return "\n".join(lines) + "\n"


# The draft délibération that confers a mandat spécial (guide/documents/deliberation.py): plain
# text, no Markdown (a .docx has no links). `organe`: who votes it; `bodies`: by mission.vote_par,
# the body that votes it by delegation and the visa of that delegation (Sénat, 2010,
# SENAT_DELEGATION_2010; domain facts: L3211-2, L4221-5, L5211-10); `visas`: the code's
# articles (who decides, the mandat spécial, the reimbursement); `executoire`: when it is
# enforceable; `signataires`: who signs it (president and secretary of the séance); `frais`:
# the élus' reimbursement, as an état de frais names its basis.
MANDATE_TEXTS: dict[str, dict] = {
    "commune": {
        "organe": "Le conseil municipal",
        "bodies": {},
        "visas": [
            "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 "
            "(action extérieure des collectivités territoriales), L2121-29 (compétence du "
            "conseil municipal), L2123-18 (mandat spécial) et R2123-22-1 (remboursement des "
            "frais des élus) ;",
        ],
        "executoire": "article L2131-1",
        "signataires": "article L2121-23",
        "frais": "articles L2123-18 et R2123-22-1 du CGCT",
    },
    "intercommunalite": {
        "organe": "Le conseil communautaire",
        "bodies": {
            "bureau": (
                "Le bureau du conseil communautaire, agissant par délégation du conseil "
                "communautaire (article L5211-10)",
                "Vu la délibération du conseil communautaire du ……………… donnant délégation au "
                "bureau (article L5211-10 du code général des collectivités territoriales) ; à "
                "vérifier avec le service des assemblées : cette délégation couvre-t-elle les "
                "mandats spéciaux ?",
            ),
        },
        "visas": [
            "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 "
            "(action extérieure des collectivités territoriales), L5211-1 et L2121-29 "
            "(compétence de l’organe délibérant), L5211-14 et L2123-18 (mandat spécial des "
            "conseillers communautaires) et R2123-22-1 (remboursement des frais des élus) ;",
        ],
        "executoire": "article L5211-3",
        "signataires": "articles L5211-1 et L2121-23",
        "frais": "articles L5211-14, L2123-18 et R2123-22-1 du CGCT",
    },
    "departement": {
        "organe": "Le conseil départemental",
        "bodies": {
            "commission_permanente": (
                "La commission permanente du conseil départemental, agissant par délégation du "
                "conseil départemental (article L3211-2)",
                "Vu la délibération du conseil départemental du ……………… donnant délégation à "
                "la commission permanente (article L3211-2 du code général des collectivités "
                "territoriales) ;",
            ),
        },
        "visas": [
            "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 "
            "(action extérieure des collectivités territoriales), L3211-1 (compétence du "
            "conseil départemental), L3123-19 (mandat spécial) et R3123-20 (remboursement des "
            "frais des élus) ;",
        ],
        "executoire": "article L3131-1",
        "signataires": "règlement intérieur du conseil départemental",
        "frais": "articles L3123-19 et R3123-20 du CGCT",
    },
    "region": {
        "organe": "Le conseil régional",
        "bodies": {
            "commission_permanente": (
                "La commission permanente du conseil régional, agissant par délégation du "
                "conseil régional (article L4221-5)",
                "Vu la délibération du conseil régional du ……………… donnant délégation à la "
                "commission permanente (article L4221-5 du code général des collectivités "
                "territoriales) ;",
            ),
        },
        "visas": [
            "Vu le code général des collectivités territoriales, notamment ses articles L1115-1 "
            "(action extérieure des collectivités territoriales), L4221-1 (compétence du "
            "conseil régional), L4135-19 (mandat spécial) et R4135-20 (remboursement des frais "
            "des élus) ;",
        ],
        "executoire": "article L4141-1",
        "signataires": "règlement intérieur du conseil régional",
        "frais": "articles L4135-19 et R4135-20 du CGCT",
    },
}
# The executive who signs the acts, by type: (his title, her title, the tail after it, the
# office when mission.yml names no one). The office is a feminine noun (« la présidence ») for
# three types: an act agrees with it (« la présidence … est chargée »), and no reader has to
# choose between « le président ou la présidente ». An intercommunalité's president is named
# with the authority's own name (« {de_nom} »: « de la Communauté de communes du Val-Brun »),
# its kind being one of several (communauté de communes, d'agglomération, métropole…).
EXECUTIVE_TITLES: dict[str, tuple[str, str, str, str]] = {
    "commune": ("maire", "maire", "", "le maire"),
    "intercommunalite": ("président", "présidente", " {de_nom}", "la présidence {de_nom}"),
    "departement": (
        "président",
        "présidente",
        " du conseil départemental",
        "la présidence du conseil départemental",
    ),
    "region": (
        "président",
        "présidente",
        " du conseil régional",
        "la présidence du conseil régional",
    ),
}

# Visas every type shares, after its own (décret and arrêté of 3 July 2006: the flat rates).
# The délibération approving a convention de partenariat (L1115-1) and authorising its
# signature: the articles on the assembly's competence, by type.
CONVENTION_VISAS: dict[str, str] = {
    "commune": "Vu le code général des collectivités territoriales, notamment ses articles "
    "L1115-1 et L1115-5 (action extérieure des collectivités territoriales) et L2121-29 "
    "(compétence du conseil municipal) ;",
    "intercommunalite": "Vu le code général des collectivités territoriales, notamment ses "
    "articles L1115-1 et L1115-5 (action extérieure des collectivités territoriales), L5211-1 "
    "et L2121-29 (compétence de l’organe délibérant) ;",
    "departement": "Vu le code général des collectivités territoriales, notamment ses articles "
    "L1115-1 et L1115-5 (action extérieure des collectivités territoriales) et L3211-1 "
    "(compétence du conseil départemental) ;",
    "region": "Vu le code général des collectivités territoriales, notamment ses articles "
    "L1115-1 et L1115-5 (action extérieure des collectivités territoriales) et L4221-1 "
    "(compétence du conseil régional) ;",
}

COMMON_VISAS = [
    "Vu le décret n° 2006-781 du 3 juillet 2006 fixant les conditions et les modalités de "
    "règlement des frais occasionnés par les déplacements temporaires des personnels civils de "
    "l’État ;",
    "Vu l’arrêté du 3 juillet 2006 fixant les taux des indemnités de mission prévues à "
    "l’article 3 du décret n° 2006-781 du 3 juillet 2006 ;",
]

KEYS = tuple(VOCABULARY["commune"])
PARTNER_KEYS = ("partenaire_executif", "partenaire_equipe", "partenaire_collectivite")


def authority_word(kind: str, key: str, form: str = "le") -> str:
    """The word `key` of the French authority of type `kind`, in `form` (Markdown)."""
    if kind not in VOCABULARY:
        raise ValueError(f"type de collectivité inconnu « {kind} »")
    row = VOCABULARY[kind]
    if key not in row:
        raise ValueError(
            f"mot inconnu « {key} » ; mots possibles : {', '.join(KEYS + PARTNER_KEYS)}"
        )
    entry = row[key]
    return entry if isinstance(entry, str) else phrase(entry, form)


# --- The partner: its executive's own title, from mission.yml --------------------------------

NEUTRAL_EXECUTIVE = _noun("exécutif", "m", " de la collectivité partenaire")
_LEADING_ARTICLE = re.compile(r"^(?:(le|la|les)\s+|(l)['’]\s*)", re.IGNORECASE)
_MAYOR = re.compile(r"\bmaires?\b|\bmairesses?\b|\bbourgmestres?\b", re.IGNORECASE)


def _split_article(title: str) -> tuple[str, str]:
    """("le maire") -> ("m", "maire"): the gender the article tells, and the words after it."""
    match = _LEADING_ARTICLE.match(title)
    if not match:
        return "", title
    article = (match.group(1) or match.group(2)).lower()
    words = title[match.end() :]
    gender = {"le": "m", "la": "f", "les": "p"}.get(article, "m")
    return gender, words


def _honorific(words: str) -> str:
    """« maire » -> « Maire »: the capital of deference before a title, as in a protocol list."""
    return words[:1].upper() + words[1:]


def partner_word(executive: str | None, key: str, form: str = "le", honorific: bool = False) -> str:
    """The partner's words (HTML-safe): its executive, its team, its kind of authority.

    `executive` is partenaire.executif as typed (« le maire », « la gouverneure »,
    « le président du conseil de district »); None gives neutral words.
    """
    is_mayor = bool(executive and _MAYOR.search(executive))
    if key == "partenaire_equipe":
        text = "son équipe municipale" if is_mayor else "son équipe"
    elif key == "partenaire_collectivite":
        text = phrase(
            _noun("commune partenaire" if is_mayor else "collectivité partenaire", "f"),
            form.lower(),
        )
    elif key == "partenaire_executif":
        if not executive:
            return phrase(NEUTRAL_EXECUTIVE, form)
        gender, words = _split_article(" ".join(executive.split()))
        words = _honorific(words) if honorific else words
        if not gender:  # a title typed without its article: « de » + the title
            text = (
                words
                if form.lower() in ("le", "nu")
                else f"de {words}"
                if form.lower() == "du"
                else f"à {words}"
            )
        else:
            text = _with_article(words, gender, form.lower())
        text = escape(text).replace("&#39;", APOSTROPHE)
    else:
        raise ValueError(f"mot inconnu « {key} »")
    return text[:1].upper() + text[1:] if form[:1].isupper() else text


def render_words(text: str, voc) -> str:
    """A task's Markdown with its `{{ voc(...) }}` calls replaced (the checklist shows tasks
    outside their page); any other Jinja in a task is an error, as on the page."""
    if "{{" not in text and "{%" not in text:
        return text
    import jinja2  # only when a task uses the macro

    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    return environment.from_string(text).render(voc=voc)


def worded_tasks(tasks: list, voc) -> list:
    """The tasks with their text and step title in the mission's words (checklist, progress)."""
    return [
        replace(task, text=render_words(task.text, voc), step=render_words(task.step, voc))
        for task in tasks
    ]


def french_checked_date(day: date = CHECKED) -> str:
    """The oldest check of the guide's references (guide/sources.py), in French."""
    return french_date(day)


def word(mission, key: str, form: str = "le", honorific: bool = False) -> str:
    """Macro `voc`: the word `key` for this mission, in `form` (see the module's docstring)."""
    if key in PARTNER_KEYS:
        return partner_word(mission.partenaire.executive_title, key, form, honorific)
    return authority_word(mission.collectivite.type, key, form)


# --- Names and numbers in sentences -----------------------------------------------------------

# First word of an authority's name -> its gender, to write « La Commune de … prend en charge ».
_NAME_GENDERS = {
    "commune": "f", "communauté": "f", "métropole": "f", "eurométropole": "f", "ville": "f",
    "région": "f", "province": "f", "municipalité": "f", "collectivité": "f", "préfecture": "f",
    "wilaya": "f", "mairie": "f", "département": "m", "district": "m", "état": "m",
    "comté": "m", "gouvernorat": "m", "conseil": "m", "canton": "m", "territoire": "m",
    "syndicat": "m", "cercle": "m",
    # A partner named in its own language (« la Municipalidad de… », « la Câmara Municipal… »).
    "municipalidad": "f", "municipio": "m", "município": "m", "alcaldía": "f",
    "ayuntamiento": "m", "câmara": "f", "prefeitura": "f", "concelho": "m", "gobierno": "m",
    "governo": "m",
}  # fmt: skip


def name_as_subject(name: str) -> str:
    """« Commune de Val-Fleuri » -> « La Commune de Val-Fleuri » (plain text, not escaped).

    Names that already start with an article, or whose first word is not a known kind of
    authority (« Val-Fleuri »), are kept as they are.
    """
    override = getattr(name, "with_article", None)  # mission.yml's nom_avec_article
    if override is not None:
        text = " ".join(str(override).split())
        return text[:1].upper() + text[1:]
    name = " ".join(name.split())
    first = name.split(" ", 1)[0].lower()
    gender = _NAME_GENDERS.get(first)
    if gender is None:
        return name
    text = _with_article(name, gender, "le")
    return text[:1].upper() + text[1:]
