"""The theme's templates (Material's and overrides/) compiled once, then kept between builds
beside the core's (guide/markup.py `compiled_templates`): MkDocs compiles them again at every
build otherwise, a tenth of our build's time. Checked against each template's text, and named
after MkDocs' and Material's versions: an upgrade compiles them again. MkDocs hook (listed
under `hooks:` in mkdocs.yml).
"""

from importlib.metadata import version

from guide.markup import compiled_templates

KIND = f"theme-mkdocs{version('mkdocs')}-material{version('mkdocs-material')}"


def on_env(env, config, files, **kwargs):
    env.bytecode_cache = compiled_templates(KIND)
    return env
