"""The words of Brazilian Portuguese where they differ from pt.py's (European usage): read over
pt.py's tables for pt-BR (guide/documents/languages/__init__.py `REGIONS`). In Brazil an
« autarquia » is a public agency, not a local authority (« coletividade », as Brazilian texts
name the French collectivités territoriales); « deslocamento », « seção », « site », « contato »,
« equipe », « comitê », « governança ». Only the entries that differ: every other word is pt.py's.
"""

TERMS = {
    "group_authority": "A coletividade francesa",
    "group_partner": "A coletividade parceira",
    "website": "Site",
    "delegation_value": "{count}, ver a seção 6",
    "delegation_hint": "… pessoa(s), ver a seção 6",
    "budget_caption": "Orçamento previsto: quem paga o quê",
    "column_amount": "Valor",
    "authority_takes_charge": "A coletividade francesa fica responsável por:",
    "partner_takes_charge": "A coletividade parceira fica responsável por:",
    "for_authority": "Pela coletividade francesa",
    "for_partner": "Pela coletividade parceira",
}

CHOICES = {
    "collectivite.type": {"intercommunalite": "Consórcio intermunicipal"},
    "delegation.qualite": {"agent": "Servidor"},
    "budget.pris_en_charge_par": {
        "collectivite": "A coletividade francesa",
        "partenaire": "A coletividade parceira",
    },
    "programme.type": {
        "visite_de_terrain": "Visita de campo",
        "deplacement": "Deslocamento",
    },
}

LETTER = {
    "title": "Carta à coletividade parceira",
    "attached": "Enviamos em anexo o projeto de termos de referência da missão, com o respectivo "
    "programa. Pedimos que nos confirme os encontros previstos, ou nos proponha as "
    "alterações que julgar convenientes, e que nos indique a pessoa que preparará a missão "
    "conosco.",
    "signatory_blank": "O órgão executivo da coletividade",
    # The forms of address of Brazil: « Prezado Senhor Prefeito, » … « Atenciosamente, ».
    "honorific_m": "Senhor {name}",
    "honorific_f": "Senhora {name}",
    "salutation_title_m": "Prezado Senhor {title},",
    "salutation_title_f": "Prezada Senhora {title},",
    "salutation_title": "Prezados Senhores,",
    "salutation_person_m": "Prezado Senhor {name},",
    "salutation_person_f": "Prezada Senhora {name},",
    "salutation_person": "Prezados Senhores,",
    "salutation": "Prezados Senhores,",
    "closing": "Aguardamos a sua resposta.",
    "sign_off": "Atenciosamente,",
    # « da vossa parte » and « num » read as Portugal's; Brazil writes « de sua parte », « em um ».
    "visa_intro": "Para os pedidos de visto, os membros da delegação precisarão de uma "
    "carta-convite de sua parte. Em geral, ela indica:",
    "visa_note": "O consulado pode pedir outros dados: pedimos que confira as exigências dele "
    "antes de redigir a carta.",
}

VISA_ITEMS = [
    "o cabeçalho, o endereço e os contatos da coletividade que convida;",
    (
        "o nome de cada membro da delegação, tal como consta do passaporte, com o respectivo "
        "cargo (o número do passaporte é informado à parte, não em um documento público);"
    ),
    "o objetivo da missão e as datas de chegada e de partida;",
    "o programa, ou pelo menos os principais encontros previstos;",
    "quem se encarrega da hospedagem e dos deslocamentos no local;",
    "o nome, o cargo e a assinatura da autoridade que convida, com a data.",
]

# The French executive who signs (a man, a woman): a person, never the office (« a Prefeitura »).
EXECUTIVES = {
    "commune": ("O Prefeito", "A Prefeita"),
    "intercommunalite": (
        "O Presidente do consórcio intermunicipal",
        "A Presidente do consórcio intermunicipal",
    ),
}
# The partner's mayor is a « prefeito » in Brazil.
PARTNER_TITLES = {"maire": ("Prefeito", "Prefeita")}

SIGNED = {
    "occasion": "Por ocasião da missão exploratória {of_authority} {to_partner}, em "
    "{place}, {period}, as duas coletividades declaram a sua intenção de construir em conjunto "
    "uma cooperação descentralizada.",
    "scope": "O presente protocolo exprime uma intenção comum e não compromete financeiramente "
    "nenhuma das duas coletividades; as ações e os seus valores serão objeto de uma "
    "convenção aprovada por deliberação (artigo L1115-1 do código geral das coletividades "
    "territoriais francês).",
    "decisions_scope": "A presente ata registra o que as duas coletividades decidiram em "
    "conjunto e não compromete financeiramente nenhuma delas; qualquer compromisso "
    "financeiro será objeto de uma convenção aprovada por deliberação (artigo L1115-1 do "
    "código geral das coletividades territoriais francês).",
    "party_blank": "Pela coletividade francesa",
    "party_partner_blank": "Pela coletividade parceira",
    "participants_blank": "Pela coletividade francesa",
    "participants_partner_blank": "Pela coletividade parceira",
}

CONVENTION = {
    "subtitle_blank": "Entre a coletividade francesa e a coletividade parceira",
    "note": "Projeto a ser revisado pelos serviços jurídicos das duas partes. Na França, a "
    "convenção é aprovada por deliberação antes da assinatura e só entra em vigor depois de "
    "transmitida ao representante do Estado (artigo L1115-1 do código geral das "
    "coletividades territoriais francês).",
    "between": "Entre {the_authority} (França), doravante «a coletividade francesa», de um lado,",
    "between_blank": "Entre a coletividade francesa:",
    "and": "e {the_partner} ({country}), doravante «o parceiro», de outro lado,",
    "and_blank": "e a coletividade parceira:",
    "visa": "Considerando o código geral das coletividades territoriais francês, em especial os "
    "seus artigos L1115-1 e L1115-5;",
    "visa_deliberation": "Considerando a deliberação da assembleia da coletividade francesa "
    "({of_body}) de {date}, que aprova a presente convenção e autoriza a sua assinatura;",
    "actions": "As ações previstas, ano a ano, e o seu valor previsto constam do anexo: "
    "{count}, num valor total previsto de {total}, dos quais {own} a cargo da coletividade "
    "francesa. Esses valores são empenhados dentro dos orçamentos aprovados a cada ano "
    "por cada parte.",
    "actions_blank": "As ações previstas, ano a ano, e o seu valor previsto constam do "
    "anexo. Esses valores são empenhados dentro dos orçamentos aprovados a cada ano "
    "por cada parte.",
    "french_heading": "Artigo 4.º – Compromissos da coletividade francesa",
    "governance_heading": "Artigo 6.º – Governança",
    "governance": "Um comitê de acompanhamento monitora a execução da convenção: aprova o "
    "programa de cada ano, acompanha as ações e o seu orçamento e prepara o balanço da "
    "convenção. Reúne-se {frequency}.",
    "governance_blank": "Um comitê de acompanhamento monitora a execução da convenção: aprova o "
    "programa de cada ano, acompanha as ações e o seu orçamento e prepara o balanço da "
    "convenção. Reúne-se:",
    "amendment_heading": "Artigo 8.º – Aditivo",
    "amendment": "Qualquer alteração da presente convenção é objeto de um termo aditivo "
    "escrito, aprovado e transmitido ao representante do Estado nas mesmas formas que a "
    "convenção.",
    "termination_heading": "Artigo 9.º – Rescisão",
    "termination": "Cada parte pode rescindir a presente convenção por carta dirigida à outra "
    "parte, com aviso prévio de três meses; as ações em curso são concluídas ou quitadas de "
    "comum acordo.",
    "disputes": "As partes buscam primeiro uma solução amigável, no comitê de "
    "acompanhamento. Na falta de acordo no prazo de três meses, a parte mais diligente "
    "submete o litígio à jurisdição competente.",
    "force": "A presente convenção entra em vigor na data da sua assinatura pelas duas partes "
    "e, no mínimo, na data da sua transmissão ao representante do Estado francês (préfet) "
    "para o controle de legalidade (artigo L1115-1 do código geral das coletividades "
    "territoriais francês).",
    "annex_heading": "Anexo – Programa de ações e orçamento previsto",
    "amount": "Valor previsto",
}

# A public servant in Brazil is a « servidor »: (masculine or neutral, feminine).
MEMBER_KINDS = (
    {"agent": "Servidor"},
    {"agent": "Servidora"},
)
