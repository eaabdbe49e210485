"""Turn data into text that Markdown, HTML and Jinja show literally.

Every value that comes from mission.yml goes through `escape` before it reaches a page:
`<script>`, `&`, `*stars*`, `{{ config }}` or `{: #id }` must appear as typed, never be
interpreted.
"""

import re

# Characters that HTML, Markdown, attr_list or Jinja could interpret. Each is written as a
# numeric character reference: the browser shows the character itself, while the Markdown and
# Jinja engines see nothing to act on.
_SIGNIFICANT = set("&<>\"'\\`*_{}[]()#|~^=!%$:+-.")
_REFERENCES = {char: f"&#{ord(char)};" for char in _SIGNIFICANT}
_FOUND = re.compile("[" + re.escape("".join(sorted(_SIGNIFICANT))) + "]")


def escape(value: object) -> str:
    """Return `value` as HTML-safe, Markdown-inert text (None gives an empty string)."""
    if value is None:
        return ""
    return _FOUND.sub(lambda found: _REFERENCES[found.group()], str(value))


def escape_lines(value: object) -> str:
    """`escape`, with each line break of a text that may hold several lines as `<br>`: the
    lines show as lines, and no blank line can end an HTML block inside Markdown."""
    return "<br>".join(escape(line) for line in str("" if value is None else value).split("\n"))
