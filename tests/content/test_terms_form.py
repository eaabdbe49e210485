"""The terms of reference filled in the browser (outils/remplir-les-termes-de-reference/).

The page is the blank template made editable (guide/documents/pages.py, form_page) and
checked with the contract of mission.yml (guide/mission/contract.py, contract). These tests
type like a user, then compare what the page says and writes with what the Python side says
and builds.
"""

import copy
import html
import io
import json
import re
from functools import partial

import pytest
import yaml
from playwright.sync_api import expect
from pypdf import PdfReader
from support import (
    INSTANT_READY,
    PROJECT_ROOT,
    build_in_process,
    copy_project,
    read_html,
    scheme_violations,
)

from guide.check import project_tasks
from guide.errors import GuideError as MissionError
from guide.mission import contract, load_mission, read_yaml, validate
from guide.planning import task_catalogue
from guide.vocabulary import word, worded_tasks

pytestmark = pytest.mark.browser

FORM_PAGE = "outils/remplir-les-termes-de-reference/"
FILLED_PAGE = "outils/termes-de-reference/"
STORE_KEY = "guide:/termes-de-reference"
LOGO = "assets/logo-de-test.svg"

# Lists of the form (their "add" button) and whether they start with one empty entry.
LISTS = {
    "objectifs": 1,
    "resultats_attendus": 1,
    "responsabilites.collectivite": 1,
    "responsabilites.partenaire": 1,
    "delegation": 1,
    "programme": 1,
    "rencontres.personnes": 0,
    "rencontres.institutions": 0,
    "budget": 0,
    "suites": 0,
}


def example_data(entries: int = 12) -> dict:
    """The repository's example, with `entries` programme entries and every optional key."""
    data, _ = read_yaml((PROJECT_ROOT / "mission.yml").read_text("utf-8"))
    data = copy.deepcopy(data)
    data["programme"] = data["programme"][:entries]
    data["programme"][1]["id"] = "accueil-par-le-maire"
    data["programme"][2]["intitule"] = "Réunion : « bilan » # 1, l'eau & {{ config }}"
    data["site"]["logo"] = LOGO
    return data


def path_text(path) -> str:
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def typed_values(data, path=()) -> dict[str, str]:
    """What a user types in each control: path text -> text (participants: one per line)."""
    values = {}
    if isinstance(data, dict):
        for key, value in data.items():
            values.update(typed_values(value, (*path, key)))
    elif isinstance(data, list) and any(isinstance(p, int) for p in path):
        values[path_text(path)] = "\n".join(data)  # participants of an activity
    elif isinstance(data, list):
        for index, value in enumerate(data):
            values.update(typed_values(value, (*path, index)))
    elif isinstance(data, bool):  # taches.*.sans_objet: a checkbox, "true" when ticked
        values[path_text(path)] = "true" if data else ""
    else:
        values[path_text(path)] = str(data)
    return values


def list_rows(page, name: str):
    listing = page.locator(f'[data-liste="{name}"][data-element]')
    return listing.locator(":scope > li, :scope > tbody > tr")


def open_form(page, site_url):
    page.goto(site_url + FORM_PAGE)
    page.wait_for_selector("[data-terms-form][data-pret]")


def fill_form(page, data: dict):
    """Type `data` into the form like a user: add rows, then fill every control.

    Each « add » button and every control is first checked to be shown and enabled; then
    each is clicked or typed into without Playwright's per-action waits for a still page,
    which cost most of the time of typing 180 fields and check nothing more."""
    for name, start in LISTS.items():
        wanted = len(
            data.get(name.split(".")[0], {}).get(name.split(".")[1], [])
            if "." in name
            else data.get(name, [])
        )
        add = page.locator(f'[data-ajouter="{name}"]')
        if wanted > start:
            expect(add).to_be_visible()
            expect(add).to_be_enabled()
        for _ in range(wanted - start):
            add.click(force=True)
        expect(list_rows(page, name)).to_have_count(wanted)
    values = typed_values(data)
    kinds = page.eval_on_selector_all(
        ".terms-form-control",
        """nodes => Object.fromEntries(nodes.map(node => [node.dataset.chemin,
            !node.checkVisibility() || node.disabled || node.readOnly ? 'hors d’atteinte'
            : node.tagName === 'SELECT' ? 'select' : node.type]))""",
    )
    found = {chemin: kinds.get(chemin, "absent") for chemin in values}
    assert {c: kind for c, kind in found.items() if kind in ("absent", "hors d’atteinte")} == {}
    for chemin, value in values.items():
        control = page.locator(f'.terms-form-control[data-chemin="{chemin}"]')
        if kinds[chemin] == "select":
            control.select_option(value, force=True)
        elif kinds[chemin] == "checkbox":
            control.set_checked(value == "true", force=True)
        else:
            control.fill(value, force=True)


def import_data(page, data: dict, folder) -> None:
    """Fill the form with `data` by importing it as a mission.yml file (for tests of what
    follows: typing itself is tested with `fill_form`)."""
    path = folder / "mission.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    page.set_input_files("[data-fichier]", str(path))
    expect(page.locator("[data-etat]")).to_contain_text("importé")
    assert validate(page_data(page)) == validate(data)


def form_values(page) -> dict[str, str]:
    return page.eval_on_selector_all(
        ".terms-form-control",
        "nodes => Object.fromEntries(nodes.map(n => [n.dataset.chemin,"
        " n.type === 'checkbox' ? (n.checked ? 'true' : '') : n.value]))",
    )


def page_data(page) -> dict:
    """The mission.yml data the page checks and exports (from what was typed)."""
    return page.evaluate(
        "() => { const f = TermsForm.current(); return f.checker.toData(f.state) }"
    )


def python_problems(data: dict) -> list[tuple[str, str]]:
    """(key path, message) of the build's validation for `data` (no file: no line numbers)."""
    try:
        validate(data)
    except MissionError as error:
        return [tuple(m.removeprefix("mission.yml, ").split(" : ", 1)) for m in error.messages]
    return []


def flat(text: str) -> str:
    """Text without spaces, hyphens or line breaks (PDF and HTML wrap lines differently)."""
    return re.sub(r"[\s\u00ad\-‐]+", "", text)


# --- The page ------------------------------------------------------------------------------


def test_form_page_holds_the_contract_and_the_blank_template(built_site):
    markup = read_html(built_site, FORM_PAGE)
    found = re.search(r'id="contrat-mission-yml" data-contrat="([^"]*)"', markup)
    # The contract, and nothing of mission.yml's comments (issue 28.4); its tasks in the
    # mission's words (« Faire voter par le conseil municipal »).
    mission = load_mission(PROJECT_ROOT / "mission.yml")
    tasks = worded_tasks(project_tasks(PROJECT_ROOT), partial(word, mission))
    assert json.loads(html.unescape(found.group(1))) == json.loads(
        json.dumps(contract(task_catalogue(tasks)), ensure_ascii=False)
    )
    assert "Exemple : Commune de Val-Fleuri" not in html.unescape(found.group(1))
    # The same document as the blank template: same title and section headings.
    blank = read_html(built_site, "outils/termes-de-reference-vierge/")
    headings = re.compile(r'<h2 id="([^"]+)"')
    assert headings.findall(blank) == headings.findall(markup)[: len(headings.findall(blank))]
    assert "data-terms-form" in markup and 'data-modele="programme"' in markup


def test_every_key_of_the_contract_has_a_control(page, site_url):
    open_form(page, site_url)
    for name, start in LISTS.items():
        if not start:
            page.click(f'[data-ajouter="{name}"]')
    keys = {re.sub(r"\[\d+\]", "", chemin) for chemin in form_values(page)}
    keys = {re.sub(r"^taches\.[^.]+\.", "taches.*.", key) for key in keys}  # one row per task
    schema = contract()["schema"]

    def leaves(node, prefix=""):
        while "$ref" in node or "anyOf" in node:
            node = (
                schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
                if "$ref" in node
                else next(s for s in node["anyOf"] if s.get("type") != "null")
            )
        if "x-traductions" in node:  # partenaire.executif: its title, and the person's keys
            person = set(node["x-traductions"]["properties"]) - {"fr", "en", "es", "pt", "titre"}
            return {prefix} | {f"{prefix}.{key}" for key in person}
        if isinstance(node.get("additionalProperties"), dict):  # taches, by task ID
            return leaves(node["additionalProperties"], f"{prefix}.*")
        if node.get("type") == "object":
            return {
                leaf
                for key, sub in node["properties"].items()
                for leaf in leaves(sub, f"{prefix}.{key}" if prefix else key)
            }
        items = node.get("items", {})
        if node.get("type") == "array" and ("$ref" in items or items.get("type") == "object"):
            return leaves(items, prefix)
        return {prefix}

    assert keys == leaves(schema)


def test_fill_every_field_reload_print_export_and_build(page, site_url, tmp_path):
    data = example_data(12)
    open_form(page, site_url)
    fill_form(page, data)
    typed = form_values(page)

    # Saved as the user types: the same values after a reload.
    page.reload()
    page.wait_for_selector("[data-terms-form][data-pret]")
    assert form_values(page) == typed
    assert typed == {chemin: "" for chemin in typed} | typed_values(data)
    assert not python_problems(page_data(page))

    # Printed with the site's print rules: the values on at most 3 A4 pages, no controls.
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = flat("".join(p.extract_text() for p in pdf.pages))
    assert len(pdf.pages) <= 3
    for value in (
        data["collectivite"]["nom"],
        data["partenaire"]["pays"],
        *data["objectifs"],
        *(entry["intitule"] for entry in data["programme"]),
        *(member["role"] for member in data["delegation"]),
        *data["responsabilites"]["partenaire"],
        "2 mars 2027",  # dates and times in French
        "15 h – 16 h",
    ):
        assert flat(value) in text, value
    for screen_only in ("Ajouter", "Exporter", "(à choisir)", LOGO, "accueil-par-le-maire"):
        assert flat(screen_only) not in text

    # Exported: a mission.yml that the build accepts, with the same values.
    with page.expect_download() as download:
        page.click('[data-action="exporter"]')
    exported = download.value
    assert exported.suggested_filename == "mission.yml"
    text = exported.path().read_text("utf-8")
    assert text.startswith("# ") and "AAAA-MM-JJ" in text.split("\n\n")[0]
    # Dates and times quoted: any YAML tool reads them as texts (issue 28.3).
    assert 'debut: "08:30"' in text and 'debut: "2027-03-02"' in text
    assert text.count("# True si la tâche ne s'applique pas") == 1  # explained once
    parsed, _ = read_yaml(text)
    assert validate(parsed) == validate(data)

    project = copy_project(tmp_path / "projet")
    (project / "mission.yml").write_text(text, "utf-8")
    (project / "docs" / LOGO).write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', "utf-8"
    )
    result = build_in_process(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    built = flat(html.unescape(re.sub(r"<[^>]+>", "", read_html(tmp_path / "site", FILLED_PAGE))))
    shown = [
        *(
            data[group][key]
            for group in ("collectivite", "partenaire")
            for key in data[group]
            if isinstance(data[group][key], str)  # the executive signs documents, not terms
        ),
        data["mission"]["lieu"],
        *data["objectifs"],
        *data["resultats_attendus"],
        *(data["responsabilites"]["collectivite"] + data["responsabilites"]["partenaire"]),
        *(
            entry[key]
            for entry in data["programme"]
            for key in ("intitule", "lieu")
            if key in entry
        ),
        *(person for entry in data["programme"] for person in entry.get("participants", [])),
        *(member[key] for member in data["delegation"] for key in ("nom", "fonction", "role")),
    ]
    for value in shown:
        if value != "commune":  # shown by its label, « Commune »
            assert flat(value) in built, value


def test_invalid_entries_show_the_build_messages(page, site_url, tmp_path):
    open_form(page, site_url)
    import_data(page, example_data(3), tmp_path)
    page.fill(
        '.terms-form-control[data-chemin="programme[2].date"]', "2027-04-10"
    )  # outside the mission
    page.fill('.terms-form-control[data-chemin="programme[3].fin"]', "07:00")  # before its start
    page.fill('.terms-form-control[data-chemin="collectivite.nom"]', "")  # required
    page.fill('.terms-form-control[data-chemin="collectivite.site_web"]', "www.exemple")
    page.fill('.terms-form-control[data-chemin="mission.fuseau_horaire"]', "Dakar")
    page.fill('.terms-form-control[data-chemin="objectifs[2]"]', "   ")
    page.click('.terms-form-control[data-chemin="mission.lieu"]')  # leave the last field
    problems = python_problems(page_data(page))
    assert {chemin for chemin, _ in problems} == {
        "programme[2].date",
        "programme[3].fin",
        "collectivite.nom",
        "collectivite.site_web",
        "mission.fuseau_horaire",
        "objectifs[2]",
    }
    assert "Africa/Dakar" in dict(problems)["mission.fuseau_horaire"]  # the suggestion too
    assert_shown_next_to_fields(page, problems)
    page.fill('.terms-form-control[data-chemin="mission.fin"]', "2027-03-01")  # before the start
    page.click('.terms-form-control[data-chemin="mission.lieu"]')
    problems = python_problems(page_data(page))
    assert "mission.fin" in dict(problems)
    assert_shown_next_to_fields(page, problems)

    # Export refuses, and lists the same messages as the build would.
    page.click('[data-action="exporter"]')
    box = page.locator("[data-messages]")
    expect(box).to_be_visible()
    listed = box_messages(page)
    assert [build for build, _ in listed] == [
        f"mission.yml, {chemin} : {message}" for chemin, message in problems
    ]
    # Each message names the field as the form labels it; the key path follows, in small.
    for (_, field), (chemin, _) in zip(listed, problems, strict=True):
        control = page.locator(f'.terms-form-control[data-chemin="{chemin}"]')
        assert field == control.get_attribute("aria-label")


def box_messages(page) -> list[tuple[str, str]]:
    """The messages of the form's box, each as (the build's wording « file, line, path :
    message », the field's label it starts with, or "")."""
    return [
        tuple(pair)
        for pair in page.evaluate(
            """() => [...document.querySelectorAll('[data-messages] li')].map(li => {
                const field = li.querySelector('.terms-form-message-field');
                const where = li.querySelector('.terms-form-message-where');
                if (!field) return [li.textContent, ''];
                const text = li.querySelector('.terms-form-message-text').textContent;
                return [where.textContent + ' : ' + text, field.textContent];
            })"""
        )
    ]


def assert_shown_next_to_fields(page, problems):
    for chemin, message in problems:
        control = page.locator(f'.terms-form-control[data-chemin="{chemin}"]')
        expect(control).to_have_attribute("aria-invalid", "true")
        described = control.get_attribute("aria-describedby")
        expect(page.locator(f"#{described}")).to_have_text(message)
    invalid = page.locator('.terms-form-control[aria-invalid="true"]')
    expect(invalid).to_have_count(len({chemin for chemin, _ in problems}))


def test_untouched_empty_form_shows_no_message_until_export(page, site_url):
    open_form(page, site_url)
    expect(page.locator(".terms-form-error:visible")).to_have_count(0)
    page.click('[data-action="exporter"]')
    expect(page.locator("[data-messages]")).to_be_focused()
    assert_shown_next_to_fields(page, python_problems(page_data(page)))
    expect(page.locator("[data-erreur-liste]:visible")).to_have_count(0)  # lists have an entry


def test_import_the_example_fills_the_form(page, site_url):
    open_form(page, site_url)
    page.set_input_files("[data-fichier]", str(PROJECT_ROOT / "mission.yml"))
    expect(page.locator("[data-etat]")).to_contain_text("importé")
    data, _ = read_yaml((PROJECT_ROOT / "mission.yml").read_text("utf-8"))
    values = form_values(page)
    assert values == {chemin: "" for chemin in values} | typed_values(data)
    expect(list_rows(page, "programme")).to_have_count(len(data["programme"]))
    expect(page.locator(".terms-subtitle")).to_contain_text(data["partenaire"]["nom"])
    assert validate(page_data(page)) == validate(data)


def test_a_text_area_grows_with_its_text(page, site_url):
    open_form(page, site_url)
    area = page.locator("textarea.terms-form-control").first
    empty = area.bounding_box()["height"]
    area.fill("un\ndeux\ntrois\nquatre\ncinq")
    assert area.bounding_box()["height"] > 2.5 * empty  # five lines show, no scroll bar


def test_import_a_flow_style_file_fills_the_form(page, site_url):
    """A mission written with braces and brackets (issue 28.2) imports as the build reads it."""
    flow = PROJECT_ROOT / "tests" / "engine" / "legacy_missions" / "flux-une-ligne.yml"
    open_form(page, site_url)
    page.set_input_files("[data-fichier]", str(flow))
    expect(page.locator("[data-etat]")).to_contain_text("importé")
    data, _ = read_yaml(flow.read_text("utf-8"))
    expect(list_rows(page, "programme")).to_have_count(len(data["programme"]))
    assert form_values(page)["collectivite.departement"] == "07"
    assert validate(page_data(page)) == validate(data)


@pytest.mark.parametrize(
    "content",
    [
        "collectivte:\n  nom: X\n",
        (PROJECT_ROOT / "mission.yml")
        .read_text("utf-8")
        .replace("type: commune", "type: comune")
        .replace("fin: 2027-03-06", "fin: 2027-03-01")
        .replace('fin: "12:30"', 'fin: "7:00"'),
        (PROJECT_ROOT / "mission.yml")
        .read_text("utf-8")
        .replace("qualite: elu", "qualite: élu", 1)
        .replace("    lieu: Sous-préfecture", "    lieux: Sous-préfecture")
        .replace("  pays: Sénégal", "  pays:")
        .replace("date: 2027-03-04", "date: 2027-03-09", 1)
        .replace("  - Un calendrier pour", "  - 2027\n  - Un calendrier pour"),
        "# Seulement un commentaire\n",
        # optional keys: the message says what the key expects, as the build does
        (PROJECT_ROOT / "mission.yml")
        .read_text("utf-8")
        .replace("  departement: Drôme", '  departement: ""')
        .replace("    lieu: Sous-préfecture", "    lieu: [Sous-préfecture]"),
    ],
    ids=["unknown-key", "three-mistakes", "five-mistakes", "empty", "optional-keys"],
)
def test_import_an_invalid_file_changes_nothing(page, site_url, tmp_path, content):
    open_form(page, site_url)
    page.fill('.terms-form-control[data-chemin="collectivite.nom"]', "Commune de Test")
    before = form_values(page), page.evaluate(f"localStorage.getItem({json.dumps(STORE_KEY)})")
    bad = tmp_path / "mission.yml"
    bad.write_text(content, "utf-8")
    page.set_input_files("[data-fichier]", str(bad))
    box = page.locator("[data-messages]")
    expect(box).to_be_visible()
    expect(box).to_contain_text("le formulaire n’a pas changé")
    data, lines = read_yaml(content)
    try:  # the build's messages, with the same line numbers
        validate(data, lines)
    except MissionError as error:
        expected = error.messages
    assert [build for build, _ in box_messages(page)] == expected
    after = form_values(page), page.evaluate(f"localStorage.getItem({json.dumps(STORE_KEY)})")
    assert after == before


def test_import_a_file_that_is_not_yaml(page, site_url, tmp_path):
    open_form(page, site_url)
    bad = tmp_path / "mission.yml"
    bad.write_text('collectivite:\n  nom: "Commune\n  type: commune\n', "utf-8")
    page.set_input_files("[data-fichier]", str(bad))
    expect(page.locator("[data-messages] li")).to_contain_text(
        "le fichier n'est pas un YAML valable"
    )


def test_lists_grow_move_and_shrink(page, site_url):
    open_form(page, site_url)
    for _ in range(2):
        page.click('[data-ajouter="objectifs"]')
    for index, text in enumerate(("Premier", "Deuxième", "Troisième"), start=1):
        page.fill(f'.terms-form-control[data-chemin="objectifs[{index}]"]', text)
    page.get_by_role("button", name="Monter : Objectif 3").click()
    expect(page.get_by_role("button", name="Monter : Objectif 2")).to_be_focused()
    page.get_by_role("button", name="Supprimer : Objectif 1").click()
    assert page_data(page)["objectifs"] == ["Troisième", "Deuxième"]
    expect(page.get_by_role("textbox", name="Objectif 2")).to_have_value("Deuxième")
    page.click('[data-ajouter="programme"]')
    expect(page.locator('.terms-form-control[data-chemin="programme[2].date"]')).to_be_focused()
    expect(
        page.locator('.terms-form-control[data-chemin="programme[2].type"]')
    ).to_have_accessible_name("Type, activité 2")
    options = page.locator(
        '.terms-form-control[data-chemin="programme[2].type"] option'
    ).all_inner_texts()
    entry_type = contract()["schema"]["$defs"]["Activite"]["properties"]["type"]
    assert options[1:] == [entry_type["x-libelles"][value] for value in entry_type["enum"]]
    # Sorted like the filled document: by date, then time.
    page.click('[data-ajouter="programme"]')
    for number, (day, start) in enumerate(
        [("2027-03-04", "09:00"), ("2027-03-02", "14:00"), ("2027-03-02", "08:00")], start=1
    ):
        page.fill(f'.terms-form-control[data-chemin="programme[{number}].date"]', day)
        page.fill(f'.terms-form-control[data-chemin="programme[{number}].debut"]', start)
    page.click('[data-classer="programme"]')
    starts = [(e["date"], e["debut"]) for e in page_data(page)["programme"]]
    assert starts == [("2027-03-02", "08:00"), ("2027-03-02", "14:00"), ("2027-03-04", "09:00")]


def test_clear_everything_asks_first(page, site_url):
    open_form(page, site_url)
    page.fill('.terms-form-control[data-chemin="partenaire.nom"]', "Commune partenaire")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click('[data-action="effacer"]')
    expect(page.locator('.terms-form-control[data-chemin="partenaire.nom"]')).to_have_value(
        "Commune partenaire"
    )
    page.once("dialog", lambda dialog: dialog.accept())
    page.click('[data-action="effacer"]')
    expect(page.locator('.terms-form-control[data-chemin="partenaire.nom"]')).to_have_value("")
    page.reload()
    page.wait_for_selector("[data-terms-form][data-pret]")
    expect(page.locator('.terms-form-control[data-chemin="partenaire.nom"]')).to_have_value("")


HOSTILE = [
    "Réunion : bilan",
    "# pas un commentaire",
    "a #b",
    "'apostrophes'",
    '"guillemets"',
    "- tiret",
    "yes",
    "null",
    "12",
    "1.5",
    "@arobase",
    "`code`",
    "{{ config }}",
    "[liste]",
    "* étoile",
    "& esperluette",
    "! point",
    "% pour cent",
    "emoji 😀 et accents éàç",
    "fin avec deux-points:",
    "barre \\ oblique",
    "ligne\ncoupée",
    "contrôle \u0085 \u2028",
]


def test_export_quotes_what_yaml_needs(page, site_url):
    open_form(page, site_url)
    data = example_data(3)
    data["objectifs"] = HOSTILE
    text = page.evaluate("data => TermsForm.current().checker.toYaml(data)", data)
    parsed, _ = read_yaml(text)
    assert parsed["objectifs"] == HOSTILE
    assert validate(parsed) == validate(data)
    assert "- Réunion : bilan" not in text and '- "Réunion : bilan"' in text
    assert "\n  - emoji 😀 et accents éàç\n" in text  # plain when it is safe


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_form_is_accessible_light_and_dark(page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)  # before the first visit: Material keeps its choice
    open_form(page, site_url)
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    page.fill('.terms-form-control[data-chemin="collectivite.site_web"]', "pas une adresse")
    page.click('.terms-form-control[data-chemin="mission.lieu"]')
    expect(page.locator(".terms-form-error:visible")).to_have_count(1)
    assert scheme_violations(page, scheme) == []


def test_form_works_after_instant_navigation(page, instant_site_url):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(instant_site_url + FILLED_PAGE, wait_until=INSTANT_READY)
    page.evaluate("window.sameDocument = true")
    page.get_by_role("link", name="Remplir en ligne").click()
    page.wait_for_selector("[data-terms-form][data-pret]")
    assert page.evaluate("window.sameDocument === true")  # instant navigation, no reload
    page.fill('.terms-form-control[data-chemin="partenaire.nom"]', "Commune partenaire")
    page.get_by_role("link", name="Checklist à imprimer").first.click()
    page.wait_for_url("**/checklist/")
    page.go_back()
    page.wait_for_selector("[data-terms-form][data-pret]")
    name = page.locator('.terms-form-control[data-chemin="partenaire.nom"]')
    expect(name).to_have_value("Commune partenaire")
    expect(page.locator(".terms-subtitle")).to_contain_text("Commune partenaire")
    assert errors == []


@pytest.mark.browser
def test_period_on_paper_reads_like_the_documents(page, site_url):
    """On paper the form writes the dates as the terms do (« du 2 au 5 mars 2027 »: one period
    formatter, french.js), and « (fuseau : … ) » keeps its parenthesis with the field."""
    open_form(page, site_url)
    page.fill('.terms-form-control[data-chemin="mission.debut"]', "2027-03-02")
    page.fill('.terms-form-control[data-chemin="mission.fin"]', "2027-03-05")
    page.click('.terms-form-control[data-chemin="mission.lieu"]')
    page.emulate_media(media="print")
    texts = page.locator(".terms-period").all_inner_texts()
    assert texts and all(text.strip() == "du 2 au 5 mars 2027" for text in texts), texts
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 390, "height": 800})
    keep = page.locator(".terms-form-keep:has([data-chemin='mission.fuseau_horaire'])").first
    box = keep.bounding_box()
    assert box and box["height"] < 60, box  # the field and « ) » on one line


def test_the_documents_language_offers_each_locale_and_suggests_one(page, site_url, tmp_path):
    """partenaire.langue_des_documents: a list of the locales with their French names (es-PE:
    espagnol (Pérou)); a misspelt one gets the build's message and the right spelling."""
    open_form(page, site_url)
    import_data(page, example_data(3), tmp_path)
    chemin = "partenaire.langue_des_documents"
    control = page.locator(f'.terms-form-control[data-chemin="{chemin}"]')
    assert control.get_attribute("list") == "terms-form-langues"
    labels = page.eval_on_selector_all(
        "#terms-form-langues option", "options => options.map(o => [o.value, o.label])"
    )
    assert ["pt-BR", "portugais (Brésil)"] in labels and ["es", "espagnol"] in labels
    control.fill("pt_br")
    page.click('.terms-form-control[data-chemin="mission.lieu"]')
    problems = dict(python_problems(page_data(page)))
    assert "« pt-BR »" in problems[chemin]
    assert_shown_next_to_fields(page, list(problems.items()))


def test_the_partners_executive_takes_a_name_after_its_title(page, site_url, tmp_path):
    """partenaire.executif typed as a title, then a name and a civilité: the export is the
    mapping (titre, nom, civilite), which the build reads; a file with the mapping, imported,
    shows its title in the title's control."""
    open_form(page, site_url)
    import_data(page, example_data(3), tmp_path)
    control = ".terms-form-control[data-chemin='partenaire.executif{}']"
    page.locator(control.format("")).fill("le maire")
    page.locator(control.format(".nom")).fill("Kofi Mensah")
    page.locator(control.format(".civilite")).select_option("monsieur")
    data = page_data(page)
    executive = {"titre": "le maire", "nom": "Kofi Mensah", "civilite": "monsieur"}
    assert data["partenaire"]["executif"] == executive
    assert python_problems(data) == []
    text = (PROJECT_ROOT / "mission.yml").read_text("utf-8")
    imported = tmp_path / "mission.yml"
    imported.write_text(
        text.replace("  executif: le maire\n", "  executif:\n    titre: la gouverneure\n"
                     "    civilite: madame\n", 1), "utf-8"
    )  # fmt: skip
    page.set_input_files("[data-fichier]", str(imported))
    expect(page.locator("[data-etat]")).to_contain_text("importé")
    assert page.locator(control.format("")).input_value() == "la gouverneure"
    assert page.locator(control.format(".civilite")).input_value() == "madame"
    assert page_data(page)["partenaire"]["executif"] == {
        "titre": "la gouverneure",
        "civilite": "madame",
    }


def test_translated_participants_keep_their_translations_through_the_form(page, site_url, tmp_path):
    """Participants given in two languages (issue 25.5): their box shows the French lines; a
    line edited in place, one added and one removed, the export keeps each translation with
    its line and the build reads it."""
    text = (PROJECT_ROOT / "mission.yml").read_text("utf-8")
    before = "    participants:\n      - Délégation de Val-Fleuri\n      - Chauffeur"
    translated = (
        "    participants:\n      - fr: Délégation de Val-Fleuri\n"
        "        es: Delegación de Val-Fleuri\n      - Chauffeur"
    )
    assert before in text
    imported = tmp_path / "mission.yml"
    imported.write_text(text.replace(before, translated, 1), "utf-8")
    open_form(page, site_url)
    page.set_input_files("[data-fichier]", str(imported))
    expect(page.locator("[data-etat]")).to_contain_text("importé")
    box = page.locator('.terms-form-control[data-chemin="programme[1].participants"]')
    assert box.input_value().split("\n") == [
        "Délégation de Val-Fleuri",
        "Chauffeur de la commune de Kéra-Sobo",
    ]
    box.fill("Délégation de Val Fleuri\nChauffeur de la commune de Kéra-Sobo")  # in place
    assert page_data(page)["programme"][0]["participants"][0] == {
        "fr": "Délégation de Val Fleuri",
        "es": "Delegación de Val-Fleuri",
    }
    box.fill("Interprète\nDélégation de Val Fleuri")  # one added, one removed, moved
    participants = page_data(page)["programme"][0]["participants"]
    assert participants == [
        "Interprète",
        {"fr": "Délégation de Val Fleuri", "es": "Delegación de Val-Fleuri"},
    ]
    page.reload()
    page.wait_for_selector("[data-terms-form][data-pret]")
    assert box.input_value() == "Interprète\nDélégation de Val Fleuri"
    assert page_data(page)["programme"][0]["participants"] == participants
    assert python_problems(page_data(page)) == []
