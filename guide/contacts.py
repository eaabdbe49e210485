"""« Contacts et urgences »: the public numbers of mission.yml (`urgences`) with their tel:
links, and the frame of what contacts.js keeps on the phone (the people: names, mobiles,
contract numbers), with the pocket card it prints.

Nothing personal is written here: the people are typed or imported on each phone and stay in
its browser (contacts.js); the build only writes the public numbers and the empty form.
"""

from __future__ import annotations

import re

from .markup import render
from .mission import Mission
from .sources import url

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


def tel_link(number: str) -> str:
    """The tel: address of a public number: its « + » and digits (« tel:+221338395262 »)."""
    return "tel:" + re.sub(r"[^+0-9]", "", number)


def services(mission: Mission) -> list:
    """The services of `urgences` mission.yml names, in the page's order."""
    urgences = mission.urgences
    return [getattr(urgences, key) for key in SERVICES if urgences and getattr(urgences, key)]


# The form's text fields: name, label, input type, other attributes.
FIELDS = (
    ("name", "Nom (ou nom de l’hôtel)", "text", 'maxlength="120"'),
    ("phone", "Téléphone", "tel", 'maxlength="40" inputmode="tel"'),
    ("email", "Adresse électronique", "email", 'maxlength="120"'),
    ("details", "Précisions (numéro de contrat, adresse, chambre…)", "text", 'maxlength="200"'),
)


def contacts_page(mission: Mission) -> str:
    """The page's parts drawn from mission.yml and its frame for contacts.js."""
    return render(
        "contacts/page.html",
        mission=mission,
        services=services(mission),
        roles=CONTACT_ROLES,
        fields=FIELDS,
        empty=EMPTY_LIST,
        ariane=url("meae-ariane"),
        tel=tel_link,
    )
