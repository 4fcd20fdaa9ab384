"""Page dumps, fourth set: written without seeing the parser or the other sets, kept from whoever changed the parser (held out).

Run:  .venv/bin/python benchmarks/pages_of_our_own/dumps_fourth/cases.py
"""
import os, re, sys, unicodedata, traceback
HERE = os.path.dirname(os.path.abspath(__file__))
CASE_DIR = os.path.join(HERE, "cases")

CASES = [{'name': '01_lynx_us_regional_1998.txt',
  'title': 'Bypass plan draws fire from Pine Hollow residents',
  'authors': ['Dale Whitaker'],
  'published': '1998-07-22',
  'description': 'SKIP',
  'headings': 1,
  'first': 'Residents of the Pine Hollow neighborhood packed the Harlan County courthouse Tuesday night to oppose a '
           'plan that would route a new four-lane bypass through their back yards.',
  'last': 'Magistrate Roy Sturgill said he would ask the fiscal court to pass a resolution asking the state to '
          'reconsider the northern route, which would cost about $4 million more.',
  'must_not': ['Printer-friendly', 'Copyright 1998', 'webmaster@hvsentinel.com', 'Obituaries', 'References'],
  'must': ['County engineer Walter Briggs', 'Cedar Branch Road', 'WHAT COMES NEXT'],
  'soft': [('fact box not in body', 'not_in', 'Homes affected: 47')]},
 {'name': '02_w3m_uk_tabloid_2016.txt',
  'title': 'Gran, 78, branded a CHEAT over monster marrow wins apology from show judges',
  'authors': ['Kelly Brannigan', 'Tom Ashworth'],
  'published': '2016-03-03',
  'description': 'SKIP',
  'headings': 0,
  'first': 'A pensioner who was told her prize-winning marrow was “too big to be real” has been vindicated after '
           'judges at a village show admitted they got it wrong.',
  'last': 'He added: “We got this one badly wrong and we are very sorry. Mrs Oakley is a credit to the show.”',
  'must_not': ['Read more:',
               'Story continues below',
               'ADVERTISEMENT',
               'Gardenlover55',
               'Most Read',
               'Associated Newspapers',
               'Share or comment',
               '(Image: SWNS)'],
  'must': ['The 4ft 2in vegetable weighed in at 61lb', 'Society chairman Derek Pilling'],
  'soft': [('pull quote not duplicated as paragraph', 'count_le', ('worst day', 1))]},
 {'name': '03_copypaste_ie_broadcaster_2021.txt',
  'title': 'Cork greenway linking Midleton and Youghal approved',
  'authors': ['Jennifer Foley'],
  'published': '2021-09-13',
  'description': 'SKIP',
  'headings': 0,
  'first': 'Cork County Council has approved plans for a 12km greenway linking Midleton and Youghal along the route of '
           'a disused railway line.',
  'last': 'Work is expected to begin early next year, with the greenway due to open in the summer of 2023.',
  'must_not': ['Southern Correspondent', 'Most Read in Ireland', 'Cookie Policy', 'file image', 'Gardaí appeal'],
  'must': ['63 submissions', 'new underpasses for livestock'],
  'soft': []},
 {'name': '04_elinks_au_broadcaster_2019.txt',
  'title': 'Fire survivors in East Gippsland say insurance payouts are too slow to rebuild before winter',
  'authors': ['Bridget Rollason', 'Jarrod Whittaker'],
  'published': '2019-03-08',
  'description': 'SKIP',
  'headings': [1, 0],
  'first': 'Bushfire survivors in East Gippsland say insurance payouts are arriving too slowly to let them rebuild '
           'before winter.',
  'last': 'It said complex claims involving total losses took longer because of shortages of builders and materials.',
  'must_not': ['Visible links', 'Top Stories', 'AUTHORISED BY', 'Agence France-Presse', 'ABC Gippsland:', 'abc.net.au'],
  'must': ['Sarsfield resident Tom Keogh', 'What are insurers saying?'],
  'soft': [('key points kept as body', 'in', 'fewer than a third of claims have been settled')]},
 {'name': '05_crlf_nz_hyperlocal_2012.txt',
  'title': 'Sausage sizzle puts hall roof over the line',
  'authors': ['Sue Parata'],
  'published': '2012-10-31',
  'description': None,
  'headings': 0,
  'first': "The Kaiwaka Hall committee has raised the last $18,000 needed to replace the building's leaking roof, "
           'thanks to a sausage sizzle that turned into a three-day fair.',
  'last': 'Roofers are booked to start on November 19, and the hall will stay open for bookings while work is under '
          'way.',
  'must_not': ['Share this:', 'Like Loading', 'Leave a Reply', 'Powered by WordPress', 'PHOTO: SUE PARATA'],
  'must': ['Committee secretary Robyn Tane', 'We ran out twice'],
  'soft': [('caption dropped', 'not_in', 'Volunteers at the fair on Saturday.')]},
 {'name': '06_in_wire_2008.txt',
  'title': '12 new trains for northeast: Lalu',
  'authors': [[], ['Indo-Asian News Service'], ['IANS']],
  'published': '2008-01-14',
  'description': None,
  'headings': 0,
  'first': 'New Delhi, Jan 14 (IANS) The railway ministry Monday announced 12 new passenger trains for the northeast, '
           'including a daily service between Guwahati and Dimapur.',
  'last': 'The ministry also approved a survey for a new line to connect Agartala with the Bangladesh border.',
  'must_not': ['--IANS', 'Email this story', 'More from National', 'Cold wave tightens', 'Copyright 2008'],
  'must': ['Railway Minister Lalu Prasad', 'Agartala'],
  'soft': []},
 {'name': '07_links_za_2017.txt',
  'title': 'Water back in Soweto by Friday, says Joburg utility',
  'authors': ['Naledi Mokoena'],
  'published': '2017-07-05',
  'description': None,
  'headings': 0,
  'first': "Johannesburg's water utility says supply to large parts of Soweto and Lenasia should be fully restored by "
           'Friday after a burst bulk pipeline left thousands of households without water for four days.',
  'last': 'Residents in Protea Glen said they had been buying bottled water at R30 for five litres.',
  'must_not': ['ADVERTISEMENT',
               'IMAGE: ALON SKUY',
               'Tags:',
               'Related Articles',
               'Tshwane residents',
               'Times Media Group',
               'Would you like to comment'],
  'must': ['Commando reservoir', 'Water tankers'],
  'soft': []},
 {'name': '08_copypaste_ng_2020.txt',
  'title': 'FG begins distribution of maize seedlings to 50,000 farmers',
  'authors': ['Chinedu Okafor'],
  'published': '2020-05-19',
  'description': None,
  'headings': 0,
  'first': 'The Federal Government has begun the distribution of improved maize seedlings to 50,000 smallholder '
           'farmers across 12 northern states ahead of the wet season.',
  'last': 'One of them, Malam Yusuf Danladi, said, “If the seeds come before the rain, we will plant on time and the '
          'harvest will be good.”',
  'must_not': ['Related News',
               'Farmers lament high cost',
               'Copyright PUNCH',
               'may not be reproduced',
               'Latest News',
               'WhatsApp',
               'Police arrest suspected'],
  'must': ['Sabo Nanono', 'Igabi Local Government Area'],
  'soft': []},
 {'name': '09_reader_ke_2023.txt',
  'title': 'Matatu operators call off strike after fuel levy deal',
  'authors': ['Wanjiru Kamau'],
  'published': '2023-07-16',
  'description': 'Operators had threatened to park vehicles across Nairobi from Monday',
  'headings': 1,
  'first': 'Matatu operators in Nairobi have called off a planned strike after the Transport ministry agreed to '
           'suspend new fuel levies for 90 days.',
  'last': "Kimutai warned that operators would resume the strike if the committee's recommendations were ignored.",
  'must_not': ['DEVELOPING STORY', 'Read: Commuters stranded', '3 min read', 'wkamau@'],
  'must': ['What happens next?', 'Simon Kimutai'],
  'soft': []},
 {'name': '10_qa_sg_2022.txt',
  'title': "Q&A: 'Keep your distance and they will ignore you' – an expert on living with otters",
  'authors': ['Cheryl Tan'],
  'published': '2022-08-06',
  'description': "Ecologist Lim Hui Wen on why Singapore's otters thrive and what residents should do",
  'headings': [0, 3],
  'first': "Dr Lim Hui Wen has spent 15 years studying the otters of Singapore's waterways. As the city's otter "
           'population passes 170, she spoke to us about living alongside them.',
  'last': ["A: Enjoy them from at least 10 metres away, don't feed them, and never try to pick up a pup.",
           'This interview has been edited for length and clarity.'],
  'must_not': ['Telegram channel', 'SPH Media', 'Listen to this article', 'Lifestyle Correspondent'],
  'must': ['Q: Are they a danger to people?', 'A: Very rarely.'],
  'soft': []},
 {'name': '11_lynx_ca_2014_correction.txt',
  'title': 'Council approves Bedford ferry after decade of debate',
  'authors': ['Michael Gorman'],
  'published': '2014-05-28',
  'description': 'Estimated cost of $36 million questioned by four councillors',
  'headings': 0,
  'first': ["Halifax regional council voted 12-4 on Tuesday to extend the city's ferry service to Bedford, ending a "
            'debate that has dragged on for almost a decade.',
            'Correction: An earlier version of this story said the vote was 11-5. In fact, it was 12-4.'],
  'last': 'Council also asked staff to study a possible stop at Mill Cove.',
  'must_not': ['Story continues below',
               'Report an error',
               'Related Stories',
               'Bell Media',
               'Staff Reporter',
               'Last Updated'],
  'must': ['Coun. Tim Outhit', 'Opponents questioned'],
  'soft': [('correction kept somewhere', 'in', 'In fact, it was 12-4.')]},
 {'name': '12_w3m_de_2018.txt',
  'title': 'Stadtrat beschließt 40 Kilometer neue Radwege',
  'authors': ['Anna Schmidt'],
  'published': '2018-04-12',
  'description': 'Leipzig investiert 28 Millionen Euro in den Radverkehr. Radfahrer-Verbände halten das für zu wenig.',
  'headings': 1,
  'first': 'Die Stadt Leipzig will bis 2025 rund 40 neue Kilometer Radwege bauen. Das hat der Stadtrat am '
           'Mittwochabend mit großer Mehrheit beschlossen.',
  'last': 'Die Bauarbeiten beginnen voraussichtlich im Herbst.',
  'must_not': ['Anzeige', 'Mehr zum Thema', 'So gefährlich ist', 'Kommentare (23)', 'Impressum', 'Stand:'],
  'must': ['Wo zuerst gebaut wird', 'Karl-Liebknecht-Straße'],
  'soft': []},
 {'name': '13_lynx_fr_2003.txt',
  'title': 'Les vignerons du Beaujolais dans la rue',
  'authors': ['Claire Morel'],
  'published': '2003-03-05',
  'description': None,
  'headings': 0,
  'first': 'Les viticulteurs du Beaujolais ont manifesté mardi à Villefranche-sur-Saône pour réclamer une aide '
           "d'urgence face à la chute des ventes\xa0: plus de 2\xa0000 personnes, selon la préfecture.",
  'last': "La récolte 2002 a été abondante, mais les exportations vers l'Allemagne et le Royaume-Uni ont reculé de "
          'près de 20 % en un an.',
  'must_not': ['Lire aussi', 'boudé par les Japonais', 'Envoyer cet article', 'Tous droits réservés', 'Publié le'],
  'must': ['Jean-Paul Desroches', 'Hervé Gaymard'],
  'soft': []},
 {'name': '14_copypaste_es_2011.txt',
  'title': 'La plaza de la Reina será peatonal en 2012',
  'authors': ['Lucía Fernández'],
  'published': '2011-10-20',
  'description': 'El pleno aprueba el proyecto con los votos de todos los grupos salvo uno',
  'headings': 0,
  'first': 'El Ayuntamiento de Valencia aprobó este jueves la peatonalización de la plaza de la Reina, una '
           'reivindicación vecinal de hace más de veinte años.',
  'last': 'La oposición criticó que no se haya previsto un aparcamiento alternativo para los residentes.',
  'must_not': ['Te puede interesar',
               'carril bici',
               'Comentarios (4)',
               'Normas de participación',
               'Todos los derechos reservados'],
  'must': ['Pilar Soriano', 'horchatería'],
  'soft': [('paragraph count 4', 'n_body', 4)]},
 {'name': '15_elinks_ptbr_2024.txt',
  'title': 'Prefeitura de SP amplia horário de 40 UBS por causa da dengue',
  'authors': ['Ana Souza'],
  'published': '2024-05-15',
  'description': 'Unidades vão funcionar das 7h às 22h, inclusive aos sábados.',
  'headings': 1,
  'first': 'A Prefeitura de São Paulo anunciou nesta quarta-feira (15) a ampliação do horário de funcionamento de 40 '
           'Unidades Básicas de Saúde (UBS) para atender o aumento de casos de dengue.',
  'last': 'Febre alta, dor de cabeça, dor atrás dos olhos, manchas vermelhas na pele e dores no corpo são os sinais '
          'mais comuns. A orientação é procurar atendimento ao primeiro sintoma.',
  'must_not': ['Leia também',
               'Casos de dengue batem recorde',
               'Compartilhar',
               'Últimas notícias',
               'Veja mais notícias',
               'Visible links'],
  'must': ['Quais são os sintomas?', '312 mil casos'],
  'soft': []},
 {'name': '16_links_it_2009.txt',
  'title': 'Il Colosseo apre di sera: visite notturne fino a ottobre',
  'authors': ['Marco Rossi'],
  'published': '2009-09-12',
  'description': None,
  'headings': 0,
  'first': 'ROMA – Il Colosseo resterà aperto anche la sera, tre giorni alla settimana, fino alla fine di ottobre. Lo '
           'ha annunciato ieri la Soprintendenza archeologica di Roma.',
  'last': 'Il biglietto costerà 20 euro e si potrà prenotare solo online.',
  'must_not': ['ALTRI ARTICOLI', 'Fori Imperiali', 'P.IVA', 'Stampa', 'Commenta'],
  'must': ['Angelo Bottini', '20 euro'],
  'soft': []},
 {'name': '17_copypaste_nl_2020.txt',
  'title': 'Extra handhavers in binnenstad Utrecht',
  'authors': ['Jan de Vries'],
  'published': '2020-04-03',
  'description': None,
  'headings': 1,
  'first': 'De gemeente Utrecht zet vanaf maandag extra handhavers in op drukke plekken in de binnenstad om ervoor te '
           'zorgen dat mensen anderhalve meter afstand houden.',
  'last': 'De gemeente roept inwoners op om in de eigen buurt te wandelen en drukke parken te vermijden.',
  'must_not': ['Lees ook',
               'Zo druk was het',
               'Deel dit artikel',
               'Meest gelezen',
               'Brand in flatgebouw',
               'rechten voorbehouden'],
  'must': ['Sharon Dijksma', '390 euro'],
  'soft': [('heading text', 'heading', 'Boetes')]},
 {'name': '18_w3m_pl_2015.txt',
  'title': 'Zakaz wjazdu ciężarówek do centrum Krakowa od lipca',
  'authors': ['Piotr Nowak'],
  'published': '2015-06-21',
  'description': ['Radni zdecydowali o ograniczeniu ruchu ciężkich pojazdów w Strefie Płatnego Parkowania.', 'SKIP'],
  'headings': 0,
  'first': ['Od 1 lipca w Krakowie zacznie obowiązywać zakaz wjazdu samochodów ciężarowych powyżej 12 ton do ścisłego '
            'centrum miasta.',
            'Radni zdecydowali o ograniczeniu ruchu ciężkich pojazdów w Strefie Płatnego Parkowania.'],
  'last': 'Przewoźnicy zapowiadają jednak odwołanie do wojewody. Ich zdaniem objazdy wydłużą trasy nawet o 15 '
          'kilometrów.',
  'must_not': ['Zobacz także', 'Smog w Krakowie', 'Tagi:', 'Udostępnij', 'Komentarze', '~krakus', 'Wszelkie prawa'],
  'must': ['Elżbieta Koterba', '15 kilometrów'],
  'soft': []},
 {'name': '19_copypaste_da_2022.txt',
  'title': 'Byrådet: 1.200 nye almene boliger i Gellerup og Hasle',
  'authors': ['Mette Hansen'],
  'published': '2022-02-04',
  'description': None,
  'headings': 0,
  'first': 'Aarhus Kommune vil bygge 1.200 nye almene boliger i Gellerup og Hasle de kommende ti år. Det fremgår af en '
           'aftale, som et flertal i byrådet indgik onsdag.',
  'last': 'Det første byggeri ventes at gå i gang i 2024.',
  'must_not': ['Læs også',
               'Her er byens nye bydele',
               'Del artiklen',
               'Mest læste',
               'Storm lukker',
               'mette.hansen@jp.dk',
               'Opdateret'],
  'must': ['Steen Stavnsbo', 'Lejerforeningen'],
  'soft': [('fact box dropped', 'not_in', 'Pris: 2,1 mia. kr.')]},
 {'name': '20_lynx_us_trade_2001.txt',
  'title': 'Summer logjam has exhibs worried',
  'authors': [['Andrea Kellerman'], ['ANDREA KELLERMAN']],
  'published': '2001-07-16',
  'description': None,
  'headings': 0,
  'first': 'Studio executives are bracing for a summer in which as many as nine films will open against each other on '
           'the same weekends, a logjam that theater owners warn could cut into grosses.',
  'last': 'The National Association of Theatre Owners is expected to address the issue at its fall meeting in Orlando.',
  'must_not': ['Subscribe to Daily Variety', 'Read the full story', 'Email this story', 'Reed Elsevier'],
  'must': ['Shorter runs for holdover titles', 'Fourth of July'],
  'soft': []},
 {'name': '21_copypaste_uk_financial_2025.txt',
  'title': 'Harcourt Foods shares slide after profit warning',
  'authors': ['Oliver Pratt'],
  'published': '2025-01-23',
  'description': 'Sandwich maker blames wage bill and packaging costs for £40mn hit',
  'headings': 1,
  'first': 'Shares in Harcourt Foods fell 14 per cent on Thursday after the sandwich maker warned that wage increases '
           'and higher packaging costs would wipe £40mn off annual profits.',
  'last': 'Harcourt employs about 9,000 people at 11 sites, most of them in the Midlands and northern England.',
  'must_not': ['Gift this article',
               'Source: LSEG',
               'Financial Times Limited',
               'Promoted Content',
               'Follow the topics',
               '5 min read',
               'Skip to footer'],
  'must': ['Peel Hunt', 'Margin squeeze'],
  'soft': [('pull quote not duplicated', 'count_le', ('We have to protect volumes', 1))]},
 {'name': '22_student_us_2010.txt',
  'title': 'Flooded library closed until February',
  'authors': ['Jamie Ortiz'],
  'published': '2010-01-12',
  'description': None,
  'headings': 0,
  'first': 'Students returning to campus this week found the doors of Hadley Library locked after a water main break '
           'flooded the basement over winter break.',
  'last': '"It\'s honestly kind of nice," said junior Marcus Greene. "There\'s coffee right there."',
  'must_not': ['Staff Reporter',
               'Filed under',
               '3 Comments',
               'Tina R. says',
               'SO loud',
               'Leave a Reply',
               'Powered by WordPress',
               'Tags:'],
  'must': ['Karen Liu', 'student union ballroom'],
  'soft': []},
 {'name': '23_ngo_press_release_2019.txt',
  'title': '1.1 million face hunger in northern Kenya as rains fail again',
  'authors': [],
  'published': '2019-03-12',
  'description': None,
  'headings': 0,
  'first': 'NAIROBI, 12 March 2019 — Nearly 1.1 million people in northern Kenya face severe food shortages after a '
           'third consecutive failed rainy season, the aid group Horn Relief Alliance warned today.',
  'last': ['The alliance is calling on donors to fund its US$24 million emergency appeal, which is currently 18 per '
           'cent funded.',
           'About Horn Relief Alliance: Horn Relief Alliance is a network of 14 humanitarian organisations working in '
           'Kenya, Ethiopia and Somalia since 1992.'],
  'must_not': ['FOR IMMEDIATE RELEASE',
               'Media contact',
               'press@hornrelief',
               'Donate now',
               'Registered charity',
               'ENDS'],
  'must': ['Amina Farah', '18 per cent funded'],
  'soft': [('about boilerplate dropped', 'not_in', 'network of 14 humanitarian organisations')]},
 {'name': '24_gov_uk_press_release_2016.txt',
  'title': '£30 million fund to protect rural bus services',
  'authors': [[], ['Andrew Jones']],
  'published': '2016-05-03',
  'description': 'Councils can bid for funding to keep at-risk rural bus routes running.',
  'headings': 1,
  'first': 'Up to 300 rural bus routes in England will be protected under a new £30 million fund announced today by '
           'the Department for Transport.',
  'last': 'The fund will be open for bids from 1 June 2016 until 31 August 2016. Guidance for councils has been '
          'published alongside this announcement.',
  'must_not': ['accept cookies',
               'Is this page useful',
               'Report a problem',
               'Open Government Licence',
               'Crown copyright',
               'Contents'],
  'must': ['Transport Minister Andrew Jones said:', 'lifeline for people in rural areas'],
  'soft': []},
 {'name': '25_newsletter_2021.txt',
  'title': 'The secondhand bookshop boom nobody expected',
  'authors': ['Rosa Lindgren'],
  'published': '2021-10-09',
  'description': 'Ballarat has seven used bookshops. The pandemic was good to all of them.',
  'headings': 1,
  'first': "Last week I spent three days in Ballarat talking to people who run the town's second-hand bookshops. There "
           'are seven of them, which seems like a lot for a city of 110,000.',
  'last': ['Whether that lasts is another question. Rents in the CBD are climbing, and two shops told me their leases '
           'are up next year.',
           "Thanks for reading. If someone forwarded this to you, I'd love it if you subscribed."],
  'must_not': ['Substack is the home',
               '14 Likes',
               'Paper Moon is a treasure',
               'Type your email',
               'Launched 2 years ago',
               'Share this post'],
  'must': ['Helen Vu', 'Why used books boomed'],
  'soft': []},
 {'name': '26_lynx_magazine_1995.txt',
  'title': ['THE WEB GOES TO THE LIVING ROOM', 'The Web Goes to the Living Room', 'The Web goes to the living room'],
  'authors': [['Gregory Haines'], []],
  'published': [None, '1995-07-01'],
  'description': None,
  'headings': 0,
  'first': 'Three years ago, almost nobody outside a university had heard of the World Wide Web. Today, a company in '
           'Mountain View is betting that millions of people will soon be browsing it from their living rooms.',
  'last': "We'll see. By our count, the number of Web servers has doubled in the past six months.",
  'must_not': ['Back to Table of Contents', 'Subscribe to HotWire', 'HotWire Ventures', 'Letters to the editor'],
  'must': ['Mountain View', 'telephone company executive'],
  'soft': [('author from trailing signature', 'authors', ['Gregory Haines'])]},
 {'name': '27_factcheck_2020.txt',
  'title': 'No, hot lemon water does not kill the coronavirus',
  'authors': ['Adaeze Nwosu', 'Kelechi Obi'],
  'published': '2020-04-02',
  'description': None,
  'headings': 2,
  'first': ['A post shared thousands of times on Facebook and Twitter claims that drinking hot water with lemon every '
            'morning kills the coronavirus. This is false.',
            'CLAIM: Drinking hot water with lemon every morning kills the coronavirus.'],
  'last': ['Dr Funmi Adeyemi, a virologist at the University of Ibadan, told us: "There is no food or drink that will '
           'kill the virus inside your body."',
           "This fact-check was produced as part of our partnership with Facebook's third-party fact-checking "
           'programme.'],
  'must_not': ['Related fact-checks', '5G masts', 'CC BY-ND', 'Methodology'],
  'must': ['WHAT THE EVIDENCE SHOWS', 'University of Ibadan'],
  'soft': [('embedded tweet not body', 'not_in', 'pic.twitter.com'),
           ('partnership note dropped', 'not_in', 'third-party fact-checking programme'),
           ('rating kept', 'in', 'FALSE')]},
 {'name': '28_nonarticle_404.txt', 'reject': True},
 {'name': '29_nonarticle_section_front.txt', 'reject': True},
 {'name': '30_nonarticle_cookie_wall_nl.txt', 'reject': True}]

FIELDS = ["status", "title", "authors", "published", "description", "headings", "first", "last", "must_not", "must"]
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s))
    s = re.sub(r"[\s\u00a0\u202f\u2009\u2007]+", " ", s)
    return s.strip()


def same(a, b):
    a, b = norm(a), norm(b)
    return a == b or (a is not None and b is not None and a.translate(QUOTES) == b.translate(QUOTES))


def alts(v):
    return v if isinstance(v, list) else [v]


def author_alts(v):
    return v if (v and all(isinstance(x, list) for x in v)) else [v]


def present(s, text):
    return norm(s) in text or norm(s).translate(QUOTES) in text.translate(QUOTES)


def selfcheck():
    problems = []
    for c in CASES:
        raw = norm(open(os.path.join(CASE_DIR, c["name"]), encoding="utf-8", newline="").read())
        if c.get("reject"):
            continue
        strs = []
        for k in ("title", "first", "last", "description", "published"):
            if k == "published":
                continue
            for v in alts(c[k]):
                if v not in (None, "SKIP"):
                    strs.append((k, v))
        for al in author_alts(c["authors"]):
            strs += [("authors", a) for a in al]
        strs += [("must", s) for s in c["must"]] + [("must_not", s) for s in c["must_not"]]
        for k, s in strs:
            if norm(s).casefold() not in raw.casefold():
                problems.append(f"{c['name']}: {k} string not in raw file: {s!r}")
    return problems


def run_case(c, wb):
    path = os.path.join(CASE_DIR, c["name"])
    res = {}
    fails = []
    soft = []
    try:
        corp = wb.load(path, nlp=False)
    except Exception as e:  # a crash fails every applicable check
        corp = None
        fails.append(f"load raised {type(e).__name__}: {e}")
    arts = corp.articles if corp is not None else None
    errs = corp.errors if corp is not None else None
    n_art = 0 if arts is None else len(arts)
    n_err = 0 if errs is None else len(errs)
    if c.get("reject"):
        ok = corp is not None and n_err == 1 and n_art == 0
        res["status"] = ok
        if not ok:
            fails.append(f"status: expected rejection (1 error row, 0 articles), got {n_art} articles / {n_err} errors")
        return res, fails, soft
    ok = corp is not None and n_art == 1 and n_err == 0
    res["status"] = ok
    if not ok:
        msg = "" if errs is None or not n_err else f": {errs.iloc[0].get('error')} {errs.iloc[0].get('message')}"
        fails.append(f"status: expected 1 article / 0 errors, got {n_art} articles / {n_err} errors{msg}")
        for f in FIELDS[1:]:
            res[f] = False
        return res, fails, soft
    a = arts.iloc[0]
    paras = corp.paragraphs
    paras = paras[paras["article_id"] == a["article_id"]] if "article_id" in paras else paras
    kinds = list(paras["kind"])
    texts = [norm(t) for t in paras["text"]]
    body = [t for k, t in zip(kinds, texts) if k == "body"]
    heads = [t for k, t in zip(kinds, texts) if k == "heading"]
    fulltext = norm(" \n ".join(texts) + " \n " + str(a.get("text") or ""))

    # title
    got = a.get("title")
    res["title"] = any(same(got, v) for v in alts(c["title"]))
    if not res["title"]:
        fails.append(f"title: got {got!r}, want {c['title']!r}")
    # authors
    got = a.get("authors")
    got = [] if got is None or (not hasattr(got, "__len__")) else [norm(x) for x in list(got)]
    res["authors"] = any(sorted(got) == sorted(norm(x) for x in al) for al in author_alts(c["authors"]))
    if not res["authors"]:
        fails.append(f"authors: got {got!r}, want {c['authors']!r}")
    # published
    import pandas as pd
    p = a.get("published")
    gotd = None if p is None or pd.isna(p) else pd.Timestamp(p).strftime("%Y-%m-%d")
    res["published"] = gotd in alts(c["published"])
    if not res["published"]:
        fails.append(f"published: got {gotd!r}, want {c['published']!r}")
    # description
    d = a.get("description")
    d = None if d is None or (not isinstance(d, str) and pd.isna(d)) or not norm(d) else d
    want = alts(c["description"])
    if "SKIP" in want:
        soft.append(f"description (not counted): got {d!r}")
    else:
        # expected None = the page has no standfirst: accept no description, or the lead
        # (first body) paragraph, the usual fallback of meta descriptions and extractors
        res["description"] = any(
            same(d, v) if v is not None else (d is None or any(same(d, f) for f in alts(c["first"])))
            for v in want)
        if not res["description"]:
            fails.append(f"description: got {d!r}, want {c['description']!r}")
    # headings
    res["headings"] = len(heads) in alts(c["headings"])
    if not res["headings"]:
        fails.append(f"headings: got {len(heads)} {heads!r}, want {c['headings']!r}")
    # first / last body paragraph
    for key, idx in (("first", 0), ("last", -1)):
        g = body[idx] if body else None
        res[key] = g is not None and any(same(g, v) for v in alts(c[key]))
        if not res[key]:
            fails.append(f"{key} body paragraph: got {g!r}, want {c[key]!r}")
    # must_not / must
    bad = [s for s in c["must_not"] if present(s, fulltext)]
    res["must_not"] = not bad
    if bad:
        fails.append(f"must_not: chrome in text: {bad!r}")
    miss = [s for s in c["must"] if not present(s, fulltext)]
    res["must"] = not miss
    if miss:
        fails.append(f"must: missing from text: {miss!r}")
    # soft checks (reported, not counted)
    for label, op, arg in c.get("soft", []):
        if op == "not_in":
            ok = not present(arg, fulltext)
        elif op == "in":
            ok = present(arg, fulltext)
        elif op == "count_le":
            ok = fulltext.count(norm(arg[0])) <= arg[1]
        elif op == "n_body":
            ok = len(body) == arg
        elif op == "heading":
            ok = any(same(h, arg) for h in heads)
        elif op == "authors":
            ok = sorted(got) == sorted(arg)
        else:
            ok = None
        soft.append(f"soft {label}: {'ok' if ok else 'NO'}")
    return res, fails, soft


def main():
    probs = selfcheck()
    if probs:
        print("SELF-CHECK PROBLEMS:")
        for p in probs:
            print("  " + p)
    else:
        print("self-check: every expected string occurs in its raw file")
    import workbench as wb
    tally = {f: [0, 0] for f in FIELDS}
    passing = 0
    for c in CASES:
        try:
            res, fails, soft = run_case(c, wb)
        except Exception:
            res, fails, soft = {"status": False}, ["runner error: " + traceback.format_exc(limit=2)], []
        for f, ok in res.items():
            tally[f][1] += 1
            tally[f][0] += bool(ok)
        allok = all(res.values()) and not fails
        passing += allok
        print(f"{'PASS' if allok else 'FAIL'}  {c['name']}")
        for f in fails:
            print("    - " + f)
        for s in soft:
            print("    . " + s)
    print()
    print(f"{'field':<12} correct / applicable")
    for f in FIELDS:
        print(f"{f:<12} {tally[f][0]:>3} / {tally[f][1]}")
    print()
    print(f"cases passing every hard check: {passing} / {len(CASES)}")


if __name__ == "__main__":
    main()
