"""The terms of reference's own words in Spanish (understood alike in Spain and in Latin
America: « entidad local », « encuentro », « traslado »), and the Spanish labels of
mission.yml's fixed values."""

LOCALE = "es"
TAG = "es"

# « 2 de marzo de 2027 », « del 2 al 6 de marzo de 2027 », « del 28 de febrero al 3 de marzo… ».
DATES = {
    "day_month": "d 'de' MMMM",
    "same_day": "el {date}",
    "same_month": "del {start_day} al {end}",
    "same_year": "del {start_day_month} al {end}",
    "other": "del {start} al {end}",
}

TERMS = {
    "title": "Términos de referencia de la misión exploratoria",
    "subtitle": "{authority} y {partner}, {period}",
    "blank_between": "Entre",
    "blank_and": "y",
    "blank_dates": "Fechas: del",
    "period_hint": "del … al …",
    "group_authority": "La entidad local francesa",
    "group_partner": "La entidad local socia",
    "group_mission": "La misión",
    "name": "Nombre",
    "type": "Tipo",
    "departement": "Departamento",
    "region": "Región",
    "website": "Sitio web",
    "country": "País",
    "executive": "Autoridad ejecutiva",
    "working_language": "Idioma de trabajo",
    "dates": "Fechas",
    "place": "Lugar",
    "times": "Horarios indicados",
    "times_value": "hora local ({zone})",
    "times_hint": "hora local (huso horario: …)",
    "delegation": "Delegación",
    "delegation_value": "{count}, véase el apartado 6",
    "delegation_hint": "… persona(s), véase el apartado 6",
    "person": "persona",
    "people": "personas",
    "heading_context": "1. Contexto",
    "heading_objectives": "2. Objetivos de la misión",
    "heading_results": "3. Resultados esperados",
    "heading_programme": "4. Programa",
    "heading_responsibilities": "5. Responsabilidades de cada parte",
    "heading_delegation": "6. La delegación y el papel de cada integrante",
    "heading_signatures": "7. Firmas",
    "programme_note": "Horario local ({zone}). El programa detalla los encuentros, las visitas "
    "de cortesía y las reuniones de trabajo.",
    "programme_note_blank": "Horario local. El programa detalla los encuentros, las visitas de "
    "cortesía y las reuniones de trabajo.",
    "blank_day": "Día {number}: ……………………………",
    "column_time": "Horario",
    "column_activity": "Actividad",
    "column_type": "Tipo",
    "column_place": "Lugar",
    "column_participants": "Participantes",
    "column_date": "Fecha",
    "column_name": "Nombre",
    "column_position": "Cargo",
    "column_kind": "Condición",
    "column_role": "Papel durante la misión",
    # The budget (budget key): a table under the responsibilities.
    "budget_caption": "Presupuesto provisional: quién paga qué",
    "column_item": "Partida",
    "column_amount": "Importe",
    "column_paid_by": "A cargo de",
    "column_funder": "Otro financiador",
    "total": "Total",
    "takes_charge": "{name} se encargará de:",
    "authority_takes_charge": "La entidad local francesa se encargará de:",
    "partner_takes_charge": "La entidad local socia se encargará de:",
    "for_authority": "Por la entidad local francesa",
    "for_partner": "Por la entidad local socia",
    "signatory": "Nombre y cargo del firmante:",
    "place_and_date": "Lugar y fecha:",
    "signature": "Firma:",
    # Any document's .docx: the foot of each page.
    "page_of": "Página {page} de {pages}",
    "ics_type": "Tipo: {value}",
    "ics_participants": "Participantes: {value}",
    "ics_calendar": "Misión exploratoria: {authority} – {partner}",
}

CHOICES = {
    "collectivite.type": {
        "commune": "Municipio",
        "intercommunalite": "Mancomunidad de municipios",
        "departement": "Departamento",
        "region": "Región",
    },
    "delegation.qualite": {"elu": "Cargo electo", "agent": "Personal técnico", "autre": "Otro"},
    "budget.pris_en_charge_par": {
        "collectivite": "La entidad local francesa",
        "partenaire": "La entidad local socia",
        "autre": "Otro financiador",
    },
    "programme.type": {
        "rencontre": "Encuentro",
        "visite_de_courtoisie": "Visita de cortesía",
        "reunion_de_travail": "Reunión de trabajo",
        "visite_de_terrain": "Visita de campo",
        "deplacement": "Traslado",
        "temps_libre": "Tiempo libre",
        "autre": "Otro",
    },
}
