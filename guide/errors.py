"""The one error class of the guide's core: input a person wrote (mission.yml, a page's tasks)
cannot be used. It carries every problem at once, each already told in French."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem of an input file: where it is and what to do, in French."""

    file: str
    line: int | None  # from 1; None when the problem is the whole file
    path: tuple  # key path in the data (("programme", 2, "fin")), () for the whole file
    message: str  # the full French sentence, file and line included

    def as_json(self) -> dict:
        return {"ligne": self.line, "chemin": list(self.path), "message": self.message}


class GuideError(Exception):
    """An input cannot be used; `messages` lists every problem, in French.

    `title` says what was being read (« mission.yml contient des erreurs : »).
    """

    def __init__(self, messages: list[str], title: str = "", problems: list[Problem] = ()):
        super().__init__("\n".join(messages))
        self.messages = list(messages)
        self.title = title
        self.problems = list(problems)

    def page(self) -> str:
        """The problems as the body of a web page (HTML, the messages shown as text): what
        `make serve` shows in place of every page until the file is fixed."""
        from .text import escape  # the core's text helper; errors.py stays importable alone

        items = "".join(f"<li>{escape(message)}</li>" for message in self.messages)
        title = escape(self.title or "Le guide ne peut pas être construit :")
        return (
            '<div class="guide-build-error" role="alert">'
            f"<p><strong>{title}</strong></p>"
            f"<ul>{items}</ul>"
            "<p>Corrigez le fichier et enregistrez-le : la page revient d’elle-même. "
            "<code>make check</code> donne les mêmes messages sans construire le site ; "
            "<code>make build</code> et l’intégration continue s’arrêtent sur ces erreurs.</p>"
            "</div>"
        )

    def report(self) -> str:
        """The text a person reads: the title, then one line per problem."""
        lines = "\n".join(f"  - {message}" for message in self.messages)
        return f"{self.title}\n{lines}" if self.title else lines


def unexpected(error: Exception) -> GuideError:
    """An error of the guide's own code (not of mission.yml or a page), told in French: where
    it happened and what to do. The traceback goes to the debug log (`mkdocs -v`)."""
    logging.getLogger("guide").debug("Erreur inattendue", exc_info=error)
    frame = traceback.extract_tb(error.__traceback__)[-1]
    where = f"{Path(frame.filename).name}, ligne {frame.lineno}"
    return GuideError(
        [
            f"erreur inattendue {type(error).__name__} (« {error} ») dans {where} : un défaut "
            "du guide, pas de vos fichiers ; signalez-le avec le mission.yml qui le provoque "
            "(make check ne voit rien)."
        ],
        title="La construction du site s'est arrêtée sur une erreur inattendue :",
    )
