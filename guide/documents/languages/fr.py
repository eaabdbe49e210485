"""The terms of reference's own words in French (the guide's documents as they always were).

The values of fixed lists (types of authority, of activity, of member) have their French labels
in the model of mission.yml (guide/mission/model.py): they are not repeated here.
"""

from ...french import FRENCH

LOCALE = "fr_FR"
TAG = "fr-FR"
FORMATS = FRENCH  # the guide's one French formatting

TERMS = {
    "title": "Termes de référence de la mission exploratoire",
    "subtitle": "{authority} et {partner}, {period}",
    "blank_between": "Entre",
    "blank_and": "et",
    "blank_dates": "Dates : du",
    "period_hint": "du … au …",
    "group_authority": "La collectivité française",
    "group_partner": "La collectivité partenaire",
    "group_mission": "La mission",
    "name": "Nom",
    "type": "Type",
    "departement": "Département",
    "region": "Région",
    "website": "Site web",
    "country": "Pays",
    "executive": "Exécutif",
    "working_language": "Langue de travail",
    "dates": "Dates",
    "place": "Lieu",
    "times": "Heures indiquées",
    "times_value": "heure locale ({zone})",
    "times_hint": "heure locale (fuseau : …)",
    "delegation": "Délégation",
    "delegation_value": "{count}, voir la partie 6",
    "delegation_hint": "… personne(s), voir la partie 6",
    "person": "personne",
    "people": "personnes",
    "heading_context": "1. Contexte",
    "heading_objectives": "2. Objectifs de la mission",
    "heading_results": "3. Résultats attendus",
    "heading_programme": "4. Programme",
    "heading_responsibilities": "5. Responsabilités de chaque collectivité",
    "heading_delegation": "6. La délégation et le rôle de chacun",
    "heading_signatures": "7. Signatures",
    "programme_note": "Heures locales ({zone}). Le programme précise les rencontres, les visites "
    "de courtoisie et les réunions de travail.",
    "programme_note_blank": "Heures locales. Le programme précise les rencontres, les visites de "
    "courtoisie et les réunions de travail.",
    "blank_day": "Jour {number}",
    # Before a line to fill in (« Jour 1 : ____ »).
    "colon": "\u00a0:",
    "column_time": "Horaire",
    "column_activity": "Activité",
    "column_type": "Type",
    "column_place": "Lieu",
    "column_participants": "Participants",
    "column_date": "Date",
    "column_name": "Nom",
    "column_position": "Fonction",
    "column_kind": "Qualité",
    "column_role": "Rôle pendant la mission",
    # The budget (budget key): a table under the responsibilities.
    "budget_caption": "Budget prévisionnel : qui paie quoi",
    "column_item": "Poste",
    "column_amount": "Montant",
    "column_paid_by": "Pris en charge par",
    "column_funder": "Autre financeur",
    "total": "Total",
    "takes_charge": "{name} prend en charge :",
    "authority_takes_charge": "La collectivité française prend en charge :",
    "partner_takes_charge": "La collectivité partenaire prend en charge :",
    "for_authority": "Pour la collectivité française",
    "for_partner": "Pour la collectivité partenaire",
    "signatory": "Nom et fonction du signataire :",
    "place_and_date": "Fait à, le :",
    "signature": "Signature :",
    # Any document's .docx: the foot of each page.
    "page_of": "Page {page} sur {pages}",
    # Calendar (.ics): the labels of each event's description.
    "ics_type": "Type : {value}",
    "ics_participants": "Participants : {value}",
    "ics_calendar": "Mission exploratoire : {authority} – {partner}",
}

# A member's quality in the delegation's table, agreed with its civilité: (masculine or
# neutral, feminine).
MEMBER_KINDS = (
    {"elu": "Élu", "agent": "Agent", "autre": "Autre membre"},
    {"elu": "Élue", "agent": "Agente", "autre": "Autre membre"},
)
