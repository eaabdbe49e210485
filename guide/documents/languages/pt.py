"""The terms of reference's own words in Portuguese (European usage, as in Lusophone Africa:
« autarquia », « deslocação », « secção »), and the Portuguese labels of mission.yml's fixed
values."""

from ...locales import Formats

LOCALE = "pt_PT"
TAG = "pt-PT"

# « 2 de março de 2027 », « de 2 a 6 de março de 2027 », « de 28 de fevereiro a 3 de março… ».
DATES = {
    "day_month": "d 'de' MMMM",
    "same_day": "{date}",
    "same_month": "de {start_day} a {end}",
    "same_year": "de {start_day_month} a {end}",
    "other": "de {start} a {end}",
}

FORMATS = Formats(LOCALE, periods=DATES)

TERMS = {
    "title": "Termos de referência da missão exploratória",
    "subtitle": "{authority} e {partner}, {period}",
    "blank_between": "Entre",
    "blank_and": "e",
    "blank_dates": "Datas: de",
    "period_hint": "de … a …",
    "group_authority": "A autarquia francesa",
    "group_partner": "A autarquia parceira",
    "group_mission": "A missão",
    "name": "Nome",
    "type": "Tipo",
    "departement": "Departamento",
    "region": "Região",
    "website": "Sítio web",
    "country": "País",
    "executive": "Órgão executivo",
    "working_language": "Língua de trabalho",
    "dates": "Datas",
    "place": "Local",
    "times": "Horários indicados",
    "times_value": "hora local ({zone})",
    "times_hint": "hora local (fuso horário: …)",
    "delegation": "Delegação",
    "delegation_value": "{count}, ver a secção 6",
    "delegation_hint": "… pessoa(s), ver a secção 6",
    "person": "pessoa",
    "people": "pessoas",
    "heading_context": "1. Contexto",
    "heading_objectives": "2. Objetivos da missão",
    "heading_results": "3. Resultados esperados",
    "heading_programme": "4. Programa",
    "heading_responsibilities": "5. Responsabilidades de cada parte",
    "heading_delegation": "6. A delegação e o papel de cada membro",
    "heading_signatures": "7. Assinaturas",
    "programme_note": "Horas locais ({zone}). O programa especifica os encontros, as visitas de "
    "cortesia e as reuniões de trabalho.",
    "programme_note_blank": "Horas locais. O programa especifica os encontros, as visitas de "
    "cortesia e as reuniões de trabalho.",
    "blank_day": "Dia {number}",
    # Before a line to fill in (« Jour 1 : ____ »).
    "colon": ":",
    "column_time": "Horário",
    "column_activity": "Atividade",
    "column_type": "Tipo",
    "column_place": "Local",
    "column_participants": "Participantes",
    "column_date": "Data",
    "column_name": "Nome",
    "column_position": "Cargo",
    "column_kind": "Estatuto",
    "column_role": "Papel durante a missão",
    # The budget (budget key): a table under the responsibilities.
    "budget_caption": "Orçamento previsional: quem paga o quê",
    "column_item": "Rubrica",
    "column_amount": "Montante",
    "column_paid_by": "A cargo de",
    "column_funder": "Outro financiador",
    "total": "Total",
    "takes_charge": "{name} fica responsável por:",
    "authority_takes_charge": "A autarquia francesa fica responsável por:",
    "partner_takes_charge": "A autarquia parceira fica responsável por:",
    "for_authority": "Pela autarquia francesa",
    "for_partner": "Pela autarquia parceira",
    "signatory": "Nome e cargo do signatário:",
    "place_and_date": "Local e data:",
    "signature": "Assinatura:",
    # Any document's .docx: the foot of each page.
    "page_of": "Página {page} de {pages}",
    "ics_type": "Tipo: {value}",
    "ics_participants": "Participantes: {value}",
    "ics_calendar": "Missão exploratória: {authority} – {partner}",
}

CHOICES = {
    "collectivite.type": {
        "commune": "Município",
        "intercommunalite": "Comunidade intermunicipal",
        "departement": "Departamento",
        "region": "Região",
    },
    "delegation.qualite": {"elu": "Eleito local", "agent": "Funcionário", "autre": "Outro"},
    "budget.pris_en_charge_par": {
        "collectivite": "A autarquia francesa",
        "partenaire": "A autarquia parceira",
        "autre": "Outro financiador",
    },
    "programme.type": {
        "rencontre": "Encontro",
        "visite_de_courtoisie": "Visita de cortesia",
        "reunion_de_travail": "Reunião de trabalho",
        "visite_de_terrain": "Visita de terreno",
        "deplacement": "Deslocação",
        "temps_libre": "Tempo livre",
        "autre": "Outro",
    },
}

# The letter to the partner (guide/documents/letter.py): its words, the usual contents of the
# partner's invitation letter for the visas, the titles of both executives. A letter, not a
# memo: the addressee, the place and date, a salutation and a close that name the executive.
# These are the forms of Portugal and Lusophone Africa (« Exmo. Senhor Presidente da Câmara
# Municipal, » … « Com os melhores cumprimentos, »; Ciberdúvidas, « tratamento protocolar »);
# Brazil's differ in pt_br.py.
LETTER = {
    "title": "Carta à autarquia parceira",
    "subtitle": "Proposta de missão exploratória {to_partner}",
    "subtitle_blank": "Proposta de missão exploratória",
    "sender_blank": "Autarquia e o seu órgão executivo:",
    "recipient_blank": "Destinatário:",
    "place_date": "{town}, …… de …………… de ……",
    "place_date_blank": "Local e data:",
    "object": "Assunto: proposta de missão exploratória {period}",
    "object_blank": "Assunto: proposta de missão exploratória, de",
    "object_blank_hint": "… a …",
    "honorific_m": "Exmo. Senhor {name}",
    "honorific_f": "Exma. Senhora {name}",
    "recipient_title": "{title}",
    "salutation_title_m": "Exmo. Senhor {title},",
    "salutation_title_f": "Exma. Senhora {title},",
    # Without the gender: the authority as a body (never « Excelentíssimo(a) Senhor(a) »).
    "salutation_title": "Exmos. Senhores,",
    "salutation_person_m": "Exmo. Senhor {name},",
    "salutation_person_f": "Exma. Senhora {name},",
    "salutation_person": "Exmos. Senhores,",
    "salutation": "Exmos. Senhores,",
    "opening": "{authority_subject} deseja estreitar os laços com {partner} e propõe-lhe acolher "
    "uma missão exploratória em {place}, {period}.",
    "opening_blank": "Desejamos estreitar os nossos laços e propomos-lhe acolher uma missão "
    "exploratória em",
    "objectives": "Esta missão teria como objetivos:",
    "results": "No final da missão, gostaríamos de alcançar os seguintes resultados:",
    "delegation": "A delegação seria composta por {count}:",
    "delegation_blank": "A delegação seria composta pelas seguintes pessoas:",
    "person": "pessoa",
    "people": "pessoas",
    "attached": "Junto enviamos o projeto de termos de referência da missão, com o respetivo "
    "programa. Agradecemos que nos confirme os encontros previstos, ou nos proponha "
    "as alterações que entender convenientes, e que nos indique a pessoa que "
    "preparará a missão connosco.",
    "visa_heading": "Carta-convite para os vistos",
    "visa_intro": "Para os pedidos de visto, os membros da delegação precisarão de uma "
    "carta-convite da vossa parte. Em geral, esta indica:",
    "visa_note": "O consulado pode pedir outros dados: agradecemos que verifique os seus "
    "requisitos antes de redigir a carta.",
    "closing": "Ficamos a aguardar a vossa resposta.",
    "sign_off": "Com os melhores cumprimentos,",
    "signatory_blank": "O órgão executivo da autarquia",
    "signature_lines": "Nome:",
    "signature_space": "Assinatura e carimbo:",
    "attachment": "Anexo: projeto de termos de referência da missão.",
}

VISA_ITEMS = [
    "o cabeçalho, o endereço e os contactos da autarquia que convida;",
    (
        "o nome de cada membro da delegação, tal como consta do passaporte, com o respetivo "
        "cargo (o número do passaporte comunica-se à parte, não num documento público);"
    ),
    "o objeto da missão e as datas de chegada e de partida;",
    "o programa, ou pelo menos os principais encontros previstos;",
    "quem assegura o alojamento e as deslocações no local;",
    "o nome, o cargo e a assinatura da autoridade que convida, com a data.",
]

# The French authority's executive, who signs the letter: (a man, a woman); a person, never
# the office (« a Presidência da Câmara »). Without a civilité, the generic masculine.
EXECUTIVES = {
    "commune": ("O Presidente da Câmara Municipal", "A Presidente da Câmara Municipal"),
    "intercommunalite": (
        "O Presidente da comunidade intermunicipal",
        "A Presidente da comunidade intermunicipal",
    ),
    "departement": (
        "O Presidente do Conselho Departamental",
        "A Presidente do Conselho Departamental",
    ),
    "region": ("O Presidente do Conselho Regional", "A Presidente do Conselho Regional"),
}
# The partner's executive, from partenaire.executif's French title, when mission.yml gives no
# translation: (a man, a woman).
PARTNER_TITLES = {
    "maire": ("Presidente da Câmara Municipal", "Presidente da Câmara Municipal"),
    "président": ("Presidente", "Presidente"),
    "présidente": ("Presidente", "Presidente"),
    "gouverneur": ("Governador", "Governadora"),
    "gouverneure": ("Governador", "Governadora"),
}
# The article of a translated title (« o Presidente », « a Presidente ») and its gender.
TITLE_ARTICLES = {"o": "m", "a": "f"}

# An authority's name in a sentence (guide/documents/parts.py `named`): its article from its
# first word (« a Câmara Municipal do Tarrafal », « o Département de l'Essai »), none before a
# bare place name; the contractions « do », « da », « ao », « à », « pelo », « pela ».
NAME_KINDS = {
    "câmara": "f", "município": "m", "prefeitura": "f", "concelho": "m", "autarquia": "f",
    "distrito": "m", "província": "f", "região": "f", "governo": "m", "conselho": "m",
    "assembleia": "f", "junta": "f", "estado": "m", "comunidade": "f", "commune": "f",
    "communauté": "f", "département": "m", "région": "f", "métropole": "f",
}  # fmt: skip
NAME_FORMS = {
    "m": {"le": "o {name}", "du": "do {name}", "au": "ao {name}", "par": "pelo {name}"},
    "f": {"le": "a {name}", "du": "da {name}", "au": "à {name}", "par": "pela {name}"},
    "": {"le": "{name}", "du": "de {name}", "au": "a {name}", "par": "por {name}"},
}
NAME_KIND_AT = "first"

# The texts signed during the mission (guide/documents/signed.py): protocol and decisions.
SIGNED = {
    "protocol_title": "Protocolo de intenções",
    "decisions_title": "Ata de decisões",
    "subtitle": "{the_authority} (França) e {the_partner} ({country})",
    "subtitle_blank": "Entre",
    "subtitle_blank_and": "e",
    "occasion": "Por ocasião da missão exploratória {of_authority} {to_partner}, em "
    "{place}, {period}, as duas autarquias declaram a sua intenção de construir em conjunto uma "
    "cooperação descentralizada.",
    "occasion_blank": "Por ocasião da missão exploratória, em",
    "objectives_heading": "1. Objetivos partilhados",
    "fields_heading": "2. Domínios de cooperação previstos",
    "steps_heading": "3. Próximas etapas",
    "next_meeting": "Próximo encontro (data, local):",
    "scope_heading": "4. Alcance e línguas",
    "decisions_scope_heading": "3. Alcance e línguas",
    "scope": "O presente protocolo exprime uma intenção comum e não compromete financeiramente "
    "nenhuma das duas autarquias; as ações e os seus montantes serão objeto de uma "
    "convenção aprovada por deliberação (artigo L1115-1 do código geral das autarquias "
    "territoriais francês).",
    "decisions_scope": "A presente ata regista o que as duas autarquias decidiram em conjunto e "
    "não compromete financeiramente nenhuma delas; qualquer compromisso "
    "financeiro será objeto de uma convenção aprovada por deliberação (artigo "
    "L1115-1 do código geral das autarquias territoriais francês).",
    "authorised": "A sua assinatura é autorizada pela deliberação de {date} (mandato especial da "
    "missão).",
    "to_authorise": "A sua assinatura exige uma deliberação prévia que a autorize.",
    "languages_one": "Feito em dois exemplares originais, em francês.",
    "languages_two": "Feito em dois exemplares originais, cada um em {first} e em {second}; "
    "em caso de divergência, prevalece o texto em {prevailing}.",
    "party": "{for_authority}",
    "party_partner": "{for_partner}",
    "party_blank": "Pela autarquia francesa",
    "party_partner_blank": "Pela autarquia parceira",
    "place_date": "Local e data:",
    "signature_space": "Assinatura e carimbo:",
    "meeting": "Reunião de {date}, {place}.",
    "meeting_blank": "Reunião de, em:",
    "participants_heading": "Participantes",
    "participants": "{for_authority}",
    "participants_partner": "{for_partner}",
    "participants_blank": "Pela autarquia francesa",
    "participants_partner_blank": "Pela autarquia parceira",
    "agenda_heading": "1. Objeto da reunião",
    "decisions_heading": "2. Decisões",
    "number": "N.º",
    "decision": "Decisão",
    "who": "Quem",
    "when": "Até quando",
}

# The draft convention de partenariat (guide/documents/convention.py).
CONVENTION = {
    "title": "Convenção de parceria",
    "subtitle": "{the_authority} (França) e {the_partner} ({country})",
    "subtitle_blank": "Entre a autarquia francesa e a autarquia parceira",
    "note": "Projeto a rever pelos serviços jurídicos das duas partes. Em França, a convenção é "
    "aprovada por deliberação antes da assinatura e só entra em vigor depois de transmitida "
    "ao representante do Estado (artigo L1115-1 do código geral das autarquias territoriais "
    "francês).",
    "between": "Entre {the_authority} (França), doravante «a autarquia francesa», por um lado,",
    "between_blank": "Entre a autarquia francesa:",
    "and": "e {the_partner} ({country}), doravante «o parceiro», por outro lado,",
    "and_blank": "e a autarquia parceira:",
    "visa": "Tendo em conta o código geral das autarquias territoriais francês, em especial os "
    "seus artigos L1115-1 e L1115-5;",
    "visa_deliberation": "Tendo em conta a deliberação da assembleia da autarquia francesa "
    "({of_body}) de {date}, que aprova a presente convenção e autoriza a sua assinatura;",
    "agreed": "É acordado o seguinte:",
    "object_heading": "Artigo 1.º – Objeto",
    "object_law": "A convenção precisa o objeto das ações previstas e o montante previsional "
    "dos compromissos financeiros de cada parte (anexo).",
    "duration_heading": "Artigo 2.º – Duração",
    "duration": "A presente convenção é celebrada por {duration} a contar da sua entrada em vigor.",
    "duration_blank": "A presente convenção é celebrada por um período de",
    "actions_heading": "Artigo 3.º – Ações e compromissos financeiros",
    "actions": "As ações previstas, ano a ano, e o seu montante previsional constam do anexo: "
    "{count}, num montante previsional total de {total}, dos quais {own} a cargo da autarquia "
    "francesa. Estes montantes são comprometidos dentro dos orçamentos aprovados em cada ano "
    "por cada parte.",
    "actions_blank": "As ações previstas, ano a ano, e o seu montante previsional constam do "
    "anexo. Estes montantes são comprometidos dentro dos orçamentos aprovados em cada ano "
    "por cada parte.",
    "action": "ação",
    "action_plural": "ações",
    "french_heading": "Artigo 4.º – Compromissos da autarquia francesa",
    "partner_heading": "Artigo 5.º – Compromissos do parceiro",
    "governance_heading": "Artigo 6.º – Governação",
    "governance": "Um comité de acompanhamento segue a execução da convenção: aprova o "
    "programa de cada ano, acompanha as ações e o seu orçamento e prepara o balanço da "
    "convenção. Reúne-se {frequency}.",
    "governance_blank": "Um comité de acompanhamento segue a execução da convenção: aprova o "
    "programa de cada ano, acompanha as ações e o seu orçamento e prepara o balanço da "
    "convenção. Reúne-se:",
    "members": "É composto por:",
    "languages_heading": "Artigo 7.º – Línguas",
    "languages_one": "A presente convenção é redigida em dois exemplares originais, em francês.",
    "languages_two": "A presente convenção é redigida em dois exemplares originais, cada um em "
    "{first} e em {second}; {authentic}.",
    "authentic_fr": "em caso de divergência, prevalece o texto em {language}",
    "authentic_both": "os dois textos fazem igualmente fé",
    "amendment_heading": "Artigo 8.º – Alteração",
    "amendment": "Qualquer alteração da presente convenção é objeto de uma adenda escrita, "
    "aprovada e transmitida ao representante do Estado nas mesmas formas que a convenção.",
    "termination_heading": "Artigo 9.º – Denúncia",
    "termination": "Cada parte pode pôr termo à presente convenção por carta dirigida à outra "
    "parte, com um pré-aviso de três meses; as ações em curso são concluídas ou saldadas de "
    "comum acordo.",
    "disputes_heading": "Artigo 10.º – Resolução de litígios",
    "disputes": "As partes procuram primeiro uma solução amigável, no comité de "
    "acompanhamento. Na falta de acordo no prazo de três meses, a parte mais diligente "
    "submete o litígio à jurisdição competente.",
    "force_heading": "Artigo 11.º – Entrada em vigor",
    "force": "A presente convenção entra em vigor na data da sua assinatura pelas duas partes "
    "e, no mínimo, na data da sua transmissão ao representante do Estado francês (préfet) "
    "para o controlo de legalidade (artigo L1115-1 do código geral das autarquias "
    "territoriais francês).",
    "annex_heading": "Anexo – Programa de ações e orçamento previsional",
    "year": "Ano",
    "what": "Ação",
    "funder": "Financiada por",
    "amount": "Montante previsional",
    "total_year": "Total {year}",
    "total_payer": "Total: {payer}",
    "total": "Total geral",
}

# A member's quality in the delegation's table, agreed with its civilité: (masculine or
# neutral, feminine).
MEMBER_KINDS = (
    {"elu": "Eleito local", "agent": "Funcionário", "autre": "Outro membro"},
    {"elu": "Eleita local", "agent": "Funcionária", "autre": "Outro membro"},
)
