"""Small pieces of pages built from data (mission.yml, tasks): data in, Markdown/HTML out."""

from .text import escape


def mission_banner(mission: dict) -> str:
    """The home page's line naming the authority and its partner."""
    authority = escape(mission["collectivite"]["nom"])
    partner = escape(mission["partenaire"]["nom"])
    country = escape(mission["partenaire"]["pays"])
    return (
        '<p class="mission-banner">Mission exploratoire de '
        f'<strong class="mission-collectivite">{authority}</strong> auprès de '
        f'<strong class="mission-partenaire">{partner}</strong> '
        f'(<span class="mission-pays">{country}</span>)</p>'
    )
