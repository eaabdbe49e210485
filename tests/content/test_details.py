"""Details fixed where they come from: the note icon (one rule for all admonitions), the page
title separator (the theme's block), the blank template's contents list, the adapter page."""

import re
from pathlib import Path
from urllib.parse import quote

import material
from support import read_html


def test_notes_carry_the_pointing_hand_once(built_site):
    home = read_html(built_site, "")
    titles = re.findall(r'<p class="admonition-title">([^<]*)</p>', home)
    assert titles and not any("☞" in title for title in titles), titles
    # The icon is Material's pointing hand (its drawing is in the page's style), not the pencil.
    icons = Path(material.__file__).parent / "templates" / ".icons" / "material"
    hand = re.search(r' d="([^"]{12})', (icons / "hand-pointing-right.svg").read_text()).group(1)
    style = home.split("--md-admonition-icon--note:", 1)[1][:2000]
    assert quote(hand) in style or hand in style


def test_page_titles_joined_with_an_en_dash(built_site):
    title = re.search(r"<title>([^<]*)</title>", read_html(built_site, "avant-de-partir/"))
    assert title and re.fullmatch(r"Avant de partir – .+", title.group(1)), title


def test_blank_template_contents_list_names_the_days(built_site):
    page = read_html(built_site, "outils/termes-de-reference-vierge/")
    nav = page[: page.index('<article class="md-content__inner')]
    assert re.search(r'href="#jour-1"[^>]*>\s*<span class="md-ellipsis">\s*Jour 1\s*</span>', nav)
    assert "……" not in nav


def test_adapter_page_never_claims_an_address_was_given(built_site):
    page = read_html(built_site, "adapter-ce-guide/")
    assert "vous a été donnée" not in page
