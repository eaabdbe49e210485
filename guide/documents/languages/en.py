"""The terms of reference's own words in English (British usage: partners in Africa and Asia
write British English), and the English labels of mission.yml's fixed values."""

from ...locales import Formats

LOCALE = "en_GB"
TAG = "en-GB"

# How dates read: « 2 March 2027 », « 2–6 March 2027 », « 28 February – 3 March 2027 ».
DATES = {
    "day_month": "d MMMM",
    "same_day": "{date}",
    "same_month": "{start_day}–{end}",
    "same_year": "{start_day_month} – {end}",
    "other": "{start} – {end}",
}

FORMATS = Formats(LOCALE, periods=DATES)

TERMS = {
    "title": "Terms of reference for the exploratory mission",
    "subtitle": "{authority} and {partner}, {period}",
    "blank_between": "Between",
    "blank_and": "and",
    "blank_dates": "Dates: from",
    "period_hint": "from … to …",
    "group_authority": "The French local authority",
    "group_partner": "The partner local authority",
    "group_mission": "The mission",
    "name": "Name",
    "type": "Type",
    "departement": "Département",
    "region": "Region",
    "website": "Website",
    "country": "Country",
    "executive": "Executive",
    "working_language": "Working language",
    "dates": "Dates",
    "place": "Location",
    "times": "Times shown",
    "times_value": "local time ({zone})",
    "times_hint": "local time (time zone: …)",
    "delegation": "Delegation",
    "delegation_value": "{count}, see section 6",
    "delegation_hint": "… person(s), see section 6",
    "person": "person",
    "people": "people",
    "heading_context": "1. Background",
    "heading_objectives": "2. Objectives of the mission",
    "heading_results": "3. Expected results",
    "heading_programme": "4. Programme",
    "heading_responsibilities": "5. Responsibilities of each party",
    "heading_delegation": "6. The delegation and the role of each member",
    "heading_signatures": "7. Signatures",
    "programme_note": "Local times ({zone}). The programme sets out the meetings, courtesy "
    "visits and working meetings.",
    "programme_note_blank": "Local times. The programme sets out the meetings, courtesy visits "
    "and working meetings.",
    "blank_day": "Day {number}",
    # Before a line to fill in (« Jour 1 : ____ »).
    "colon": ":",
    "column_time": "Time",
    "column_activity": "Activity",
    "column_type": "Type",
    "column_place": "Venue",
    "column_participants": "Participants",
    "column_date": "Date",
    "column_name": "Name",
    "column_position": "Position",
    "column_kind": "Status",
    "column_role": "Role during the mission",
    # The budget (budget key): a table under the responsibilities.
    "budget_caption": "Provisional budget: who pays for what",
    "column_item": "Item",
    "column_amount": "Amount",
    "column_paid_by": "Paid by",
    "column_funder": "Other funder",
    "total": "Total",
    "takes_charge": "{name} will be responsible for:",
    "authority_takes_charge": "The French local authority will be responsible for:",
    "partner_takes_charge": "The partner local authority will be responsible for:",
    "for_authority": "For the French local authority",
    "for_partner": "For the partner local authority",
    "signatory": "Name and position of signatory:",
    "place_and_date": "Place and date:",
    "signature": "Signature:",
    # Any document's .docx: the foot of each page.
    "page_of": "Page {page} of {pages}",
    "ics_type": "Type: {value}",
    "ics_participants": "Participants: {value}",
    "ics_calendar": "Exploratory mission: {authority} – {partner}",
}

CHOICES = {
    "collectivite.type": {
        "commune": "Municipality",
        "intercommunalite": "Inter-municipal authority",
        "departement": "Département",
        "region": "Region",
    },
    "delegation.qualite": {"elu": "Elected official", "agent": "Staff member", "autre": "Other"},
    "budget.pris_en_charge_par": {
        "collectivite": "The French local authority",
        "partenaire": "The partner local authority",
        "autre": "Another funder",
    },
    "programme.type": {
        "rencontre": "Meeting",
        "visite_de_courtoisie": "Courtesy visit",
        "reunion_de_travail": "Working meeting",
        "visite_de_terrain": "Field visit",
        "deplacement": "Travel",
        "temps_libre": "Free time",
        "autre": "Other",
    },
}

# The letter to the partner (guide/documents/letter.py): its words, the usual contents of the
# partner's invitation letter for the visas, the titles of both executives. A letter, not a
# memo: the addressee's block, the place and date, a salutation and a close that name the
# executive (British usage: « Dear Mayor Mensah, » … « Yours sincerely, » on its own line).
LETTER = {
    "title": "Letter to the partner",
    "subtitle": "Proposal for an exploratory mission {to_partner}",
    "subtitle_blank": "Proposal for an exploratory mission",
    "sender_blank": "Local authority and its executive:",
    "recipient_blank": "Addressee:",
    "place_date": "{town}, ……………………",
    "place_date_blank": "Place and date:",
    "object": "Subject: proposal for an exploratory mission, {period}",
    "object_blank": "Subject: proposal for an exploratory mission, from",
    "object_blank_hint": "… to …",
    # The addressee's block: the person (« Mr », « Ms » are not written before a full name).
    "honorific_m": "{name}",
    "honorific_f": "{name}",
    "recipient_title": "{title}",
    # The salutation: by title (any gender: « Dear Mayor Mensah, »), by name, else neutral.
    "salutation_title_m": "Dear {title} {surname},",
    "salutation_title_f": "Dear {title} {surname},",
    "salutation_title": "Dear {title} {surname},",
    "salutation_person_m": "Dear Mr {surname},",
    "salutation_person_f": "Dear Ms {surname},",
    "salutation_person": "Dear {name},",
    "salutation": "Dear colleagues,",
    "opening": "{authority_subject} wishes to strengthen its ties with {partner} and proposes "
    "that you host an exploratory mission in {place}, {period}.",
    "opening_blank": "We wish to strengthen our ties and propose that you host an exploratory "
    "mission in",
    "objectives": "The objectives of this mission would be:",
    "results": "By its end, we would hope to achieve the following results:",
    "delegation": "The delegation would comprise {count}:",
    "delegation_blank": "The delegation would comprise the following people:",
    "person": "person",
    "people": "people",
    "attached": "Please find enclosed the draft terms of reference for the mission, with its "
    "programme. We would be grateful if you could confirm the meetings it provides "
    "for, or suggest any changes you would like, and let us know who will prepare the"
    " mission with us.",
    "visa_heading": "Letter of invitation for visas",
    "visa_intro": "For their visa applications, the members of the delegation will need a letter "
    "of invitation from you. It usually states:",
    "visa_note": "The consulate may ask for further details: please check its requirements "
    "before writing the letter.",
    "closing": "I look forward to hearing from you.",
    "sign_off": "Yours sincerely,",
    "signatory_blank": "The executive of the local authority",
    "signature_lines": "Name:",
    "signature_space": "Signature and stamp:",
    "attachment": "Enclosure: draft terms of reference for the mission.",
}

VISA_ITEMS = [
    "the letterhead, address and contact details of the inviting authority;",
    (
        "the name of each member of the delegation as it appears in their passport, with their "
        "position (the passport number is given separately, not in a public document);"
    ),
    "the purpose of the mission and its arrival and departure dates;",
    "the programme, or at least the main meetings planned;",
    "who covers accommodation and local travel;",
    "the name, position and signature of the inviting authority, with the date.",
]

# The French authority's executive, who signs the letter: (a man, a woman).
EXECUTIVES = {
    "commune": ("The Mayor", "The Mayor"),
    "intercommunalite": (
        "The President of the inter-municipal authority",
        "The President of the inter-municipal authority",
    ),
    "departement": (
        "The President of the Departmental Council",
        "The President of the Departmental Council",
    ),
    "region": ("The President of the Regional Council", "The President of the Regional Council"),
}
# The partner's executive, from partenaire.executif's French title (its first word, or the whole
# title), when mission.yml gives no translation: (a man, a woman).
PARTNER_TITLES = {
    "maire": ("Mayor", "Mayor"),
    "président": ("President", "President"),
    "présidente": ("President", "President"),
    "gouverneur": ("Governor", "Governor"),
    "gouverneure": ("Governor", "Governor"),
    "chef de l’exécutif du district": ("District Chief Executive", "District Chief Executive"),
}
# The article of a translated title (« the District Chief Executive »), left out before a name.
TITLE_ARTICLES = {"the": ""}

# An authority's name in a sentence (guide/documents/parts.py `named`): « the » before a name
# holding a word of a kind of authority (« the Testford District Assembly », « the Commune de
# Val-Fleuri »), none before a bare place name; the forms after « of » and « to ».
NAME_KINDS = dict.fromkeys(
    (
        "municipality", "municipal", "district", "assembly", "council", "county", "city",
        "town", "region", "regional", "province", "provincial", "government", "state",
        "metropolitan", "commune", "communauté", "département", "région", "métropole",
        "department", "community",
    ),
    "the",
)  # fmt: skip
NAME_FORMS = {
    "the": {
        "le": "the {name}",
        "du": "of the {name}",
        "au": "to the {name}",
        "par": "for the {name}",
    },
    "": {"le": "{name}", "du": "of {name}", "au": "to {name}", "par": "for {name}"},
}
# Where the kind word may stand: anywhere in the name (« Testford District Assembly »).
NAME_KIND_AT = "any"

# The texts signed during the mission (guide/documents/signed.py): protocol and decisions.
SIGNED = {
    "protocol_title": "Memorandum of intent",
    "decisions_title": "Record of decisions",
    "subtitle": "{the_authority} (France) and {the_partner} ({country})",
    "subtitle_blank": "Between",
    "subtitle_blank_and": "and",
    "occasion": "On the occasion of the exploratory mission {of_authority} {to_partner}, "
    "in {place}, {period}, the two authorities declare their intention to build together a "
    "decentralised cooperation.",
    "occasion_blank": "On the occasion of the exploratory mission, in",
    "objectives_heading": "1. Shared objectives",
    "fields_heading": "2. Planned areas of cooperation",
    "steps_heading": "3. Next steps",
    "next_meeting": "Next meeting (date, place):",
    "scope_heading": "4. Scope and languages",
    "decisions_scope_heading": "3. Scope and languages",
    "scope": "This memorandum expresses a shared intention and places no financial commitment on "
    "either authority; the actions and their amounts will be set out in an agreement "
    "approved by a council decision (article L1115-1 of the French general code of local"
    " authorities).",
    "decisions_scope": "This record states what the two authorities have decided together and "
    "places no financial commitment on either of them; any financial "
    "commitment will be set out in an agreement approved by a council decision"
    " (article L1115-1 of the French general code of local authorities).",
    "authorised": "Its signature is authorised by the council decision of {date} (special mandate"
    " of the mission).",
    "to_authorise": "Its signature requires a prior council decision authorising it.",
    "languages_one": "Done in two original copies, in French.",
    "languages_two": "Done in two original copies, each in {first} and in {second}; in case "
    "of divergence, the {prevailing} text shall prevail.",
    "party": "For {the_authority}",
    "party_partner": "For {the_partner}",
    "party_blank": "For the French authority",
    "party_partner_blank": "For the partner authority",
    "place_date": "Place and date:",
    "signature_space": "Signature and stamp:",
    "meeting": "Meeting of {date}, {place}.",
    "meeting_blank": "Meeting of, in:",
    "participants_heading": "Participants",
    "participants": "For {the_authority}",
    "participants_partner": "For {the_partner}",
    "participants_blank": "For the French authority",
    "participants_partner_blank": "For the partner authority",
    "agenda_heading": "1. Purpose of the meeting",
    "decisions_heading": "2. Decisions",
    "number": "No.",
    "decision": "Decision",
    "who": "Who",
    "when": "By when",
}

# The draft convention de partenariat (guide/documents/convention.py).
CONVENTION = {
    "title": "Partnership agreement",
    "subtitle": "{the_authority} (France) and {the_partner} ({country})",
    "subtitle_blank": "Between the French authority and the partner authority",
    "note": "Draft to be reviewed by the legal services of both parties. In France, the "
    "agreement is approved by a council decision before it is signed and only takes effect "
    "once sent to the prefect (article L1115-1 of the French general code of local "
    "authorities).",
    "between": "Between {the_authority} (France), hereinafter “the French authority”, of the "
    "one part,",
    "between_blank": "Between the French authority:",
    "and": "and {the_partner} ({country}), hereinafter “the partner”, of the other part,",
    "and_blank": "and the partner authority:",
    "visa": "Having regard to the French general code of local authorities, in particular its "
    "articles L1115-1 and L1115-5;",
    "visa_deliberation": "Having regard to the decision of the council of the French "
    "authority ({of_body}) of {date} approving this agreement and authorising its signature;",
    "agreed": "It is agreed as follows:",
    "object_heading": "Article 1 – Purpose",
    "object_law": "The agreement states the purpose of the planned actions and the provisional "
    "amount of each party’s financial commitments (annex).",
    "duration_heading": "Article 2 – Duration",
    "duration": "This agreement is concluded for {duration} from its entry into force.",
    "duration_blank": "This agreement is concluded for a period of",
    "actions_heading": "Article 3 – Actions and financial commitments",
    "actions": "The planned actions, year by year, and their provisional amount are set out in "
    "the annex: {count}, for a provisional total of {total}, of which {own} is borne by the "
    "French authority. These amounts are committed within the budgets adopted each year by "
    "each party.",
    "actions_blank": "The planned actions, year by year, and their provisional amount are set "
    "out in the annex. These amounts are committed within the budgets adopted each year by "
    "each party.",
    "action": "action",
    "action_plural": "actions",
    "french_heading": "Article 4 – Commitments of the French authority",
    "partner_heading": "Article 5 – Commitments of the partner",
    "governance_heading": "Article 6 – Governance",
    "governance": "A steering committee oversees the implementation of the agreement: it adopts "
    "each year’s programme, follows the actions and their budget and prepares the review of "
    "the agreement. It meets {frequency}.",
    "governance_blank": "A steering committee oversees the implementation of the agreement: it "
    "adopts each year’s programme, follows the actions and their budget and prepares the "
    "review of the agreement. It meets:",
    "members": "Its members are:",
    "languages_heading": "Article 7 – Languages",
    "languages_one": "This agreement is drawn up in two original copies, in French.",
    "languages_two": "This agreement is drawn up in two original copies, each in {first} and in "
    "{second}; {authentic}.",
    "authentic_fr": "in case of divergence, the {language} text shall prevail",
    "authentic_both": "both texts are equally authentic",
    "amendment_heading": "Article 8 – Amendment",
    "amendment": "Any amendment to this agreement is made by a written addendum, approved and "
    "sent to the prefect in the same way as the agreement.",
    "termination_heading": "Article 9 – Termination",
    "termination": "Either party may terminate this agreement by letter to the other party, "
    "with three months’ notice; actions under way are completed or settled by mutual "
    "agreement.",
    "disputes_heading": "Article 10 – Settlement of disputes",
    "disputes": "The parties first seek an amicable solution, in the steering committee. "
    "Failing agreement within three months, the dispute is brought by the first party to act "
    "before the competent court.",
    "force_heading": "Article 11 – Entry into force",
    "force": "This agreement enters into force on the date of its signature by both parties, "
    "and at the earliest once sent to the representative of the French State (prefect) for "
    "the review of legality (article L1115-1 of the French general code of local "
    "authorities).",
    "annex_heading": "Annex – Programme of actions and provisional budget",
    "year": "Year",
    "what": "Action",
    "funder": "Funded by",
    "amount": "Provisional amount",
    "total_year": "Total {year}",
    "total_payer": "Total: {payer}",
    "total": "Grand total",
}

# A member's quality in the delegation's table, agreed with its civilité: (masculine or
# neutral, feminine).
MEMBER_KINDS = (
    {"elu": "Elected official", "agent": "Staff member", "autre": "Other member"},
    {"elu": "Elected official", "agent": "Staff member", "autre": "Other member"},
)
