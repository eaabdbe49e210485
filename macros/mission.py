"""Read mission.yml, the one data file an authority edits, and check it.

The contract of mission.yml is written once, here:

- its shape (keys, types, required or not, allowed values) is the pydantic model `Mission`;
- the rules that compare several values (dates within the mission, end after start, no
  duplicate activity) are data (`CROSS_RULES`), interpreted by `_check_rules`;
- every message a user can read is a template in one table (`MESSAGES`), in French.

`contract()` exports the three together as JSON (JSON Schema of the model + rules + messages),
so that a page can check a form with the same rules and the same messages, without a second
hand-written copy.

`load_mission(path)` returns a validated `Mission` (attribute access, French keys) or raises
`MissionError` listing every problem at once, each naming the file, the line, the key path
(`programme[3].fin`, counted from 1), the bad value and what is expected.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

FILE_NAME = "mission.yml"


class MissionError(Exception):
    """mission.yml cannot be used; `messages` lists every problem, in French."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


# --- The messages (the one table, in French) ------------------------------------------------
# `{valeur}` is the bad value as typed (« ... »), `{attendu}` what the key expects (the
# description of the key, below in the model); the other fields are named in each template.
# A full message is MESSAGE_FORMAT with `message` = one of these templates, filled in.

MESSAGE_FORMAT = "{fichier}{ligne}, {chemin} : {message}"
LINE_FORMAT = ", ligne {ligne}"

MESSAGES: dict[str, str] = {
    "fichier_introuvable": "fichier introuvable ({valeur}).",
    "yaml_syntaxe": "le fichier n'est pas un YAML valable : {probleme}.",
    "cle_en_double": "la clé « {cle} » est écrite deux fois au même niveau ; gardez-en une seule.",
    "racine": "le fichier doit contenir des clés (collectivite, partenaire, mission…) ; "
    "il contient {valeur}.",
    "requis": "clé obligatoire manquante ; attendu : {attendu}.",
    "cle_inconnue": "clé inconnue « {cle} »{suggestion} ; clés possibles ici : {possibles}.",
    "objet": "{valeur} ne convient pas ; attendu : des clés en dessous ({possibles}).",
    "liste": "{valeur} n'est pas une liste ; attendu : {attendu}, une ligne commençant par "
    "« - » pour chaque élément.",
    "liste_vide": "la liste est vide ; attendu : au moins {min} élément(s) ({attendu}).",
    "liste_trop_longue": "la liste a {nombre} éléments ; attendu : {max} au plus.",
    "texte": "{valeur} n'est pas un texte ; attendu : {attendu}.",
    "texte_vide": "valeur vide ; attendu : {attendu}.",
    "choix": "{valeur} n'est pas une valeur possible{suggestion} ; valeurs possibles : {choix}.",
    "date": "{valeur} n'est pas une date ; attendu : une date écrite AAAA-MM-JJ "
    "(année-mois-jour), par exemple 2027-03-02.",
    "heure": "{valeur} n'est pas une heure ; attendu : une heure écrite HH:MM entre "
    'guillemets, par exemple "09:30".',
    "url": "{valeur} n'est pas une adresse web ; attendu : une adresse complète commençant par "
    "https:// ou http://, par exemple https://www.exemple.fr.",
    "fuseau": "{valeur} n'est pas un fuseau horaire connu{suggestion} ; attendu : un nom de "
    "fuseau « Continent/Ville », par exemple Africa/Dakar ou Europe/Paris.",
    "contact": "{valeur} n'est ni une adresse électronique ni une adresse web ; attendu : "
    "une adresse comme accessibilite@exemple.fr ou https://www.exemple.fr/contact.",
    "identifiant": "{valeur} n'est pas un identifiant ; attendu : des minuscules sans accent, "
    "des chiffres et des tirets, par exemple visite-du-marche.",
    "logo_format": "{valeur} ne convient pas ; attendu : le chemin d'une image .svg, .png, "
    ".jpg ou .webp placée dans docs/, par exemple assets/logo.svg.",
    "logo_introuvable": "{valeur} : ce fichier n'existe pas dans docs/ ; attendu : le chemin "
    "d'une image placée dans docs/, par exemple assets/logo.svg.",
    "mission_fin_avant_debut": "{valeur} est avant le début de la mission ({autre}) ; "
    "attendu : une date de fin égale ou postérieure au début.",
    "hors_mission": "{valeur} est en dehors des dates de la mission (du {min} au {max}) ; "
    "attendu : une date de la mission.",
    "heure_fin_avant_debut": "{valeur} n'est pas après l'heure de début ({autre}) ; "
    "attendu : une heure de fin postérieure au début.",
    "activite_en_double": "cette activité (même date, même heure, même intitulé) est déjà "
    "en {autre} ; attendu : chaque activité une seule fois.",
    "identifiant_en_double": "l'identifiant {valeur} est déjà utilisé en {autre} ; attendu : "
    "un identifiant différent pour chaque activité.",
    "invalide": "{valeur} ne convient pas ; attendu : {attendu}.",
}

# pydantic error types -> our codes (the same codes as JSON Schema keywords, see contract()).
_PYDANTIC_CODES = {
    "missing": "requis",
    "extra_forbidden": "cle_inconnue",
    "model_type": "objet",
    "model_attributes_type": "objet",
    "dict_type": "objet",
    "list_type": "liste",
    "too_short": "liste_vide",
    "too_long": "liste_trop_longue",
    "string_type": "texte",
    "string_too_short": "texte_vide",
    "literal_error": "choix",
}

# JSON Schema keywords -> our codes, for a checker that works from contract() (issue: fill the
# terms of reference in the browser). `format` values are our own (x-format).
_JSON_SCHEMA_CODES = {
    "required": "requis",
    "additionalProperties": "cle_inconnue",
    "type:object": "objet",
    "type:array": "liste",
    "type:string": "texte",
    "minItems": "liste_vide",
    "maxItems": "liste_trop_longue",
    "minLength": "texte_vide",
    "enum": "choix",
    "x-format": "date | heure | url | contact | fuseau | identifiant | logo (code = la valeur)",
}


# --- Value types ----------------------------------------------------------------------------

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
URL_PATTERN = r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LOGO_PATTERN = r"^[^\s\\:]+\.(svg|png|jpg|jpeg|webp)$"
# An e-mail address, or a web address (the accessibility contact: site.contact_accessibilite).
CONTACT_PATTERN = (
    r"^([^\s@<>()\[\]\\,;:\"]+@[^\s@<>()\[\]\\,;:\"]+\.[a-zA-Z]{2,}"
    r"|https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?)$"
)

COLLECTIVITE_TYPES = ("commune", "intercommunalite", "departement", "region")
MEMBER_KINDS = ("elu", "agent", "autre")
ENTRY_TYPES = (
    "rencontre",
    "visite_de_courtoisie",
    "reunion_de_travail",
    "visite_de_terrain",
    "deplacement",
    "temps_libre",
    "autre",
)
# Material for MkDocs' primary colours, as written in mkdocs.yml.
MATERIAL_COLOURS = (
    "red",
    "pink",
    "purple",
    "deep purple",
    "indigo",
    "blue",
    "light blue",
    "cyan",
    "teal",
    "green",
    "light green",
    "lime",
    "yellow",
    "amber",
    "orange",
    "deep orange",
    "brown",
    "grey",
    "blue grey",
    "black",
    "white",
)

# French labels of the coded values, for the documents.
LABELS: dict[str, dict[str, str]] = {
    "collectivite.type": {
        "commune": "Commune",
        "intercommunalite": "Intercommunalité",
        "departement": "Département",
        "region": "Région",
    },
    "delegation.qualite": {"elu": "Élu·e", "agent": "Agent·e", "autre": "Autre"},
    "programme.type": {
        "rencontre": "Rencontre",
        "visite_de_courtoisie": "Visite de courtoisie",
        "reunion_de_travail": "Réunion de travail",
        "visite_de_terrain": "Visite de terrain",
        "deplacement": "Déplacement",
        "temps_libre": "Temps libre",
        "autre": "Autre",
    },
}


MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def french_date(day: date, weekday: bool = False) -> str:
    """2027-03-02 -> "2 mars 2027" (or "mardi 2 mars 2027"); the 1st is written "1er"."""
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def french_period(start: date, end: date) -> str:
    """ "du 2 au 6 mars 2027", "du 28 février au 3 mars 2027", "le 2 mars 2027"."""
    if start == end:
        return f"le {french_date(start)}"
    if (start.year, start.month) == (end.year, end.month):
        first = "1er" if start.day == 1 else str(start.day)
        return f"du {first} au {french_date(end)}"
    if start.year == end.year:
        return f"du {french_date(start).rsplit(' ', 1)[0]} au {french_date(end)}"
    return f"du {french_date(start)} au {french_date(end)}"


@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zone names known to this Python (tzdata is pinned)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def _format_error(code: str):
    return PydanticCustomError(code, MESSAGES[code].split(" ;")[0])


def _to_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and re.fullmatch(DATE_PATTERN, value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _format_error("date")


def _to_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, str) and re.fullmatch(TIME_PATTERN, value.strip()):
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    raise _format_error("heure")


def _matching(code: str, pattern: str):
    def check(value: str) -> str:
        if not re.fullmatch(pattern, value):
            raise _format_error(code)
        return value

    return check


def _time_zone(value: str) -> str:
    if value not in time_zones():
        raise _format_error("fuseau")
    return value


def _logo(value: str, info: ValidationInfo) -> str:
    if not re.fullmatch(LOGO_PATTERN, value, re.IGNORECASE) or ".." in value.split("/"):
        raise _format_error("logo_format")
    docs_dir = (info.context or {}).get("docs_dir")
    if docs_dir is not None and not (Path(docs_dir) / value).is_file():
        raise _format_error("logo_introuvable")
    return value


def _schema(**schema) -> WithJsonSchema:
    return WithJsonSchema(schema)


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
IsoDate = Annotated[
    date,
    BeforeValidator(_to_date),
    _schema(type="string", format="date", pattern=DATE_PATTERN, **{"x-format": "date"}),
]
ClockTime = Annotated[
    time,
    BeforeValidator(_to_time),
    _schema(type="string", pattern=TIME_PATTERN, **{"x-format": "heure"}),
]
Url = Annotated[
    Text,
    AfterValidator(_matching("url", URL_PATTERN)),
    _schema(type="string", pattern=URL_PATTERN, **{"x-format": "url"}),
]
TimeZone = Annotated[
    Text, AfterValidator(_time_zone), _schema(type="string", **{"x-format": "fuseau"})
]
Identifier = Annotated[
    Text,
    AfterValidator(_matching("identifiant", ID_PATTERN)),
    _schema(type="string", pattern=ID_PATTERN, **{"x-format": "identifiant"}),
]
Contact = Annotated[
    Text,
    AfterValidator(_matching("contact", CONTACT_PATTERN)),
    _schema(type="string", pattern=CONTACT_PATTERN, **{"x-format": "contact"}),
]
LogoPath = Annotated[
    Text,
    AfterValidator(_logo),
    _schema(type="string", pattern=LOGO_PATTERN, **{"x-format": "logo"}),
]


def Texts(description: str, minimum: int = 1, **default):  # noqa: N802
    """Field of a list of non-empty texts (at least `minimum` items); default=None: optional."""
    return Field(description=description, min_length=minimum, **default)


# --- The model: the keys of mission.yml -----------------------------------------------------
# Each `description` says what the key expects, in French: it is the « attendu » of messages.


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )


class Collectivite(_Model):
    nom: Text = Field(
        description="le nom de la collectivité, par exemple « Commune de … » "
        "ou « Département de … »"
    )
    type: Literal[COLLECTIVITE_TYPES] = Field(  # type: ignore[valid-type]
        description="le type de collectivité : commune, intercommunalite, departement ou region"
    )
    departement: Text | None = Field(None, description="le département, par exemple « Drôme »")
    region: Text | None = Field(None, description="la région, par exemple « Auvergne-Rhône-Alpes »")
    site_web: Url | None = Field(
        None, description="l'adresse du site web, par exemple https://www.exemple.fr"
    )


class Partenaire(_Model):
    nom: Text = Field(description="le nom de la collectivité partenaire")
    pays: Text = Field(description="le pays du partenaire, par exemple « Sénégal »")
    region: Text | None = Field(None, description="la région du partenaire")
    langue: Text | None = Field(None, description="la langue de travail de la mission")
    # The partner's executive has a local title that only the authority knows (issue #13).
    executif: Text | None = Field(
        None,
        description="le titre de l'exécutif de la collectivité partenaire, avec son article, "
        "par exemple « le maire », « le gouverneur » ou « le président du conseil de district »",
    )


class Dates(_Model):
    debut: IsoDate = Field(description="la date du premier jour, par exemple 2027-03-02")
    fin: IsoDate = Field(description="la date du dernier jour, par exemple 2027-03-06")
    fuseau_horaire: TimeZone = Field(
        description="le fuseau horaire du lieu de la mission, par exemple Africa/Dakar"
    )
    lieu: Text | None = Field(None, description="le lieu principal de la mission")


class Membre(_Model):
    nom: Text = Field(description="le prénom et le nom de la personne")
    fonction: Text = Field(
        description="sa fonction, par exemple « Adjointe au maire chargée des relations "
        "internationales »"
    )
    qualite: Literal[MEMBER_KINDS] = Field(  # type: ignore[valid-type]
        description="elu, agent ou autre"
    )
    role: Text = Field(description="ce que la personne présente ou anime pendant la mission")


class Activite(_Model):
    id: Identifier | None = Field(
        None, description="un identifiant fixe de l'activité, par exemple visite-du-marche"
    )
    date: IsoDate = Field(description="le jour de l'activité, par exemple 2027-03-02")
    debut: ClockTime = Field(description='l\'heure de début, par exemple "09:00"')
    fin: ClockTime = Field(description='l\'heure de fin, par exemple "10:30"')
    type: Literal[ENTRY_TYPES] = Field(  # type: ignore[valid-type]
        description="le type d'activité : " + ", ".join(ENTRY_TYPES)
    )
    intitule: Text = Field(description="l'intitulé de l'activité")
    lieu: Text | None = Field(None, description="le lieu de l'activité")
    participants: list[Text] | None = Texts(
        "les participants, un par ligne", minimum=0, default=None
    )


class Responsabilites(_Model):
    collectivite: list[Text] = Texts("ce que prend en charge la collectivité française")
    partenaire: list[Text] = Texts("ce que prend en charge le partenaire")


class Site(_Model):
    titre: Text | None = Field(None, description="le titre du site")
    logo: LogoPath | None = Field(
        None, description="le chemin d'une image placée dans docs/, par exemple assets/logo.svg"
    )
    couleur: Literal[MATERIAL_COLOURS] | None = Field(  # type: ignore[valid-type]
        None, description="la couleur principale du site, par exemple indigo"
    )
    contact_accessibilite: Contact | None = Field(
        None,
        description="l'adresse électronique ou la page web où signaler un problème "
        "d'accessibilité du guide, par exemple accessibilite@exemple.fr",
    )


class Rencontres(_Model):
    personnes: list[Text] | None = Texts(
        "les personnes à rencontrer sur place", minimum=0, default=None
    )
    institutions: list[Text] | None = Texts(
        "les institutions à rencontrer dans le pays partenaire", minimum=0, default=None
    )


class Mission(_Model):
    """The validated content of mission.yml."""

    site: Site | None = Field(
        None, description="les réglages du site (titre, logo, couleur, contact)"
    )
    collectivite: Collectivite = Field(description="la collectivité française (nom, type…)")
    partenaire: Partenaire = Field(description="la collectivité partenaire (nom, pays…)")
    mission: Dates = Field(description="les dates et le lieu de la mission")
    delegation: list[Membre] = Field(
        description="les membres de la délégation (1 à 12 personnes)", min_length=1, max_length=12
    )
    objectifs: list[Text] = Texts("les objectifs de la mission, un par ligne")
    resultats_attendus: list[Text] = Texts("les résultats attendus, un par ligne")
    programme: list[Activite] = Field(
        description="les activités du programme (date, heures, type, intitulé…)", min_length=1
    )
    responsabilites: Responsabilites = Field(
        description="les responsabilités de chaque collectivité (collectivite, partenaire)"
    )
    rencontres: Rencontres | None = Field(
        None, description="les autres personnes et institutions à rencontrer"
    )

    @property
    def period(self) -> str:
        """The mission's dates in French: "du 2 au 6 mars 2027"."""
        return french_period(self.mission.debut, self.mission.fin)

    @property
    def site_title(self) -> str:
        """The site's title: site.titre, or one built from the authority and its partner."""
        if self.site and self.site.titre:
            return self.site.titre
        # No "de"/"auprès de" before the names: "de Département de l'Aube" would not read well.
        return f"Mission exploratoire : {self.collectivite.nom} – {self.partenaire.nom}"


# --- Rules across several keys (data, interpreted by _check_rules) ---------------------------
# Paths: "programme[].fin" = the key fin of each activity; in the same rule, "programme[]."
# refers to the same activity. Values are compared as dates or times (x-format of the key).

CROSS_RULES: list[dict[str, Any]] = [
    {
        "code": "mission_fin_avant_debut",
        "regle": "pas_avant",
        "champ": "mission.fin",
        "autre": "mission.debut",
    },
    {
        "code": "hors_mission",
        "regle": "entre",
        "champ": "programme[].date",
        "min": "mission.debut",
        "max": "mission.fin",
    },
    {
        "code": "heure_fin_avant_debut",
        "regle": "apres",
        "champ": "programme[].fin",
        "autre": "programme[].debut",
    },
    {
        "code": "identifiant_en_double",
        "regle": "unique",
        "liste": "programme",
        "champs": ["id"],
    },
    {
        "code": "activite_en_double",
        "regle": "unique",
        "liste": "programme",
        "champs": ["date", "debut", "intitule"],
    },
]


# --- Reading the YAML file ------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """YAML as a non-developer expects it: 10:30, 2027-03-02, oui, no stay texts.

    Only true/false are booleans, only plain decimal numbers are numbers; dates and times are
    texts checked by the model. A key written twice is an error (never silently dropped).
    """

    yaml_implicit_resolvers: dict = {}


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)$"),
    list("-+0123456789."),
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def _line_map(node, path=(), lines=None) -> dict[tuple, int]:
    """Map each key path (("programme", 2, "fin")) to its line number (from 1)."""
    lines = {} if lines is None else lines
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_path = (*path, key_node.value)
            lines[key_path] = key_node.start_mark.line + 1
            _line_map(value_node, key_path, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*path, index), lines)
    return lines


def _duplicate_keys(node, path=()) -> list[tuple[tuple, str, int]]:
    found = []
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            if key_node.value in seen:
                found.append(
                    ((*path, key_node.value), key_node.value, key_node.start_mark.line + 1)
                )
            seen.add(key_node.value)
            found += _duplicate_keys(value_node, (*path, key_node.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found += _duplicate_keys(item, (*path, index))
    return found


# PyYAML's problems, told in French (the first that matches).
_YAML_PROBLEMS = [
    ("found character '\\t'", "une tabulation ; indentez avec des espaces uniquement"),
    (
        "mapping values are not allowed",
        "un « : » inattendu ; une valeur qui contient « : » s'écrit entre guillemets, "
        "ou l'indentation de la ligne est décalée",
    ),
    ("could not find expected ':'", "il manque « : » après un nom de clé"),
    ("while scanning a quoted scalar", "un guillemet ouvert n'est pas refermé"),
    ("expected <block end>", "l'indentation est incohérente (alignez les clés d'un même niveau)"),
    (
        "did not find expected key",
        "l'indentation est incohérente (alignez les clés d'un même niveau)",
    ),
    ("did not find expected '-'", "l'indentation d'une liste est incohérente"),
    (
        "found undefined alias",
        "un « * » en début de valeur ; écrivez cette valeur entre guillemets",
    ),
    ("found character '@'", "un « @ » ou « ` » en début de valeur ; écrivez-la entre guillemets"),
    ("found character '`'", "un « @ » ou « ` » en début de valeur ; écrivez-la entre guillemets"),
]


# When no known problem matches (also what the browser form says: contract()["probleme_yaml"]).
YAML_PROBLEM = "vérifiez l'indentation (des espaces), les « : » et les guillemets de cette ligne"


def _yaml_problem(error: yaml.YAMLError) -> str:
    text = str(error)
    for needle, french in _YAML_PROBLEMS:
        if needle in text:
            return french
    return YAML_PROBLEM


def read_yaml(text: str, name: str = FILE_NAME) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML text; return (data, lines) or raise MissionError (syntax, duplicate keys)."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = LINE_FORMAT.format(ligne=mark.line + 1) if mark else ""
        message = MESSAGES["yaml_syntaxe"].format(probleme=_yaml_problem(error))
        raise MissionError([f"{name}{where} : {message}"]) from None
    if node is None:
        return None, {}
    duplicates = _duplicate_keys(node)
    if duplicates:
        raise MissionError(
            [
                _full_message(name, line, path, MESSAGES["cle_en_double"].format(cle=key))
                for path, key, line in duplicates
            ]
        )
    return data, _line_map(node)


# --- Messages -------------------------------------------------------------------------------


def path_text(path: tuple) -> str:
    """("programme", 2, "fin") -> "programme[3].fin" (list positions counted from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


# How a bad value is shown in a message (part of the contract: a form shows values the same way).
VALUE_FORMATS = {
    "vide": "une valeur vide",
    "cles": "des clés ({cles})",
    "liste": "une liste de {nombre} élément(s)",
    "texte": "« {texte} »",
    "longueur_max": 60,
}


def value_text(value: Any) -> str:
    """The bad value as the user typed it, between French quotes (shortened if long)."""
    if value is None:
        return VALUE_FORMATS["vide"]
    if isinstance(value, dict):
        return VALUE_FORMATS["cles"].format(cles=", ".join(map(str, value)))
    if isinstance(value, list):
        return VALUE_FORMATS["liste"].format(nombre=len(value))
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = value.isoformat() if isinstance(value, date | time) else str(value)
    limit = VALUE_FORMATS["longueur_max"]
    if len(text) > limit:
        text = text[: limit - 3] + "…"
    return VALUE_FORMATS["texte"].format(texte=text)


def _full_message(name: str, line: int | None, path: tuple, message: str) -> str:
    return MESSAGE_FORMAT.format(
        fichier=name,
        ligne=LINE_FORMAT.format(ligne=line) if line else "",
        chemin=path_text(path) if path else "(début du fichier)",
        message=message,
    )


def _suggestion(word: str, candidates) -> str:
    close = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return f" (vouliez-vous écrire « {close[0]} » ?)" if close else ""


@cache
def json_schema() -> dict:
    """JSON Schema of mission.yml, from the model (descriptions in French)."""
    return Mission.model_json_schema(ref_template="#/$defs/{model}")


def resolve_schema(schema: dict, root: dict) -> dict:
    """`schema` with its `$ref` and optional wrapper (`anyOf: [X, null]`) replaced by what they
    stand for; the key's own words (its description) are kept. terms-form.js does the same."""
    while True:
        if "$ref" in schema:
            schema = {**root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], **schema}
            del schema["$ref"]
        elif "anyOf" in schema:  # optional key: X | None
            inner = next(s for s in schema["anyOf"] if s.get("type") != "null")
            schema = {**inner, **{k: v for k, v in schema.items() if k != "anyOf"}}
        else:
            return schema


def _schema_at(path: tuple) -> tuple[dict, dict]:
    """(schema of the key at `path`, schema of the object holding it) in json_schema()."""
    root = json_schema()

    def resolve(schema: dict) -> dict:
        return resolve_schema(schema, root)

    schema, parent = root, {}
    for part in path:
        schema = resolve(schema)
        if isinstance(part, int):
            parent, schema = schema, schema.get("items", {})
        else:
            parent, schema = schema, schema.get("properties", {}).get(part, {})
    return resolve(schema), resolve(parent)


def _expected(path: tuple) -> str:
    """What the key at `path` expects (its description; a list item: its list's)."""
    schema, parent = _schema_at(path)
    if "description" in schema:
        return schema["description"]
    if path and isinstance(path[-1], int):
        return _schema_at(path[:-1])[0].get("description", "une valeur")
    return parent.get("description", "une valeur")


def _pydantic_message(error: dict, data: Any) -> tuple[tuple, str]:
    path = tuple(error["loc"])
    kind = error["type"]
    code = _PYDANTIC_CODES.get(kind, kind if kind in MESSAGES else "invalide")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    fields: dict[str, Any] = {"valeur": value_text(value), "suggestion": ""}
    if code == "cle_inconnue":
        known = list(_schema_at(path[:-1])[0].get("properties", {}))
        fields.update(
            cle=path[-1], suggestion=_suggestion(path[-1], known), possibles=", ".join(known)
        )
    elif code == "objet":
        fields["possibles"] = ", ".join(_schema_at(path)[0].get("properties", {}))
    elif code == "choix":
        choices = _schema_at(path)[0].get("enum", [])
        fields.update(choix=", ".join(map(str, choices)), suggestion=_suggestion(value, choices))
    elif code == "fuseau":
        city = str(value).strip().replace(" ", "_").lower()
        same_city = [z for z in time_zones() if z.rsplit("/", 1)[-1].lower() == city]
        fields["suggestion"] = _suggestion(same_city[0] if same_city else value, time_zones())
    elif code in ("liste_vide", "liste_trop_longue"):
        fields.update(min=ctx.get("min_length", 1), max=ctx.get("max_length", ""))
        fields["nombre"] = ctx.get("actual_length", "")
    fields["attendu"] = _expected(path)
    return path, MESSAGES[code].format(**fields)


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return data


def _expand(dotted: str, data: Any, index: int | None = None) -> list[tuple]:
    """Concrete paths of a rule path; "[]" = every item, or item `index` when given."""
    paths: list[tuple] = [()]
    for part in dotted.split("."):
        name, is_list = (part[:-2], True) if part.endswith("[]") else (part, False)
        next_paths = []
        for path in paths:
            path = (*path, name)
            if not is_list:
                next_paths.append(path)
                continue
            items = _get(data, path)
            if index is not None:
                next_paths.append((*path, index))
            elif isinstance(items, list):
                next_paths += [(*path, i) for i in range(len(items))]
        paths = next_paths
    return paths


def _comparable(path: tuple, data: Any):
    """The value at `path` as a date or time, or None when missing or badly written."""
    kind = _schema_at(path)[0].get("x-format")
    value = _get(data, path)
    try:
        return (_to_date if kind == "date" else _to_time)(value)
    except PydanticCustomError:
        return None


def _display(value) -> str:
    return value.isoformat() if isinstance(value, date) else value.strftime("%H:%M")


def _check_rules(data: Any) -> list[tuple[tuple, str]]:
    """Apply CROSS_RULES to raw data; skip values that are missing or badly written."""
    problems = []
    for rule in CROSS_RULES:
        template = MESSAGES[rule["code"]]
        if rule["regle"] == "unique":
            items = _get(data, (rule["liste"],))
            seen: dict[tuple, int] = {}
            for index, item in enumerate(items if isinstance(items, list) else []):
                if not isinstance(item, dict) or any(item.get(f) is None for f in rule["champs"]):
                    continue
                key = tuple(str(item[f]).strip() for f in rule["champs"])
                if key in seen:
                    other = path_text((rule["liste"], seen[key]))
                    path = (rule["liste"], index, rule["champs"][0])
                    problems.append((path, template.format(valeur=value_text(key[0]), autre=other)))
                else:
                    seen[key] = index
            continue
        for path in _expand(rule["champ"], data):
            index = next((p for p in path if isinstance(p, int)), None)
            value = _comparable(path, data)
            refs = {
                k: _expand(rule[k], data, index)[0] for k in ("autre", "min", "max") if k in rule
            }
            others = {k: _comparable(p, data) for k, p in refs.items()}
            if value is None or None in others.values():
                continue
            if rule["regle"] == "entre" and others["min"] > others["max"]:
                continue  # the range itself is wrong: reported by its own rule
            broken = (
                (rule["regle"] == "pas_avant" and value < others["autre"])
                or (rule["regle"] == "apres" and value <= others["autre"])
                or (rule["regle"] == "entre" and not others["min"] <= value <= others["max"])
            )
            if broken:
                shown = {k: _display(v) for k, v in others.items()}
                problems.append(
                    (path, template.format(valeur=value_text(_display(value)), **shown))
                )
    return problems


# --- Loading --------------------------------------------------------------------------------


def validate(
    data: Any,
    lines: dict[tuple, int] | None = None,
    name: str = FILE_NAME,
    docs_dir: Path | None = None,
) -> Mission:
    """Validate parsed data; return the Mission or raise MissionError with every problem."""
    lines = lines or {}
    if not isinstance(data, dict):
        message = MESSAGES["racine"].format(valeur=value_text(data))
        raise MissionError([f"{name} : {message}"])
    problems: list[tuple[tuple, str]] = []
    mission = None
    try:
        mission = Mission.model_validate(data, context={"docs_dir": docs_dir})
    except ValidationError as error:
        problems += [_pydantic_message(e, data) for e in error.errors(include_url=False)]
    problems += _check_rules(data)
    if problems:

        def line_of(path: tuple) -> int | None:
            while path and path not in lines:
                path = path[:-1]
            return lines.get(path)

        located = sorted(
            ((line_of(path) or 0, path_text(path), path, text) for path, text in problems),
            key=lambda item: item[:2],
        )
        raise MissionError(
            [_full_message(name, line, path, text) for line, _, path, text in located]
        )
    assert mission is not None
    return mission


def load_mission(path: Path, docs_dir: Path | None = None) -> Mission:
    """Return the validated mission of `path`, or raise MissionError listing every problem.

    `docs_dir` (default: docs/ beside the file) is where site.logo must exist.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        message = MESSAGES["fichier_introuvable"].format(valeur=path)
        raise MissionError([f"{path.name} : {message}"]) from None
    except UnicodeDecodeError:
        raise MissionError(
            [f"{path.name} : le fichier n'est pas enregistré en UTF-8 ; enregistrez-le en UTF-8."]
        ) from None
    data, lines = read_yaml(text, path.name)
    return validate(data, lines, path.name, docs_dir or path.parent / "docs")


# --- The contract, for a checker in the browser ---------------------------------------------


def contract() -> dict:
    """Everything a checker needs to apply the same rules with the same messages (JSON-ready)."""
    return {
        "fichier": FILE_NAME,
        "schema": json_schema(),
        "regles": CROSS_RULES,
        "messages": MESSAGES,
        "format_message": MESSAGE_FORMAT,
        "format_ligne": LINE_FORMAT,
        "probleme_yaml": YAML_PROBLEM,
        "format_valeur": VALUE_FORMATS,
        # Checked only when the site is built (a form cannot see the files of docs/).
        "verifie_a_la_construction": ["logo_introuvable", "cle_en_double", "yaml_syntaxe"],
        "codes_json_schema": _JSON_SCHEMA_CODES,
        "chemins": "programme[3].fin = clé fin de la 3e activité (positions depuis 1)",
        "libelles": LABELS,
        "fuseaux_horaires": list(time_zones()),
    }
