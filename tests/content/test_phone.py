"""On a phone (Chromium at 360 and 390 px): no page with a table or a form overflows, no word is
broken inside, every field of the form is wide enough for what it holds.

One dense test on the built site, at two widths: it visits every page that has a table or a form.
"""

import re

import pytest
from support import built_pages, read_html

# For each text node of the content: the words (no space, hyphen or slash inside) drawn on more
# than one line. Text in a visually hidden box (headers kept for screen readers) and in code
# blocks (they scroll in their frame) is not read on screen as words.
SPLIT_WORDS = """() => {
  const split = [];
  const content = document.querySelector('.md-content');
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.offsetParent || parent.closest('pre')) continue;
    let box = parent, hidden = false;
    for (; box && box !== content; box = box.parentElement) {
      if (getComputedStyle(box).clipPath !== 'none') { hidden = true; break; }
    }
    if (hidden) continue;
    const word = /[^\\s\\u00a0\\u202f\\-\\u2013\\u2014\\/]{2,}/g;
    for (let m = word.exec(node.data); m; m = word.exec(node.data)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()]
        .filter(r => r.width > 0).map(r => Math.round(r.bottom)));
      if (lines.size > 1) split.push(m[0] + ' (' + parent.tagName.toLowerCase() + ')');
    }
  }
  return split;
}"""

NARROW_FIELDS = """() => {
  const width = document.documentElement.clientWidth;
  const bad = [];
  for (const field of document.querySelectorAll('.md-content input, .md-content select, '
      + '.md-content textarea')) {
    const box = field.getBoundingClientRect();
    if (!box.width || field.type === 'checkbox' || field.type === 'file') continue;
    const name = (field.name || field.getAttribute('aria-label') || field.id || field.type);
    if (box.right > width + 1 || box.left < -1) bad.push(name + ' dépasse l\\'écran');
    else if (['date', 'time'].includes(field.type) ? field.scrollWidth > field.clientWidth + 1
             : box.width < 120) bad.push(name + ' : ' + Math.round(box.width) + ' px');
  }
  return bad;
}"""


def pages_with_tables_or_forms(site) -> list[str]:
    found = []
    for url in built_pages(site):
        if url.endswith(".html"):
            continue
        text = read_html(site, url)
        content = text[text.find('class="md-content"') :]
        if re.search(r"<table|<textarea|<input(?![^>]*type=\"checkbox\")|<template", content):
            found.append(url)
    return found


WIDTHS = (360, 390)


@pytest.mark.browser
def test_phone_pages_fit_without_broken_words(browser, built_site, site_url):
    """At 360 and 390 px: each page is loaded once, at one width, then the window is resized to
    the other, as a phone's window is (CSS and Material follow it; the guide's scripts lay
    nothing out by the window's width at load). The pages load at each width in turn."""
    pages = pages_with_tables_or_forms(built_site)
    assert {"outils/termes-de-reference/", "outils/checklist/", "adapter-ce-guide/"} <= set(pages)
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 800}, locale="fr-FR")
    tab = context.new_page()
    problems = {}
    try:
        for url in pages:
            tab.goto(site_url + url)
            # The form draws its fields once its script ran.
            tab.wait_for_load_state("load")
            if "remplir" in url:
                tab.wait_for_selector(".terms-form[data-pret]")
            # The width the page loaded at first, then the other (pages load at each in turn).
            loaded = tab.viewport_size["width"]
            for width in sorted(WIDTHS, key=lambda width: width != loaded):
                tab.set_viewport_size({"width": width, "height": 800})
                found = []
                overflow = tab.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                if overflow > 0:
                    found.append(f"la page déborde de {overflow} px")
                found += tab.evaluate(SPLIT_WORDS) + tab.evaluate(NARROW_FIELDS)
                if found:
                    problems[f"{url} ({width} px)"] = found[:10]
    finally:
        context.close()
    assert not problems, problems


# Around the width where the checklist's column is 30rem (600 px: 632 px of window, with
# Material's margins), and far on either side: a phone, a tablet, a laptop.
CHECKLIST_WIDTHS = (360, 390, 620, 632, 633, 660, 800, 1000, 1366)


@pytest.mark.browser
def test_the_checklist_is_one_block_per_task_when_its_column_is_30rem_or_less(browser, site_url):
    """The printable checklist on screen: a table while its column is wider than 30rem, one
    block per task (« Qui : … », « Échéance : … » under its text) when it is 30rem or less."""
    from guide.pages import folder

    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    shapes = {}
    try:
        tab.goto(site_url + folder("checklist") + "/")
        for width in CHECKLIST_WIDTHS:
            tab.set_viewport_size({"width": width, "height": 800})
            shapes[width] = tab.evaluate(
                """() => {
                    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
                    const column = document.querySelector('.checklist').clientWidth;
                    const row = document.querySelector('.checklist-table tr.checklist-task');
                    return [column <= 30 * rem, getComputedStyle(row).display === 'block'];
                }"""
            )
    finally:
        context.close()
    assert [w for w, (narrow, blocks) in shapes.items() if narrow != blocks] == []
    assert shapes[390] == [True, True] and shapes[1366] == [False, False]
