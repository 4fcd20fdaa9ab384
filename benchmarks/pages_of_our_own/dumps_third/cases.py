"""Page dumps, third set: written without seeing the parser or the other sets; it measured the second round of fixes, then became a development set.

30 invented page dumps in ./cases (27 articles, 3 non-articles). Run:

    .venv/bin/python benchmarks/pages_of_our_own/dumps_third/cases.py   (or benchmarks/pages_of_our_own.py for all sets)

Hard checks (counted):
  status     article loaded as one articles row / non-article rejected as one errors row
  title      exact (whitespace collapsed); a list means any of these
  authors    same names, order and case ignored; None = not checked
  published  date part YYYY-MM-DD; None means no date must be given; key absent/"skip" = not checked
  description exact (whitespace collapsed); None = not checked
  headings   number of paragraphs of kind "heading"; None = not checked
  first/last first and last paragraph of kind "body"; a list means any of these
  absent     strings that must not occur in articles.text
  present    strings that must occur in articles.text
Soft checks (printed, not counted): listed per case under "soft".

All strings are compared with runs of whitespace collapsed to one space; expected texts
are what the page shows with lynx link marks ("[12]") removed and hard-wrapped lines
joined with single spaces. The runner first self-checks that every expected string occurs
in its raw file (after the same normalisation).
"""
import os
import re
import sys

import logging
import warnings

warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)

HERE = os.path.dirname(os.path.abspath(__file__))
CASE_DIR = os.path.join(HERE, "cases")

SKIP = "skip"

CASES = [
    dict(
        file="01_riverside_courier_1996_landfill.txt",
        title="COUNTY BOARD APPROVES NEW LANDFILL SITE",
        authors=["Dale Hutchins"],
        published="1996-03-12",
        description=None,
        headings=0,
        first="The Marion County Board of Supervisors voted 4-1 Monday night to open a new landfill on 240 acres of farmland east of Millbrook, ending nearly three years of argument over where the county will put its trash after the old Route 9 dump closes next year.",
        last="Construction could begin in the fall if the state Department of Natural Resources grants a permit.",
        absent=["Courier Staff Writer", "Copyright 1996", "Back to Front Page", "Classifieds",
                "http://www.rivcourier.com", "THE RIVERSIDE COURIER ONLINE", "Tuesday, March 12, 1996"],
        present=['Several carried signs reading "Not in Millbrook."'],
        soft=[],
    ),
    dict(
        file="02_daily_post_2015_hotel_brawl.txt",
        title="'It was like a war zone': Residents' fury as seafront hotel wedding party ends in brawl involving 40 guests",
        authors=["Rebecca Haines"],
        published="2015-06-14",
        description=None,
        headings=0,
        first="Residents of a quiet seafront street have described a night of chaos after a wedding reception at a Blackpool hotel ended in a mass brawl involving around 40 guests.",
        last="The hotel has said it will not take bookings for wedding receptions for the rest of the summer.",
        absent=["View comments", "Advertisement", "Share or comment on this article", "Comments 212",
                "Typical Saturday night", "Published by Associated Tabloids", "Latest Headlines",
                "Best rated", "Back to top", "Published: 09:12"],
        present=["'I have lived here for 30 years and I have never seen anything like it.'",
                 "A Lancashire Police spokesman said:"],
        soft=[
            ("absent", "Officers at the scene of the brawl on the seafront on Sunday morning (pictured)"),
            ("absent", "The damaged bar of the Promenade Lodge Hotel, where tables and chairs were smashed"),
            ("absent", "Six men arrested and two taken to hospital with head injuries"),
        ],
    ),
    dict(
        file="03_badische_rundschau_2019_innenstadt.txt",
        title="Stadtrat beschließt autofreie Innenstadt ab 2021",
        authors=["Katrin Albers"],
        published="2019-03-12",
        description="Nach monatelangem Streit hat der Gemeinderat am Dienstagabend mit knapper Mehrheit für das neue Verkehrskonzept gestimmt. Der Einzelhandel kündigt Widerstand an.",
        headings=2,
        first="Der Freiburger Gemeinderat hat am Dienstagabend beschlossen, die Innenstadt ab dem Frühjahr 2021 weitgehend für Autos zu sperren. Für das Konzept stimmten 25 Stadträtinnen und Stadträte, 22 waren dagegen, es gab zwei Enthaltungen.",
        last="Die Kosten für neue Poller, Schilder und den Umbau von Kreuzungen schätzt die Stadt auf rund 3,5 Millionen Euro.",
        absent=["Lesen Sie auch", "Radwege: Stadt investiert", "Anzeige", "Mehr zum Thema", "Parkgebühren",
                "Kommentare (14)", "Impressum", "Zum Inhalt springen", "Lokales > Freiburg", "Anmelden"],
        present=["Die Fraktion der Freien Wähler kündigte an, ein Bürgerbegehren zu prüfen.",
                 "Händler fürchten um Kundschaft", "Wie geht es weiter?"],
        soft=[],
    ),
    dict(
        file="04_nouvelle_gazette_2022_medecins.txt",
        title="La pénurie de médecins généralistes s’aggrave dans les campagnes",
        authors=["Claire Dubois", "Marc Lefèvre"],
        published="2022-06-14",
        description="Selon une étude publiée mardi, près d’un Français sur huit vit désormais dans un « désert médical ». Les élus locaux réclament des mesures d’urgence.",
        headings=2,
        first="La situation continue de se dégrader. Selon une étude de l’Observatoire régional de la santé publiée mardi 14 juin, 8,2 millions de personnes vivent aujourd’hui dans une commune où l’accès à un médecin généraliste est jugé insuffisant, contre 6,1 millions il y a cinq ans.",
        last="Plusieurs départements expérimentent aussi des centres de santé où les médecins sont salariés. « C’est la seule formule qui attire encore les jeunes », assure la docteure Hélène Garnier, qui dirige l’un d’eux à Guéret.",
        absent=["lanouvellegazette.fr", "5-6 minutes", "Lecture 4 min", "Lire aussi", "Publié le",
                "Claire Dubois et Marc Lefèvre", "Déserts médicaux : les maires ruraux"],
        present=["Les patients doivent désormais parcourir une quarantaine de kilomètres pour consulter.",
                 "Quelles solutions ?"],
        soft=[],
    ),
    dict(
        file="05_diario_meseta_2008_vivienda.txt",
        title="El precio de la vivienda cae por primera vez en una década",
        authors=None,
        published="2008-05-23",
        description=None,
        headings=0,
        first=["Madrid, 23 may (EFE).- El precio de la vivienda libre bajó un 0,3 por ciento en el primer trimestre del año respecto al trimestre anterior, la primera caída registrada desde 1998, según los datos publicados hoy por el Ministerio de Vivienda.",
               "El precio de la vivienda libre bajó un 0,3 por ciento en el primer trimestre del año respecto al trimestre anterior, la primera caída registrada desde 1998, según los datos publicados hoy por el Ministerio de Vivienda."],
        last="Los promotores, sin embargo, advirtieron de que el número de viviendas sin vender supera ya las 600.000 y pidieron al Gobierno ayudas para convertirlas en pisos de alquiler.",
        absent=["Noticias relacionadas", "Los bancos endurecen", "Comentarios (3)", "Aviso legal",
                "Imprimir | Enviar", "Buscar:", "ECONOMÍA", "Actualizado viernes"],
        present=['descartó que el sector vaya a sufrir "un desplome".'],
        soft=[("authors", ["EFE"]), ("authors_alt", [])],
    ),
    dict(
        file="06_gazzetta_tirreno_2013_legge_elettorale.txt",
        title="Legge elettorale, accordo vicino tra i partiti della maggioranza",
        authors=["Marco Rossi"],
        published="2013-03-05",
        description="Il testo potrebbe arrivare in aula entro aprile. Restano i dubbi sul premio di maggioranza e sulle preferenze",
        headings=2,
        first='I partiti della maggioranza sono vicini a un accordo sulla nuova legge elettorale. Dopo un vertice durato più di quattro ore a Palazzo Chigi, i capigruppo hanno annunciato un\'intesa "di massima" sull\'impianto della riforma.',
        last="Secondo fonti parlamentari, il testo potrebbe essere depositato in commissione entro la fine del mese e arrivare in aula entro aprile. L'opposizione ha già annunciato centinaia di emendamenti.",
        absent=["Pubblicità", "Tag:", "RIPRODUZIONE RISERVATA", "Ti potrebbe interessare", "Il Senato approva",
                "Condividi", "Accedi | Abbonati", "ROMA, 05 marzo", "\r"],
        present=['"Non firmeremo un testo che penalizza i partiti piccoli", ha detto il senatore Luca Ferri'],
        soft=[],
    ),
    dict(
        file="07_omroep_nl_2020_daklozen.txt",
        title="Gemeenten krijgen extra geld voor opvang daklozen tijdens coronacrisis",
        authors=[],
        published="2020-04-14",
        description=None,
        headings=1,
        first="Gemeenten krijgen dit jaar 200 miljoen euro extra om daklozen tijdens de coronacrisis op te vangen. Dat heeft staatssecretaris Van den Berg van Volksgezondheid vandaag bekendgemaakt na overleg met de grote steden.",
        last="Het Leger des Heils en andere opvangorganisaties zijn blij met de regeling, maar vragen zich af wat er na de crisis gebeurt. Zij willen dat de opvang in hotels blijft bestaan tot er genoeg woningen zijn.",
        absent=["Ga naar de inhoud", "Aangepast", "Delen", "WhatsApp", "Bekijk meer van", "Coronavirus", "Zoeken"],
        present=['"Zonder extra geld konden we dat nog hooguit een paar weken volhouden", zegt wethouder Anouk Smit.',
                 "Wat verandert er?"],
        soft=[],
    ),
    dict(
        file="08_portal_noticias_2017_inflacao.txt",
        title="Inflação de julho é a menor para o mês desde 1998, diz instituto",
        authors=["Ana Carolina Mendes"],
        published="2017-08-04",
        description="Índice oficial de preços subiu 0,24% no mês, puxado pela conta de luz. Em 12 meses, a alta acumulada é de 2,71%.",
        headings=2,
        first="A inflação oficial do país ficou em 0,24% em julho, a menor taxa para o mês desde 1998, informou nesta sexta-feira o Instituto Nacional de Estatística. Em junho, o índice havia registrado queda de 0,23%.",
        last='Segundo o economista Rafael Tavares, a safra recorde ajuda a segurar os preços. "A comida mais barata compensa boa parte do aumento da energia", afirmou.',
        absent=["Publicidade", "Veja também", "Desemprego cai", "Mais lidas", "Todos os direitos reservados",
                "Atualizado", "Busca", "Rio de Janeiro"],
        present=["O feijão-carioca ficou 11% mais barato, e o tomate, 8%.", "O que pesou no bolso"],
        soft=[],
    ),
    dict(
        file="09_norrlandsposten_2023_isvak.txt",
        title="Kvinna räddades ur isvak utanför Luleå",
        authors=["Erik Lundgren"],
        published="2023-02-03",
        description="En 54-årig kvinna föll genom isen under en skridskotur på söndagen. Räddningstjänsten varnar nu för svag is längs kusten.",
        headings=1,
        first="Kvinnan åkte långfärdsskridskor tillsammans med två vänner när isen brast ungefär 300 meter från land vid Gäddviken. Vännerna lyckades ta sig fram till henne med hjälp av ett rep och larmade 112.",
        last="Under januari har räddningstjänsten i Norrbotten larmats till sju liknande olyckor.",
        absent=["Hoppa till innehåll", "Publicerad", "Uppdaterad", "Dela", "Kopiera länk", "Fler nyheter",
                "Personuppgifter", "References", "https://", "NYHETER"],
        present=["Hon hade tur. Hennes vänner gjorde precis rätt, säger räddningsledaren Anders Holm.",
                 "Varnar för svag is"],
        soft=[("present", "– Hon hade tur.")],
    ),
    dict(
        file="10_harbour_times_2018_hospital.txt",
        title="Emergency department waits blow out at western Sydney hospitals",
        authors=["Sarah Nguyen"],
        published="2018-03-04",
        description="Patients at three hospitals waited more than seven hours for a bed, new figures show.",
        headings=0,
        first="Patients arriving at emergency departments in western Sydney are waiting longer than anywhere else in the state, with some spending more than seven hours on a trolley before being admitted to a ward.",
        last=['"We need more nurses and doctors now, not a bigger building in 2019," he said.',
              "Sarah Nguyen is the health reporter at The Harbour Times."],
        absent=["Skip to navigation", "Normal text size", "Larger text size", "Read more:", "Paramedics ramped",
                "License this article", "Most Viewed", "Heatwave warning", "https://", "Save Share"],
        present=["Figures released by the Bureau of Health Information show that only 58 per cent"],
        soft=[("no_para", '"We are treating patients in corridors most nights."'),
              ("absent", "Sarah Nguyen is the health reporter at The Harbour Times.")],
    ),
    dict(
        file="11_national_chronicle_2021_train.txt",
        title="Vande Express to link Delhi and Dehradun from July 15, travel time cut to four and a half hours",
        authors=["Rahul Sharma"],
        published="2021-07-09",
        description="The semi-high-speed train will run six days a week and stop at Meerut, Muzaffarnagar, Saharanpur and Haridwar.",
        headings=0,
        first="The Railways will launch a Vande Express service between Delhi and Dehradun on July 15, cutting travel time between the two cities from six hours to about four and a half hours, officials said on Friday.",
        last="The 16-coach train has automatic doors, GPS-based passenger information and bio-vacuum toilets, the official said.",
        absent=["ALSO READ", "Railways to restore 50", "Advertisement", "download The National Chronicle App",
                "First published on", "Tags:", "News / India", "Sign In", "Written by"],
        present=["Fares in the chair car will start at Rs 915"],
        soft=[("absent", "pic.twitter.com/Xa81bQz2Lk"),
              ("absent", "— Suresh Patil (@SureshPatilMP) July 9, 2021")],
    ),
    dict(
        file="12_maple_broadcasting_2016_ferry.txt",
        title="Ferry operator to cut sailings on 3 coastal routes this winter",
        authors=["Jennifer Tremblay"],
        published="2016-10-12",
        description="Crew shortage blamed as union warns of more cancellations",
        headings=0,
        first="Coastal Ferries says it will cut about 120 sailings on three northern routes between November and March because it does not have enough qualified crew.",
        last="Residents of Haida Gwaii say fewer sailings will make it harder to get groceries and medical supplies to the islands.",
        absent=["Social Sharing", "Story continues below", "(Jennifer Tremblay/Maple Broadcasting News)",
                "The MV Northern Gale at the terminal in Prince Rupert", "Corrections and clarifications",
                "first and last names will appear", "Footer Links", "Listen Live", "Posted:"],
        present=['"Every week we are one sick call away from a cancelled sailing," said union local president Dana Kirby.'],
        soft=[],
    ),
    dict(
        file="13_packaging_week_2005_labels.txt",
        title="Retailers push suppliers toward recyclable labels",
        authors=["Tom Becker"],
        published="2005-02-11",
        description=None,
        headings=1,
        first="Three of the country's largest grocery chains have told suppliers they want private-label packaging to carry labels that can be recycled with the container by the end of 2006, according to letters seen by Packaging Week.",
        last="Suppliers that cannot meet the deadline will have to submit a plan explaining when they will, one of the letters says.",
        absent=["Senior Editor", "About the author", "Tom Becker has covered packaging", "tbecker@",
                "Related articles", "PET bottle recycling rate", "Copyright 2005", "Home | News", "NEWS > MATERIALS",
                "Posted Feb. 11"],
        present=["The letters ask converters and brand owners to make three changes:",
                 "Use wash-off adhesives that separate from PET bottles in recycling plants.",
                 "What suppliers must change"],
        soft=[],
    ),
    dict(
        file="14_marsh_notes_blog_2009_herons.txt",
        title="Great blue herons return to the Willow Slough rookery",
        authors=["Marcus Feld"],
        published="2009-06-03",
        description=None,
        headings=0,
        first="After two empty years, the great blue herons are back at the Willow Slough rookery. On Sunday morning I counted 14 active nests in the dead cottonwoods at the north end of the slough, and at least 30 adults coming and going.",
        last="I will post photos later this week once I have sorted through them.",
        absent=["Posted on", "This entry was posted in", "12 Responses", "Janet K.", "Wonderful news",
                "Leave a Reply", "Required fields", "Proudly powered by WordPress", "Owl season opens",
                "Photo gallery", "A birder's diary"],
        present=["If you go, please stay on the levee."],
        soft=[],
    ),
    dict(
        file="15_press_release_2014_robotics.txt",
        title="Halvorsen Robotics to Open $85 Million Assembly Plant in Ohio",
        authors=None,
        published="2014-05-06",
        description="New facility in Dayton expected to create 300 jobs by 2016",
        headings=None,
        first=["SAN JOSE, Calif., May 6, 2014 /PRNewswire/ -- Halvorsen Robotics Inc., a maker of industrial robot arms for the food and packaging industries, today announced that it will open an $85 million assembly plant in Dayton, Ohio.",
               "Halvorsen Robotics Inc., a maker of industrial robot arms for the food and packaging industries, today announced that it will open an $85 million assembly plant in Dayton, Ohio."],
        last=["The State of Ohio has offered the company job-creation tax credits worth up to $4.5 million over ten years, subject to hiring targets.",
              "Halvorsen Robotics Inc. designs and builds industrial robot arms used by more than 600 food, beverage and packaging manufacturers in 22 countries. The company was founded in 1998 and is based in San Jose, California."],
        absent=["NEWS PROVIDED BY", "Share this article", "Media Contact", "+1 408 555 0142",
                "SOURCE Halvorsen Robotics", "Related Links", "Journalists and Bloggers", "Send a Release"],
        present=['"Dayton has the skilled workforce and the suppliers we need to grow," said Karin Halvorsen'],
        soft=[("authors", []), ("headings", 0), ("absent", "press@halvorsenrobotics.example")],
    ),
    dict(
        file="16_frontier_monthly_2012_lighthouse.txt",
        title="The Last Keepers of Cape Sorrow",
        authors=["Helen Ward"],
        published="2012-08-21",
        description="For 140 years a family tended the light on Oregon's loneliest headland. Now the lamp is automatic, and the Harlan sisters are deciding whether to leave.",
        headings=None,
        first="The road to Cape Sorrow ends at a locked gate, and from there it is a mile and a half on foot, over a ridge of salal and wind-bent spruce, before the lighthouse comes into view.",
        last='"When the weather comes in, the house talks," she says. "I don\'t know who I would be without that."',
        absent=["Photographs by", "Tom Alder", "This article appears in the September 2012 issue", "Subscribe now",
                "More from Features", "Ghost Towns", "Give a Gift", "Letters to the Editor"],
        present=["Ruth Harlan, who is 71, walks it twice a week to fetch the mail.",
                 "June would like to move to a town with a doctor."],
        soft=[("headings", 2),
              ("no_para", '"We were told it would be a year or two. That was twenty-three years ago."'),
              ("absent", "First lit: 1872")],
    ),
    dict(
        file="17_morning_herald_2024_heat_pumps.txt",
        title="Heat pump installations in England fall short of government target for third year",
        authors=["Tom Pennick"],
        published="2024-01-17",
        description="Ministers wanted 600,000 a year by 2028 but only 72,000 were fitted in 2023, industry figures show",
        headings=0,
        first="Heat pump installations in England rose by only 6% last year, leaving the government far behind its target of 600,000 a year by 2028, according to figures from the Heat Pump Association.",
        last="A spokesperson for the Department for Energy Security and Net Zero said installations were “rising steadily” and that the government expected growth to speed up as prices fell.",
        absent=["We value your privacy", "Manage or reject cookies", "Energy correspondent", "Last modified on",
                "Photograph: Chris Holt/Alamy", "A heat pump outside a terraced house in Leeds",
                "Explore more on these topics", "Reuse this content", "Most viewed", "Storm Henk",
                "Print subscriptions"],
        present=["The boiler upgrade scheme, which gives households £7,500 towards a heat pump"],
        soft=[],
    ),
    dict(
        file="18_valley7_2019_water_main.txt",
        title="Water main break floods downtown Fresno intersection, closes businesses",
        authors=None,
        published="2019-08-21",
        description=None,
        headings=0,
        first=["FRESNO, Calif. — A broken water main flooded the intersection of Fulton Street and Tulare Street on Wednesday afternoon, sending water into several businesses and closing roads for hours.",
               "A broken water main flooded the intersection of Fulton Street and Tulare Street on Wednesday afternoon, sending water into several businesses and closing roads for hours."],
        last="Drivers should avoid the area on Thursday morning while crews repair the street, the city said.",
        absent=["By: Web Staff", "Posted at", "last updated", "Copyright 2019", "may not be published",
                "Morning Brief", "Report a typo", "Trending Stories", "Fresno County fair"],
        present=["Public Utilities Director Tom Rojas said the pipe was about 80 years old."],
        soft=[("authors", [])],
    ),
    dict(
        file="19_national_ledger_2025_wildfire_insurance.txt",
        title="California Insurers Told to Keep Covering Homes in Fire Zones",
        authors=["Maya Goldberg", "Daniel Ortiz", "Priya Natarajan"],
        published="2025-01-14",
        description="The state's insurance commissioner ordered a one-year freeze on cancellations in ZIP codes near the Los Angeles fires.",
        headings=2,
        first="California's insurance commissioner on Tuesday barred insurers from canceling or refusing to renew home policies for one year in more than 40 ZIP codes around the wildfires burning in Los Angeles County.",
        last=["Consumer advocates said the order did not go far enough and asked the Legislature to extend it to the whole state.",
              "Maya Goldberg covers California politics and government from Sacramento."],
        absent=["Listen to this article", "Share full article", "SKIP ADVERTISEMENT", "Advertisement",
                "reported from Sacramento", "A version of this article appears in print", "See more on",
                "Site Index", "Today's Paper", "https://www.nationalledger"],
        present=["Give policyholders at least 60 days to pay overdue premiums.",
                 '"A freeze treats the symptom, not the disease," said Janet Cole', "What happens next?"],
        soft=[("absent", "Maya Goldberg covers California politics and government from Sacramento.")],
    ),
    dict(
        file="20_northern_broadcasting_2020_explainer.txt",
        title="Coronavirus: What does 'delay phase' mean for you?",
        authors=["Laura Kemp"],
        published="2020-03-12",
        description=None,
        headings=3,
        first=["The UK has moved from trying to contain coronavirus to trying to delay its spread. Here is what that means for daily life.",
               "Until now the aim has been to find every case, trace the people they met and stop the virus from taking hold. Ministers now accept that this is no longer possible."],
        last="Not yet. The chief medical officer said closing schools now would do more harm than good, but the advice could change in the coming weeks.",
        absent=["Health reporter", "Related Topics", "More on this story", "Italy extends lockdown", "9 March 2020",
                "We are not responsible for the content of external sites", "iPlayer", "Coronavirus pandemic"],
        present=["they have not improved after seven days", "You only need to call the NHS 111 service if:",
                 "What should I do if I have symptoms?"],
        soft=[],
    ),
    dict(
        file="21_prairie_star_2010_opinion.txt",
        title="Winnipeg needs a plan for its rivers, not another study",
        authors=["Gordon Lefebvre"],
        published="2010-04-19",
        description=None,
        headings=0,
        first="Every spring we have the same conversation. The Red River rises, sandbaggers line up in the cold, and somebody at city hall promises a report on how to keep the water out of our basements next time.",
        last=["Council should take the engineering studies it already has, rank the projects by the number of homes they protect, and start building this summer.",
              "Gordon Lefebvre is a retired civil engineer who worked on the expansion of the Red River Floodway."],
        absent=["Special to The Prairie Star", "Comments (43)", "Print", "Terms of Use", "Obituaries",
                "Columnists", "http://", "6:00 AM CDT"],
        present=["We do not need two more years."],
        soft=[("absent", "Gordon Lefebvre is a retired civil engineer")],
    ),
    dict(
        file="22_global_wire_2016_copper.txt",
        title="Chile's state miner to cut 1,200 jobs as copper slump deepens",
        authors=["Andrea Vial", "Carlos Montes"],
        published="2016-04-27",
        description=None,
        headings=0,
        first=["SANTIAGO (Global Wire) - Chile's state copper miner Codesal said on Wednesday it would cut 1,200 jobs this year, or about 7 percent of its workforce, as it tries to save $600 million amid the worst slump in copper prices in more than a decade.",
               "Chile's state copper miner Codesal said on Wednesday it would cut 1,200 jobs this year, or about 7 percent of its workforce, as it tries to save $600 million amid the worst slump in copper prices in more than a decade.",
               "(Corrects spelling of union leader's name in paragraph 5)"],
        last=["Codesal transfers all its profits to the state and is a key source of revenue for the government of President Elena Rojas.",
              "Reporting by Andrea Vial and Carlos Montes; Editing by Susan Fenton"],
        absent=["4 Min Read", "Updated 2 hours ago", "Our Standards", "Trust Principles", "BUSINESS NEWS"],
        present=['"We have to adapt to a new reality of prices," Chief Executive Raúl Figueroa told reporters.'],
        soft=[("absent", "Reporting by Andrea Vial"), ("absent", "(Corrects spelling")],
    ),
    dict(
        file="23_wochenspiegel_2001_flughafen.txt",
        title=["Airlines streichen Tausende Stellen",
               "Luftfahrt nach den Anschlägen: Airlines streichen Tausende Stellen"],
        authors=["Klaus Berger", "Petra Vogt"],
        published="2001-09-14",
        description="Nach den Terroranschlägen in den USA brechen die Buchungen ein. Europas Fluggesellschaften kündigen Sparprogramme an, die Gewerkschaften fürchten Massenentlassungen.",
        headings=1,
        first="Nur drei Tage nach den Anschlägen von New York und Washington haben die ersten europäischen Fluggesellschaften drastische Einschnitte angekündigt. Die Nordair will bis zum Jahresende 2500 Stellen streichen, die Alpenflug rund 1200.",
        last="Die Gewerkschaft Verdi forderte die Bundesregierung auf, einen Krisengipfel einzuberufen.",
        absent=["DER WOCHENSPIEGEL", "Alle Rechte vorbehalten", "Vervielfältigung", "Zurück zum Seitenanfang",
                "[ Home", "Hamburg, 14. September 2001", "WIRTSCHAFT"],
        present=["Neue Verträge sollen ein Vielfaches kosten.", "Versicherer erhöhen Prämien"],
        soft=[("title", "Airlines streichen Tausende Stellen")],
    ),
    dict(
        file="24_radio_iberia_2024_sequia.txt",
        title="Cataluña decreta la emergencia por sequía en 200 municipios",
        authors=[],
        published=None,
        description="Las restricciones limitan el riego agrícola y prohíben llenar piscinas privadas a partir del lunes",
        headings=1,
        first="El Gobierno catalán ha aprobado este viernes declarar la emergencia por sequía en 202 municipios, entre ellos Barcelona y su área metropolitana, después de 40 meses con lluvias por debajo de lo normal.",
        last='Los ayuntamientos que superen el límite podrán ser multados. La consejera de Acción Climática, Núria Pujol, pidió "la complicidad de todos" para ahorrar agua.',
        absent=["radioiberia.example", "4 minutos", "Redacción", "Te puede interesar", "Los agricultores del Ebro piden"],
        present=["Los embalses de las cuencas internas se encuentran al 16 por ciento de su capacidad",
                 "Qué cambia para los vecinos"],
        soft=[],
    ),
    dict(
        file="25_aws_2011_budget.txt",
        title="House passes stopgap bill to avert government shutdown",
        authors=["Michael Hartley", "Denise Okafor"],
        published="2011-09-22",
        description=None,
        headings=0,
        first=["WASHINGTON (AWS) — The House narrowly passed a short-term spending bill late Thursday to keep the government running through Nov. 18, sending the measure to a Senate where Democrats have vowed to reject it.",
               "The House narrowly passed a short-term spending bill late Thursday to keep the government running through Nov. 18, sending the measure to a Senate where Democrats have vowed to reject it."],
        last="Without an agreement, money for the government runs out on Sept. 30.",
        absent=["American Wire Service", "Posted:", "Updated:", "(AWS Photo/Ron Keller)",
                "House Speaker Tom Bradley walks to the chamber on Thursday.", "[IMG]", "Copyright 2011",
                "may not be published", "EEO Report", "Skip to main content", "Politics"],
        present=["Provide $3.65 billion for disaster relief.", "The bill would:",
                 '"We will not take money from jobs to pay for hurricanes," Price said.'],
        soft=[],
    ),
    dict(
        file="26_commerce_times_2013_onion.txt",
        title="Onion prices fall 40% in a month as kharif crop arrives",
        authors=["Priya Menon"],
        published="2013-12-12",
        description=None,
        headings=0,
        first=["MUMBAI: Wholesale onion prices at Lasalgaon, Asia's largest onion market, have fallen by about 40% in a month as the delayed kharif crop finally reached mandis in Maharashtra and Karnataka.",
               "Wholesale onion prices at Lasalgaon, Asia's largest onion market, have fallen by about 40% in a month as the delayed kharif crop finally reached mandis in Maharashtra and Karnataka."],
        last="Retail prices in Mumbai and Delhi have been slower to fall and are still between Rs 40 and Rs 50 a kg, according to data from the consumer affairs ministry.",
        absent=["CT Bureau", "Post a Comment", "Also read", "Government lifts minimum export price",
                "Stay on top of business news", "Stock tips", "Write a comment", "All rights reserved",
                "ePaper", "04.15AM IST"],
        present=["said Sunil Kadam, a commission agent at the market."],
        soft=[],
    ),
    dict(
        file="27_quotidien_saint_laurent_1999_port.txt",
        title="Le port de Québec mise sur les croisières",
        authors=["Isabelle Tremblay"],
        published="1999-11-08",
        description=None,
        headings=1,
        first="L'Administration portuaire de Québec veut doubler le nombre de passagers de croisière d'ici 2005 en construisant un deuxième terminal près du bassin Louise, a annoncé vendredi son président, Michel Gagnon.",
        last="Les travaux pourraient commencer au printemps 2001 si le financement est confirmé.",
        absent=["Édition du lundi", "Le Quotidien", "Haut de page", "Retour à l'accueil", "Copyright",
                "[ Accueil ]", "ÉCONOMIE"],
        present=["« Chaque passager dépense en moyenne 150 $ dans la ville.", "Des investissements attendus"],
        soft=[],
    ),
    dict(file="28_404_westcountry_echo.txt", reject=True, soft=[]),
    dict(file="29_section_front_de_2022_politik.txt", reject=True, soft=[]),
    dict(file="30_search_results_2015_flood.txt", reject=True, soft=[]),
]

HARD_FIELDS = ["status", "title", "authors", "published", "description", "headings", "first", "last",
               "absent", "present"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def raw_norm(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    return raw, norm(re.sub(r"\[\d+\]", "", raw))


def alts(v):
    return v if isinstance(v, list) and (not v or isinstance(v[0], str)) and not isinstance(v, str) else [v]


def self_check():
    problems = []
    for case in CASES:
        path = os.path.join(CASE_DIR, case["file"])
        if not os.path.exists(path):
            problems.append(f"{case['file']}: file missing")
            continue
        raw, text = raw_norm(path)
        low = text.lower()
        if case.get("reject"):
            continue
        strings = []
        for key in ("title", "first", "last"):
            strings += alts(case[key])
        if case.get("description"):
            strings.append(case["description"])
        strings += case.get("absent", []) + case.get("present", [])
        for kind, value in case.get("soft", []):
            if kind in ("absent", "present", "no_para", "title"):
                strings.append(value)
        for s in strings:
            if s.strip() == "":
                if s not in raw:
                    problems.append(f"{case['file']}: whitespace string {s!r} not in raw")
            elif norm(s) not in text and not (": " in s and all(norm(x) in text for x in s.split(": ", 1))):
                # (a kicker joined to its headline by ": " is checked part by part)
                problems.append(f"{case['file']}: expected string not in raw: {s[:70]!r}")
        for a in (case.get("authors") or []):
            if a.lower() not in low:
                problems.append(f"{case['file']}: author not in raw: {a!r}")
    return problems


def as_list(v):
    if v is None:
        return []
    try:
        import numpy as np
        if isinstance(v, np.ndarray):
            return [str(x) for x in v.tolist()]
    except ImportError:
        pass
    if isinstance(v, float) and v != v:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def date_of(v):
    import pandas as pd
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return str(pd.Timestamp(v).date())


def str_or_none(v):
    import pandas as pd
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    v = norm(str(v))
    return v or None


def run_case(wb, case):
    """Return (hard results {field: bool or None}, failures [str], soft results [(label, ok)])."""
    path = os.path.join(CASE_DIR, case["file"])
    res, fails, soft = {}, [], []
    try:
        c = wb.load(path, nlp=False)
    except Exception as exc:  # a crash counts as a failure of every applicable check
        c = None
        fails.append(f"load raised {type(exc).__name__}: {exc}")
    n_art = 0 if c is None else len(c.articles)
    n_err = 0 if c is None else len(c.errors)
    if case.get("reject"):
        ok = c is not None and n_art == 0 and n_err == 1
        res["status"] = ok
        if not ok:
            title = c.articles.iloc[0]["title"] if n_art else None
            fails.append(f"status: expected rejection, got {n_art} article(s) (title {title!r}), {n_err} error(s)")
        else:
            err = c.errors.iloc[0]
            soft.append((f"rejected as {err.get('error')}: {str(err.get('message'))[:80]}", None))
        return res, fails, soft

    ok = c is not None and n_art == 1 and n_err == 0
    res["status"] = ok
    if not ok:
        msg = ""
        if c is not None and n_err:
            e = c.errors.iloc[0]
            msg = f" ({e.get('error')}: {str(e.get('message'))[:100]})"
        fails.append(f"status: expected one article, got {n_art} article(s), {n_err} error(s){msg}")
        for f in HARD_FIELDS[1:]:
            if f == "authors" and case.get("authors") is None:
                continue
            if f == "description" and case.get("description") is None:
                continue
            if f == "headings" and case.get("headings") is None:
                continue
            if f == "published" and case.get("published", SKIP) == SKIP:
                continue
            res[f] = False
        return res, fails, soft

    art = c.articles.iloc[0]
    paras = c.paragraphs
    paras = paras[paras["article_id"] == art["article_id"]] if "article_id" in paras else paras
    paras = paras.sort_values("paragraph") if "paragraph" in paras else paras
    body = [norm(t) for k, t in zip(paras["kind"], paras["text"]) if k == "body"]
    n_head = sum(1 for k in paras["kind"] if k == "heading")
    all_paras = [norm(t) for t in paras["text"]]
    text = norm(str(art["text"] or ""))
    raw_text = str(art["text"] or "")

    got_title = str_or_none(art["title"])
    res["title"] = got_title in [norm(t) for t in alts(case["title"])]
    if not res["title"]:
        fails.append(f"title: got {got_title!r}")

    got_authors = as_list(art["authors"])
    if case.get("authors") is not None:
        res["authors"] = sorted(a.lower() for a in got_authors) == sorted(a.lower() for a in case["authors"])
        if not res["authors"]:
            fails.append(f"authors: expected {case['authors']}, got {got_authors}")

    got_date = date_of(art["published"])
    if case.get("published", SKIP) != SKIP:
        res["published"] = got_date == case["published"]
        if not res["published"]:
            fails.append(f"published: expected {case['published']}, got {got_date} ({art['published']!r})")

    got_desc = str_or_none(art["description"])
    if case.get("description") is not None:
        res["description"] = got_desc == norm(case["description"])
        if not res["description"]:
            fails.append(f"description: got {got_desc!r}")

    if case.get("headings") is not None:
        res["headings"] = n_head == case["headings"]
        if not res["headings"]:
            heads = [norm(t) for k, t in zip(paras["kind"], paras["text"]) if k == "heading"]
            fails.append(f"headings: expected {case['headings']}, got {n_head} {heads}")

    got_first = body[0] if body else None
    res["first"] = got_first in [norm(t) for t in alts(case["first"])]
    if not res["first"]:
        fails.append(f"first: got {got_first!r}")
    got_last = body[-1] if body else None
    res["last"] = got_last in [norm(t) for t in alts(case["last"])]
    if not res["last"]:
        fails.append(f"last: got {got_last!r}")

    bad = []
    for s in case.get("absent", []):
        if (s.strip() == "" and s in raw_text) or (s.strip() and norm(s) in text):
            bad.append(s)
    res["absent"] = not bad
    if bad:
        fails.append(f"absent: found {bad}")
    missing = [s for s in case.get("present", []) if norm(s) not in text]
    res["present"] = not missing
    if missing:
        fails.append(f"present: missing {missing}")

    for kind, value in case.get("soft", []):
        if kind == "absent":
            soft.append((f"absent {value!r}", norm(value) not in text))
        elif kind == "present":
            soft.append((f"present {value!r}", norm(value) in text))
        elif kind == "no_para":
            soft.append((f"no paragraph {value!r}", norm(value) not in all_paras))
        elif kind in ("authors", "authors_alt"):
            soft.append((f"authors == {value} (got {got_authors})",
                         sorted(a.lower() for a in got_authors) == sorted(a.lower() for a in value)))
        elif kind == "headings":
            soft.append((f"headings == {value} (got {n_head})", n_head == value))
        elif kind == "title":
            soft.append((f"title == {value!r}", got_title == norm(value)))
    return res, fails, soft


def main():
    problems = self_check()
    if problems:
        print("SELF-CHECK PROBLEMS:")
        for p in problems:
            print("  " + p)
    else:
        print(f"self-check: every expected string occurs in its raw file ({len(CASES)} cases)")

    import workbench as wb
    print(f"workbench from {os.path.dirname(wb.__file__)}")
    print()

    totals = {f: [0, 0] for f in HARD_FIELDS}
    n_pass = 0
    soft_ok = soft_n = 0
    for case in CASES:
        res, fails, soft = run_case(wb, case)
        for f, ok in res.items():
            totals[f][1] += 1
            totals[f][0] += bool(ok)
        passed = all(res.values()) and not any(x.startswith("load raised") for x in fails)
        n_pass += passed
        print(f"{'PASS' if passed else 'FAIL'}  {case['file']}")
        for x in fails:
            print(f"      - {x}")
        for label, ok in soft:
            if ok is None:
                print(f"      info {label}")
                continue
            soft_n += 1
            soft_ok += ok
            print(f"      soft {'ok  ' if ok else 'MISS'} {label}")

    print()
    print(f"{'field':<12} {'correct':>7} / {'checked':<7}")
    for f in HARD_FIELDS:
        ok, n = totals[f]
        print(f"{f:<12} {ok:>7} / {n:<7}")
    print()
    print(f"cases passing every hard check: {n_pass} / {len(CASES)}")
    print(f"soft checks met: {soft_ok} / {soft_n} (not counted)")


if __name__ == "__main__":
    main()
