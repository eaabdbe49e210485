"""A fork: another authority replaces mission.yml and gets a guide with its names everywhere.

- The fresh-fork test copies the project's files, writes another authority's mission.yml (a
  département, a partner in another country, names with apostrophes, accents and « & »),
  builds strictly, and looks for the new names on the pages, in the .docx and the .ics, and
  for the example's names in every file of the built site (none may remain).
- The publishing workflows (GitHub Actions, GitLab CI) are valid and run the make targets.
- The site's identity and the open lists are unit-tested without MkDocs.
"""

import gzip
import html
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from markupsafe import Markup
from support import PROJECT_ROOT, built, copy_project, read_html

from guide import site
from guide.mission import json_schema, load_mission, validate

# --- Another authority's mission ------------------------------------------------------------

AUTHORITY = "Département de l'Aube-Claire & Côte-d'Émeraude"
PARTNER = "Commune urbaine d'Ambohitsara-Lôvy"
COUNTRY = "Madagascar"
DELEGATE = "Hélène O'Brien-Lefort"
ACTIVITY = "Atelier « eau & assainissement »"

FORK_MISSION = f"""\
# La mission d'une autre collectivité (noms inventés).
site:
  logo: assets/logo-du-departement.svg
  couleur: brown
collectivite:
  nom: "{AUTHORITY}"
  type: departement
  region: Grand-Est-Imaginaire
partenaire:
  nom: "{PARTNER}"
  pays: {COUNTRY}
  langue: malgache et français
  executif: le maire
mission:
  debut: 2028-10-09
  fin: 2028-10-13
  fuseau_horaire: Indian/Antananarivo
  lieu: Ambohitsara-Lôvy
delegation:
  - nom: "{DELEGATE}"
    fonction: Vice-présidente chargée de la solidarité internationale
    qualite: elu
    role: Conduit la délégation.
  - nom: Jérôme Ravelonandro
    fonction: Chef du service des relations internationales
    qualite: agent
    role: Organise la mission et rédige le compte rendu.
objectifs:
  - Rencontrer les élus d'Ambohitsara-Lôvy.
resultats_attendus:
  - Un relevé de décisions.
programme:
  - date: 2028-10-09
    debut: "09:00"
    fin: "10:30"
    type: visite_de_courtoisie
    intitule: Accueil à l'hôtel de ville d'Ambohitsara-Lôvy
    lieu: Hôtel de ville
  - date: 2028-10-10
    debut: "14:00"
    fin: "17:00"
    type: reunion_de_travail
    intitule: "{ACTIVITY}"
    lieu: Salle des fêtes
    participants:
      - "{DELEGATE}"
responsabilites:
  collectivite:
    - Les billets d'avion.
  partenaire:
    - Les rendez-vous sur place.
"""

LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<circle cx="12" cy="12" r="10" fill="#fff"/></svg>\n'
)


def example_names() -> list[str]:
    """The names of the example shipped in mission.yml, that a fork must not show anywhere."""
    example = load_mission(PROJECT_ROOT / "mission.yml")
    names = {example.collectivite.nom, example.partenaire.nom, example.site_title}
    names |= {member.nom for member in example.delegation}
    for authority in (example.collectivite.nom, example.partenaire.nom):
        # "Commune de Val-Fleuri" -> "Val-Fleuri": the name without its kind.
        names.add(re.split(r"\b(?:de la |de l'|du |des |de |d')", authority)[-1])
    return sorted(names)


def visible_text(markup: str) -> str:
    """Text of HTML as a reader sees it (tags removed, entities decoded, spaces joined)."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", markup.replace("<wbr>", ""), flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def readable_text(path: Path) -> str | None:
    """The text held by a built file (HTML, JSON, XML, .docx parts, .ics, gzip), or None."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix in (".docx", ".zip"):  # a Word file's XML parts, an archive's text files
        parts = []
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                try:
                    parts.append(archive.read(name).decode("utf-8"))
                except UnicodeDecodeError:
                    continue
        return visible_text(" ".join(parts))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None  # images, fonts
    if path.suffix == ".json":
        text = json.dumps(json.loads(text), ensure_ascii=False)
    if path.suffix == ".ics":
        text = re.sub(r"\r?\n[ \t]", "", text).replace("\\,", ",").replace("\\;", ";")
    return " ".join(html.unescape(html.unescape(text)).split())


@pytest.fixture(scope="module")
def fork_site(tmp_path_factory) -> Path:
    """A fresh fork with another authority's mission.yml and logo, built strictly."""
    project = copy_project(tmp_path_factory.mktemp("fork") / "project")
    (project / "mission.yml").write_text(FORK_MISSION, "utf-8")
    (project / "docs/assets/logo-du-departement.svg").write_text(LOGO, "utf-8")
    return built(project, tmp_path_factory, "fork-departement-logo")


def article(markup: str) -> str:
    """The page's own content (without the header, navigation and footer)."""
    return re.search(r"<article.*?</article>", markup, re.DOTALL).group(0)


def page_text(site_dir: Path, page: str) -> str:
    return visible_text(read_html(site_dir, page))


def test_fork_names_on_home_page_titles_and_descriptions(fork_site):
    home = read_html(fork_site, "")
    text = visible_text(home)
    for name in (AUTHORITY, PARTNER, COUNTRY):
        assert name in text
    title = re.search(r"<title>(.*?)</title>", home).group(1)
    assert "& " not in title and "&amp;" in title  # escaped for HTML, shown as typed
    assert AUTHORITY in html.unescape(title) and PARTNER in html.unescape(title)
    for page in ("", "sur-place/", "adapter-ce-guide/"):
        markup = read_html(fork_site, page)
        description = re.search(r'<meta name="description" content="([^"]*)"', markup)
        assert AUTHORITY in html.unescape(description.group(1)), page
        title = html.unescape(re.search(r"<title>(.*?)</title>", markup).group(1))
        assert AUTHORITY in title, page
    header = re.search(r'class="md-header__topic">(.*?)</div>', home, re.DOTALL).group(1)
    assert AUTHORITY in visible_text(header)


def test_fork_logo_and_colour(fork_site):
    home = read_html(fork_site, "")
    assert re.search(r'<img src="[^"]*assets/logo-du-departement\.svg" alt="logo"', home)
    assert re.search(r'rel="icon" href="[^"]*assets/logo-du-departement\.svg"', home)
    assert 'data-md-color-primary="brown"' in home
    assert (fork_site / "assets/logo-du-departement.svg").is_file()


def test_fork_names_on_checklist_and_terms_of_reference(fork_site):
    checklist = page_text(fork_site, "outils/checklist/")
    assert AUTHORITY in checklist and PARTNER in checklist
    terms = page_text(fork_site, "outils/termes-de-reference/")
    for name in (AUTHORITY, PARTNER, COUNTRY, DELEGATE, ACTIVITY):
        assert name in terms


def test_fork_names_in_downloads(fork_site):
    from docx import Document
    from icalendar import Calendar

    documents = sorted(fork_site.rglob("*.docx"))
    calendars = sorted(fork_site.rglob("*.ics"))
    assert documents and calendars
    filled = [path for path in documents if AUTHORITY in readable_text(path)]
    assert filled, "aucun .docx ne nomme la collectivité"
    word = Document(str(filled[0]))
    paragraphs = [p.text for p in word.paragraphs]
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    # In French typography, as on the page: « eau & assainissement » inside no-break spaces.
    words = " ".join(paragraphs + cells).replace("\u202f", " ").replace("\u00a0", " ")
    for name in (AUTHORITY, PARTNER, DELEGATE, ACTIVITY):
        assert name in words
    programme = [path for path in calendars if path.name == "programme-de-la-mission.ics"]
    calendar = Calendar.from_ical(programme[0].read_bytes())
    summaries = [str(event.get("SUMMARY")) for event in calendar.walk("VEVENT")]
    assert any(ACTIVITY in summary for summary in summaries)
    assert len(summaries) == 2


def test_fork_invites_to_complete_the_open_lists(fork_site):
    on_site = read_html(fork_site, "sur-place/")
    text = visible_text(on_site)
    assert "le Maire et son équipe municipale" in text
    assert text.count("À compléter par votre collectivité") == 2
    assert "rencontres.personnes" in text and "rencontres.institutions" in text
    assert on_site.count('href="../adapter-ce-guide/#rencontres"') == 2


def test_no_example_name_remains_anywhere_in_the_fork(fork_site):
    names = example_names()
    assert len(names) >= 6
    found = []
    checked = 0
    for path in sorted(p for p in fork_site.rglob("*") if p.is_file()):
        text = readable_text(path)
        if text is None:
            continue
        checked += 1
        found += [f"{path.relative_to(fork_site)} : « {n} »" for n in names if n in text]
    assert checked > 20
    assert not found, "Noms de l'exemple restés dans la copie :\n" + "\n".join(found)


# --- The example site: open lists filled, adapter page ---------------------------------------


def test_example_open_lists_come_from_mission_yml(built_site):
    example = load_mission(PROJECT_ROOT / "mission.yml")
    text = page_text(built_site, "sur-place/")
    rencontres = example.rencontres
    if rencontres is None or not (rencontres.personnes and rencontres.institutions):
        pytest.skip("l'exemple ne remplit pas les deux listes de rencontres")
    for value in [*rencontres.personnes, *rencontres.institutions]:
        assert value.rstrip(" .;,") in text
    assert text.index("le Maire et son équipe municipale") < text.index(rencontres.personnes[0])
    assert text.index("Rencontrer le SCAC") < text.index(rencontres.institutions[0])


def test_adapter_page_lists_every_key_of_mission_yml(built_site):
    markup = read_html(built_site, "adapter-ce-guide/")
    text = visible_text(markup)
    for row in site.mission_keys(json_schema()):
        assert row.path in text, row.path
    for step in ("Fork", "mission.yml", "Commit changes", "Settings", "GitHub Actions", "Pages"):
        assert step in text
    assert "make serve" in text and "make test" in text
    home = read_html(built_site, "")
    nav_link = re.search(r'<a href="adapter-ce-guide/" class="md-nav__link">(.*?)</a>', home, re.S)
    assert nav_link and "Adapter ce guide" in visible_text(nav_link.group(1))
    assert "Adapter ce guide à votre collectivité" in visible_text(article(home))


# --- The publishing workflows ----------------------------------------------------------------

GITHUB_WORKFLOWS = sorted((PROJECT_ROOT / ".github/workflows").glob("*.yml"))
GITLAB_CI = PROJECT_ROOT / ".gitlab-ci.yml"


def make_targets() -> set[str]:
    makefile = (PROJECT_ROOT / "Makefile").read_text("utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))


def commands(job: dict) -> str:
    steps = job.get("steps") or []
    lines = [step.get("run", "") for step in steps] + list(job.get("script") or [])
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("path", "schema"),
    [(path, "vendor.github-workflows") for path in GITHUB_WORKFLOWS]
    + [(GITLAB_CI, "vendor.gitlab-ci")],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_workflow_matches_its_schema(path, schema):
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_github_workflow_builds_tests_and_deploys():
    assert len(GITHUB_WORKFLOWS) == 1
    workflow = yaml.safe_load(GITHUB_WORKFLOWS[0].read_text("utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    jobs = workflow["jobs"]
    assert set(jobs) == {"verifier", "tests", "publier"}
    for name, job in jobs.items():
        assert job["runs-on"] == "ubuntu-latest", name
        assert job["steps"] and all("uses" in s or "run" in s for s in job["steps"]), name
        used = {re.sub(r"^make (\w+).*", r"\1", c) for c in re.findall(r"make \w+", commands(job))}
        assert used <= make_targets(), name
    assert "make build" in commands(jobs["verifier"])
    # The tests: Debian's Chromium and node, the same `make test`, in forks too (the engine
    # tests build a site of their own; the shipped content's tests step aside by themselves).
    assert "make test" in commands(jobs["tests"])
    assert "apt-get install" in commands(jobs["tests"]) and "chromium" in commands(jobs["tests"])
    assert "nodejs" in commands(jobs["tests"])
    assert jobs["tests"]["container"]["image"].endswith("bookworm")
    assert "if" not in jobs["tests"]
    # The deployment: after both, never for a pull request, only from the default branch.
    deploy = jobs["publier"]
    assert set(deploy["needs"]) == {"verifier", "tests"}
    for condition in ("pull_request", "default_branch", "needs.tests.result"):
        assert condition in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    uses = [step.get("uses", "") for step in deploy["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    upload = next(
        s for s in deploy["steps"] if s.get("uses", "").startswith("actions/upload-pages")
    )
    assert upload["with"]["path"] == "site"  # where `make build` writes the site
    planned = subprocess.run(
        ["make", "--dry-run", "--always-make", "build"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--site-dir site" in planned
    assert workflow["permissions"] == {"contents": "read"}


def test_gitlab_pages_job_runs_the_same_make_targets():
    ci = yaml.safe_load(GITLAB_CI.read_text("utf-8"))
    assert ci["image"].endswith("bookworm")
    pages = ci["pages"]
    assert "make build" in commands(pages)
    assert "mv site public" in commands(pages)
    assert pages["artifacts"]["paths"] == ["public"]
    assert any("CI_DEFAULT_BRANCH" in rule["if"] for rule in pages["rules"])
    assert "make build" in commands(ci["verifier"])
    tests = ci["tests"]
    assert "make test" in commands(tests) and "chromium" in commands(tests)
    assert "nodejs" in commands(tests)
    assert not any(rule.get("when") == "manual" for rule in tests["rules"])  # forks too
    for name in ("pages", "verifier", "tests"):
        used = set(re.findall(r"make (\w+)", commands(ci[name])))
        assert used <= make_targets(), name


# --- The site's identity and the open lists, without MkDocs ----------------------------------


def example_data() -> dict:
    from guide.mission.dialect import read_yaml

    # The guide's dialect: numbers such as budget amounts stay texts, as at build time.
    return read_yaml((PROJECT_ROOT / "mission.yml").read_text("utf-8"))[0]


def mission_with(**changes):
    data = example_data()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return validate(data)


class FakeConfig(dict):
    """The few keys of a MkDocs config that apply_to_config writes."""


def fake_config() -> FakeConfig:
    palette = [{"scheme": "default", "primary": "indigo", "accent": "indigo"}] + [
        {"scheme": "slate", "primary": "indigo", "accent": "indigo"}
    ]
    return FakeConfig(site_name="x", site_description="y", theme={"palette": palette})


def test_default_title_names_both_authorities_and_hostile_title_stays_text():
    mission = mission_with(site=None)
    identity = site.site_identity(mission)
    assert mission.collectivite.nom in identity.title and mission.partenaire.nom in identity.title
    assert identity.logo is None and identity.colour is None
    hostile = mission_with(site={"titre": "<script>alert(1)</script> & {{ config }}"})
    config = fake_config()
    site.apply_to_config(config, hostile)
    assert isinstance(config["site_name"], Markup)
    assert "<script>" not in config["site_name"]
    assert html.unescape(str(config["site_name"])) == "<script>alert(1)</script> & {{ config }}"
    assert config["theme"]["palette"][0]["primary"] == "indigo"  # no colour given: unchanged


def test_colour_applies_to_both_schemes_and_accent_only_when_material_has_it():
    config = fake_config()
    site.apply_to_config(config, mission_with(site={"couleur": "deep purple"}))
    assert [p["primary"] for p in config["theme"]["palette"]] == ["deep purple"] * 2
    assert [p["accent"] for p in config["theme"]["palette"]] == ["deep purple"] * 2
    config = fake_config()
    site.apply_to_config(config, mission_with(site={"couleur": "blue grey"}))
    assert [p["primary"] for p in config["theme"]["palette"]] == ["blue grey"] * 2
    assert [p["accent"] for p in config["theme"]["palette"]] == ["indigo"] * 2


def test_page_description_starts_with_the_mission():
    mission = mission_with()
    own = "Sur place,\n  pendant la mission."
    described = site.page_description(mission, own)
    assert described.startswith(mission.collectivite.nom)
    assert described.endswith("Sur place, pendant la mission.")
    assert site.page_description(mission, None) == site.site_identity(mission).description


def test_open_lists_escape_values_and_punctuate_in_french():
    mission = mission_with(
        rencontres={
            "personnes": ["Le chef <b>de</b>   village.", "{{ config }} & *co*"],
            "institutions": ["L'agence [x](javascript:alert(1))"],
        }
    )
    people = site.people_to_meet(mission).split("\n")
    assert len(people) == 2 and all(line.startswith("- ") for line in people)
    assert people[0].endswith(" ;") and people[1].endswith(".")
    assert "<b>" not in people[0] and "{{" not in people[1] and "*co*" not in people[1]
    assert html.unescape(people[0]) == "- Le chef <b>de</b> village ;"
    assert html.unescape(people[1]) == "- {{ config }} & *co*."
    institutions = site.institutions_to_meet(mission)
    assert "](" not in institutions and "L'agence" in html.unescape(institutions)


def test_open_lists_invite_to_complete_mission_yml_when_absent():
    mission = mission_with(rencontres=None)
    people = site.people_to_meet(mission)
    assert people.startswith("- *À compléter par votre collectivité :*")
    assert "rencontres.personnes" in people and "adapter-ce-guide.md#rencontres" in people
    institutions = site.institutions_to_meet(mission)
    assert "rencontres.institutions" in institutions and "\n" not in institutions


def test_key_table_follows_the_model():
    rows = {row.path: row for row in site.mission_keys(json_schema())}
    assert rows["collectivite.nom"].required and not rows["site.titre"].required
    assert rows["programme[…].fin"].required and not rows["programme[…].lieu"].required
    assert not rows["rencontres.personnes"].required
    assert "departement" in rows["collectivite.type"].choices
    table = site.mission_keys_table(json_schema())
    assert table.count("\n") == len(rows) + 1


def test_repository_link_only_for_a_web_address():
    url = "https://github.com/une-collectivite/mission_exploratoire"
    link = site.repository_sentence(url)
    assert link.startswith("<a href=") and "_" not in link  # Markdown-inert
    assert html.unescape(link).count(url) == 2
    for bad in ("", "javascript:alert(1)", 'https://x.example/" onclick="alert(1)'):
        assert "<a" not in site.repository_sentence(bad)
