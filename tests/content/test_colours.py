"""Every colour `site.couleur` accepts passes axe's contrast rules (AA), light and dark.

One build, not one per colour: Material ships the styles of all its colours (palette.css) and
the build only writes the chosen one into two attributes of <body> (data-md-color-primary and
-accent, guide/site.py); the test writes each accepted colour there, with Material's colour
transitions turned off, and runs axe's contrast rules: on the whole page for the site's own
colour, then, for each other colour, on the elements whose colours it changes and what they
hold (the rest keeps the contrast just checked). The pages: the home page (header, links,
progress) and the form (primary and other buttons, fields, navigation, search box), which hold
every element drawn in the primary or accent colour; axe is loaded once per page. The whole
axe check of every page in the default colour is in test_accessibility.py.
"""

import pytest
from support import COLOUR_RULES, STILL, load_axe

from guide.mission.model import MATERIAL_COLOURS
from guide.site import _NO_ACCENT

PAGES = ["", "outils/remplir-les-termes-de-reference/"]
# The colours an element is drawn with, its ::before and ::after included.
PAINT = """(el) => [null, '::before', '::after'].map((pseudo) => {
    const s = getComputedStyle(el, pseudo);
    return [s.color, s.backgroundColor, s.backgroundImage, s.borderColor, s.outlineColor,
            s.boxShadow, s.textShadow, s.textDecorationColor, s.fill, s.stroke,
            s.opacity].join(' ');
}).join('|')"""
# The colour the site is built with (mkdocs.yml, site.couleur of the example: its default).
SITE_COLOUR = "indigo"


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_accepted_colour_passes_contrast(browser, site_url, scheme):
    context = browser.new_context(locale="fr-FR", color_scheme=scheme)
    page = context.new_page()
    problems = {}
    try:
        for path in PAGES:
            page.goto(site_url + path, wait_until="networkidle")
            page.add_style_tag(content=STILL)
            assert page.get_attribute("body", "data-md-color-primary") == SITE_COLOUR
            load_axe(page)  # once per page, then one run per colour
            # The site's own colour first, on the whole page; then each other colour on what
            # it changes: the elements whose colours differ from the first colour's, and all
            # that is inside them (drawn over their background). Elsewhere the contrast is the
            # one already checked.
            for colour in sorted(MATERIAL_COLOURS, key=lambda name: name != SITE_COLOUR):
                name = colour.replace(" ", "-")
                accent = "indigo" if colour in _NO_ACCENT else name
                found = page.evaluate(
                    """async ([primary, accent, options, paint]) => {
                        document.body.setAttribute('data-md-color-primary', primary);
                        document.body.setAttribute('data-md-color-accent', accent);
                        const elements = [...document.body.querySelectorAll('*')];
                        const looks = elements.map(eval(paint));
                        let context = document;
                        if (window.__firstLooks) {
                            const changed = elements.filter(
                                (el, i) => looks[i] !== window.__firstLooks.get(el));
                            for (const el of changed) {
                                el.setAttribute('data-test-palette', '');
                                el.querySelectorAll('*').forEach(
                                    (inner) => inner.setAttribute('data-test-palette', ''));
                            }
                            context = {include: [['[data-test-palette]']]};
                            if (!changed.length) return ['aucun élément ne change de couleur'];
                        } else {
                            window.__firstLooks = new Map(elements.map((el, i) => [el, looks[i]]));
                        }
                        const result = await axe.run(context, options);
                        document.querySelectorAll('[data-test-palette]').forEach(
                            (el) => el.removeAttribute('data-test-palette'));
                        return result.violations.map(v => v.id + ' -> '
                            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                    }""",
                    [name, accent, COLOUR_RULES, PAINT],
                )
                if found:
                    problems[f"{colour} {path or '/'}"] = found
    finally:
        context.close()
    assert not problems, problems


def test_a_rejected_colour_is_not_offered():
    # deep orange: 2.77:1 on the header, links and buttons.
    assert "deep orange" not in MATERIAL_COLOURS and "indigo" in MATERIAL_COLOURS
