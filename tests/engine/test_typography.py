"""French typography (guide/typography.py): the Markdown extension, with the site's extensions,
on what authors write; and the plain-text function the HTML generators use."""

import markdown
import pytest
from mkdocs.utils.yaml import yaml_load
from support import PROJECT_ROOT

from guide.documents.pages import form_page, terms_page
from guide.french import NBSP, NNBSP
from guide.mission import contract, load_mission
from guide.pages import mission_banner
from guide.typography import FrenchTypography, french_text

ROOT = PROJECT_ROOT
S, N = NBSP, NNBSP


def site_extensions() -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions of mkdocs.yml and their settings."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    names, settings = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        settings[name] = options or {}
    return names, settings


EXTENSIONS, SETTINGS = site_extensions()


def render(text: str) -> str:
    return markdown.markdown(
        text, extensions=[*EXTENSIONS, "guide.typography"], extension_configs=SETTINGS
    )


# (what the author types, what the page's HTML must contain)
FIXED = [
    ("Qui part ?", f"<p>Qui part{N}?</p>"),
    ("Attention : oui ; non !", f"<p>Attention{S}: oui{N}; non{N}!</p>"),
    ("une mission « exploratoire »", f"<p>une mission «{N}exploratoire{N}»</p>"),
    ("une mission «exploratoire»", f"<p>une mission «{N}exploratoire{N}»</p>"),
    (f"déjà «{S}écrit{S}» : oui", f"<p>déjà «{N}écrit{N}»{S}: oui</p>"),
    (f"déjà juste{N}? «{N}oui{N}»", f"<p>déjà juste{N}? «{N}oui{N}»</p>"),
    ("le « 1 % » eau", f"<p>le «{N}1{N}%{N}» eau</p>"),
    ("l'équipe : d’accord ?", f"<p>l’équipe{S}: d’accord{N}?</p>"),  # ' typed becomes ’
    ("« c&nbsp;» &amp; : x", f"«{N}c&nbsp;» &amp;{S}: x"),
    ("une phrase\n? suite", f"<p>une phrase{N}? suite</p>"),  # a line break is a space
    # Across inline elements: a link, emphasis, code, an image, raw inline HTML.
    ("« [le lien](page.md) » ?", f'«{N}<a href="page.md">le lien</a>{N}»{N}?'),
    ("[lien](url) ?", f'<a href="url">lien</a>{N}?'),
    ("*mot* : x", f"<em>mot</em>{S}: x"),
    ("`code` ?", f"<code>code</code>{N}?"),
    ("« `code` »", f"«{N}<code>code</code>{N}»"),
    ("Voir ![plan](plan.png) !", f'<img alt="plan" src="plan.png" />{N}!'),
    ('<span title="a : b">c : d</span>', f'<span title="a : b">c{S}: d</span>'),
    ("mot <b>?</b>", f"mot{N}<b>?</b>"),
    ("<https://exemple.fr/> ?", f'<a href="https://exemple.fr/">https://exemple.fr/</a>{N}?'),
    # Blocks: headings, list items, tasks, tables, definitions, admonitions, details.
    ("## Qui part ?", f'<h2 id="qui-part">Qui part{N}?'),
    ("## Titre ? { #mon-id title='a : b' }", f'<h2 id="mon-id" title="a : b">Titre{N}?'),
    ("Texte ?\n{: #para title='x ; y' }", f'<p id="para" title="x ; y">Texte{N}?</p>'),
    ("- Un point ;\n- Un autre !", f"<li>Un point{N};</li>\n<li>Un autre{N}!</li>"),
    ("- [ ] Une tâche ?\n  { #une-tache }", f"</label> Une tâche{N}?</li>"),
    ("| Qui ? | Taux |\n| --- | ---: |\n| a ; b | 10 % |", f"<td>a{N}; b</td>"),
    ("| Qui ? | Taux |\n| --- | ---: |\n| a ; b | 10 % |", f"<th>Qui{N}?</th>"),
    ("| Qui ? | Taux |\n| --- | ---: |\n| a ; b | 10 % |", f">10{N}%</td>"),
    ("Terme ?\n:   Définition : suite", f"<dt>Terme{N}?</dt>\n<dd>Définition{S}: suite</dd>"),
    (
        '!!! warning "Attention !"\n\n    Texte : suite',
        f'<p class="admonition-title">Attention{N}!</p>\n<p>Texte{S}: suite</p>',
    ),
    ('??? note "Pourquoi ?"\n\n    Parce que !', f"<summary>Pourquoi{N}?</summary>"),
    ('<div class="x" markdown>\nDans un bloc : oui\n</div>', f"<p>Dans un bloc{S}: oui</p>"),
]


@pytest.mark.parametrize(("typed", "expected"), FIXED)
def test_prose_gets_french_no_break_spaces(typed, expected):
    assert expected in render(typed)


# What is not prose keeps every character as typed (the HTML must contain the second string,
# and no no-break space at all).
UNTOUCHED = [
    ("`a : b ?` et ```x ; y```", "<code>a : b ?</code> et <code>x ; y</code>"),
    ("```\nclé : valeur ?\n```", "clé : valeur ?"),
    ("~~~~text\nclé : valeur ?\n~~~~", "clé : valeur ?"),
    ("- Liste\n\n    ```\n    a : b ?\n    ```", "a : b ?"),
    ("    code indenté : oui ?", "code indenté : oui ?"),
    ("<script>a ? b : c;</script>", "<script>a ? b : c;</script>"),
    ("<pre>a : b</pre>", "<pre>a : b</pre>"),
    ("<kbd>Ctrl :</kbd> <code>a ; b</code>", "<kbd>Ctrl :</kbd> <code>a ; b</code>"),
    ('<div title="a : b">Bloc HTML : tel quel</div>', '<div title="a : b">Bloc HTML : tel quel'),
    ("<!-- note : à voir ? -->", "<!-- note : à voir ? -->"),
    (
        '[texte](https://exemple.fr/?a=b&c=d "titre : oui ?")',
        '<a href="https://exemple.fr/?a=b&amp;c=d" title="titre : oui ?">texte</a>',
    ),
    ("[texte](<page ?.md>)", 'href="page ?.md"'),
    ("https://exemple.fr/page?x=1", "https://exemple.fr/page?x=1"),
    ("<https://exemple.fr/?a=b>", '<a href="https://exemple.fr/?a=b">https://exemple.fr/?a=b</a>'),
    ("{{ macro('a : b') }} et {% if a ; b %}", "{{ macro('a : b') }} et {% if a ; b %}"),
    ("- [ ] Une tâche\n  { #une-tache }", 'id="une-tache"'),
    ("## Titre { #titre-a title='a : b' }", '<h2 id="titre-a" title="a : b">Titre'),
    ("!!! note\n\n    Texte", '<p class="admonition-title">Note</p>'),
    ("Terme\n:   Définition", "<dd>Définition</dd>"),
    ("mot \\! échappé", "mot ! échappé"),  # a backslash keeps the author's space
    ("a&nbsp;: b et «&nbsp;c&nbsp;»", "a&nbsp;: b et «&nbsp;c&nbsp;»"),
    ("Pas d'espace: ici", "Pas d’espace: ici"),  # only typed spaces are replaced
]


@pytest.mark.parametrize(("typed", "expected"), UNTOUCHED)
def test_code_markup_targets_and_attributes_stay_as_typed(typed, expected):
    page = render(typed)
    assert expected in page
    assert NBSP not in page and NNBSP not in page


def test_placeholders_of_raw_html_stay_whole():
    page = render('Avant <span class="x">un</span> : <em>deux</em> ? <br> après !')
    assert page == (f'<p>Avant <span class="x">un</span>{S}: <em>deux</em>{N}? <br> après{N}!</p>')
    assert "\x02" not in page and "\x03" not in page


def test_fixing_twice_changes_nothing():
    once = render("Qui part ? « Oui » : ; ! 5 %")
    md = markdown.Markdown(extensions=["md_in_html", "guide.typography"])
    assert md.convert(f'<div markdown="1">\n{once}\n</div>').count(N) == once.count(N)


def test_toc_keeps_the_ids_and_copies_fixed_headings():
    md = markdown.Markdown(extensions=[*EXTENSIONS, FrenchTypography()], extension_configs=SETTINGS)
    page = md.convert("# Qui part ?\n\n## Attention : oui")
    assert f'<h1 id="qui-part">Qui part{N}?' in page
    assert f'<h2 id="attention-oui">Attention{S}: oui' in page
    # Python-Markdown's TOC folds every space of a heading into an ordinary one.
    assert [token["id"] for token in md.toc_tokens] == ["qui-part"]
    assert md.toc_tokens[0]["children"][0]["html"] == f"Attention{S}: oui"


def test_runs_after_inline_patterns_and_attr_list_and_before_toc():
    md = markdown.Markdown(extensions=[*EXTENSIONS, "guide.typography"], extension_configs=SETTINGS)
    position = md.treeprocessors.get_index_for_name  # the order they run in
    assert position("inline") < position("attr_list") < position("french_typography")
    assert position("french_typography") < position("toc")


def test_the_site_registers_the_extension_from_macros_not_mkdocs_yml():
    # mkdocs.yml's extensions are imported before the project's folder is on the import path.
    assert "guide.typography" not in EXTENSIONS
    glue = (ROOT / "macros" / "__init__.py").read_text("utf-8")
    assert 'env.conf["markdown_extensions"].append(FrenchTypography())' in glue
    assert "french_spacing" not in glue


TEXT_CASES = [
    ("Qui part ?", f"Qui part{N}?"),
    ("Attention : oui ; non !", f"Attention{S}: oui{N}; non{N}!"),
    ("«exploratoire»", f"«{N}exploratoire{N}»"),
    ("1 %", f"1{N}%"),
    ("a :b", f"a{S}:b"),
    ("a: b", "a: b"),
]


@pytest.mark.parametrize(("typed", "expected"), TEXT_CASES)
def test_french_text_on_plain_text(typed, expected):
    assert french_text(typed) == expected


@pytest.mark.parametrize(
    ("before", "text", "after", "expected"),
    [
        ("n", " ?", "", f"{N}?"),  # « lien ? » after a link
        ("", "lien ", "?", f"lien{N}"),
        ("«", "texte", "", f"{N}texte"),
        ("", "texte", "»", f"texte{N}"),
        ("x", " : ", "y", f"{S}: "),
        ("", "", "", ""),
    ],
)
def test_french_text_sees_the_characters_around(before, text, after, expected):
    assert french_text(text, before, after) == expected


def test_generated_html_carries_the_spacing():
    """Raw HTML that the macros write is set aside by Markdown: it is spaced when written."""
    mission = load_mission(ROOT / "mission.yml", docs_dir=ROOT / "docs")
    assert f"Mission exploratoire{S}: " in mission_banner(mission)
    assert f"prend en charge{S}&#58;</p>" in terms_page(mission)
    assert f"prend en charge{S}&#58;</p>" in terms_page(None)
    assert f"sur place{S}&#58;</p>" in form_page(contract())
    assert f"termes de référence{S}: ils" in form_page(contract())
