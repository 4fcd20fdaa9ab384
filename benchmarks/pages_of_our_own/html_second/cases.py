"""Saved pages, second set: written without seeing the extractor or the first set; it measured the first round of fixes, then became a development set.

Run:    .venv/bin/python benchmarks/pages_of_our_own/html_second/cases.py
Hard checks decide PASS/FAIL; soft checks (debatable conventions) are printed, never counted.
"""
import os, sys, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

def A(**kw):
    kw.setdefault("reject", False)
    return kw

# published/modified: "YYYY-MM-DD HH:MM" (checked to the minute) or "YYYY-MM-DD" (date only); a list = any of them.
# outlet/title: list of acceptable answers. authors: list of names, or list of lists of acceptable sets.
# first/last: a fragment that must occur in the first/last body paragraph (list = any).
# soft: list of (label, "absent"|"present"|"once", string) — reported, not counted.
EXPECT = {
 "01_yoast_en": A(title=["Ferry terminal repairs to close south dock for six weeks"], authors=["Delia Marsh"],
    published="2024-04-17 06:45", modified="2024-04-18 14:02", language="en", outlet=["Harbor Valley Ledger"], headings=2,
    first="Ferry passengers heading to Gull Island", last="Six weeks of walking is a small price",
    must_not=["Photo by Ray Okafor", "Get the Ledger in your inbox", "Sign up for our free morning newsletter", "Advertisement",
              "That dock has been shaking", "Leave a Reply", "Harbor dredging project", "All rights reserved", "dmarsh@", "Tagged",
              "covers transportation and county government", "County approves ferry fare increase"],
    must=["28 timber pilings", "Accessible parking moves to the lot on Pier Street", "Cost and funding"],
    soft=[("read-more label gone", "absent", "Read more:")]),
 "02_arcxp_en": A(title=["State regulators fine utility $4 million over winter outages"], authors=["Kendra Whitfield", "Omar Haddad"],
    published=["2024-02-08 09:30", "2024-02-08 14:30"], modified=["2024-02-08 14:12", "2024-02-08 19:12"], language="en",
    outlet=["The Capitol Courier"], headings=0, first=["fined Tristate Power $4 million", "largest the commission has imposed"], last="low-income households pay heating bills",
    must_not=["ADVERTISEMENT", "Jessa Lyle", "Thousands still without power a week after ice storm", "Business Briefing",
              "Transit agency names new chief", "By Kendra Whitfield", "Updated February 8"],
    must=["Customers were left in the cold", "hired 60 additional line workers"],
    soft=[("standfirst not repeated", "absent", "largest the commission has imposed")]),
 "03_brightspot_en": A(title=["Museum returns carved masks to Pacific island community"], authors=["Priya Raman", "Felix Ostrowski"],
    published="2023-11-02 11:05", modified="2023-11-02 16:40", language="en", outlet=["Eastbrook Public Radio"], headings=0,
    first="handed back eleven carved wooden masks", last="hired a full-time researcher",
    must_not=["New state law speeds return", "Donate now", "Arts Reporter", "Your gift today", "Contributor"],
    must=["Village elder Semi Tuilagi", "The masks had been kept in storage"],
    soft=[("blockquote kept", "present", "relatives coming home")]),
 "04_drupal_en": A(title=["Wheat growers brace for lower prices after record harvest"], authors=["Carl Lindqvist"],
    published="2024-08-22 07:00", modified="2024-08-22 07:00", language="en", outlet=["Prairie Farm Journal"], headings=2,
    first="largest spring wheat crop in a decade", last="squeezing margins even for farms",
    must_not=["Markets Editor", "Soybean exports to China slow", "Cattle futures", "Grain markets", "More from Markets"],
    must=["Storage fills up", "piling wheat on the ground", "Input costs remain high"]),
 "05_ghost_en": A(title=["Why the county's new wildfire maps have homeowners worried"], authors=["Noor Castellanos"],
    published=["2024-06-03 13:00", "2024-06-03 06:00"], modified=["2024-06-04 09:21", "2024-06-04 02:21"], language="en",
    outlet=["The Ridgeline"], headings=2, first=["Leanne Pruitt typed in her address", "Insurance costs could climb"], last="appeal the designation of a specific parcel",
    must_not=["Map courtesy", "4 min read", "Two more insurers stop writing", "reader-supported", "Sign up for The Ridgeline",
              "Fire district hires"],
    must=["ember-resistant vents", "What the maps mean"],
    soft=[("standfirst not repeated", "absent", "Insurance costs could climb")]),
 "06_substack_en": A(title=["The quiet collapse of our local fisheries"], authors=["Tom Brekke"],
    published="2024-09-14 11:02", modified="2024-09-14 11:02", language="en", outlet=["Low Tide Report"], headings=2,
    first=["Last spring I spent a week", "Landings at three harbors have fallen by half"], last="could work at Grey Cove",
    must_not=["reader-supported publication", "Subscribe now", "My father ran a boat", "Discussion about this post",
              "Substack is the home", "Type your email", "ice house point is exactly right"],
    must=["We're not out of fish", "Where the fish went"],
    soft=[("subtitle not repeated", "absent", "Landings at three harbors have fallen by half")]),
 "07_medium_en": A(title=["What we learned from sitting through 100 city budget hearings"], authors=["Hana Sato"],
    published="2023-03-20 16:48", modified="2023-03-22 08:10", language="en", outlet=["Civic Lab", "Medium"], headings=1,
    first=["Over two years, our team of volunteers", "Most of the money is decided"], last="published our full notes",
    must_not=["Photo by Ezra Lind", "5 min read", "Recommended from Medium", "How to read a city budget", "Sign in", "Listen",
              "I quit my job"],
    must=["Timing is everything", "Cities that held listening sessions"],
    soft=[("subtitle not repeated", "absent", "Most of the money is decided")]),
 "08_blox_en": A(title=["Council OKs new splash pad for Riverside Park"], authors=["Justin Parr"],
    published="2024-06-12 17:45", modified="2024-06-13 08:10", language="en", outlet=["Mill Creek Gazette"], headings=0,
    first="Children will have a new place to cool off", last="new shade structures and a restroom",
    must_not=["Advertisement", "Submitted image", "artist's rendering", "Scenes from the Riverside Park summer concert",
              "Copyright 2024", "Contact him at", "Keep it Clean", "jparr@", "Two injured in Highway 9", "Facebook"],
    must=["recirculates and treats water", "Rotary Club"],
    soft=[("author name title-cased", "authors_exact", "Justin Parr")]),
 "09_gannett_en": A(title=["Flood buyout program lets 40 families move off the riverbank"], authors=["Rachel Emmons", "DeShawn Pryor"],
    published=["2025-01-14 01:02", "2025-01-14 06:02"], modified=["2025-01-14 10:20", "2025-01-14 15:20"], language="en",
    outlet=["Ohio Valley Review"], headings=1, first="Carla Wendt will not spend the spring",
    last=["carrying couches up the stairs", "Reach her at remmons@"],
    must_not=["River crest expected Thursday", "Advertisement", "Bridge closure extended", "High school coach resigns"],
    must=["pays 75% of the cost", "How the buyouts work"],
    soft=[("tagline bio dropped", "absent", "covers the environment for the Ohio Valley Review")]),
 "10_bbc_en": A(title=["Village shop saved by residents who bought shares"], authors=["Eleanor Pike"],
    published=["2024-10-09 05:41", "2024-10-09 06:41"], modified=["2024-10-09 12:03", "2024-10-09 13:03"], language="en",
    outlet=["BBC Example News"], headings=1, first="A village shop that was due to close has been saved",
    last="If the shop had gone, that would have been it",
    must_not=["Image source", "Volunteers now staff the counter", "closing at rate of one a day", "Related topics",
              "More on this story", "Follow BBC Somerset", "BBC News, Somerset", "Pub bought by villagers"],
    must=["raised", "It's the heart of the village"]),
 "11_guardian_en": A(title=["Beavers on rewilded estate cut flood peaks downstream, study finds"], authors=["Imogen Barr"],
    published="2024-12-03 10:00", modified="2024-12-03 13:45", language="en", outlet=["The Guardian Example", "the Guardian"],
    headings=0, first=["Beavers released on a rewilded estate in Devon", "held back water during three storms"], last="no claims have been made",
    must_not=["Photograph: Ned Ashworth", "Before you move on", "I hope you appreciated", "Most viewed",
              "Explore more on these topics", "Environment correspondent", "Support the Guardian", "50 best albums"],
    must=["Hydrology Letters", "said Dr Saffron Keel"],
    soft=[("pull quote not duplicated", "once", "The dams act like a series of sponges across the valley"),
          ("standfirst not repeated", "absent", "held back water during three storms")]),
 "12_nyt_en": A(title=["Why Forecasters Were Caught Off Guard by Hurricane Mara"], authors=["Lena Strauss", "Marcus Oyelaran", "Chiara Bellini"],
    published=["2024-09-30 17:05", "2024-09-30 21:05"], modified=["2024-10-01 10:22", "2024-10-01 14:22"], language="en",
    outlet=["The Metropolitan Times"], headings=2, first="Forty-eight hours before Hurricane Mara",
    last=["half the time they normally plan for", "It was 140 miles per hour, not 145"],
    must_not=["SKIP ADVERTISEMENT", "Advertisement", "Jonah Reyes", "Port Haven Ordered Residents", "Order Reprints",
              "A version of this article appears in print", "Heat Records Fall", "Lena Strauss covers climate science"],
    must=["ocean drones", "Warm water, little wind shear", "A push for better data"],
    soft=[("correction dropped", "absent", "An earlier version of this article misstated")]),
 "13_reuters_en": A(title=["Chile copper output falls 6% in March as mine strikes bite"], authors=["Fabian Cambero", "Alexandra Ulmer-Ruiz"],
    published=["2024-04-30 17:48", "2024-04-30 13:48"], modified=["2024-04-30 18:02", "2024-04-30 14:02"], language="en",
    outlet=["Reuters Example"], headings=0, first="Copper production in Chile, the world's largest producer",
    last=["close to a two-year high", "Editing by Tom Hogue"],
    must_not=["Our Standards", "Purchase Licensing Rights", "Advertisement", "Scroll to continue", "Gold steadies"],
    must=["Output totalled 428,300 metric tons", "combined 19 days"],
    soft=[("credit line dropped", "absent", "Reporting by Fabian Cambero")]),
 "14_ap_en": A(title=["Wildfire smoke forces schools to close across western Montana"], authors=["Lisa Carrow", "Jonah Pettit"],
    published=["2024-08-07 22:15", "2024-08-07 16:15", "2024-08-07 18:15"],
    modified=["2024-08-08 01:40", "2024-08-07 19:40", "2024-08-07 21:40"], language="en", outlet=["AP Example News"], headings=0,
    first="Thick smoke from a cluster of wildfires", last=["gusty winds that could spread the flames", "contributed to this report"],
    must_not=["ADVERTISEMENT", "Idaho fire crews get help", "___"],
    must=["We can't ask kids to walk to school in this", "12% contained"],
    soft=[("contributor line dropped", "absent", "contributed to this report")]),
 "15_de_spiegel": A(title=["Bahn streicht Nachtzug nach Wien – Fahrgastverband protestiert",
                           "Deutsche Bahn: Nachtzug nach Wien wird gestrichen – Fahrgastverband protestiert"],
    authors=["Katharina Vogt", "Moritz Held"], published="2024-11-19 16:12", modified="2024-11-19 18:30", language="de",
    outlet=["DER BLICK"], headings=1, first=["stellt zum Fahrplanwechsel im Dezember", "Die Bahn verweist auf fehlende Wagen"], last="auf Tagesverbindungen umgebucht",
    must_not=["Lesen Sie auch", "Warum Nachtzüge in Europa ein Comeback", "Jetzt weiterlesen", "Mehr zum Thema", "ÖBB bestellt",
              "Forum geschlossen", "Impressum", "Von Katharina Vogt"],
    must=["Kritik vom Fahrgastverband", "Wer Klimaschutz ernst meint"],
    soft=[("leadtext not repeated", "absent", "Die Bahn verweist auf fehlende Wagen")]),
 "16_de_dublincore": A(title=["Neues Hallenbad in Wernburg öffnet im Frühjahr"], authors=["Sabine Lorenz"],
    published="2023-10-05", language="de", outlet=None, soft=[("outlet without og:site_name or JSON-LD publisher", "outlet", ['Wernburger Anzeiger'])], headings=1,
    first="Nach drei Jahren Bauzeit", last="eine Jahreskarte geben",
    must_not=["Visualisierung", "Weitere Artikel", "Stadtrat beschließt Haushalt", "Impressum", "Von Sabine Lorenz", "Startseite"],
    must=["Schulen bekommen feste Zeiten", "knapp 19 Millionen Euro"]),
 "17_fr_lemonde": A(title=["A Marseille, les habitants d'un quartier se mobilisent contre la fermeture de leur école"], authors=["Claire Delorme"],
    published="2024-03-12 18:30", modified="2024-03-13 09:15", language="fr", outlet=["Le Quotidien Exemple"], headings=1,
    first=["une vingtaine de parents se relaient", "Le rectorat veut regrouper deux écoles"], last="plus de 2 000 signatures",
    must_not=["Lire aussi", "la rénovation des écoles prend du retard", "Il vous reste", "S'inscrire", "Temps de lecture",
              "correspondante", "Mentions légales", "plan pour les écoles rurales"],
    must=["Une baisse des effectifs", "boulevard National"],
    soft=[("standfirst not repeated", "absent", "Le rectorat veut regrouper deux écoles")]),
 "18_fr_amp": A(title=["Bretagne : la pêche à la coquille Saint-Jacques rouvre avec des quotas réduits"], authors=["Yann Le Gall"],
    published="2023-10-02 07:45", modified="2023-10-02 11:20", language="fr", outlet=["Ouest Exemple"], headings=0,
    first="La campagne de pêche à la coquille", last="au vu des premiers débarquements",
    must_not=["ARCHIVES OUEST EXEMPLE", "Publicité", "Partager sur", "le port prépare sa fête", "Conditions générales", "Publié le"],
    must=["quarante-cinq minutes", "On s'y attendait"]),
 "19_es_elpais": A(title=["La sequía obliga a cortar el agua por la noche en 40 municipios de Andalucía"],
    authors=["Lucía Ferrándiz", "Javier Ortuño"], published="2024-03-14 05:40", modified="2024-03-14 12:02", language="es",
    outlet=["El Diario Ejemplo"], headings=1, first=["Más de 600.000 vecinos", "el nivel más bajo desde 1995"], last="una primavera más seca",
    must_not=["Más información", "decreto de ayudas", "Suscríbete", "Normas de participación", "Lo más visto", "Semana Santa"],
    must=["Camiones cisterna", "garrafas en la bañera"],
    soft=[("subtitle not repeated", "absent", "el nivel más bajo desde 1995")]),
 "20_es_microdata": A(title=["Rosario: reabren el puente colgante tras dos años de obras"], authors=["Martín Echeverría"],
    published="2022-05-21 10:30", modified="2022-05-21 13:05", language="es", outlet=["La Voz del Litoral"], headings=0,
    first="El puente colgante sobre el arroyo Ludueña", last="controles de seguridad durante los fines de semana",
    must_not=["Leé también", "cortes de tránsito por la maratón", "Detuvieron a dos hombres", "Temas:", "Todos los derechos",
              "Por Martín"],
    must=["cables de acero originales", "Es un símbolo del barrio"]),
 "21_it": A(title=["Venezia, il Comune introduce il limite di 25 persone per i gruppi turistici"], authors=["Giulia Bertoldi"],
    published="2024-01-23 14:07", modified="2024-01-23 17:40", language="it", outlet=["Il Corriere Esempio"], headings=0,
    first=["Dal prossimo agosto i gruppi turistici", "Vietati anche gli altoparlanti delle guide"], last="Le multe per chi non rispetta",
    must_not=["Leggi anche", "Ticket d'ingresso, i primi dati", "Iscriviti alla newsletter", "Articoli correlati", "Carnevale",
              "P.IVA", "di Giulia Bertoldi"],
    must=["altoparlanti", "Vogliamo una città vivibile"],
    soft=[("summary not repeated", "absent", "Vietati anche gli altoparlanti delle guide")]),
 "22_pt_folha": A(title=["São Paulo amplia rodízio de veículos durante obras no Minhocão"], authors=["Renata Albuquerque"],
    published="2024-07-08 19:55", modified="2024-07-08 21:10", language="pt", outlet=["Folha Exemplo"], headings=0,
    first=["A Prefeitura de São Paulo vai ampliar", "Restrição passa a valer também"], last="quatro pontos na carteira",
    must_not=["Veja também", "novas linhas de ônibus", "Receba no seu email", "Os comentários não representam",
              "Todos os direitos reservados", "8.jul.2024"],
    must=["200 mil veículos", "Minhocão"],
    soft=[("subtitle not repeated", "absent", "Restrição passa a valer também")]),
 "23_nl": A(title=["Gemeente Zwolle wil tijdelijke woningen op oude kazerneterrein"], authors=[],
    published="2024-05-16 08:31", modified="2024-05-16 10:05", language="nl", outlet=["Nieuws Oost"], headings=1,
    first="Van Heutszkazerne 300 tijdelijke woningen", last="De gemeenteraad neemt in juni een besluit",
    must_not=["Lees ook", "Wachtlijst voor sociale huur", "Deel dit artikel", "Brand in bedrijfspand", "Cookie-instellingen",
              "Aangepast"],
    must=["Bezwaren van omwonenden", "te smal voor de vuilniswagen"]),
 "24_pl": A(title=["Kraków zamyka Rynek dla dostawców po godzinie 10"], authors=["Agnieszka Wróbel"],
    published="2024-02-27 13:20", language="pl", outlet=["Gazeta Przykładowa"], headings=0,
    first="Od 1 kwietnia samochody dostawcze", last="mandat w wysokości 500 złotych",
    must_not=["Czytaj także", "Strefa czystego transportu", "REKLAMA", "Komentarze", "Dodaj komentarz", "Wszelkie prawa", "Autor:"],
    must=["Nie każda hurtownia dowiezie towar", "niszczą zabytkową nawierzchnię"]),
 "25_amp_en": A(title=["Solar farm developer must relocate 90 desert tortoises"], authors=["Miguel Arroyo"],
    published="2023-05-09 16:00", modified="2023-05-09 16:00", language="en", outlet=["Desert Sun Example"], headings=0,
    first="A company building a 400-acre solar farm", last="ten years of monitoring",
    must_not=["U.S. Fish and Wildlife Service", "Sign up for our Climate newsletter", "All rights reserved", "Published 4:00"],
    must=["up to half of moved tortoises die", "protected area about eight miles away"]),
 "26_old_table": A(title=["Zoning board denies gravel pit permit"], authors=["Tom Jenkins"], published="2003-06-09", language="en",
    outlet=None, headings=0, first="Residents of Pine Hollow Road packed the town hall", last="30 days to appeal to the county court",
    must_not=["Herald Staff Writer", "Advertise with us", "Back to Local News", "Copyright", "Posted: Monday", "Classifieds"],
    must=["Forty trucks a day is not quiet", "400,000 cubic yards"],
    soft=[("outlet from <title>", "outlet", ["Lakeside Herald", "Lakeside Herald Online"])]),
 "27_microdata_en": A(title=["Library bond measure heads to November ballot"], authors=["Grace Lindholm"],
    published="2022-08-03 19:15", language="en", outlet=None, soft=[("outlet without og:site_name or JSON-LD publisher", "outlet", ['The Kettle Falls Sentinel'])], headings=0,
    first="Voters in the Kettle Falls library district", last="should win over skeptics",
    must_not=["Share this", "Farmers market moves to Saturdays", "All rights reserved", "New principal named"],
    must=["We've patched this building as long as we can", "about $54 a year"]),
 "28_dc_en": A(title=["Drought plan caps lawn watering at two days a week"], authors=["Nina Whitaker"], published="2022-07-11",
    language="en", outlet=None, soft=[("outlet without og:site_name or JSON-LD publisher", "outlet", ['Valley Water Chronicle'])], headings=0,
    first="allowed to water lawns only two days a week", last="since records began in 1977",
    must_not=["Subscribe", "Advertise", "Valley Community Media Trust"],
    must=["Drip irrigation for vegetable gardens", "fines start at $100"]),
 "29_multi_jsonld_video": A(title=["Hospital opens region's first pediatric mental health urgent care"], authors=["Beatriz Nunes"],
    published="2024-10-21 09:00", modified="2024-10-21 09:00", language="en", outlet=["North Shore Telegraph"], headings=0,
    first="Children in a mental health crisis on the North Shore", last="follow-up appointment within a week",
    must_not=["Staff show the new clinic", "Video by Jamal Rivers", "Get our weekly health newsletter",
              "School counselors stretched thin", "Tour: Inside", "Flu shots available"],
    must=["It is the worst place for a child", "a sensory room"]),
 "30_liveblog": A(title=["Election night live: results from the Riverton mayoral race"], authors=["Sam Okoye", "Lydia Fenn"],
    published="2024-11-05 19:00", modified="2024-11-06 00:28", language="en", outlet=["Riverton Post"], headings=3,
    first="called Mayor-elect Ruben Delgado to concede", last="Early results are expected within an hour",
    must_not=["Advertisement", "Sign up for The Ballot", "Last updated"],
    must=["opened a lead of six points", "Delgado pulls ahead"]),
 "31_date_in_url": A(title=["Town Meeting Approves New Fire Station"], authors=["Walter Bissell"], published="2021-09-14",
    language="en", outlet=None, headings=0, first="Pinewood voters at a special town meeting", last="Construction could start next spring",
    must_not=["Previous: Police log", "Recent Posts", "Harvest fair", "Proudly powered by WordPress", "By Walter Bissell"],
    must=["412 to 167", "never meant for them"],
    soft=[("outlet from <title>", "outlet", ["Pinewood Gazette"])]),
 "32_time_only_three_authors": A(title=["Investigation: county jail spent $2.1 million on overtime as vacancies grew"],
    authors=["Elena Voss", "Kwame Asante", "Rosa Ibarra"], published="2023-04-27 06:00", language="en", outlet=["Tri-County Watchdog"],
    headings=2, first="The Harlan County jail paid more than $2.1 million",
    last=["expects overtime to fall by half this year", "Regional Reporting Collaborative"],
    must_not=["Support independent investigations", "Donate today", "Elena Voss is an investigative reporter", "Kwame Asante is a data reporter"],
    must=["Long shifts, more incidents", "What the county says", "hired 19 officers since January"],
    soft=[("tweet embed dropped", "absent", "pic.twitter.com"), ("tweet handle dropped", "absent", "@tricountywatch"),
          ("partnership line dropped", "absent", "produced in partnership")]),
 "33_dateline_only": A(title=["Storm surge floods harbor district in Port Elena"], authors=["Andre Baptiste"], published="2022-10-03",
    language="en", outlet=["Island Times"], headings=0, first="Seawater poured into the harbor district",
    last="emergency grant program for small businesses",
    must_not=["Shop owners clear mud", "for the Island Times", "Cruise arrivals", "Share:", "Published Oct. 3", "Cricket"],
    must=["Everything else, the freezers", "four feet above the normal high tide"]),
 "34_updated_dates": A(title=["City extends cooling center hours as heat wave lingers"], authors=["Tessa Moreland"],
    published="2023-07-18 08:15", modified="2023-07-20 16:45", language="en", outlet=["Sacramento Valley Bee Example"], headings=0,
    first=["Sacramento will keep its five cooling centers open", "This story was updated on July 20"],
    last="extended its excessive heat warning",
    must_not=["Heat wave prompts power conservation", "How to keep your pets safe", "Related stories", "Published July 18"],
    must=["Pets are allowed at two locations", "Sacramento will keep its five cooling centers open"],
    soft=[("update note dropped", "absent", "This story was updated on July 20")]),
 "35_opinion_roles": A(title=["We can fix the bus network without raising fares", "Opinion | We can fix the bus network without raising fares"],
    authors=["Marguerite Olsen", "Dev Patel"], published="2024-02-19 05:00", language="en", outlet=["Lakeport Daily"], headings=0,
    first="Every few years, Lakeport's transit agency", last="before it asks them to pay more",
    must_not=["Have an opinion? Send a letter", "letters@lakeportdaily.com"],
    must=["Fares cover only 14%", "2022 network study"],
    soft=[("tagline bio dropped", "absent", "is a transit planner who lives in Eastgate")]),
 "36_section_front": {"reject": True},
 "37_tag_page": {"reject": True},
 "38_author_archive": {"reject": True},
 "39_search_results": {"reject": True},
 "40_video_only": {"reject": True},
}

FIELDS = ["reject", "title", "authors", "published", "modified", "language", "outlet", "headings", "first", "last", "must_not", "must"]

_TR = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                     "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "})

def norm(s):
    try:
        if s is None or s != s or str(s) == "<NA>":
            s = ""
    except (TypeError, ValueError):
        s = ""
    s = unicodedata.normalize("NFKC", str(s)).translate(_TR)
    return re.sub(r"\s+", " ", s).strip().casefold()

def contains(hay, needle):
    """needle (normalised) occurs in hay (normalised) as whole words at its ends."""
    n = norm(needle)
    pat = (r"(?<!\w)" if n[:1].isalnum() else "") + re.escape(n) + (r"(?!\w)" if n[-1:].isalnum() else "")
    return re.search(pat, hay) is not None

def aslist(x):
    return x if isinstance(x, list) else [x]

def fmt_dt(v, with_time):
    import pandas as pd
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    t = pd.Timestamp(v)
    return t.strftime("%Y-%m-%d %H:%M") if with_time else t.strftime("%Y-%m-%d")

def check_date(got, expected):
    for e in aslist(expected):
        g = fmt_dt(got, " " in e)
        if g == e:
            return True, g
    return False, fmt_dt(got, True)

def main():
    import workbench as wb
    print(f"workbench from {os.path.dirname(wb.__file__)}")
    c = wb.load(CASES, nlp=False)
    arts, paras, errs = c.articles, c.paragraphs, c.errors
    by_name = {}
    for _, r in arts.iterrows():
        by_name[os.path.splitext(os.path.basename(r["source"]))[0]] = ("article", r)
    for _, r in errs.iterrows():
        by_name[os.path.splitext(os.path.basename(str(r["source"])))[0]] = ("error", r)
    correct = {f: 0 for f in FIELDS}
    checked = {f: 0 for f in FIELDS}
    soft_ok = soft_n = 0
    passing = 0
    for name in sorted(EXPECT):
        exp = EXPECT[name]
        kind, row = by_name.get(name, (None, None))
        fails, softs = [], []

        def record(field, ok, detail):
            checked[field] += 1
            if ok:
                correct[field] += 1
            else:
                fails.append(f"{field}: {detail}")

        rejected = kind == "error" and str(row["error"]) == "NotAnArticle"
        record("reject", rejected == exp["reject"],
               f"expected {'rejection' if exp['reject'] else 'an article'}, got "
               + (f"error {row['error']}: {str(row['message'])[:80]}" if kind == "error" else kind or "nothing"))
        if not exp["reject"]:
            art = row if kind == "article" else None
            g = (lambda k: art[k]) if art is not None else (lambda k: None)
            if art is not None:
                ps = paras[paras.article_id == art["article_id"]].sort_values("paragraph")
                body = ps[ps.kind == "body"].text.tolist()
                nhead = int((ps.kind == "heading").sum())
                text = art["text"] or ""
            else:
                body, nhead, text = [], None, ""
            t = g("title")
            record("title", norm(t) in [norm(x) for x in exp["title"]], f"got {t!r}")
            ga = list(g("authors")) if art is not None and g("authors") is not None else []
            alts = exp["authors"] if exp["authors"] and isinstance(exp["authors"][0], list) else [exp["authors"]]
            record("authors", sorted(norm(a) for a in ga) in [sorted(norm(a) for a in alt) for alt in alts], f"got {ga}")
            ok, gd = check_date(g("published"), exp["published"])
            record("published", ok, f"expected {exp['published']}, got {gd}")
            if exp.get("modified"):
                ok, gd = check_date(g("modified"), exp["modified"])
                record("modified", ok, f"expected {exp['modified']}, got {gd}")
            lang = str(g("language") or "")
            record("language", lang.split("-")[0].lower() == exp["language"], f"got {lang!r}")
            if exp.get("outlet") is not None:
                o = g("outlet")
                record("outlet", norm(o) in [norm(x) for x in exp["outlet"]], f"got {o!r}")
            record("headings", nhead == exp["headings"], f"expected {exp['headings']}, got {nhead}")
            f0 = body[0] if body else ""
            record("first", any(norm(x) in norm(f0) for x in aslist(exp["first"])), f"got {f0[:90]!r}")
            fl = body[-1] if body else ""
            record("last", any(norm(x) in norm(fl) for x in aslist(exp["last"])), f"got {fl[:90]!r}")
            nt = norm(text)
            bad = [s for s in exp["must_not"] if contains(nt, s)]
            record("must_not", art is not None and not bad, f"found {bad}" if art is not None else "no article")
            miss = [s for s in exp["must"] if not contains(nt, s)]
            record("must", art is not None and not miss, f"missing {miss}")
            for label, how, val in exp.get("soft", []):
                if how == "absent":
                    ok = not contains(nt, val)
                elif how == "present":
                    ok = contains(nt, val)
                elif how == "once":
                    ok = nt.count(norm(val)) == 1
                elif how == "outlet":
                    ok = norm(g("outlet")) in [norm(x) for x in val]
                elif how == "authors_exact":
                    ok = val in ga
                softs.append((label, ok))
        status = "PASS" if not fails else "FAIL"
        passing += not fails
        print(f"{status} {name}")
        for f in fails:
            print(f"    - {f}")
        for label, ok in softs:
            soft_n += 1
            soft_ok += ok
            if not ok:
                print(f"    (soft) {label}: no")
    print()
    print("| field | correct | checked |")
    print("| --- | --- | --- |")
    for f in FIELDS:
        print(f"| {f} | {correct[f]} | {checked[f]} |")
    print(f"| (soft checks, not counted) | {soft_ok} | {soft_n} |")
    print()
    print(f"cases passing every hard check: {passing} / {len(EXPECT)}")

if __name__ == "__main__":
    main()
