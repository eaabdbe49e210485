"""The guide's style sheet (docs/assets/stylesheets/guide.css, the file a fork edits) written
into each page's <head> (overrides/main.html, block `fonts`, where MkDocs' extra_css links go)
instead of linked: on a first visit a phone abroad waits a round trip for each style sheet
before it paints anything, and Material's own two are enough. MkDocs hook (listed under
`hooks:` in mkdocs.yml); the file itself is left out of the site, which no longer loads it.
"""

from pathlib import Path

from markupsafe import Markup

STYLE = "assets/stylesheets/guide.css"


def on_files(files, config, **kwargs):
    style = files.get_file_from_path(STYLE)
    if style is not None:
        files.remove(style)
    return files


def style_text(css: str) -> str:
    """`css` as the text of a <style> element: « </ » would end it (an SVG in a data: URL has
    « </svg> »), « <\\/ » means the same in CSS."""
    return css.replace("</", "<\\/")


def on_env(env, config, files, **kwargs):
    path = Path(config["docs_dir"]) / STYLE
    env.globals["guide_style"] = Markup(
        style_text(path.read_text("utf-8")) if path.is_file() else ""
    )
    return env
