"""The terms of reference's own words in Spanish (understood alike in Spain and in Latin
America: « entidad local », « encuentro », « traslado », « sección »), and the Spanish labels of
mission.yml's fixed values. Spain's own forms are es_es.py's, read over this table for es-ES
(languages/__init__.py `REGIONS`); every region's numbers, amounts and month names are its CLDR
locale's (« setiembre », « EUR 3,200.00 » in Peru)."""

from ...locales import Formats

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

FORMATS = Formats(LOCALE, periods=DATES)

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
    "delegation_value": "{count}, véase la sección 6",
    "delegation_hint": "… persona(s), véase la sección 6",
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
    "blank_day": "Día {number}",
    # Before a line to fill in (« Jour 1 : ____ »).
    "colon": ":",
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

# The letter to the partner (guide/documents/letter.py): its words, the usual contents of the
# partner's invitation letter for the visas, the titles of both executives. A letter, not a
# memo (no « De: / A: »): the addressee, the place and date, a salutation and a close that name
# the executive; titles in lower case, as the RAE's Ortografía (2010) asks, even in a letter's
# heading. These are the Latin American forms (« Estimado señor alcalde: »); Spain's differ in
# es_es.py.
LETTER = {
    "title": "Carta a la entidad socia",
    "subtitle": "Propuesta de misión exploratoria {to_partner}",
    "subtitle_blank": "Propuesta de misión exploratoria",
    "sender_blank": "Entidad local y su autoridad:",
    "recipient_blank": "Destinatario:",
    "place_date": "{town}, …… de …………… de ……",
    "place_date_blank": "Lugar y fecha:",
    "object": "Asunto: propuesta de misión exploratoria {period}",
    "object_blank": "Asunto: propuesta de misión exploratoria, del",
    "object_blank_hint": "… al …",
    "honorific_m": "Señor {name}",
    "honorific_f": "Señora {name}",
    "recipient_title": "{title}",
    "salutation_title_m": "Estimado señor {title}:",
    "salutation_title_f": "Estimada señora {title}:",
    # Without the gender: a formula that names no one (never « Estimado señor, estimada señora »).
    "salutation_title": "De mi consideración:",
    "salutation_person_m": "Estimado señor {name}:",
    "salutation_person_f": "Estimada señora {name}:",
    "salutation_person": "De mi consideración:",
    "salutation": "De mi consideración:",
    "opening": "{authority_subject} desea estrechar sus lazos con {partner} y le propone acoger "
    "una misión exploratoria en {place}, {period}.",
    "opening_blank": "Deseamos estrechar nuestros lazos y le proponemos acoger una misión "
    "exploratoria en",
    "objectives": "Esta misión tendría como objetivos:",
    "results": "Al término de la misión, desearíamos alcanzar los siguientes resultados:",
    "delegation": "La delegación estaría integrada por {count}:",
    "delegation_blank": "La delegación estaría integrada por las siguientes personas:",
    "person": "persona",
    "people": "personas",
    "attached": "Adjuntamos el proyecto de términos de referencia de la misión, con su programa. "
    "Le agradeceríamos que nos confirmara los encuentros previstos, o nos propusiera "
    "los cambios que considere oportunos, y que nos indicara la persona que preparará"
    " la misión con nosotros.",
    "visa_heading": "Carta de invitación para los visados",
    "visa_intro": "Para sus solicitudes de visado, los integrantes de la delegación necesitarán "
    "una carta de invitación de su parte. Por lo general, en ella figuran:",
    "visa_note": "El consulado puede pedir otros datos: le rogamos que compruebe sus requisitos "
    "antes de redactar la carta.",
    "closing": "Quedo a la espera de su respuesta.",
    "sign_off": "Atentamente,",
    "signatory_blank": "La autoridad ejecutiva de la entidad local",
    "signature_lines": "Nombre:",
    "signature_space": "Firma y sello:",
    "attachment": "Anexo: proyecto de términos de referencia de la misión.",
}

VISA_ITEMS = [
    "el membrete, la dirección y los datos de contacto de la entidad que invita;",
    (
        "el nombre de cada integrante de la delegación, tal como figura en su pasaporte, con "
        "su cargo (el número de pasaporte se comunica aparte, no en un documento público);"
    ),
    "el objeto de la misión y sus fechas de llegada y salida;",
    "el programa, o al menos los principales encuentros previstos;",
    "quién se hace cargo del alojamiento y de los desplazamientos en el lugar;",
    "el nombre, el cargo y la firma de la autoridad que invita, con la fecha.",
]

# The French authority's executive, who signs the letter: (a man, a woman); a person, never
# the office (« la Alcaldía »). Without a civilité, the generic masculine of administrative
# texts.
EXECUTIVES = {
    "commune": ("El alcalde", "La alcaldesa"),
    "intercommunalite": ("El presidente de la mancomunidad", "La presidenta de la mancomunidad"),
    "departement": (
        "El presidente del Consejo Departamental",
        "La presidenta del Consejo Departamental",
    ),
    "region": ("El presidente del Consejo Regional", "La presidenta del Consejo Regional"),
}
# The partner's executive, from partenaire.executif's French title, when mission.yml gives no
# translation: (a man, a woman).
PARTNER_TITLES = {
    "maire": ("alcalde", "alcaldesa"),
    "président": ("presidente", "presidenta"),
    "présidente": ("presidente", "presidenta"),
    "gouverneur": ("gobernador", "gobernadora"),
    "gouverneure": ("gobernador", "gobernadora"),
}
# The article of a translated title (« el alcalde », « la alcaldesa ») and the gender it tells.
TITLE_ARTICLES = {"el": "m", "la": "f"}

# An authority's name in a sentence (guide/documents/parts.py `named`): its article from its
# first word (« la Municipalidad de Villa Ensayo », « el Département de l'Essai »), none before
# a bare place name; the contractions « del », « al ».
NAME_KINDS = {
    "municipalidad": "f", "municipio": "m", "comuna": "f", "alcaldía": "f", "ayuntamiento": "m",
    "mancomunidad": "f", "distrito": "m", "provincia": "f", "departamento": "m", "región": "f",
    "gobierno": "m", "consejo": "m", "concejo": "m", "asamblea": "f", "cabildo": "m",
    "intendencia": "f", "prefectura": "f", "estado": "m", "commune": "f", "communauté": "f",
    "département": "m", "région": "f", "métropole": "f", "comunidad": "f",
}  # fmt: skip
NAME_FORMS = {
    "m": {"le": "el {name}", "du": "del {name}", "au": "al {name}", "par": "por el {name}"},
    "f": {"le": "la {name}", "du": "de la {name}", "au": "a la {name}", "par": "por la {name}"},
    "": {"le": "{name}", "du": "de {name}", "au": "a {name}", "par": "por {name}"},
}
NAME_KIND_AT = "first"

# The texts signed during the mission (guide/documents/signed.py): protocol and decisions.
SIGNED = {
    "protocol_title": "Protocolo de intenciones",
    "decisions_title": "Acta de decisiones",
    "subtitle": "{the_authority} (Francia) y {the_partner} ({country})",
    "subtitle_blank": "Entre",
    "subtitle_blank_and": "y",
    "occasion": "Con ocasión de la misión exploratoria {of_authority} {to_partner}, en "
    "{place}, {period}, ambas entidades declaran su intención de construir juntas una "
    "cooperación descentralizada.",
    "occasion_blank": "Con ocasión de la misión exploratoria, en",
    "objectives_heading": "1. Objetivos compartidos",
    "fields_heading": "2. Ámbitos de cooperación previstos",
    "steps_heading": "3. Próximas etapas",
    "next_meeting": "Próximo encuentro (fecha, lugar):",
    "scope_heading": "4. Alcance e idiomas",
    "decisions_scope_heading": "3. Alcance e idiomas",
    "scope": "El presente protocolo expresa una intención común y no compromete financieramente a"
    " ninguna de las dos entidades; las acciones y sus importes serán objeto de un "
    "convenio aprobado por deliberación (artículo L1115-1 del CGCT francés).",
    "decisions_scope": "La presente acta deja constancia de lo que ambas entidades han decidido "
    "juntas y no compromete financieramente a ninguna de ellas; todo "
    "compromiso financiero será objeto de un convenio aprobado por "
    "deliberación (artículo L1115-1 del código general de las entidades "
    "territoriales francés).",
    "authorised": "Su firma está autorizada por la deliberación del {date} (mandato especial de "
    "la misión).",
    "to_authorise": "Su firma requiere una deliberación previa que la autorice.",
    "languages_one": "Hecho en dos ejemplares originales, en francés.",
    "languages_two": "Hecho en dos ejemplares originales, cada uno en {first} y en {second}; "
    "en caso de divergencia, prevalecerá el texto en {prevailing}.",
    "party": "Por {the_authority}",
    "party_partner": "Por {the_partner}",
    "party_blank": "Por la entidad francesa",
    "party_partner_blank": "Por la entidad socia",
    "place_date": "Lugar y fecha:",
    "signature_space": "Firma y sello:",
    "meeting": "Reunión del {date}, {place}.",
    "meeting_blank": "Reunión del, en:",
    "participants_heading": "Participantes",
    "participants": "Por {the_authority}",
    "participants_partner": "Por {the_partner}",
    "participants_blank": "Por la entidad francesa",
    "participants_partner_blank": "Por la entidad socia",
    "agenda_heading": "1. Objeto de la reunión",
    "decisions_heading": "2. Decisiones",
    "number": "N.º",
    "decision": "Decisión",
    "who": "Quién",
    "when": "Para cuándo",
}

# The draft convention de partenariat (guide/documents/convention.py).
CONVENTION = {
    "title": "Convenio de colaboración",
    "subtitle": "{the_authority} (Francia) y {the_partner} ({country})",
    "subtitle_blank": "Entre la entidad francesa y la entidad socia",
    "note": "Proyecto que revisarán los servicios jurídicos de ambas partes. En Francia, el "
    "convenio se aprueba por deliberación antes de su firma y solo entra en vigor tras su "
    "transmisión al prefecto (artículo L1115-1 del CGCT francés).",
    "between": "Entre {the_authority} (Francia), en adelante «la entidad francesa», por una parte,",
    "between_blank": "Entre la entidad francesa:",
    "and": "y {the_partner} ({country}), en adelante «la entidad socia», por otra parte,",
    "and_blank": "y la entidad socia:",
    "visa": "Visto el código general de las entidades territoriales francés, en particular sus "
    "artículos L1115-1 y L1115-5;",
    "visa_deliberation": "Vista la deliberación de la asamblea de la entidad francesa "
    "({of_body}) del {date}, que aprueba el presente convenio y autoriza su firma;",
    "agreed": "Se acuerda lo siguiente:",
    "object_heading": "Artículo 1 – Objeto",
    "object_law": "El convenio precisa el objeto de las acciones previstas y el importe "
    "previsional de los compromisos financieros de cada parte (anexo).",
    "duration_heading": "Artículo 2 – Duración",
    "duration": "El presente convenio se celebra por {duration} a partir de su entrada en vigor.",
    "duration_blank": "El presente convenio se celebra por un plazo de",
    "actions_heading": "Artículo 3 – Acciones y compromisos financieros",
    "actions": "Las acciones previstas, año por año, y su importe previsional figuran en el "
    "anexo: {count}, por un importe previsional total de {total}, de los cuales {own} a cargo "
    "de la entidad francesa. Estos importes se comprometen dentro del límite de los créditos "
    "aprobados cada año por cada parte.",
    "actions_blank": "Las acciones previstas, año por año, y su importe previsional figuran en "
    "el anexo. Estos importes se comprometen dentro del límite de los créditos aprobados "
    "cada año por cada parte.",
    "action": "acción",
    "action_plural": "acciones",
    "french_heading": "Artículo 4 – Compromisos de la entidad francesa",
    "partner_heading": "Artículo 5 – Compromisos de la entidad socia",
    "governance_heading": "Artículo 6 – Gobernanza",
    "governance": "Un comité de seguimiento vela por la ejecución del convenio: aprueba el "
    "programa de cada año, sigue las acciones y su presupuesto y prepara el balance del "
    "convenio. Se reúne {frequency}.",
    "governance_blank": "Un comité de seguimiento vela por la ejecución del convenio: aprueba el "
    "programa de cada año, sigue las acciones y su presupuesto y prepara el balance del "
    "convenio. Se reúne:",
    "members": "Lo integran:",
    "languages_heading": "Artículo 7 – Idiomas",
    "languages_one": "El presente convenio se extiende en dos ejemplares originales, en francés.",
    "languages_two": "El presente convenio se extiende en dos ejemplares originales, cada uno "
    "en {first} y en {second}; {authentic}.",
    "authentic_fr": "en caso de divergencia, prevalecerá el texto en {language}",
    "authentic_both": "ambos textos son igualmente auténticos",
    "amendment_heading": "Artículo 8 – Modificación",
    "amendment": "Toda modificación del presente convenio será objeto de una adenda escrita, "
    "aprobada y transmitida al prefecto en las mismas formas que el convenio.",
    "termination_heading": "Artículo 9 – Resolución",
    "termination": "Cada parte puede poner fin al presente convenio mediante carta dirigida a la "
    "otra parte, con un preaviso de tres meses; las acciones iniciadas se llevan a término o "
    "se liquidan de común acuerdo.",
    "disputes_heading": "Artículo 10 – Solución de controversias",
    "disputes": "Las partes buscan primero una solución amistosa, en el comité de seguimiento. "
    "A falta de acuerdo en un plazo de tres meses, la parte más diligente somete la "
    "controversia a la jurisdicción competente.",
    "force_heading": "Artículo 11 – Entrada en vigor",
    "force": "El presente convenio entra en vigor en la fecha de su firma por ambas partes y, "
    "como muy pronto, en la fecha de su transmisión al representante del Estado francés "
    "(prefecto) para el control de legalidad (artículo L1115-1 del CGCT francés).",
    "annex_heading": "Anexo – Programa de acciones y presupuesto previsional",
    "year": "Año",
    "what": "Acción",
    "funder": "Financiada por",
    "amount": "Importe previsional",
    "total_year": "Total {year}",
    "total_payer": "Total: {payer}",
    "total": "Total general",
}

# A member's quality in the delegation's table, agreed with its civilité: (masculine or
# neutral, feminine).
MEMBER_KINDS = (
    {"elu": "Cargo electo", "agent": "Personal técnico", "autre": "Otro miembro"},
    {"elu": "Cargo electo", "agent": "Personal técnico", "autre": "Otra integrante"},
)
