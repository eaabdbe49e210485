"""The letter to the partner in the French of each kind of authority's fork: where the mission
goes and when, as a letter says it (never « à Région … », « mission le 16 mai 2028 »)."""

import html
import re

import pytest
from test_authority_types import fork_mission

from guide.documents.html import to_html
from guide.documents.letter import build_letter
from guide.mission.dialect import read_yaml
from guide.mission.load import validate

EXPECTED = {  # after « une mission exploratoire, »
    "departement": "sur le territoire de la Région Analamanga-Sud (Madagascar)",
    "intercommunalite": "à Kampong Sela (Cambodge)",
    "region": "sur le territoire de l’État du Pará-Norte (Brésil)",
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_letter_says_where_and_when_in_each_kind_of_authority(kind):
    mission = validate(read_yaml(fork_mission(kind))[0])
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", to_html(build_letter(mission)))).split())
    assert f"mission exploratoire, {EXPECTED[kind]}, le 16 mai 2028" in text
    assert "Objet : proposition d’une mission exploratoire du 16 mai 2028" in text
    assert not re.search(r"\bà (Région|État|District|Département)\b|mission exploratoire le ", text)
