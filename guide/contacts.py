"""« Contacts et urgences »: the public numbers of mission.yml (`urgences`) with their tel:
links, and the frame of what contacts.js keeps on the phone (the people: names, mobiles,
contract numbers), with the pocket card it prints.

Nothing personal is written here: the people are typed or imported on each phone and stay in
its browser (contacts.js); the build only writes the public numbers and the empty form.
"""

from __future__ import annotations

import re

from markupsafe import escape as html_escape

from .mission import Mission
from .sources import url
from .typography import french_text

# Who a contact kept on the phone is (value -> label): the form's list, the groups of the list
# and of the pocket card, in this order. « membre »: each member has a pocket card.
CONTACT_ROLES = {
    "membre": "Membre de la délégation",
    "permanence": "Permanence en France",
    "partenaire": "Contact chez le partenaire",
    "interprete": "Interprète",
    "chauffeur": "Chauffeur",
    "hebergement": "Hébergement",
    "assurance": "Assurance (numéro de contrat)",
    "autre": "Autre contact",
}

# What the list says with nothing on the phone (contacts.js reads it from the page).
EMPTY_LIST = "Aucun contact sur ce téléphone pour l’instant."

# The services of mission.yml's `urgences`, in the page's order.
SERVICES = ("ambassade", "consulat", "assistance")


def _e(text) -> str:
    return str(html_escape(text))


def _fr(text: str) -> str:
    """A sentence of the page, escaped, with French spacing."""
    return _e(french_text(text))


def tel_link(number: str) -> str:
    """The tel: address of a public number: its « + » and digits (« tel:+221338395262 »)."""
    return "tel:" + re.sub(r"[^+0-9]", "", number)


def _number(label: str, number: str) -> str:
    return (
        f'<span class="guide-contacts__label">{_fr(label)}</span> '
        f'<a href="{_e(tel_link(number))}">{_e(number)}</a>'
    )


def public_numbers(mission: Mission) -> list[str]:
    """One HTML item per service of `urgences` (name, numbers, site), in the page's order."""
    urgences = mission.urgences
    items = []
    for key in SERVICES:
        service = urgences and getattr(urgences, key)
        if not service:
            continue
        parts = [f"<strong>{_e(service.nom)}</strong>", _number("Téléphone :", service.telephone)]
        if service.urgence:
            parts.append(_number("Urgence, jour et nuit :", service.urgence))
        if service.site_web:
            parts.append(f'<a href="{_e(service.site_web)}">{_e(service.site_web)}</a>')
        items.append("<br>".join(parts))
    return items


def _public_block(mission: Mission) -> str:
    items = public_numbers(mission)
    if not items:
        return (
            '<p class="guide-contacts__none">'
            + _fr(
                "Ce guide ne donne pas encore les numéros de l’ambassade, du consulat et de "
                "l’assistance de l’assureur : notez-les ci-dessous sur ce téléphone, ou faites-"
                "les ajouter au guide (clé urgences de mission.yml, page « Adapter ce guide »)."
            )
            + "</p>"
        )
    return (
        '<ul class="guide-contacts__public">'
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )


def _field(name: str, label: str, kind: str = "text", extra: str = "") -> str:
    field_id = f"guide-contact-{name}"
    return (
        f'<p class="guide-contacts__field"><label for="{field_id}">{_fr(label)}</label>'
        f'<input id="{field_id}" name="{name}" type="{kind}" autocomplete="off" {extra}></p>'
    )


def _form() -> str:
    options = "".join(
        f'<option value="{key}">{_e(label)}</option>' for key, label in CONTACT_ROLES.items()
    )
    return (
        '<form class="guide-contacts__form" data-guide-contacts-form novalidate>'
        '<p class="guide-contacts__field"><label for="guide-contact-role">Qui</label>'
        f'<select id="guide-contact-role" name="role">{options}</select></p>'
        + _field("name", "Nom (ou nom de l’hôtel)", extra='maxlength="120"')
        + _field("phone", "Téléphone", "tel", 'maxlength="40" inputmode="tel"')
        + _field("email", "Adresse électronique", "email", 'maxlength="120"')
        + _field(
            "details",
            "Précisions (numéro de contrat, adresse, chambre…)",
            extra='maxlength="200"',
        )
        + '<p class="guide-contacts__buttons"><button type="submit" '
        'class="md-button md-button--primary">Ajouter ce contact</button></p>'
        "</form>"
    )


def _card_template(mission: Mission) -> str:
    """The pocket card’s frame (contacts.js clones it for each member and fills its people):
    the mission and the public numbers, written here once."""
    public = "".join(f"<li>{item}</li>" for item in public_numbers(mission))
    ariane = _fr("Ariane (ministère de l’Europe et des Affaires étrangères) : ")
    return (
        "<template data-guide-card>"
        '<section class="guide-card">'
        '<h2 class="guide-card__title">Carte de poche<span data-guide-card-member></span></h2>'
        f'<p class="guide-card__mission">{_e(mission.site_title)}, {_e(mission.period)}</p>'
        '<h3 class="guide-card__heading">En cas d’urgence</h3>'
        f'<ul class="guide-card__list">{public}'
        f"<li>{ariane}{_e(url('meae-ariane'))}</li></ul>"
        "<div data-guide-card-people></div>"
        "</section></template>"
    )


def contacts_page(mission: Mission) -> str:
    """The page's parts drawn from mission.yml and its frame for contacts.js."""
    site = _e(mission.site_title)
    return (
        '<div class="guide-contacts" data-guide-contacts data-site-name="' + site + '">'
        '<h2 id="numeros-publics">'
        + _fr("Numéros publics")
        + "</h2>"
        + _public_block(mission)
        + '<h2 id="sur-ce-telephone">'
        + _fr("Les contacts de la délégation, sur ce téléphone")
        + "</h2>"
        '<p class="guide-contacts__where"><strong>'
        + _fr(
            "Ce que vous saisissez ici reste sur ce téléphone, dans ce navigateur : rien n’est "
            "envoyé ni publié."
        )
        + "</strong> "
        + _fr(
            "Pour le partager au sein de la délégation, exportez-le dans un fichier et "
            "envoyez-le ; chacun l’importe sur son téléphone. Effacez-le après la mission."
        )
        + "</p>"
        + _form()
        + '<p class="guide-contacts__cards-note">'
        + _fr(
            "Les cartes de poche s’impriment sur du papier A4, deux par feuille (format A6, à "
            "découper suivant le pointillé) : une par membre de la délégation enregistré sur ce "
            "téléphone, avec les numéros publics et tous les contacts. Une carte perdue donne "
            "ces numéros à qui la trouve : n’y mettez que ce qui sert en cas d’urgence."
        )
        + "</p>"
        + '<p class="guide-contacts__actions" data-guide-contacts-actions>'
        '<button type="button" class="md-button" data-guide-contacts-action="export">'
        "Exporter les contacts</button> "
        '<button type="button" class="md-button" data-guide-contacts-action="import">'
        "Importer des contacts…</button> "
        '<input type="file" accept="application/json,.json" hidden data-guide-contacts-file '
        'aria-label="Fichier de contacts à importer"> '
        '<button type="button" class="md-button" data-print-button>'
        "Imprimer les cartes de poche</button></p>"
        # Its room from the first paint: the messages of contacts.js appear in it.
        '<p class="guide-contacts__message" data-guide-contacts-message role="status"></p>'
        # The list as contacts.js shows it with nothing kept: nothing moves when it starts.
        '<div class="guide-contacts__list" data-guide-contacts-list><p>'
        + _fr(EMPTY_LIST)
        + "</p></div>"
        + _card_template(mission)
        + '<div class="guide-cards" data-guide-cards></div>'
        "</div>"
    )
