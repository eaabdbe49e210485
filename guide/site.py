"""The site's identity, taken from mission.yml, so that a fork never edits mkdocs.yml.

From the validated mission: the site's title (shown in the header and in every page's
<title>), its description and each page's meta description (they name the authority, its
partner and the country), the logo and the primary colour. `apply_to_config` writes them into
the MkDocs configuration when the build starts (from `define_env`).

Material's templates print `config.site_name`, `config.site_description` and the page's
description without escaping them, so the values given to the templates are escaped HTML
(`markupsafe.Markup`: Jinja's `| e` leaves them as they are, no double escaping).

The seed's open lists (people to meet on site, other institutions in the partner country) are
data too: `people_to_meet` and `institutions_to_meet` render `rencontres` from mission.yml,
or invite the authority to complete it when it is absent.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from markupsafe import Markup
from markupsafe import escape as html_escape

from .markup import render
from .mission import Mission, resolve_schema
from .pages import page
from .text import escape

# Where the adapter page explains the `rencontres` lists (a link from the invitations).
ADAPTER_PAGE = page("adapter")
RENCONTRES_ANCHOR = "rencontres"


@dataclass(frozen=True)
class SiteIdentity:
    """What a fork changes in the site's look and headers, as plain text."""

    title: str
    description: str
    logo: str | None  # path of an image under docs/
    colour: str | None  # one of Material's primary colour names


def mission_summary(mission: Mission) -> str:
    """ "Commune de A et Commune de B (Pays)": who travels, to whom, where (plain text)."""
    return f"{mission.collectivite.nom} et {mission.partenaire.nom} ({mission.partenaire.pays})"


def site_identity(mission: Mission) -> SiteIdentity:
    """Title, description, logo and colour of the site for this mission."""
    settings = mission.site
    description = (
        f"{mission_summary(mission)} : guide de la mission exploratoire, {mission.period}. "
        "Préparer et conduire la mission pas à pas (coopération décentralisée)."
    )
    return SiteIdentity(
        title=mission.site_title,
        description=description,
        logo=settings.logo if settings else None,
        colour=settings.couleur if settings else None,
    )


def page_description(mission: Mission, own: str | None) -> str:
    """A page's meta description: the mission's summary, then the page's own description."""
    if not own or not str(own).strip():
        return site_identity(mission).description
    return f"{mission_summary(mission)} — {' '.join(str(own).split())}"


def for_template(text: str) -> Markup:
    """Text for Material's templates, which print these values without escaping them."""
    return html_escape(text)


# Material's accent colours: its primary colours without the greys, black and white.
_NO_ACCENT = {"brown", "grey", "blue grey", "black", "white"}


def apply_to_config(config, mission: Mission) -> SiteIdentity:
    """Write the mission's title, description, logo and colour into the MkDocs config."""
    identity = site_identity(mission)
    config["site_name"] = for_template(identity.title)
    config["site_description"] = for_template(identity.description)
    config["copyright"] = for_template(
        f"{mission.collectivite.nom} · Guide de la mission exploratoire ({mission.period})"
    )
    theme = config["theme"]
    if identity.logo:
        theme["logo"] = identity.logo
        theme["favicon"] = identity.logo
    if identity.colour:
        palettes = theme["palette"]
        for palette in palettes if isinstance(palettes, list) else [palettes]:
            palette["primary"] = identity.colour
            if identity.colour not in _NO_ACCENT:
                palette["accent"] = identity.colour
    return identity


def describe_page(page, mission: Mission) -> None:
    """Give `page` (a MkDocs page, during the build) a meta description naming the mission."""
    meta = page.meta
    meta["description"] = for_template(page_description(mission, meta.get("description")))


# --- The seed's open lists ------------------------------------------------------------------


def markdown_items(values: list[str]) -> list[str]:
    """Markdown list items, French punctuation: « ; » after each, « . » after the last.

    A text of several lines (a `|` block) keeps its lines, as line breaks in its item."""
    cleaned = [
        [" ".join(line.split()) for line in value.split("\n") if line.strip()] for value in values
    ]
    items = []
    for index, lines in enumerate(cleaned):
        lines[-1] = lines[-1].rstrip(" .;,")
        end = "." if index == len(cleaned) - 1 else " ;"
        items.append("- " + "<br>".join(escape(line) for line in lines) + end)
    return items


def _invitation(what: str, key: str) -> str:
    return (
        f"*À compléter par votre collectivité :* {what} (liste « {key} » de "
        f"[mission.yml]({ADAPTER_PAGE}#{RENCONTRES_ANCHOR}))."
    )


def people_to_meet(mission: Mission) -> str:
    """Sub-list items after « le Maire et son équipe municipale » (use with `| indent(4)`)."""
    people = mission.rencontres.personnes if mission.rencontres else None
    if people:
        return "\n".join(markdown_items(people))
    what = "les autres personnes à rencontrer, à convenir avec la collectivité partenaire"
    return "- " + _invitation(what, "rencontres.personnes")


def institutions_to_meet(mission: Mission) -> str:
    """The other institutions to meet in the partner country, after the SCAC task."""
    institutions = mission.rencontres.institutions if mission.rencontres else None
    if institutions:
        return "Autres institutions à rencontrer dans le pays partenaire :\n\n" + "\n".join(
            markdown_items(institutions)
        )
    what = "les autres institutions à rencontrer dans le pays partenaire"
    return _invitation(what, "rencontres.institutions")


# --- The keys of mission.yml, for the adapter page ------------------------------------------


@dataclass(frozen=True)
class KeyRow:
    path: str  # "programme[…].fin", as in the build's messages
    required: bool
    description: str
    choices: tuple[str, ...]  # allowed values, if the key has a fixed list
    limits: tuple[str, ...] = ()  # its limits in French: « 300 caractères au plus »…


def _number(value: int) -> str:
    """2000 -> « 2 000 » (a narrow no-break space between thousands)."""
    return f"{value:,}".replace(",", "\u202f")


def _limits(schema: dict, root: dict) -> tuple[str, ...]:
    """The limits of a key (the contract's), as the adapter page states them."""
    items = resolve_schema(schema.get("items", {}), root) if "items" in schema else {}
    text = items if items.get("type") == "string" else schema
    limits = []
    if "maxItems" in schema:
        limits.append(f"{_number(schema['maxItems'])} éléments au plus")
    if text.get("x-plusieurs-lignes"):
        limits.append("plusieurs lignes possibles (bloc « | »)")
    if "maxLength" in text:
        each = "chacun " if text is items else ""
        limits.append(f"{each}{_number(text['maxLength'])} caractères au plus")
    return tuple(limits)


def mission_keys(schema: dict) -> list[KeyRow]:
    """Every key of mission.yml, in the file's order, from the model's JSON Schema."""
    rows: list[KeyRow] = []

    def walk(node: dict, prefix: str, parent_required: bool) -> None:
        node = resolve_schema(node, schema)
        required = set(node.get("required", []))
        for name, child in node.get("properties", {}).items():
            child = resolve_schema(child, schema)
            path = f"{prefix}{name}"
            is_required = parent_required and name in required
            choices = tuple(child.get("enum", ()))
            limits = _limits(child, schema)
            rows.append(KeyRow(path, is_required, child.get("description", ""), choices, limits))
            if child.get("type") == "object" or "properties" in child:
                walk(child, f"{path}.", is_required)
            items = resolve_schema(child.get("items", {}), schema) if "items" in child else {}
            if "properties" in items:
                walk(items, f"{path}[…].", is_required)

    walk(schema, "", True)
    return rows


def mission_keys_table(schema: dict) -> str:
    """The keys of mission.yml as a Markdown table (key, required or not, what it is)."""
    lines = [
        "| Clé | Présence | Ce qu'elle contient |",
        "| --- | --- | --- |",
    ]
    for row in mission_keys(schema):
        starts_with_value = any(row.description.startswith(choice) for choice in row.choices)
        text = row.description
        what = escape(text if starts_with_value else text[:1].upper() + text[1:])
        if row.choices and not all(choice in row.description for choice in row.choices):
            what += " (un mot parmi : " + escape(", ".join(row.choices)) + ")"
        if row.limits:
            what += " (" + escape(" ; ".join(row.limits)) + ")"
        # Words that read alone too: on a phone each row is a block, without the header.
        required = "obligatoire" if row.required else "facultative"
        # A line break may come after each « . » of the path, not inside a key's name.
        path = ".<wbr>".join(escape(part) for part in row.path.split("."))
        lines.append(f"| <code>{path}</code> | {required} | {what}. |")
    return "\n".join(lines)


def mission_limits(limits: dict) -> str:
    """The limits of the whole file (the contract's LIMITS), in one French paragraph."""
    return (
        f"Limites : `mission.yml` fait au plus {_number(limits['fichier_octets'])} octets "
        f"et {limits['profondeur']} niveaux de clés ou de listes imbriquées ; les ancres, "
        "alias (`&`, `*`) et étiquettes (`!`) YAML ne sont pas acceptés. Un texte ne contient "
        "ni caractère de contrôle, ni caractère qui inverse le sens d'écriture, ni seulement "
        "des espaces ou des caractères invisibles ; il tient sur une ligne, sauf là où le "
        "tableau dit « plusieurs lignes possibles ». Une date est de l'année "
        f"{limits['annee_min']} à {limits['annee_max']}. Le logo est une image PNG, JPEG, WebP ou "
        f"SVG (sans script ni lien externe) de {_number(limits['logo_octets'])} octets au plus, "
        "enregistrée dans `docs/`."
    )


# --- Where the guide's files are --------------------------------------------------------------


def repository_sentence(url: str | None = None) -> str:
    """How to find the guide's repository: its address when the build knows it (REPO_URL).

    The continuous integrations give it (GitHub: server/owner/name, GitLab: CI_PROJECT_URL), so
    a published guide, a fork's too, names the repository its readers can copy in turn.
    """
    url = os.environ.get("REPO_URL", "") if url is None else url
    if re.fullmatch(r"https?://[^\s\"'<>]+", url):
        return render("pages/repository.html", url=url)
    return "demandez son adresse à la personne qui vous a transmis ce guide"
