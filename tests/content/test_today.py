"""« Aujourd'hui » (guide/today.py, today.js) at 390 px: the day of the clock in the mission's
time zone, the current and the next activity, the hours in France, who speaks, the points a
working meeting covers (the tasks of « Sur place »), the day picker, the sentences before and
after the mission. The clock is set through window.guideNow."""

import pytest
from playwright.sync_api import expect
from support import PROJECT_ROOT

from guide.pages import folder
from guide.project import load_project

SHIFTS = """
window.guideShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.guideShifts.push(entry.value);
}).observe({type: "layout-shift", buffered: true});
"""


PHONE_CLOCK = (
    "L’horloge de ce téléphone est à plus d’un an des dates de la mission (du 2 au 6\u00a0mars "
    "2027)\u00a0: si elle n’indique pas la date du jour, corrigez-la"
)


def open_at(context, site_url, instant: str):
    page = context.new_page()
    page.add_init_script(f"window.guideNow = {instant!r};" + SHIFTS)
    page.goto(site_url + folder("today") + "/", wait_until="load")
    return page


def test_during_the_mission_now_and_next_with_the_meeting_points(phone, site_url):
    # 16 h 45 at Dakar (UTC+0), 17 h 45 in Paris: the working meeting of the first day.
    page = open_at(phone, site_url, "2027-03-02T16:45:00Z")
    status = page.locator("[data-guide-today-status]")
    expect(status).to_contain_text(
        "En ce moment (16\u00a0h\u00a030\u00a0–\u00a018\u00a0h)\u00a0: Présentation croisée "
        "des deux collectivités"
    )
    expect(status).to_contain_text("Ensuite, le mercredi 3\u00a0mars 2027 à 9\u00a0h\u00a0: Visite")
    current = page.locator(".guide-today__activity.is-current")
    expect(current).to_have_count(1)
    expect(current.locator("h3")).to_have_text("Présentation croisée des deux collectivités")
    expect(current).to_contain_text("en France\u00a0: 17\u00a0h\u00a030\u00a0–\u00a019\u00a0h")
    expect(current).to_contain_text("Maire de Kéra-Sobo : accueil et présentation de la commune")
    # The points to cover are the « Sur place » page's tasks, in its words.
    project = load_project(PROJECT_ROOT, PROJECT_ROOT / "docs")
    task = next(t for t in project.tasks if t.id == "evoquer-attentes-motivations")
    assert "attentes et des motivations" in task.text
    expect(current).to_contain_text("l’expression des attentes et des motivations de chacun")
    expect(current).to_contain_text("le calendrier à venir")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert sum(page.evaluate("window.guideShifts")) <= 0.01

    page.get_by_role("button", name="jeudi 4 mars").click()
    expect(page.locator("[data-guide-day='2027-03-04']")).to_be_visible()
    expect(page.locator("[data-guide-day='2027-03-02']")).to_be_hidden()
    expect(page.get_by_role("button", name="jeudi 4 mars")).to_have_attribute(
        "aria-pressed", "true"
    )


@pytest.mark.parametrize(
    ("instant", "sentence"),
    [
        pytest.param(
            "2027-02-01T10:00:00Z",
            "La mission n’a pas commencé\u00a0: elle a lieu du 2 au 6",
            id="avant",
        ),
        pytest.param("2027-04-01T10:00:00Z", "La mission est terminée (du 2 au 6", id="apres"),
        # Within a year of the mission: the clock may be right, the plain sentences.
        pytest.param("2026-03-05T10:00:00Z", "La mission n’a pas commencé", id="un-an-avant"),
        pytest.param("2028-03-01T10:00:00Z", "La mission est terminée", id="un-an-apres"),
        # Further: a clock that lost its date (reset to 2000) is told to be checked.
        pytest.param("2000-01-01T00:00:00Z", PHONE_CLOCK, id="horloge-2000"),
        pytest.param("2026-02-01T10:00:00Z", PHONE_CLOCK, id="horloge-avant"),
        pytest.param("2028-04-01T10:00:00Z", PHONE_CLOCK, id="horloge-apres"),
    ],
)
def test_before_and_after_the_mission_it_says_so(phone, site_url, instant, sentence):
    page = open_at(phone, site_url, instant)
    expect(page.locator("[data-guide-today-status]")).to_contain_text(sentence)
    expect(page.locator(".guide-today__activity.is-current")).to_have_count(0)
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert sum(page.evaluate("window.guideShifts")) <= 0.01


def open_home_at(context, site_url, instant: str):
    page = context.new_page()
    page.add_init_script(f"window.guideNow = {instant!r};" + SHIFTS)
    page.goto(site_url, wait_until="load")
    expect(page.locator("[data-mission-countdown]")).to_have_count(1)  # progress.js ran
    return page


def test_the_home_page_links_to_today_during_the_mission_only(phone, site_url):
    # The mission's days at Dakar: from 2 March 2027, 0 h, to 6 March, 24 h (UTC+0).
    for instant, during in (
        ("2027-03-01T23:59:00Z", False),
        ("2027-03-02T00:00:00Z", True),
        ("2027-03-04T15:00:00Z", True),
        ("2027-03-06T23:59:00Z", True),
        ("2027-03-07T00:00:00Z", False),
    ):
        page = open_home_at(phone, site_url, instant)
        line = page.locator(".mission-banner .mission-today")
        countdown = page.locator("[data-mission-countdown]")
        if during:
            expect(line).to_be_visible()
            expect(line).to_have_text("Aujourd’hui\u00a0: le programme du jour")
            expect(countdown).to_be_hidden()
            page.evaluate(
                "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"
            )
            assert sum(page.evaluate("window.guideShifts")) <= 0.01, instant
            if instant.startswith("2027-03-04"):
                line.click()
                expect(page).to_have_url(site_url + folder("today") + "/")
        else:
            expect(line).to_be_hidden()
            expect(countdown).to_be_visible()
        page.close()
