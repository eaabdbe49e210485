"""Every message a person can read about mission.yml, in French, in one table.

A message names the file, the line, the key (its path, positions counted from 1:
`programme[3].fin`), the bad value as typed and what the key expects. The table and the formats
are exported with the contract, so the browser's form says exactly the same sentences.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from typing import Any

from ..errors import GuideError, Problem

FILE_NAME = "mission.yml"
TITLE = "mission.yml contient des erreurs :"

# `{valeur}` is the bad value as typed (« ... »), `{attendu}` what the key expects (the
# description of the key in the model); the other fields are named in each template.
MESSAGE_FORMAT = "{fichier}{ligne}, {chemin} : {message}"
LINE_FORMAT = ", ligne {ligne}"

MESSAGES: dict[str, str] = {
    "fichier_introuvable": "fichier introuvable ({valeur}).",
    "fichier_special": "{valeur} n'est pas un fichier de texte (c'est un dossier, un tube ou un "
    "périphérique) ; attendu : le fichier mission.yml lui-même, à la racine du dépôt.",
    "fichier_illisible": "{valeur} ne peut pas être lu ({detail}) ; attendu : un fichier que "
    "vous pouvez ouvrir (vérifiez ses droits d'accès).",
    "yaml_syntaxe": "le fichier n'est pas un YAML valable : {probleme}.",
    "cle_en_double": "la clé « {cle} » est écrite deux fois au même niveau ; gardez-en une seule.",
    "racine": "le fichier doit contenir des clés (collectivite, partenaire, mission…) ; "
    "il contient {valeur}.",
    "requis": "clé obligatoire manquante ; attendu : {attendu}.",
    "cle_inconnue": "clé inconnue « {cle} »{suggestion} ; clés possibles ici : {possibles}.",
    "cle_ancienne": "la clé « {cle} » est celle d'une version précédente du guide ; "
    "{remplacement}.",
    "objet": "{valeur} ne convient pas ; attendu : des clés en dessous ({possibles}).",
    "liste": "{valeur} n'est pas une liste ; attendu : {attendu}, une ligne commençant par "
    "« - » pour chaque élément.",
    "liste_vide": "la liste est vide ; attendu : au moins {min} élément(s) ({attendu}).",
    "liste_trop_longue": "la liste a {nombre} éléments ; attendu : {max} au plus.",
    "texte": "{valeur} n'est pas un texte ; attendu : {attendu}.",
    "texte_vide": "valeur vide ; attendu : {attendu}.",
    "choix": "{valeur} n'est pas une valeur possible{suggestion} ; valeurs possibles : {choix}.",
    "date": "{valeur} n'est pas une date ; attendu : une date écrite AAAA-MM-JJ "
    "(année-mois-jour), par exemple 2027-03-02.",
    "date_hors_bornes": "{valeur} est en dehors des années {min} à {max} ; attendu : une date "
    "entre le 1er janvier {min} et le 31 décembre {max}, écrite AAAA-MM-JJ.",
    "heure": "{valeur} n'est pas une heure ; attendu : une heure écrite HH:MM entre "
    'guillemets, par exemple "09:30".',
    "url": "{valeur} n'est pas une adresse web ; attendu : une adresse complète commençant par "
    "https:// ou http://, par exemple https://www.exemple.fr.",
    "fuseau": "{valeur} n'est pas un fuseau horaire connu{suggestion} ; attendu : un nom de "
    "fuseau « Continent/Ville », par exemple Africa/Dakar ou Europe/Paris.",
    "langue_document": "{valeur} n'est pas une langue des documents possible{suggestion} ; "
    "attendu : en (anglais), es (espagnol) ou pt (portugais), seule ou suivie du code du pays, "
    "par exemple es-PE, pt-BR ou en-GB.",
    "contact": "{valeur} n'est ni une adresse électronique ni une adresse web ; attendu : "
    "une adresse comme accessibilite@exemple.fr ou https://www.exemple.fr/contact.",
    "telephone": "{valeur} n'est pas un numéro de téléphone ; attendu : des chiffres, "
    "l'indicatif du pays après « + », des espaces entre les groupes, par exemple "
    "+221 33 839 52 62.",
    "identifiant": "{valeur} n'est pas un identifiant ; attendu : des minuscules sans accent, "
    "des chiffres et des tirets, par exemple visite-du-marche.",
    "logo_format": "{valeur} ne convient pas ; attendu : le chemin d'une image .svg, .png, "
    ".jpg ou .webp placée dans docs/, par exemple assets/logo.svg, écrit avec des lettres sans "
    "accent, des chiffres, « - », « _ », « . » et « / ».",
    "logo_introuvable": "{valeur} : ce fichier n'existe pas dans docs/ ; attendu : le chemin "
    "d'une image placée dans docs/, par exemple assets/logo.svg.",
    "mission_fin_avant_debut": "{valeur} est avant le début de la mission ({autre}) ; "
    "attendu : une date de fin égale ou postérieure au début.",
    "hors_mission": "{valeur} est en dehors des dates de la mission (du {min} au {max}) ; "
    "attendu : une date de la mission.",
    "heure_fin_avant_debut": "{valeur} n'est pas après l'heure de début ({autre}) ; "
    "attendu : une heure de fin postérieure au début.",
    "activite_en_double": "cette activité (même date, même heure, même intitulé) est déjà "
    "en {autre} ; attendu : chaque activité une seule fois.",
    "identifiant_en_double": "l'identifiant {valeur} est déjà utilisé en {autre} ; attendu : "
    "un identifiant différent pour chaque activité.",
    "echeance": "{valeur} n'est pas une échéance ; attendu : J-45 (45 jours avant le début "
    "de la mission), R+30 (30 jours après sa fin), S-7 (7 jours avant la séance du conseil), "
    "avec 999 jours au plus, ou une date écrite AAAA-MM-JJ, par exemple 2027-01-15.",
    "booleen": "{valeur} n'est ni true ni false ; attendu : true (la tâche ne s'applique pas à "
    "cette mission) ou false.",
    "tache_inconnue": "la tâche « {cle} » n'existe pas dans le guide{suggestion} ; attendu : "
    "l'identifiant d'une tâche, tel qu'il est écrit sous son texte dans sa page.",
    "echeance_apres_depart": "{valeur} tombe le {date}, après le départ ({borne}) ; attendu : "
    "une échéance au plus tard le jour du départ, car cette tâche de la partie « {partie} » "
    "se fait avant de partir.",
    "echeance_avant_seance": "{valeur} tombe le {date}, avant la séance du conseil ({borne}) ; "
    "attendu : une échéance le jour de la séance ou après, car cette tâche suit le vote du "
    "conseil.",
    "seance_apres_depart": "{valeur} n'est pas avant le début de la mission ({autre}) ; "
    "attendu : une séance qui précède le départ, car le mandat spécial ne peut pas être voté "
    "après coup.",
    "montant": "{valeur} n'est pas un montant ; attendu : un montant en euros écrit en "
    "chiffres, sans espace ni « € », avec deux décimales au plus et 9 chiffres au plus avant "
    "la virgule (999999999), par exemple 3200 ou 1250,50.",
    "financeur_manquant": "le financeur n'est pas nommé ; attendu : le nom de l'autre "
    "financeur, puisque pris_en_charge_par vaut « autre ».",
    "annee": "{valeur} n'est pas une année ; attendu : une année en quatre chiffres, par "
    "exemple 2028.",
    "convention_avec_un_etat": "une convention ne peut pas être signée avec un État étranger "
    "(article L1115-5 du code général des collectivités territoriales) ; attendu : un "
    "partenaire qui est une collectivité territoriale étrangère (statut: collectivite), ou "
    "pas de clé convention.",
    "subvention_sans_convention": "la subvention de {valeur} euros à un organisme étranger "
    "dépasse {max} ; attendu : une clé convention (objet, duree, actions), car une subvention "
    "de plus de {max} demande une convention, ou un montant de {max} au plus.",
    "suite_avant_retour": "{valeur} tombe le {date}, avant la fin de la mission ({borne}) ; "
    "attendu : une échéance après le retour, par exemple R+30 ou une date postérieure.",
    "vote_par_selon_type": "{valeur} n'est pas possible pour ce type de collectivité "
    "({selon}) ; attendu : {permis}.",
    "invalide": "{valeur} ne convient pas ; attendu : {attendu}.",
    "suggestion": " (vouliez-vous écrire « {mot} » ?)",
    # Limits and characters of texts (model.py LIMITS, FORBIDDEN_CHARACTERS).
    "texte_trop_long": "le texte a {nombre} caractères ; attendu : {max} caractères au plus "
    "({attendu}).",
    "caractere_interdit": "{valeur} contient un caractère invisible, de contrôle ou qui "
    "inverse le sens d'écriture ({code}) ; supprimez-le, au besoin en retapant le texte.",
    "texte_invisible": "le texte ne contient que des espaces ou des caractères invisibles ; "
    "attendu : {attendu}.",
    "une_ligne": "{valeur} tient sur plusieurs lignes ; attendu : une seule ligne "
    "({attendu}) : écrivez-la sans retour à la ligne.",
    "fichier_trop_gros": "le fichier fait {nombre} octets ; attendu : {max} octets au plus "
    "(les termes de référence d'une mission tiennent en bien moins).",
    "modele_word_format": "{valeur} ne convient pas ; attendu : le chemin d'un document Word "
    ".docx placé dans docs/, par exemple assets/papier-a-en-tete.docx, écrit avec des lettres "
    "sans accents, des chiffres et « - », « _ », « . » ou « / ».",
    "modele_word_introuvable": "{valeur} : ce fichier n'existe pas dans docs/ ; attendu : le "
    "chemin d'un document Word placé dans docs/, par exemple assets/papier-a-en-tete.docx.",
    "modele_word_hors_docs": "{valeur} mène hors du dossier docs/ (lien symbolique) ; attendu : "
    "un document Word enregistré dans docs/.",
    "modele_word_contenu": "{valeur} n'est pas un document Word .docx (d'après son contenu) ; "
    "attendu : un fichier enregistré au format .docx par Word ou LibreOffice.",
    "modele_word_trop_gros": "{valeur} fait {nombre} octets ; attendu : un document Word de "
    "{max} octets au plus (retirez les images qui ne servent pas à l'en-tête).",
    "logo_hors_docs": "{valeur} mène hors du dossier docs/ (lien symbolique) ; attendu : une "
    "image enregistrée dans docs/, par exemple assets/logo.svg.",
    "logo_contenu": "{valeur} n'est pas une image PNG, JPEG, WebP ou SVG (d'après son "
    "contenu) ; attendu : une image dans l'un de ces formats.",
    "logo_trop_gros": "{valeur} fait {nombre} octets ; attendu : une image de {max} octets au "
    "plus.",
    "logo_svg": "{valeur} contient du code ou des liens vers d'autres fichiers ({element}) ; "
    "attendu : une image SVG simple, sans script, ni gestionnaire d'événement, ni lien externe "
    "(ou une image PNG).",
    "logo_svg_illisible": "{valeur} n'est pas un document SVG lisible ({detail}) ; attendu : "
    "une image SVG bien formée (chaque préfixe d'espace de noms déclaré) ou une image PNG.",
    "heure_inexistante": "{valeur} n'existe pas le {jour} à {fuseau} (passage à l'heure "
    "d'été : les horloges sautent cette heure) ; attendu : une heure qui existe ce jour-là, "
    "par exemple {proposition}.",
    "heure_ambigue": "{valeur} a lieu deux fois le {jour} à {fuseau} (passage à l'heure "
    "d'hiver) ; attendu : une heure qui n'a lieu qu'une fois ce jour-là, par exemple "
    "{proposition}.",
}

# YAML problems (`yaml_syntaxe`'s {probleme}), by code: see dialect.py.
MESSAGES.update(
    {
        "yaml_caractere": "un caractère invisible ou de contrôle, colonne {colonne} (souvent "
        "copié depuis un autre logiciel) ; supprimez-le, au besoin en retapant la ligne",
        "yaml_tabulation": "une tabulation, colonne {colonne} ; remplacez-la par des espaces "
        "(YAML n'accepte que des espaces, pour indenter comme dans une valeur)",
        "yaml_directive": "une ligne qui commence par « % » (une directive YAML, comme "
        "%YAML 1.2) ; mission.yml n'en a pas besoin : supprimez-la (ou mettez-la en "
        "commentaire avec « # »)",
        "yaml_deux_documents": "une ligne « --- » commence un second document ; un seul est "
        "attendu : supprimez cette ligne (ou mettez-la en commentaire avec « # »)",
        "yaml_fin_document": "une ligne « ... » (la fin d'un document YAML) ; mission.yml n'en a "
        "pas besoin : supprimez-la (ou mettez-la en commentaire avec « # »)",
        "yaml_utf16": "le fichier est enregistré en UTF-16 (« Unicode ») ; enregistrez-le en "
        "UTF-8 (dans le Bloc-notes : « Enregistrer sous », codage UTF-8)",
        "yaml_demi_caractere": "un caractère écrit par une moitié seulement de sa paire "
        "d'échappements « \\uD800 » à « \\uDFFF » ; écrivez le caractère lui-même, ou ses deux "
        "moitiés l'une après l'autre (par exemple \\ud83d\\ude00)",
        "yaml_flow_ouvert": "un « {signe} » ouvert sur cette ligne n'est pas refermé ; "
        "refermez-le par « {fin} » (les lignes d'entre-deux indentées sous la clé)",
        "yaml_flow_fermeture": "un « {signe} » referme le « {ouvert} » ouvert avant lui ; "
        "refermez-le par « {fin} »",
        "yaml_flow_apres": "du texte après le « {signe} » qui referme la valeur ; supprimez-le, "
        "ou placez-le avant ce signe, séparé par une virgule",
        "yaml_flow_virgule": "une « , » sans valeur avant elle, entre accolades ou crochets ; "
        "supprimez la virgule en trop",
        "yaml_flow_virgule_manquante": "deux valeurs sans « , » entre elles, entre accolades ou "
        "crochets ; séparez-les par une virgule",
        "yaml_flow_deux_points": "un second « : » dans le même élément entre accolades ; séparez "
        "les éléments par une virgule (clé: valeur, clé: valeur), et écrivez entre guillemets une "
        "valeur qui contient « : »",
        "yaml_flow_deux_points_colle": "un « : » sans espace après lui dans une clé entre "
        "accolades ; écrivez une espace après « : » (clé: valeur)",
        "yaml_flow_signe": "un « {signe} » dans une valeur entre accolades ou crochets ; "
        "écrivez cette valeur entre guillemets",
        "yaml_flow_indentation": "une ligne entre accolades ou crochets indentée comme la clé, "
        "ou moins ; indentez-la de plus d'espaces que la ligne où la valeur commence",
        "yaml_guillemet": "un guillemet ouvert n'est pas refermé sur cette ligne ; refermez-le "
        "(une valeur entre guillemets s'écrit sur une seule ligne)",
        "yaml_deux_points": "un « : » inattendu ; une valeur qui contient « : » s'écrit entre "
        "guillemets",
        "yaml_tiret": "un « - » juste après « : » ; une liste s'écrit à la ligne, un élément "
        "par ligne commençant par « - », ou la valeur s'écrit entre guillemets",
        "yaml_bloc": "le texte qui suit « | » ou « > » n'est pas indenté sous sa clé ; "
        "commencez ses lignes par plus d'espaces que la clé",
        "yaml_arobase": "un « @ », « ` » ou « % » en début de valeur ; écrivez-la entre guillemets",
        "yaml_alias": "un « & » ou « * » en début de valeur (ancre ou alias YAML, refusés "
        "ici) ; écrivez la valeur en entier, entre guillemets si elle commence par ce signe",
        "yaml_etiquette": "un « ! » en début de valeur (étiquette YAML, refusée ici) ; "
        "écrivez cette valeur entre guillemets",
        "yaml_octet": "un octet qui n'est pas de l'UTF-8, colonne {colonne} (le fichier a été "
        "enregistré dans un autre codage) ; enregistrez le fichier en UTF-8, ou retapez ce "
        "caractère",
        "yaml_profondeur": "plus de {max} niveaux de clés ou de listes imbriquées (ou de "
        "crochets et d'accolades ouverts les uns dans les autres) ; mission.yml n'en demande "
        "que quelques-uns : vérifiez l'indentation et refermez chaque crochet ou accolade",
        "yaml_cle_complexe": "une clé qui est une liste ou un groupe de clés (après « ? ») ; "
        "écrivez chaque clé comme un mot suivi de « : »",
        "yaml_autre": "vérifiez l'indentation (des espaces), les « : » et les guillemets "
        "de cette ligne",
    }
)

# How a bad value is shown in a message.
VALUE_FORMATS = {
    "vide": "une valeur vide",
    "cles": "des clés ({cles})",
    "liste": "une liste de {nombre} élément(s)",
    "texte": "« {texte} »",
    "longueur_max": 60,
    # A character that would be invisible or reverse the message is shown by its code; a line
    # break as a space (a message is one line).
    "code_si": "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufffd-\uffff]",
    "code": "[U+{code}]",
}
_SHOWN_AS_CODE = re.compile(VALUE_FORMATS["code_si"])


def path_text(path: tuple) -> str:
    """("programme", 2, "fin") -> "programme[3].fin" (list positions counted from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            part = str(part) or '""'  # an empty key (« ? » alone) stays visible
            text += f".{part}" if text else part
    return text


def value_text(value: Any) -> str:
    """The bad value as the user typed it, between French quotes (shortened if long)."""
    if value is None:
        return VALUE_FORMATS["vide"]
    if isinstance(value, dict):
        return VALUE_FORMATS["cles"].format(cles=", ".join(map(str, value)))
    if isinstance(value, list):
        return VALUE_FORMATS["liste"].format(nombre=len(value))
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = value.isoformat() if isinstance(value, date | time) else str(value)
    limit = VALUE_FORMATS["longueur_max"]
    if len(text) > limit:
        text = text[: limit - 3] + "…"
    text = _SHOWN_AS_CODE.sub(
        lambda found: VALUE_FORMATS["code"].format(code=f"{ord(found[0]):04X}"), text
    )
    return VALUE_FORMATS["texte"].format(texte=text.replace("\n", " "))


def full_message(name: str, line: int | None, path: tuple, message: str) -> str:
    return MESSAGE_FORMAT.format(
        fichier=name,
        ligne=LINE_FORMAT.format(ligne=line) if line else "",
        chemin=path_text(path) if path else "(début du fichier)",
        message=message,
    )


def problem_error(name: str, located: list[tuple[int | None, tuple, str]]) -> GuideError:
    """The GuideError for (line, path, full message) triples, in that order."""
    problems = [Problem(name, line, path, text) for line, path, text in located]
    return GuideError([p.message for p in problems], TITLE, problems)


# --- Suggestions for a mistyped word --------------------------------------------------------
# The browser applies the same definition (mission-contract.js `closest`): a candidate whose
# folded form (no accents, no case, « - » and spaces as « _ ») is at the smallest edit distance,
# when that distance is at most a third of the word's length (at least 1); the first in order
# wins a tie.


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", str(word).strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("-", "_").replace(" ", "_")


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def closest(word: Any, candidates) -> str | None:
    folded = fold(word)
    if not folded:
        return None
    best, best_distance = None, max(1, len(folded) // 3) + 1
    for candidate in candidates:
        distance = _distance(folded, fold(candidate))
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def suggestion(word: Any, candidates) -> str:
    close = closest(word, candidates)
    return MESSAGES["suggestion"].format(mot=close) if close is not None else ""
