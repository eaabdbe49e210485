"""The words of Spain's Spanish where they differ from es.py's (Latin American forms where
they differ): read over es.py's tables for es-ES (guide/documents/languages/__init__.py
`REGIONS`). Only the entries that differ."""

# A letter opens with the title alone (« Señor alcalde: »; the title in lower case, as the
# RAE's Ortografía asks even in a letter's heading).
LETTER = {"salutation_title_m": "Señor {title}:", "salutation_title_f": "Señora {title}:"}
