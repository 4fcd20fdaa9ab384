"""Saved pages, third set: written without seeing the extractor or the other sets, kept from whoever changed the extractor (held out).
Run: .venv/bin/python benchmarks/pages_of_our_own/html_third/cases.py   (or benchmarks/pages_of_our_own.py for all sets)"""
import html as _html, os, re, sys, unicodedata
import pandas as pd
import workbench as wb

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")

# Each case: file; reject; title (list of acceptable); authors (list of acceptable lists);
# published / modified ("YYYY-MM-DD" = date only, "YYYY-MM-DDTHH:MM" = to the minute; list = acceptable);
# language (2-letter); outlet (list or None = not checked); headings (int or list);
# first / last (acceptable fragments that must occur within the first 60 characters of the first / last body paragraph,
#   so a dateline may precede them but navigation or a merged page may not); absent / present (substrings of text);
# soft: same keys, reported but not counted.
C = [
 dict(file="c01_wp_yoast_local.html", title=["Maple Falls council approves $4.2 million water plant upgrade"], authors=[["Denise Harrow"]],
      published="2024-04-09T18:42", modified="2024-04-10T13:05", language="en", outlet=["Maple Falls Courier"], headings=1,
      first=["The Maple Falls City Council voted 5-2 on Tuesday night"], last=["Construction is expected to begin in the fall"],
      absent=["Advertisement", "Get the Courier in your inbox", "Sign up for our free morning newsletter", "Related Posts", "County budget hearing set",
              "About time. My kids", "Tagged", "Boil-water advisory lifted", "Privacy Policy"],
      present=["Residential rates rise 9 percent in July", "We are asking people on fixed incomes", "Council member Rita Vasquez"]),
 dict(file="c02_arc_national.html", title=["Senate panel advances rail safety bill after derailment hearings"], authors=[["Marcus Bell", "Hannah Cho"]],
      published="2023-06-21T14:05", modified="2023-06-21T19:47", language="en", outlet=["The Capital Ledger"], headings=0,
      first=["A Senate committee voted 16-10 on Wednesday"], last=["Supporters said the measure now has a realistic path"],
      absent=["Story continues below advertisement", "Railroad executives grilled", "covers transportation policy", "Farm bill talks stall",
              "Tank cars sit on a siding", "By Marcus Bell", "Subscribe $1", "2:05 p.m. EDT"],
      present=["Industry groups argued the crew mandate"]),
 dict(file="c03_brightspot_tv.html", title=["Wildfire near Cedar Ridge forces evacuation of 900 homes"], authors=[["Luis Ortega", "Amy Whitfield"]],
      published="2023-08-27T09:15", modified="2023-08-27T16:40", language="en", outlet=["KXTV 7 News"], headings=1,
      first=["A fast-moving wildfire burning in dry grass and oak woodland"], last=["The cause of the fire is under investigation"],
      absent=["Red flag warning extended", "RELATED", "Download the KXTV 7 app", "Lottery ticket", "Published: Aug. 27", "Trending Stories"],
      present=["Highway 49 was closed in both directions", "An evacuation center has opened"]),
 dict(file="c04_wire.html", title=["Copper hits two-year high as Chilean mine strike drags on"], authors=[["Sofia Lindqvist"]],
      published="2024-01-16T11:48", modified=None, language="en", outlet=["Meridian Wire"], headings=0,
      first=["Copper prices rose to their highest in two years on Tuesday"], last=["Chinese demand also lent support", "(Reporting by Sofia Lindqvist"],
      absent=["Our Standards", "Gold slips as dollar", "Updated 2 hours ago", "Read Next"],
      present=["The market had been assuming the strike would be short", "Workers at the Altamira mine"],
      soft=dict(last=["Chinese demand also lent support"], absent=["(Reporting by Sofia Lindqvist"])),
 dict(file="c05_magazine.html", title=["The Last Lighthouse Keepers"], authors=[["Theodora Quinn"]],
      published="2022-10-03T06:00", modified=None, language="en", outlet=["Harbor & Field"], headings=1,
      first=["at a quarter to six, Walter Penney climbs"], last=["When the season ends in October, the Penneys close the shutters"],
      absent=["Photograph by Jonah Reyes", "is a contributing writer at Harbor", "This article appears in the November 2022 print edition",
              "Subscribe for unlimited access", "What the Oyster Knows", "Entries from 1958", "Most Popular"],
      present=["The ledgers are the reason historians visit", "That work is mostly carpentry and paint"],
      soft=dict(absent=["The sea takes a little of the building"])),
 dict(file="c06_wp_blog.html", title=["Why our village bus route matters more than you think"], authors=[["Margaret Ellery"]],
      published="2023-11-18T20:14", modified=None, language="en", outlet=None, headings=0,
      first=["When the county council announced last month that the 47 bus"], last=["I will write again after the next meeting in December"],
      absent=["Share this:", "Harvest supper raises", "Thank you for writing this Margaret", "Leave a Reply", "Proudly powered by WordPress",
              "This entry was posted in", "Posted on"],
      present=["More than two hundred people came to the meeting", "The council says the route costs too much"],
      soft=dict(outlet=["Notes from Ashcombe"])),
 dict(file="c07_substack.html", title=['The hidden cost of "free" school lunches'], authors=[["Priya Raman"]],
      published="2024-02-07T12:31", modified=None, language="en", outlet=["The Ledger Line"], headings=1,
      first=["Three years ago, the Linwood County school district stopped charging"], last=["None of this means free meals were a mistake"],
      absent=["Thanks for reading The Ledger Line", "Subscribe for free", "12 Likes", "Discussion about this post", "Our district went through exactly this",
              "Substack is the home", "What three districts learned"],
      present=["The biggest new cost was not food", "Federal reimbursements covered most of the extra meals"]),
 dict(file="c08_ghost.html", title=["Inside the fight over a data center on farmland"], authors=[["Caleb Winters"]],
      published="2024-05-22T08:00", modified="2024-05-22T15:12", language="en", outlet=["The Furrow"], headings=2,
      first=["For four generations, the Haskett family has grown corn"], last=["The planning commission will hold a public hearing on June 18"],
      absent=["Get The Furrow in your inbox", "Rural news, every Tuesday", "Solar leases are reshaping", "Powered by Ghost", "6 min read",
              "Photo: Caleb Winters"],
      present=["County officials estimate a single large campus", "Opponents counter that the same land"],
      soft=dict(absent=["A county in Virginia weighs tax revenue"])),
 dict(file="c09_drupal_de.html", title=["Neue Radbrücke über die Lahn soll 2026 fertig werden"], authors=[["Katrin Vogelsang"]],
      published="2024-03-14T07:30", modified=None, language="de", outlet=["Lahntal-Anzeiger"], headings=1,
      first=["Nach jahrelanger Diskussion ist die Entscheidung gefallen", "Der Stadtrat hat den Bau einer Fuß- und Radbrücke"],
      last=["Baubeginn soll im Frühjahr 2025 sein"],
      absent=["Lesen Sie auch", "Sanierung der Grundschule Am Markt", "Das könnte Sie auch interessieren", "Newsletter des Lahntal", "Impressum",
              "Von Katrin Vogelsang", "07:30 Uhr"],
      present=["Die Kosten werden auf rund 7,8 Millionen Euro geschätzt", "Die Fraktion der Freien Wähler stimmte gegen das Projekt"],
      soft=dict(first=["Nach jahrelanger Diskussion ist die Entscheidung gefallen"])),
 dict(file="c10_blox.html", title=["Prairie View girls win first state basketball title since 1998"], authors=[["Tyler Brandt"]],
      published="2024-03-09T22:10", modified="2024-03-10T08:30", language="en", outlet=["Prairie View Herald"], headings=0,
      first=["Kendra Oyelaran scored 24 points and grabbed 11 rebounds"], last=["Prairie View finishes the season 24-2"],
      absent=["Advertisement", "can be reached at", "Most Popular", "Welcome to the discussion", "Man sentenced", "Herald Sports Editor"],
      present=["I told them at halftime that nobody was going to hand it to us", "Prairie View led by 12 early in the fourth quarter"]),
 dict(file="c11_table_2007.html", title=["Ferry fare increase approved despite protests"], authors=[["Mark Olsen"]],
      published="2007-06-12", modified=None, language="en", outlet=None, headings=0,
      first=["The county ferry board voted 4-1 Monday night"], last=["The new fares take effect July 1"],
      absent=["E-mail this story", "Printer-friendly", "Copyright", "Classifieds", "Staff Writer", "Posted: Tuesday"],
      present=["Board chairman Howard Leung said rising diesel prices", "Island residents will be able to buy a monthly pass"],
      soft=dict(outlet=["Harbor Point Gazette"])),
 dict(file="c12_amp.html", title=["City to replace 3,000 lead service lines by 2027"], authors=[["Gabriela Nuñez"]],
      published="2023-09-12T06:30", modified="2023-09-12T10:02", language="en", outlet=["Riverton Daily News"], headings=0,
      first=["Riverton will replace every known lead water service line"], last=["Utility director Sam Arkwright said crews would start"],
      absent=["Advertisement", "Water rates to rise 4%", "A crew removes a lead pipe", "Related Stories"],
      present=["Homeowners will not be charged for the replacement"]),
 dict(file="c13_press_release.html", title=["Northgate Robotics Opens $60 Million Manufacturing Facility in Greenville"], authors=[[], ["Northgate Robotics"]],
      published="2024-06-04T08:00", modified=None, language="en", outlet=["BizNewsDesk"], headings=[0, 1],
      first=["Northgate Robotics, a maker of automated warehouse systems, today opened", "New plant will employ 240 people by the end of 2025"],
      last=["Hiring for the first 90 positions has begun", "Northgate Robotics designs and builds", "Media Contact", "SOURCE Northgate Robotics"],
      absent=["View original content", "Also from this source", "News provided by", "Send a Release"],
      present=["Greenville gives us access to a skilled workforce", "The plant will assemble the company's autonomous pallet movers"],
      soft=dict(first=["Northgate Robotics, a maker of automated warehouse systems, today opened"], last=["Northgate Robotics designs and builds"], absent=["Media Contact", "SOURCE Northgate Robotics"])),
 dict(file="c14_factcheck.html", title=["Fact check: No, the state did not ban backyard chickens"], authors=[["Olivia Grant"]],
      published="2024-07-15T16:20", modified=None, language="en", outlet=["CheckPoint Facts"], headings=2,
      first=["Social media posts shared thousands of times this month", "The claim:"],
      last=["The new law applies only to large commercial poultry operations"],
      absent=["Support independent fact-checking", "Our ratings", "Donate", "By Olivia Grant"],
      present=["The bill defines a commercial flock", "That is not true. The law, which took effect July 1"],
      soft=dict(first=["Social media posts shared thousands of times this month"], absent=["House Bill 412"])),
 dict(file="c15_trade.html", title=["Regional grocers turn to electronic shelf labels as labour costs climb"], authors=[["Nathan Krieger"]],
      published="2024-02-28", modified="2024-02-29", language="en", outlet=["Grocery Trade Weekly"], headings=0,
      first=["Electronic shelf labels, long a fixture in European supermarkets"], last=["Consumer advocates have raised concerns"],
      absent=["Sponsored", "Request a demo", "Cut shrink by 30%", "is senior editor at Grocery Trade Weekly", "Self-checkout retreat", "Related Content"],
      present=["Executives say the labels pay for themselves within three years"]),
 dict(file="c16_uk_national.html", title=["NHS waiting list falls for third month in a row"], authors=[["Eleanor Marsh", "Rajiv Kapoor"]],
      published="2024-05-09T10:31", modified="2024-05-09T14:02", language="en", outlet=["The Albion Post"], headings=0,
      first=["The waiting list for routine hospital treatment in England has fallen"], last=["The health secretary said the figures showed"],
      absent=["Junior doctors announce", "Related:", "Sign up to First Edition", "Commenting has been disabled", "Health Editor", "10.31 BST"],
      present=["Some 44,000 people waited more than 12 hours"],
      soft=dict(absent=["Figures show 7.2 million treatments were outstanding"])),
 dict(file="c17_au_broadcaster.html", title=["Farmers count cost as floodwaters recede across northern Victoria"], authors=[["Bridget Kelly", "Tom Nguyen"]],
      published="2022-10-18T05:12", modified="2022-10-18T09:47", language="en", outlet=["Southern Cross Broadcasting"], headings=[0, 1],
      first=["As floodwaters begin to drop across northern Victoria", "Key points", "Dairy farmers say thousands of hectares"],
      last=["The state government said disaster payments for primary producers"],
      absent=["Levee holds as river peaks", "Where to get help if you have been affected", "Topics:", "Posted Tue 18 Oct", "Read more about the floods"],
      present=["We moved the cows to a neighbour's place", "Tomato growers in the Goulburn Valley"],
      soft=dict(first=["As floodwaters begin to drop across northern Victoria"])),
 dict(file="c18_india.html", title=["Monsoon likely to reach Kerala by June 4, says IMD"], authors=[[], ["PTI"]],
      published="2023-05-16T15:42", modified="2023-05-16T16:10", language="en", outlet=["Deccan Morning Star"], headings=0,
      first=["The southwest monsoon is likely to set in over Kerala around June 4"], last=["The monsoon brings about 70 per cent"],
      absent=["Also Read", "Heatwave grips", "Trending", "E-Paper", "auto-generated from a syndicated feed", "Updated: May 16"],
      present=["The forecast has a model error of plus or minus four days"]),
 dict(file="c19_fr.html", title=["À Marseille, la ville teste des cours d'école végétalisées contre la chaleur"], authors=[["Claire Fontaine", "Julien Roche"]],
      published="2023-07-05T06:00", modified="2023-07-05T11:20", language="fr", outlet=["Le Quotidien du Sud"], headings=1,
      first=["Dans la cour de l'école élémentaire des Chartreux"], last=["La municipalité prévoit d'en transformer vingt"],
      absent=["Lire aussi", "Canicule : les écoles", "Il vous reste", "réservée aux abonnés", "Temps de lecture", "Par Claire Fontaine", "Mentions légales"],
      present=["Selon les relevés effectués par la ville", "Cette école fait partie des quatorze établissements"],
      soft=dict(absent=["Quatorze écoles ont remplacé leur bitume"])),
 dict(file="c20_es.html", title=["El Gobierno aprueba ayudas de 300 millones para el alquiler joven"], authors=[["Lucía Herrero"]],
      published="2024-01-23T13:45", modified="2024-01-23T18:02", language="es", outlet=["Diario La Meseta"], headings=[0, 1],
      first=["El Consejo de Ministros ha aprobado este martes", "Los menores de 35 años con ingresos inferiores"],
      last=["Las comunidades autónomas serán las encargadas"],
      absent=["Publicidad", "Te puede interesar", "El precio del alquiler marca", "Para comentar es necesario", "Por Lucía Herrero", "Aviso legal"],
      present=["La ministra de Vivienda ha defendido", "Podrán solicitarlas los menores de 35 años"],
      soft=dict(first=["El Consejo de Ministros ha aprobado este martes"])),
 dict(file="c21_it_microdata.html", title=["Venezia, il ticket d'accesso sarà esteso a 54 giorni nel 2025"], authors=[["Marco Zanetti"]],
      published="2024-11-20T17:30", modified="2024-11-21T09:00", language="it", outlet=["Il Gazzettino Lagunare"], headings=0,
      first=["Il contributo d'accesso per i visitatori giornalieri di Venezia"], last=["Le opposizioni hanno criticato la misura"],
      absent=["Leggi anche", "Turisti, record", "PUBBLICITÀ", "Articoli correlati", "Riproduzione riservata", "P.IVA", "di Marco Zanetti"],
      present=["Il ticket costerà 5 euro", "nel 2024 il contributo ha fruttato circa 2,4 milioni"]),
 dict(file="c22_pt_br.html", title=["São Paulo registra a tarde mais quente do ano com 34,7°C"], authors=[["Beatriz Carvalho"]],
      published="2024-09-23T18:05", modified="2024-09-23T19:30", language="pt", outlet=["Portal Paulista"], headings=[0, 1],
      first=["A cidade de São Paulo registrou nesta segunda-feira", "Onda de calor deve continuar até sexta-feira"],
      last=["A previsão é de que uma frente fria chegue ao estado"],
      absent=["Leia mais", "Queimadas no interior", "Cadastre-se na nossa newsletter", "Atualizado há", "Todos os direitos", "Por Beatriz Carvalho"],
      present=["A Defesa Civil recomendou", "A marca supera os 34,1°C"],
      soft=dict(first=["A cidade de São Paulo registrou nesta segunda-feira"])),
 dict(file="c23_nl.html", title=["Gemeente Zwolle wil autoluwe binnenstad al in 2025"], authors=[["Sanne de Vries"]],
      published="2024-04-17T19:02", modified=None, language="nl", outlet=["Dagblad Overijssel"], headings=1,
      first=["Het college van burgemeester en wethouders van Zwolle"], last=["De gemeenteraad bespreekt het voorstel op 13 mei"],
      absent=["Lees ook", "Parkeren in Zwolle wordt", "Deel via WhatsApp", "Meer nieuws uit Zwolle", "Brand in schuur", "Alle rechten voorbehouden"],
      present=["Winkeliers in de binnenstad reageren verdeeld", "Alleen bewoners, bevoorrading en hulpdiensten"]),
 dict(file="c24_sv.html", title=["Ny spårväg i Uppsala försenas två år"], authors=[["Erik Lundgren", "Maja Holm"]],
      published="2024-10-08T06:30", modified="2024-10-08T08:15", language="sv", outlet=["Upplandsbladet"], headings=0,
      first=["Kommunens nya tidsplan, som presenterades för byggnadsnämnden", "Den planerade spårvägen mellan centrum och Gottsunda"],
      last=["Oppositionen kräver att projektet omprövas"],
      absent=["Läs mer:", "Spårvägens kostnad har ökat", "Annons", "bli prenumerant", "Ansvarig utgivare", "Publicerad 8 oktober"],
      present=["Förseningen beror främst på att detaljplanen", "Kostnaden beräknas nu till 11,2 miljarder kronor"]),
 dict(file="c25_ca_correction.html", title=["Halifax approves 1,200-unit housing project on former rail yard"], authors=[["Jacques Arsenault"]],
      published="2023-11-29T17:20", modified="2023-11-30T10:05", language="en", outlet=["The Harbour Times"], headings=0,
      first=["Halifax regional council has approved a plan to build about 1,200 homes"],
      last=["The developer said construction of the first phase", "Correction: An earlier version of this story"],
      absent=["Recommended for you", "Ferry service to Dartmouth", "Staff Reporter", "Published Nov. 29"],
      present=["Several residents told council the towers would cast long shadows"],
      soft=dict(present=["Correction: An earlier version of this story"])),
 dict(file="c26_de_national.html", title=["Bahn streicht Hunderte Fernverbindungen wegen Bauarbeiten"], authors=[["Felix Hartmann", "Lea Brückner"]],
      published="2025-06-02T12:47", modified="2025-06-02T16:03", language="de", outlet=["Deutsches Abendblatt"], headings=1,
      first=["Die Deutsche Bahn sperrt die Schnellfahrstrecke", "Zwischen Hamburg und Berlin fallen ab August monatelang Züge aus"],
      last=["Die Sanierung ist Teil eines Programms"],
      absent=["Mehr zum Thema", "Generalsanierung: Was Pendler", "Diskutieren Sie mit", "Von Felix Hartmann", "12.47 Uhr", "Sanierung der Strecke Hamburg"],
      present=["Für den Regionalverkehr richtet die Bahn einen Ersatzverkehr", "Die Fahrzeit verlängert sich dadurch"],
      soft=dict(first=["Die Deutsche Bahn sperrt die Schnellfahrstrecke"])),
 dict(file="c27_embeds.html", title=["Rovers sign Brazilian midfielder on three-year deal"], authors=[["Danny Walsh"]],
      published="2024-08-30T21:15", modified=None, language="en", outlet=["Terrace Talk"], headings=0,
      first=["Rovers have completed the signing of Brazilian midfielder Thiago Almeida"], last=["The fee is undisclosed but is believed to be a club record"],
      absent=["has followed Rovers home and away", "Finally a proper midfielder", "RoverRon"],
      present=["Manager Steve Pollard has been chasing a ball-playing midfielder"],
      soft=dict(absent=["Our new number 8 has signed"])),
 dict(file="c28_opinion.html", title=["Our libraries are the last free indoor public space. Fund them."], authors=[["Helen Okafor"], ["Dr. Helen Okafor"]],
      published="2024-03-17T05:00", modified=None, language="en", outlet=["The Lakeshore Sentinel"], headings=0,
      first=["On any weekday afternoon at the Eastside branch library"], last=["The savings, about $1.1 million"],
      absent=["is a professor of urban studies", "The views expressed in this column", "Submit a letter to the editor", "Guest columnist"],
      present=["That is increasingly rare. Malls charge you with your eyes"]),
 dict(file="c29_dublincore.html", title=["Researchers map microplastics in Lake Tenby sediment"], authors=[["Fiona MacLeod"], []],
      published="2021-09-14", modified=None, language="en", outlet=None, headings=0,
      first=["Scientists at the Tenby Institute of Technology have produced"], last=["The study is published in the journal Freshwater Sediments"],
      absent=["Media enquiries", "Latest news", "Institute opens new engineering building", "registered charity", "14 September 2021"],
      present=["Lead researcher Dr Amir Haddad said"],
      soft=dict(outlet=["Tenby Institute of Technology"], authors=[["Fiona MacLeod"]])),
 dict(file="c30_url_date.html", title=["Pine County fair attendance tops 80,000"], authors=[[]],
      published="2022-08-15", modified=None, language="en", outlet=None, headings=0,
      first=["The Pine County Fair drew more than 80,000 visitors"], last=["Organizers said they would consider adding a sixth day"],
      absent=["Other news", "Road work on Highway 12", "214 Main St", "Classifieds"],
      present=["The 4-H livestock auction raised $412,000"]),
 dict(file="c31_fr_be.html", title=["Liège : le futur tram accueillera ses premiers voyageurs en avril"], authors=[["Marie Dubois", "Luc Martin"]],
      published="2024-02-12T08:15", modified="2024-02-12T12:40", language="fr", outlet=["L'Écho de Meuse"], headings=0,
      first=["Après plusieurs années de retard, le tram de Liège"], last=["Le tarif sera identique à celui des bus"],
      absent=["À lire aussi", "Travaux : le quai de la Batte", "Inscrivez-vous à notre newsletter", "Par Marie Dubois", "Publié le 12/02/2024"],
      present=["Les essais à vide se poursuivent", "Les commerçants du centre-ville"]),
 dict(file="c32_section_front.html", reject=True),
 dict(file="c33_tag_page.html", reject=True),
 dict(file="c34_author_archive.html", reject=True),
 dict(file="c35_search.html", reject=True),
]

def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()

def page_text(path):
    full = open(path, encoding="utf-8", errors="replace").read()
    t = _html.unescape(re.sub(r"<[^>]+>", "", full))
    return norm(t) + " " + norm(_html.unescape(full))

def self_check():
    bad = []
    for c in C:
        p = os.path.join(CASES_DIR, c["file"])
        if not os.path.exists(p):
            bad.append((c["file"], "missing file")); continue
        txt = page_text(p)
        strings = []
        for k in ("title", "first", "last", "absent", "present"):
            strings += c.get(k) or []
        for al in c.get("authors") or []:
            strings += al
        for k in ("first", "last", "absent", "present", "title"):
            strings += (c.get("soft") or {}).get(k) or []
        for s in strings:
            if norm(s).lower() not in txt.lower():
                bad.append((c["file"], s))
    return bad

def to_str_ts(v):
    if v is None or (not isinstance(v, (list, str)) and pd.isna(v)):
        return None
    ts = pd.Timestamp(v)
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.strftime("%Y-%m-%dT%H:%M")

def date_ok(actual, expected):
    exp = expected if isinstance(expected, list) else [expected]
    a = to_str_ts(actual)
    if a is None:
        return False
    for e in exp:
        if "T" in e:
            if a == e: return True
        elif a[:10] == e: return True
    return False

def run_checks(c, art, paras, err_sources):
    """returns dict field -> (ok, detail) for hard, and soft list."""
    res = {}
    src = os.path.join(CASES_DIR, c["file"])
    rejected = src in err_sources and art is None
    if c.get("reject"):
        res["reject"] = (rejected, f"in errors={src in err_sources}, in articles={art is not None}")
        return res, {}
    res["reject"] = (art is not None, "missing from articles" + (f" (errors: {err_sources.get(src)})" if src in err_sources else ""))
    if art is None:
        return res, {}
    body = paras[paras.kind == "body"].text.tolist()
    heads = paras[paras.kind == "heading"].text.tolist()
    text = norm(" \n ".join(paras.text.tolist()))
    def chk(key, spec, soft=False):
        if key == "title":
            a = norm(art["title"]); return (a in [norm(x) for x in spec], a)
        if key == "authors":
            a = art["authors"]; a = [] if a is None or (not isinstance(a, (list, tuple)) and pd.isna(a)) else list(a)
            aa = sorted(norm(x).lower() for x in a)
            return (any(aa == sorted(norm(x).lower() for x in e) for e in spec), a)
        if key in ("published", "modified"):
            return (date_ok(art[key], spec), to_str_ts(art[key]))
        if key == "language":
            a = art["language"]; a = "" if a is None or pd.isna(a) else str(a)
            return (a.lower()[:2] == spec, a)
        if key == "outlet":
            a = norm(art["outlet"]) if not pd.isna(art["outlet"]) else ""
            return (a in [norm(x) for x in spec], a)
        if key == "headings":
            ok = len(heads) in (spec if isinstance(spec, list) else [spec]); return (ok, f"{len(heads)} {heads[:4]}")
        if key == "first":
            a = norm(body[0]) if body else ""; return (any(0 <= a.find(norm(x)) <= 60 for x in spec), a[:110])
        if key == "last":
            a = norm(body[-1]) if body else ""; return (any(0 <= a.find(norm(x)) <= 60 for x in spec), a[:110])
        if key == "absent":
            found = [x for x in spec if norm(x) in text]; return (not found, found)
        if key == "present":
            miss = [x for x in spec if norm(x) not in text]; return (not miss, miss)
    for key in ("title", "authors", "published", "modified", "language", "outlet", "headings", "first", "last", "absent", "present"):
        spec = c.get(key)
        if spec is None:
            continue
        res[key] = chk(key, spec)
    soft = {k: chk(k, v) for k, v in (c.get("soft") or {}).items()}
    return res, soft

FIELDS = ["reject", "title", "authors", "published", "modified", "language", "outlet", "headings", "first", "last", "absent", "present"]

def main():
    bad = self_check()
    if bad:
        print("SELF-CHECK: expected strings not found in pages:")
        for b in bad: print("   ", b)
    else:
        print(f"self-check: every expected string occurs in its page ({len(C)} cases)")
    corpus = wb.load(CASES_DIR, nlp=False)
    arts, paras, errs = corpus.articles, corpus.paragraphs, corpus.errors
    err_sources = {}
    for _, r in errs.iterrows():
        err_sources.setdefault(str(r["source"]), []).append(str(r["error"]))
    correct = {f: 0 for f in FIELDS}; total = {f: 0 for f in FIELDS}
    soft_ok = soft_n = 0; n_pass = 0
    for c in C:
        src = os.path.join(CASES_DIR, c["file"])
        rows = arts[arts.source == src]
        art = rows.iloc[0] if len(rows) else None
        p = paras[paras.article_id == art["article_id"]].sort_values("paragraph") if art is not None else paras.iloc[0:0]
        res, soft = run_checks(c, art, p, err_sources)
        for f in FIELDS:
            if f in res:
                total[f] += 1; correct[f] += bool(res[f][0])
        for f in FIELDS:  # fields not checkable because article missing count as failures
            if art is None and not c.get("reject") and f != "reject" and c.get(f) is not None:
                total[f] += 1
        fails = [(k, v[1]) for k, v in res.items() if not v[0]]
        if art is None and not c.get("reject"):
            fails.append(("all fields", "no article"))
        ok = not fails
        n_pass += ok
        print(("PASS " if ok else "FAIL ") + c["file"])
        for k, d in fails:
            print(f"    {k}: {d}")
        for k, v in soft.items():
            soft_n += 1; soft_ok += bool(v[0])
            if not v[0]:
                print(f"    (soft) {k}: {v[1]}")
    print()
    print(f"{'field':<10} correct / checked")
    for f in FIELDS:
        print(f"{f:<10} {correct[f]:>3} / {total[f]}")
    print(f"{'(soft)':<10} {soft_ok:>3} / {soft_n}")
    print(f"cases passing every hard check: {n_pass} / {len(C)}")

if __name__ == "__main__":
    main()
