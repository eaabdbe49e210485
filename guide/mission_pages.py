"""Parts of pages built from mission.yml for issue #13: the mission's own objectives and
expected results (page « Objectifs »), the accessibility contact (page « Accessibilité »).

Plain functions, mission data in, Markdown/HTML out; every value goes through `text.escape`.
"""

from __future__ import annotations

from .markup import render
from .site import markdown_items


def _list(values: list[str]) -> str:
    return "\n".join(markdown_items(values))


def mission_objectives(mission) -> str:
    """The mission's objectives and expected results, as written in mission.yml."""
    return "\n\n".join(
        [
            _list(mission.objectifs),
            "### Les résultats attendus { #resultats-attendus }",
            "À la fin de la mission :",
            _list(mission.resultats_attendus),
        ]
    )


def accessibility_contact(mission) -> str:
    """How to reach the authority about accessibility: site.contact_accessibilite when given,
    else its website, else a neutral sentence (HTML, values escaped)."""
    contact = mission.site.contact_accessibilite if mission.site else None
    href = ""
    if contact:
        href = contact if contact.startswith(("http://", "https://")) else f"mailto:{contact}"
    return render(
        "pages/accessibility-contact.html",
        authority=mission.collectivite.nom,
        contact=contact,
        href=href,
        website=mission.collectivite.site_web,
    )
