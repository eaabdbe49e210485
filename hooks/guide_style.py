"""The guide's style sheets written into the pages instead of linked: on a first visit a phone
abroad waits a round trip for each style sheet before it paints anything, and Material's own
two are enough. MkDocs hook (listed under `hooks:` in mkdocs.yml).

- guide.css (docs/assets/stylesheets/guide.css, the file a fork edits), into every page's
  <head> (overrides/main.html, block `fonts`, where MkDocs' extra_css links go);
- a page type's own sheet (terms.css, checklist.css…: PAGE_STYLES), into the pages whose
  template asks for it with `{{ page_style("assets/stylesheets/terms.css") }}` (block
  `extrahead`: Material's instant navigation adds and removes it with the page, as it does a
  link). Print-only sheets stay linked (media="print" never delays the first paint).

These files are left out of the site, which no longer loads them.
"""

from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

STYLE = "assets/stylesheets/guide.css"
PAGE_STYLES = tuple(
    f"assets/stylesheets/{name}.css"
    for name in ("checklist", "contacts", "notes", "schedule", "terms", "terms-form", "today")
)


def on_files(files, config, **kwargs):
    for path in (STYLE, *PAGE_STYLES):
        style = files.get_file_from_path(path)
        if style is not None:
            files.remove(style)
    return files


def style_text(css: str) -> str:
    """`css` as the text of a <style> element: « </ » would end it (an SVG in a data: URL has
    « </svg> »), « <\\/ » means the same in CSS."""
    return css.replace("</", "<\\/")


def on_env(env, config, files, **kwargs):
    docs = Path(config["docs_dir"])
    path = docs / STYLE
    env.globals["guide_style"] = Markup(
        style_text(path.read_text("utf-8")) if path.is_file() else ""
    )

    @cache  # read once per build (a page type's pages all hold the same)
    def page_style(name: str) -> Markup:
        if name not in PAGE_STYLES:
            raise ValueError(f"{name} n'est pas une feuille écrite dans les pages (PAGE_STYLES)")
        text = (docs / name).read_text("utf-8")
        return Markup(f'<style data-guide-style="{escape(name)}">{style_text(text)}</style>')

    env.globals["page_style"] = page_style
    return env
