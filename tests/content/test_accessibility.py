"""Accessibility of every built page: axe-core in light and dark themes, and the keyboard.

Pages are read from the built site, so a page added to the guide is covered with no edit here.
"""

import re
from pathlib import Path

import pytest
from support import both_schemes_violations, distinct_pages, read_html

pytestmark = pytest.mark.browser

# Interactive elements inside the page's content: ours (task boxes, buttons and links added by
# the guide's scripts and pages), not Material's header, navigation and footer.
CONTROLS = (
    ".md-content a[href], .md-content button, .md-content input, .md-content select, "
    ".md-content textarea, .md-content summary, .md-content [tabindex]:not([tabindex='-1']), "
    ".md-content [role=button], .md-content [role=checkbox], .md-content [onclick]"
)


# Each page-by-page check runs in two halves of the pages, which the test workers share.
HALVES = [0, 1]


@pytest.mark.parametrize("half", HALVES)
def test_no_axe_violation_on_any_page(browser, built_site, site_url, half):
    """Every axe rule in the light theme, then the colour rules in the dark one, on each page
    loaded once."""
    context = browser.new_context(locale="fr-FR", color_scheme="light")
    page = context.new_page()
    problems = {}
    for path in distinct_pages(built_site)[half::2]:
        page.goto(site_url + path, wait_until="load")
        found = both_schemes_violations(page)
        if found:
            problems[path or "/"] = found
    context.close()
    assert problems == {}, "\n".join(f"{p}: {v}" for p, found in problems.items() for v in found)


def test_the_dark_theme_is_styled_by_its_attribute_alone(built_site):
    """What both_schemes_violations relies on: no style sheet of the site (Material's, the
    guide's, those written into a page) styles by the system's colour scheme; the dark theme
    is Material's `data-md-color-scheme` attribute."""
    styled = []
    for path in sorted(built_site.rglob("*.css")):
        if "prefers-color-scheme" in path.read_text("utf-8", "replace"):
            styled.append(path.relative_to(built_site).as_posix())
    for page in distinct_pages(built_site):
        sheets = re.findall(r"<style.*?</style>", read_html(built_site, page), re.S)
        if any("prefers-color-scheme" in sheet for sheet in sheets):
            styled.append(page or "/")
    assert styled == []
    assert "data-md-color-scheme" in (built_site / "index.html").read_text("utf-8")


def _mark_controls(page) -> int:
    """Number every visible, enabled control of the content (data-kbd); return how many.
    A closed <details> shows only its summary, which is a control itself."""
    return page.evaluate(
        """(selector) => {
            let n = 0;
            for (const el of document.querySelectorAll(selector)) {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (el.disabled || box.width === 0 || box.height === 0
                    || style.visibility === 'hidden' || el.closest('[hidden], [inert]')
                    // inside a closed <details>: reached once its summary opens it
                    || el.closest('details:not([open]) > :not(summary)')) continue;
                el.dataset.kbd = String(n++);
            }
            return n;
        }""",
        CONTROLS,
    )


# What shows focus around a control: its own outline, shadow, background or underline, those of
# the label it sits in, of its neighbour (Material draws task boxes with a sibling) and of their
# ::before/::after. Focus is visible when this differs between focused and unfocused.
LOOK = """(el) => {
    const nodes = new Set([el, el.parentElement, el.nextElementSibling]);
    const label = el.closest('label');
    if (label) { nodes.add(label); label.querySelectorAll('*').forEach(n => nodes.add(n)); }
    const parts = [];
    for (const node of nodes) {
        if (!node) continue;
        for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(node, pseudo);
            parts.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
                        s.backgroundColor, s.textDecorationLine, s.borderColor,
                        s.content].join(' '));
        }
    }
    return parts.join('|');
}"""


# Each control the focus lands on, as (its number, its look, its name, whether it is in the
# content), recorded in the page as focus moves: the walk then costs one key press per stop
# and one read at the end. It starts from a mark put just before the content (Material's
# header, navigation and table of contents come first in the page, and hold none of ours)
# and ends where focus leaves the content.
RECORD_FOCUS = """(look) => {
    window.__focusWalk = [];
    document.addEventListener('focusin', (event) => {
        const el = event.target;
        window.__focusWalk.push({kbd: el.dataset ? el.dataset.kbd ?? null : null,
            look: eval(look)(el), inside: !!el.closest('.md-content'),
            name: (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName)
                  .trim().slice(0, 60)});
    }, true);
    const start = document.createElement('span');
    start.tabIndex = 0;
    start.style.position = 'absolute';
    const content = document.querySelector('.md-content') || document.body.firstElementChild;
    content.before(start);
    start.focus();
    window.__focusWalk = [];
}"""


def _tab_walk_problems(page, path: str) -> list[str]:
    """Tab reaches every control of the content, and focus shows on each."""
    problems = []
    total = _mark_controls(page)
    unfocused = page.evaluate(
        "(look) => Object.fromEntries([...document.querySelectorAll('[data-kbd]')]"
        ".map(el => [el.dataset.kbd, eval(look)(el)]))",
        LOOK,
    )
    page.evaluate(RECORD_FOCUS, LOOK)
    # Tab through the content until focus leaves it (or comes back around): pressed in
    # rounds of as many presses as controls are left, then read.
    reached, previous, seen, done = set(), None, 0, False
    for _ in range(8):
        for _ in range(max(total - len(reached), 0) + 10):
            page.keyboard.press("Tab")
        walk = page.evaluate("() => window.__focusWalk")
        for state in walk[seen:]:
            current = state["kbd"]
            if not state["inside"] or current in reached:
                done = True
                break
            if current is None or current == previous:  # not ours, or a date's next part
                previous = current
                continue
            reached.add(current)
            previous = current
            if state["look"] == unfocused[current]:
                problems.append(f"{path or '/'}: focus invisible sur « {state['name']} »")
        seen = len(walk)
        if done:
            break
    missing = total - len(reached)
    if missing:
        names = page.evaluate(
            """(reached) => [...document.querySelectorAll('[data-kbd]')]
                .filter(el => !reached.includes(el.dataset.kbd))
                .map(el => el.outerHTML.slice(0, 120))""",
            sorted(reached),
        )
        problems.append(f"{path or '/'}: {missing} hors d'atteinte au clavier : {names}")
    return problems


def _space_problems(page, path: str) -> tuple[bool, list[str]]:
    """(whether the page has task boxes, problems): Space ticks and unticks the first one."""
    boxes = page.locator(".md-content .task-list-item input[type=checkbox]:not([disabled])")
    if boxes.count() == 0:
        return False, []
    box = boxes.first
    before = box.is_checked()
    box.focus()
    page.keyboard.press("Space")
    if box.is_checked() == before:
        return True, [f"{path}: Espace ne coche pas la case"]
    page.keyboard.press("Space")
    if box.is_checked() != before:
        return True, [f"{path}: Espace ne décoche pas la case"]
    return True, []


def _button_problems(page, path: str) -> list[str]:
    """Our buttons are real <button> elements (Enter and Space work natively); summaries open
    with Enter."""
    fake = page.evaluate(
        """() => [...document.querySelectorAll(
                '.md-content [role=button], .md-content [onclick]')]
            .filter(el => !['BUTTON', 'A', 'INPUT', 'SUMMARY'].includes(el.tagName)
                && el.tabIndex < 0)
            .map(el => el.outerHTML.slice(0, 100))"""
    )
    problems = [f"{path}: faux bouton hors clavier {html}" for html in fake]
    summaries = page.locator(".md-content details > summary")
    for index in range(summaries.count()):
        summary = summaries.nth(index)
        if not summary.is_visible():
            continue
        details = summary.locator("xpath=..")
        before = details.evaluate("el => el.open")
        summary.focus()
        page.keyboard.press("Enter")
        if details.evaluate("el => el.open") == before:
            problems.append(f"{path}: Entrée n'ouvre pas « {summary.inner_text()[:40]} »")
    return problems


def _has_task_boxes(site: Path, path: str) -> bool:
    """Whether the page's content holds task boxes, read in its built HTML."""
    return 'class="task-list-item' in read_html(site, path).split("<body", 1)[1]


@pytest.mark.parametrize("half", HALVES)
def test_the_keyboard_reaches_and_operates_every_control(page, built_site, site_url, half):
    """On each page, loaded once: Tab reaches every control of the content and shows focus
    on it; Space ticks and unticks a task box; our buttons are real buttons; summaries open
    with Enter."""
    pages = distinct_pages(built_site)
    assert sum(_has_task_boxes(built_site, path) for path in pages) >= 2, (
        "le guide devrait avoir des pages de tâches à cocher"
    )
    problems, with_boxes = [], set()
    for path in pages[half::2]:
        page.goto(site_url + path, wait_until="load")
        problems += _tab_walk_problems(page, path)
        has_boxes, found = _space_problems(page, path)
        problems += found
        if has_boxes:
            with_boxes.add(path)
        problems += _button_problems(page, path)
    assert problems == [], "\n".join(problems)
    # Every page whose HTML has task boxes showed them, enabled, in the browser.
    assert with_boxes == {path for path in pages[half::2] if _has_task_boxes(built_site, path)}
