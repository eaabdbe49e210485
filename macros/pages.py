"""Small pieces of pages built from data (mission.yml, tasks): data in, Markdown/HTML out."""

from .mission import Mission
from .text import escape


def mission_banner(mission: Mission) -> str:
    """The home page's line naming the authority, its partner, the country and the dates."""
    authority = escape(mission.collectivite.nom)
    partner = escape(mission.partenaire.nom)
    country = escape(mission.partenaire.pays)
    period = escape(mission.period)
    return (
        '<p class="mission-banner">Mission exploratoire : '
        f'<strong class="mission-collectivite">{authority}</strong> et '
        f'<strong class="mission-partenaire">{partner}</strong> '
        f'(<span class="mission-pays">{country}</span>), '
        f'<span class="mission-dates">{period}</span></p>'
    )
