"""The built site: the whole seed guide is there, tasks have unique IDs, nothing is loaded from
another host, and the strict build refuses broken links and badly written tasks."""

import html
import re
from pathlib import Path

import pytest
from support import build_in_process, copy_project, read_html

# The seed's sections: (page URL, a heading of that page that carries the section).
SEED_SECTIONS = [
    ("", "Finalité"),
    ("objectifs/", "Objectifs de la mission"),
    ("", "Qui part ?"),
    ("", "Combien de temps ?"),
    ("avant-de-partir/", "Avant de partir"),
    ("sur-place/", "Sur place"),
    ("sur-place/", "Dans la commune partenaire"),
    ("sur-place/", "Sur le territoire partenaire"),
]

# Every statement of the seed, as it reads on the site (page URL, text).
SEED_TEXTS = [
    ("", "va normalement conduire à un engagement et doit aboutir, naturellement, à un projet"),
    ("", "sera interprété par la collectivité partenaire comme un signe fort de motivation"),
    ("", "2 ou 3 élus"),
    ("", "un fonctionnaire chargé de mission"),
    ("", "Si les partenaires se sont déjà rencontrés, une mission peut être de quelques jours."),
    ("objectifs/", "rencontrer son partenaire (personnes et territoire)"),
    ("objectifs/", "connaître et se faire connaître"),
    ("objectifs/", "échanger sur les motivations et les attentes de chacun"),
    ("objectifs/", "définir les bases et le cadre de la coopération"),
    (
        "objectifs/",
        "préparer une première version d'accords, voire signer un protocole d'intention",
    ),
    ("objectifs/", "cela dépend de l'avancée des discussions"),
    ("avant-de-partir/", "Le souhait de connaître le territoire de l'autre est réciproque"),
    ("avant-de-partir/", "les objectifs de la mission"),
    ("avant-de-partir/", "les résultats à atteindre"),
    ("avant-de-partir/", "le programme détaillé de la mission avec les rencontres et visites"),
    ("avant-de-partir/", "les responsabilités de chaque collectivité dans l'organisation"),
    ("avant-de-partir/", "Le temps est toujours trop court et les imprévus souvent au rendez-vous"),
    ("sur-place/", "le Maire et son équipe municipale"),
    ("sur-place/", "Le choix et l'ordre des personnes à rencontrer seront laissés à la CT"),
    ("sur-place/", "les partenaires devront se quitter avec une vision assez claire et précise"),
    ("sur-place/", "Se laisser le temps de se connaître avant de se lancer dans un programme"),
    ("sur-place/", "Il est important de rencontrer les autorités françaises et les autorités"),
]

# Every action of the seed is a task: (page URL, task ID, text the task carries).
SEED_TASKS = [
    ("avant-de-partir/", "informer-partenaire", "Informer le partenaire et définir avec lui"),
    ("avant-de-partir/", "s-informer-contexte", "S'informer sur le contexte national, régional"),
    ("avant-de-partir/", "prevoir-materiel", "Prévoir du matériel (photos, livres"),
    ("avant-de-partir/", "document-presentation", "document de présentation de la commune"),
    ("avant-de-partir/", "preparer-termes-de-reference", "Préparer les termes de référence"),
    ("avant-de-partir/", "preparer-roles", "le rôle et les interventions de chacun"),
    ("sur-place/", "rencontrer-autorites-locales", "Rencontrer les autorités locales, leaders"),
    ("sur-place/", "reunions-de-travail", "Réunions de travail et d'échange avec le maire"),
    ("sur-place/", "evoquer-attentes-motivations", "l'expression des attentes et des motivations"),
    ("sur-place/", "evoquer-animation-cooperation", "l'animation de la coopération décentralisée"),
    ("sur-place/", "evoquer-calendrier", "le calendrier à venir ?"),
    ("sur-place/", "rencontrer-scac", "Rencontrer le SCAC (ambassade de France"),
]


def visible_text(markup: str) -> str:
    """Text of an HTML fragment as a reader sees it, spaces normalised (no-break ones too)."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.DOTALL)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def article(markup: str) -> str:
    """The page's main content (without navigation)."""
    match = re.search(r"<article\b.*?</article>", markup, flags=re.DOTALL)
    assert match, "page sans <article>"
    return match.group(0)


def task_items(markup: str) -> dict[str, str]:
    """Task items of a page: id -> visible text."""
    items = {}
    for match in re.finditer(r'<li class="task-list-item"[^>]*\bid="([^"]+)"[^>]*>', markup):
        end = markup.find("</li>", match.end())
        items[match.group(1)] = visible_text(markup[match.end() : end])
    return items


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize(("page", "heading"), SEED_SECTIONS)
def test_every_seed_section_has_its_heading(built_site, page, heading):
    headings = re.findall(r"<h[12][^>]*>(.*?)</h[12]>", article(read_html(built_site, page)))
    assert heading in [visible_text(h).rstrip("¶").strip() for h in headings]


@pytest.mark.parametrize(("page", "text"), SEED_TEXTS)
def test_every_seed_statement_is_on_its_page(built_site, page, text):
    assert text.casefold() in visible_text(article(read_html(built_site, page))).casefold()


@pytest.mark.parametrize(("page", "task_id", "text"), SEED_TASKS)
def test_every_seed_action_is_a_task_with_its_id(built_site, page, task_id, text):
    items = task_items(read_html(built_site, page))
    assert task_id in items, f"tâche « {task_id} » absente de {page}"
    assert text.casefold() in items[task_id].casefold()


def test_seed_remarks_are_admonitions(built_site):
    remarks = {
        "": 1,  # ☞ on the home page
        "avant-de-partir/": 1,
        "sur-place/": 3,
    }
    for page, count in remarks.items():
        markup = article(read_html(built_site, page))
        assert len(re.findall(r'class="admonition note"', markup)) >= count, page
    warning = re.search(
        r'class="admonition warning".*?</div>', read_html(built_site, "sur-place/"), re.DOTALL
    )
    assert warning and "Attention" in warning.group(0)


def test_no_stray_placeholder_dots(built_site):
    for page in ["sur-place/", "avant-de-partir/"]:
        text = visible_text(article(read_html(built_site, page)))
        assert not re.search(r"(^|[\s(])(o\s+)?(\.\.\.|…)\s*\??(\s|$)", text), page
    # The seed's two open lists are completed from mission.yml, or invite the authority to
    # complete them (both cases: tests/content/test_fork.py).
    on_site = visible_text(article(read_html(built_site, "sur-place/")))
    assert "le Maire et son équipe municipale" in on_site


def test_task_ids_are_unique_across_the_site(built_site):
    seen: dict[str, Path] = {}
    for path in html_pages(built_site):
        if "outils" in path.parts:  # the printable checklist repeats tasks as data-task-id
            continue
        for task_id in task_items(path.read_text("utf-8")):
            assert task_id not in seen, f"« {task_id} » dans {path} et {seen[task_id]}"
            seen[task_id] = path
    assert len(seen) >= len(SEED_TASKS)


def test_every_task_item_has_an_id(built_site):
    for path in html_pages(built_site):
        markup = path.read_text("utf-8")
        for item in re.findall(r'<li class="task-list-item"[^>]*>', markup):
            assert 'id="' in item, f"tâche sans identifiant dans {path}: {item}"


def test_pages_are_french_with_a_meta_description(built_site):
    for path in html_pages(built_site):
        markup = path.read_text("utf-8")
        if "404" in path.name:
            continue
        assert '<html lang="fr"' in markup, path
        description = re.search(r'<meta name="description" content="([^"]+)"', markup)
        assert description and len(description.group(1)) > 40, path


# Elements and attributes that make the browser load something.
LOADING_ATTRIBUTES = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed|track|input)\b[^>]*?\b(?:src|srcset|poster)"
    r'\s*=\s*["\']([^"\']+)|<link\b[^>]*?\bhref\s*=\s*["\']([^"\']+)|<object\b[^>]*?\bdata'
    r'\s*=\s*["\']([^"\']+)',
    re.IGNORECASE,
)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)""", re.IGNORECASE)
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def test_no_page_loads_anything_from_another_host(built_site):
    offending = []
    for path in html_pages(built_site):
        markup = path.read_text("utf-8")
        for match in LOADING_ATTRIBUTES.finditer(markup):
            url = next(group for group in match.groups() if group)
            tag = match.group(0)
            if tag.lower().startswith("<link") and re.search(
                r'rel=["\']?(canonical|alternate|next|prev|prefetch-disabled)', tag
            ):
                continue  # a link relation, not a resource the browser loads
            if REMOTE.match(url.strip()):
                offending.append(f"{path.relative_to(built_site)}: {url}")
        for style in re.findall(r"<style\b.*?</style>|style=\"[^\"]*\"", markup, re.DOTALL):
            offending += [
                f"{path}: {u}" for u in CSS_URL.findall(style) if REMOTE.match(u[0] or u[1])
            ]
    for path in sorted(built_site.rglob("*.css")):
        for groups in CSS_URL.findall(path.read_text("utf-8", errors="replace")):
            url = groups[0] or groups[1]
            if REMOTE.match(url.strip()):
                offending.append(f"{path.relative_to(built_site)}: {url}")
    assert offending == []


def build_with_addition(tmp_path, page: str, addition: str):
    """Build a copy of the project where `addition` ends docs/`page`; return (result, output).

    Also returns the number of lines the page had, for messages that name a line."""
    project = copy_project(tmp_path / "projet")
    source = project / "docs" / page
    original = source.read_text("utf-8")
    source.write_text(original + addition, "utf-8")
    result = build_in_process(project, tmp_path / "site")
    return result, result.stdout + result.stderr, original.count("\n")


def test_broken_internal_link_fails_the_strict_build(tmp_path):
    result, output, _ = build_with_addition(
        tmp_path, "objectifs.md", "\nVoir [la page](page-inexistante.md).\n"
    )
    assert result.returncode != 0
    assert "page-inexistante.md" in output


def test_broken_anchor_fails_the_strict_build(tmp_path):
    result, output, _ = build_with_addition(
        tmp_path, "objectifs.md", "\nVoir [l'étape](avant-de-partir.md#ancre-absente).\n"
    )
    assert result.returncode != 0
    assert "ancre-absente" in output


def test_duplicated_task_id_fails_with_the_id_named(tmp_path):
    result, output, _ = build_with_addition(
        tmp_path, "sur-place.md", "\n- [ ] Une tâche copiée\n  { #informer-partenaire }\n"
    )
    assert result.returncode != 0
    assert "« informer-partenaire » est déjà utilisé" in output
    assert "Traceback" not in output
    assert not (tmp_path / "site" / "index.html").exists()


def test_task_without_id_fails_with_file_and_line(tmp_path):
    result, output, lines = build_with_addition(tmp_path, "sur-place.md", "\n- [ ] Tâche oubliée\n")
    assert result.returncode != 0
    assert f"docs/sur-place.md, ligne {lines + 2}" in output
    assert "Tâche oubliée" in output and "Traceback" not in output
