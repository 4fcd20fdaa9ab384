"""Page dumps, second set: written without seeing the parser or the first set; it measured the first round of fixes, then became a development set.

Run:  .venv/bin/python benchmarks/pages_of_our_own/dumps_second/cases.py   (or benchmarks/pages_of_our_own.py for all sets)
(All articles in ./cases are invented.)

Hard checks per article case (each counted in the per-field table):
  load       exactly one articles row and no errors row
  title      headline, whitespace-normalised, exact
  authors    list of names, exact (order matters); `authors_alt` lists other acceptable answers
  published  date part YYYY-MM-DD (None = no date may be given)
  descr      standfirst exact; None expectations are always soft (a lead used as description is debatable)
  headings   number of paragraphs of kind "heading"
  first      first body paragraph, exact after joining wrapped lines with single spaces
  last       last body paragraph, idem (a list = any of these is accepted)
  chrome     none of `must_not` (and no lynx link marks like "[12]" when `no_marks`) in articles.text
  contain    every `must_contain` string in articles.text (whitespace-normalised)
For a non-article page the only field is `reject`: no articles row and exactly one errors row.
`soft` checks are printed but not counted.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CASEDIR = os.path.join(HERE, "cases")
MARK = re.compile(r"\[\d+\]")

CASES = [
 dict(id="01_wire_lynx_2024", no_marks=True,
      title="Veterinary council members clear first draft of virus-sharing rules",
      authors=["Jonathan Hale"], authors_alt=[["Jonathan Hale", "Reuters"]],
      published="2024-11-03", description=None, headings=0,
      first="GENEVA, Nov 3 (Reuters) - Member states of the World Veterinary Council on Sunday approved a first draft of rules for sharing samples of animal viruses, a step officials said could shorten the time it takes to develop vaccines for livestock outbreaks.",
      last=["Industry groups welcomed the agreement but warned that strict deadlines could be hard for smaller laboratories to meet. The International Federation of Animal Health said in a statement it would study the text closely.",
            "Reporting by Jonathan Hale; Editing by Alison Marsh"],
      must_contain=["Delegates from Brazil and Indonesia, two of the largest poultry exporters"],
      must_not=["Advertisement", "Scroll to continue", "Trust Principles", "Sign In", "Refinitiv", "Read Next",
                "Dutch farmers block", "Site Index", "All quotes delayed", "All rights reserved", "http"]),
 dict(id="02_tabloid_paste_2019",
      title="Soap star Danny Kerr reveals secret battle with stage fright before West End return",
      description="The 34-year-old actor said he was 'physically sick' before every show during his first run on stage",
      authors=["Kerry Walsh"], published="2019-06-07", headings=0,
      first="Soap star Danny Kerr has opened up about his secret battle with crippling stage fright ahead of his return to the West End.",
      last="Tickets for Two Doors Down are on sale now.",
      must_contain=["He said therapy and breathing exercises had helped him prepare for the eight-week run."],
      must_not=["(Image: Getty Images)", "(Image: PA)", "Danny will star in the revival at the Harcourt Theatre",
                "Get celebs updates", "We use your sign-up", "Thank you for subscribing", "Read more:", "Read More",
                "Related Articles", "Soap legend quits", "Do you have a story", "Like us on Facebook", "Most Read",
                "Love Island", "Heatwave warning", "community guidelines", "Privacy Notice", "EXCLUSIVE"]),
 dict(id="03_local_w3m_1999",
      title="Council approves $2.4 million plan for Elm Street bridge",
      authors=["Dale Prentice"], published="1999-03-11", description=None, headings=1,
      first="MILLBROOK -- The city council voted 5-2 Tuesday night to spend $2.4 million replacing the Elm Street bridge, ending more than a year of debate over the 68-year-old span across Cedar Creek.",
      last="The city will pay for the project with a bond issue approved by voters in 1997 and money set aside from the road maintenance fund.",
      must_contain=["\"Eight months is a long time for a small business,\" said Ron Tully, who has run Tully's Hardware since 1974."],
      must_not=["[Home]", "Back to top", "Send this story", "Printer-friendly", "Other local news", "School board delays",
                "Fire destroys barn", "Copyright", "webmaster", "Staff Writer"]),
 dict(id="04_broadcaster_lynx_2021", no_marks=True,
      title="Lifeboat crew rescues 11 from stricken trawler off Port Ellis",
      authors=[], published="2021-03-12", description=None, headings=2,
      first="Eleven fishermen have been rescued after their trawler lost power and began drifting towards rocks off the north coast in gale-force winds.",
      last="The owners of the Morning Star said the engine would be inspected before the vessel returned to sea.",
      must_contain=["Coxswain Aidan Murray said: \"The lads on the trawler did everything right."],
      must_not=["IMAGE SOURCE", "Image caption", "The trawler was taken under tow", "has volunteered with the station for 22 years",
                "Accessibility Help", "Share page", "Copy link", "About sharing", "close panel", "Related Topics",
                "More on this story", "150 years of service", "Top Stories", "Schools to reopen", "Terms of Use",
                "external linking", "Published"]),
 dict(id="05_blog_paste_2012",
      title="The Spoonbills Are Back",
      authors=["Marta Feld"], published="2012-04-14", description=None, headings=0,
      first="I nearly dropped my flask this morning. Standing at the north hide at a quarter to six, with the tide just turning, I counted not one but four spoonbills feeding in the shallow pool behind the shingle bank.",
      last="I will post more photos at the weekend if the light behaves.",
      must_contain=["If you are planning a visit, the best views are from the north hide"],
      must_not=["Posted on", "Share this", "Like Loading", "Categories:", "Tags:", "thoughts on", "Fantastic news",
                "fingers crossed", "says:", "Leave a Reply", "Required fields", "Previous Post", "Proudly powered",
                "A birder's diary"]),
 dict(id="06_magazine_w3m_2016",
      title="The Quiet Collapse of the Small-Town Cinema",
      description="Across the Midwest, independent movie houses that survived television, video and the multiplex are finally closing. We visited five of them in their final months.",
      authors=["Aaron Blythe", "Priya Nandakumar"], published="2016-09-19", headings=3,
      first="The marquee of the Roxy in Harlan, Iowa, still spells out the last film it showed, a children's cartoon about a talking dog, though two of the letters have fallen off and nobody has bothered to climb the ladder to put them back.",
      last=["On the last night, he said, 43 people came. He did not charge them for popcorn.",
            "This article appears in the October 2016 print edition with the headline \u201cFade Out.\u201d"],
      must_contain=["The projector cost him $62,000. He borrowed most of it from the bank and paid it off in six years."],
      must_not=["Photograph by Lena Ortiz", "Advertisement", "About the authors", "is a contributing writer",
                "Sign up for our weekly newsletter", "Email address", "Most Popular", "Victorian novels",
                "All rights reserved", "Subscribe"],
      soft_once=["We lost to the roof"]),
 dict(id="07_german_lynx_2023", no_marks=True,
      title="Stadtwerke erhöhen Fernwärmepreise um 18 Prozent",
      description="Rund 42.000 Haushalte in der Region müssen ab April mehr für Heizung und Warmwasser zahlen. Der Versorger verweist auf gestiegene Einkaufskosten.",
      authors=["Katrin Vogelsang"], published="2023-02-15", headings=2,
      first="Die Stadtwerke Rheinau erhöhen zum 1. April die Preise für Fernwärme um durchschnittlich 18 Prozent. Das teilte das kommunale Unternehmen am Mittwoch mit.",
      last="Die Stadtwerke kündigten an, Härtefälle individuell zu prüfen. Eine Beratungshotline ist ab kommender Woche freigeschaltet.",
      must_contain=["Geschäftsführer Holger Brandt begründete den Schritt mit den stark gestiegenen Kosten für Erdgas"],
      must_not=["Cookies", "Alle akzeptieren", "Einstellungen", "Zum Inhalt", "Teilen", "Merken", "Anzeige",
                "Lesen Sie auch", "Gaspreise: Was die Bremse", "Mehr zum Thema", "Hilfsfonds", "Kommentare",
                "Impressum", "Foto: dpa", "Das Heizkraftwerk am Rheinufer versorgt", "[IMG]", "©"]),
 dict(id="08_french_paste_2018",
      title="Le port de Saint-Aubin rouvre après six mois de travaux",
      description="Les bateaux de pêche peuvent de nouveau accoster au quai principal, entièrement rénové pour 3,2 millions d'euros.",
      authors=["Camille Roussel"], published="2018-09-04", headings=1,
      first="Après six mois de chantier, le port de Saint-Aubin a rouvert lundi matin aux bateaux de pêche. Une dizaine de chalutiers ont pu décharger leur poisson sur le quai principal, entièrement reconstruit.",
      last="Une inauguration officielle est prévue le 22 septembre, en présence du président de la région.",
      must_contain=["« On perdait deux heures par jour et beaucoup de gasoil », résume Yann Le Floch"],
      must_not=["Aller au contenu", "Partager sur", "Envoyer par e-mail", "Publicité", "Lire aussi", "quotas de sole",
                "Réagissez", "Abonnez-vous", "abonné", "Sur le même sujet", "cherche un repreneur", "Mentions légales",
                "Publié le"]),
 dict(id="09_spanish_lynx_2020", no_marks=True,
      title="El Gobierno regional amplía las ayudas al pequeño comercio",
      description="Los negocios con menos de diez empleados podrán solicitar hasta 4.000 euros a fondo perdido a partir del 1 de junio",
      authors=["Lucía Méndez Arrieta"], published="2020-05-22", headings=0,
      first="El Gobierno regional aprobó este viernes una ampliación de las ayudas directas al pequeño comercio, que podrá solicitar hasta 4.000 euros a fondo perdido para hacer frente a las pérdidas causadas por el cierre de los últimos dos meses.",
      last="Las solicitudes podrán presentarse de forma telemática hasta el 30 de junio.",
      must_contain=["La Federación de Comercio de Sevilla recordó que muchos negocios aún no han cobrado"],
      must_not=["Ir al contenido", "Suscríbete", "Compartir en", "WhatsApp", "Publicidad", "Te puede interesar",
                "Los bares podrán", "El paro baja", "Aviso legal", "Cookies", "©", "http"]),
 dict(id="10_italian_w3m_2022",
      title="Frana sulla provinciale, riaperta una corsia dopo tre giorni",
      description="Il traffico torna a senso unico alternato tra Borgo San Pietro e Valdone. I tecnici: lavori fino a dicembre.",
      authors=["Marco Bellandi"], published="2022-10-12", headings=1,
      first="Dopo tre giorni di chiusura totale, la strada provinciale 27 è stata riaperta ieri pomeriggio a senso unico alternato nel tratto colpito dalla frana di domenica, tra Borgo San Pietro e Valdone.",
      last="I sindaci dei comuni interessati hanno chiesto un servizio di navetta per gli studenti pendolari fino alla completa riapertura.",
      must_contain=["Resta il divieto di transito per i mezzi pesanti sopra le 7,5 tonnellate."],
      must_not=["Abbonati", "Condividi", "LEGGI ANCHE", "allerta gialla", "Pubblicità", "Tag:", "Ti potrebbe interessare",
                "storico forno", "Riproduzione riservata", "P.IVA"]),
 dict(id="11_dutch_paste_2017",
      title="Gemeente Zwolle wil fietsparkeren onder het station verdubbelen",
      description="Er komen 4000 extra plekken in een nieuwe ondergrondse stalling aan de zuidkant van het spoor.",
      authors=["Sanne de Vries"], published="2017-06-14", headings=1,
      first="De gemeente Zwolle wil het aantal fietsparkeerplekken bij het centraal station de komende jaren verdubbelen. Dat staat in een plan dat het college dinsdag naar de gemeenteraad heeft gestuurd.",
      last="De eerste 24 uur stallen blijft gratis, zegt de gemeente.",
      must_contain=["zegt wethouder Marieke Bosman."],
      must_not=["cookies", "Akkoord", "Instellingen", "Inloggen", "Abonneren", "Delen", "WhatsApp", "Lees ook",
                "Fietsendieven", "Advertentie", "Meer over dit onderwerp", "Nieuwe busbaan", "autoluwe",
                "Reageer", "Log in om", "Colofon"]),
 dict(id="12_ap_crlf_2008",
      title="Refinery town cleans up after chemical plant fire",
      authors=["Robert Gantz"], authors_alt=[["ROBERT GANTZ"]], published="2008-09-16", description=None, headings=0,
      first="PORT HALEY, Texas - Residents of this Gulf Coast refinery town were allowed back into their homes Tuesday, a day after a fire at a chemical plant sent a plume of black smoke over the area and forced about 3,000 people to leave.",
      last="Some residents said they were angry that they learned about the evacuation from television rather than from sirens or phone calls.",
      must_contain=["Gulfline spokeswoman Tara Nguyen said the cause was under investigation."],
      must_not=["\r", "Portal News", "Email Story", "Printable View", "ADVERTISEMENT", "All rights reserved",
                "may not be published", "Recommend It", "Related Quotes", "14.22", "Most Viewed",
                "Hurricane recovery", "Privacy Policy", "Associated Press Writer"]),
 dict(id="13_nodate_nobyline_paste",
      title="Tenants win repairs at Calder House after two-year campaign",
      authors=[], published=None, description=None, headings=0,
      first="Residents of Calder House have won a promise of full repairs to the building's lifts, heating and roof after a two-year campaign by the tenants' association.",
      last="Tenants will hold a public meeting in the community room on the ground floor to discuss the next steps. All residents are welcome.",
      must_contain=["Calder House has 14 floors and 112 flats."],
      must_not=["Riverside Tenants Union", "About us", "Donate", "Back to news", "Join the union", "Site map",
                "Registered office", "©"]),
 dict(id="14_notfound_lynx", reject=True),
 dict(id="15_section_front_w3m", reject=True),
 dict(id="16_canadian_sport_w3m_2010",
      title="Thunderbirds rally late to stun league-leading Rockets",
      authors=["Tom Okafor"], authors_alt=[["Tom Okafor", "Postmedia News"]], published="2010-01-23",
      description=None, headings=0,
      first="The Moose Jaw Thunderbirds scored three times in the final seven minutes Saturday to beat the Kelowna Rockets 4-3 and snap a five-game losing streak.",
      last="The two teams meet again Tuesday in Kelowna.",
      must_contain=["Goaltender Jakob Marek stopped 34 shots for the Thunderbirds"],
      must_not=["Sports > Hockey", "Story Tools", "Font:", "Photograph by", "Story continues below", "Copyright",
                "Previous Story", "More Hockey Headlines", "Warriors trade", "Midget AAA", "We encourage all readers",
                "Postmedia Network"],
      soft_not=["celebrates his winning goal against Kelowna"]),
 dict(id="17_explainer_bullets_lynx_2025", no_marks=True,
      title="What the new rail timetable means for commuters in the north-east",
      description="Fewer direct trains to Leeds but more stopping services on the coast line: we answer your questions about the changes that begin in May.",
      authors=["Fiona Grant"], published="2025-01-09", headings=3,
      first="Rail operator Northway Trains has published its new timetable for the region, the biggest shake-up of services in more than a decade.",
      last="The new timetable takes effect on 18 May.",
      must_contain=["Direct trains between Newcastle and Leeds will fall from two an hour to one an hour at off-peak times.",
                    "Stopping services on the Durham coast line will run every 30 minutes instead of every hour.",
                    "The last train from Newcastle to Sunderland will leave at 23:45, an hour later than now."],
      must_not=["Skip to main content", "What's On", "Newsletters", "Transport Correspondent", "Share", "Comments",
                "Advertisement", "Read more", "Rail fares to rise", "Ferryhill", "Sign up", "Cookie settings", "©"]),
 dict(id="18_select_all_2023",
      title="Arizona\u2019s Water Cuts Land on Farmers First",
      description="As the Colorado River shrinks, growers in the state\u2019s central valley are leaving fields fallow so that cities can keep their taps running.",
      authors=["Hannah Liu", "Marcus Greene"], published="2023-08-09", headings=1,
      first="Leave it to the cotton farmers of Pinal County to describe the end of an era in the fewest possible words. \u201cWe\u2019re done,\u201d said Ed Kowalski, standing at the edge of a field that has grown cotton every summer since 1952. \u201cNot this year. Maybe not ever.\u201d",
      last=["The state has promised $200 million to help farmers switch to crops that need less water. So far, fewer than a hundred have applied.",
            "Hannah Liu covers the American West for The Daily Record. Marcus Greene is a national correspondent based in Phoenix."],
      must_contain=["Hydrologists warn that pumping more groundwater will only move the problem underground"],
      must_not=["Skip to", "Section Navigation", "Subscribe", "Log in", "Listen to this article", "Share full article",
                "Credit...", "A dry irrigation canal near Casa Grande", "A farmer inspects a well pump",
                "Updated 6:04", "appears in print", "Order Reprints", "Related Content", "Lake Mead Hits",
                "Site Index", "NYTCo", "Accessibility"],
      soft_not=["reported from Casa Grande"]),
 dict(id="19_oldweb_lynx_1997", no_marks=True,
      title="Flood waters recede in Shell River valley",
      authors=["Elaine Park"], published="1997-06-02", description=None, headings=0,
      first="FARGATE, Minnesota (GNN) -- For the first time in almost six weeks, residents of this small river town could see the main street on Monday, as the Shell River fell below flood stage.",
      last="The governor has asked for $45 million in federal aid to help towns along the river rebuild.",
      must_contain=["\"You don't know where to start,\" said Norma Jessup, 71, standing in what had been her living room."],
      must_not=["[INLINE]", "[LINK]", "[IMAGE]", "GNN Interactive", "Web posted", "From Correspondent", "Flooded street",
                "Residents return to damaged homes", "86K image", "Related stories", "Record crest", "Related sites",
                "Pages will open", "External sites", "Copyright 1997", "Terms under which", "http"]),
 dict(id="20_opinion_comments_w3m_2014",
      title="Our libraries are not a luxury",
      description="Closing branch libraries to save money is a false economy that will cost far more in the long run",
      authors=["Gareth Lowe"], published="2014-11-02", headings=0,
      first="When I was nine, the library on Station Road was the only warm, quiet place I knew. My mother worked nights, our flat had one heater, and the librarian, a tall woman called Mrs Ahmed, let me sit at the big table by the window until closing time.",
      last="There are other savings to be made. Before we close the doors on Station Road, let us at least look for them.",
      must_contain=["That library is one of the 14 the council proposes to close next spring to save \u00a31.2m a year."],
      must_not=["Share on Facebook", "Advertisement", "Topics", "Local government", "Reuse this content", "Comments (37)",
                "Sign in or create", "Sort by", "bookworm1962", "Spot on", "Everyone has the internet", "Recommend",
                "Most viewed", "Bonfire night", "All rights reserved"]),
 dict(id="21_sciencemag_w3m_2001",
      title="Deep-sea vents host 'living fossil' shrimp",
      description="A blind shrimp found near hydrothermal vents in the Indian Ocean belongs to a family thought to have died out 60 million years ago",
      authors=["Nadia Petrov"], published="2001-05-17", headings=0,
      first="A team of marine biologists has found a species of shrimp around deep-sea hot springs in the Indian Ocean that closely resembles fossils from the age of the dinosaurs.",
      last="Other biologists are more cautious. Similar body shapes can evolve independently, they point out, and DNA tests will be needed to confirm how closely the shrimp are related to the fossil species.",
      must_contain=["\"It is like finding a dodo in your garden.\""],
      must_not=["NEW HORIZONS ONLINE", "Subscribe", "Science Correspondent", "[Image: shrimp]",
                "The vent shrimp are about 4 centimetres long", "Image: Oceanic Research Institute", "Related stories",
                "Giant worms", "Robot sub", "Print this story", "Email this story", "Copyright"]),
 dict(id="22_german_dpa_crlf_2009", no_marks=True,
      title="Nordbahn kündigt neue Schnellverbindung nach Hamburg an",
      authors=[], authors_alt=[["dpa"]], published="2009-11-23", description=None, headings=0,
      first="Berlin (dpa) - Die private Nordbahn will von Dezember 2010 an eine neue Schnellverbindung zwischen Berlin und Hamburg anbieten. Die Züge sollen die Strecke ohne Zwischenhalt in einer Stunde und 40 Minuten schaffen, teilte das Unternehmen am Montag in Berlin mit.",
      last="Ob die Nordbahn die nötigen Trassen erhält, ist allerdings noch offen. Die Entscheidung darüber soll im Frühjahr fallen.",
      must_contain=["Der Fahrgastverband Pro Bahn begrüßte die Pläne."],
      must_not=["\r", "Startseite", "Nachrichten >", "Anzeige", "Artikel versenden", "Artikel drucken",
                "Weitere Meldungen", "Lufthansa", "Dax schließt", "Alle Rechte", "http"]),
 dict(id="23_tabloid_us_paste_2015",
      title="Escaped zoo tortoise found two miles away after 11-day 'bid for freedom'",
      authors=["Danny Ruiz"], authors_alt=[["DANNY RUIZ"]], published="2015-07-03", description=None, headings=0,
      first="A 60-year-old tortoise who escaped from an Ohio zoo has been found safe and well in a cornfield, 11 days after he went missing.",
      last="The gap has now been repaired and Fred is back in his enclosure, where visitors can see him from Saturday.",
      must_contain=["'Then the rock started walking,' she said. 'I called the zoo straight away.'"],
      must_not=["TV&Showbiz", "Login", "DAILYGLOBE.COM", "Published:", "Share this article", "(pictured)",
                "Photo by Ken Boyd", "Story continues below", "RELATED ARTICLES", "Runaway emu", "red panda",
                "Share or comment", "Share what you think", "have not been moderated", "Best rated", "Go Fred",
                "Globe Media Group", "Privacy policy"],
      soft_not=["slipped through a gap in his enclosure on June 22"]),
 dict(id="24_localtv_w3m_2025",
      title="Ice storm leaves 40,000 without power across three counties",
      authors=["Carla Jimenez", "Ben Adler"], published="2025-02-10", description=None, headings=0,
      first="HAMILTON COUNTY, Texas (KWTX) - More than 40,000 homes and businesses were without power Monday evening after an ice storm coated trees and power lines across Hamilton, Mills and Coryell counties.",
      last="The National Weather Service said temperatures would stay below freezing until Wednesday afternoon.",
      must_contain=["The county opened warming centers at the Hamilton Civic Center and First Baptist Church in Evant."],
      must_not=["Watch Live", "Contests", "Crews work to restore power in Hamilton County", "Published:", "Updated:",
                "Advertisement", "Copyright 2025", "Most Read", "School closings", "Man arrested", "Latest News",
                "Lady Bears", "Public File", "Closed Captioning", "Privacy Policy"]),
 dict(id="25_business_w3m_2003",
      title="Chocolate maker cuts 600 jobs",
      authors=[], published="2003-10-08", description=None, headings=1,
      first="Confectionery firm Harlow & Pike is to cut 600 jobs and close its factory in Yorkshire as it moves production to mainland Europe.",
      last="Harlow & Pike said it would offer staff redundancy packages above the legal minimum and help them find new jobs.",
      must_contain=["Production of its best-known bar, the Pike Crunch, will move to a plant near Lille"],
      must_not=["Low Graphics", "Front Page", "Last Updated", "E-mail this to a friend", "Printable version", "[Image]",
                "The Harlow plant has made chocolate since 1921", "SEE ALSO", "Confectionery sales slip",
                "RELATED INTERNET LINKS", "not responsible", "TOP BUSINESS STORIES", "Oil prices fall",
                "Links to more", "MMIII"]),
]

FIELDS = ["load", "title", "authors", "published", "descr", "headings", "first", "last", "chrome", "contain"]


def norm(s):
    if s is None:
        return None
    try:
        import pandas as pd
        if pd.isna(s):
            return None
    except (TypeError, ValueError):
        pass
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None


def as_list(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v] if v.strip() else []
    try:
        return [str(x) for x in list(v)]
    except TypeError:
        return [str(v)]


def date_of(v):
    import pandas as pd
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    try:
        return pd.Timestamp(v).strftime("%Y-%m-%d")
    except Exception:
        return str(v)


def short(s, n=110):
    s = repr(s)
    return s if len(s) <= n else s[: n - 3] + "..."


def run_case(wb, case):
    path = os.path.join(CASEDIR, case["id"] + ".txt")
    res, soft = {}, []
    try:
        c = wb.load(path, nlp=False)
    except Exception as e:  # a crash fails every field
        fields = ["reject"] if case.get("reject") else FIELDS
        return {f: (False, "load raised %s: %s" % (type(e).__name__, e)) for f in fields}, soft
    arts, pars, errs = c.articles, c.paragraphs, c.errors
    if case.get("reject"):
        ok = len(arts) == 0 and len(errs) == 1
        msg = "" if ok else "articles=%d errors=%d (title=%s)" % (
            len(arts), len(errs), short(arts.title.iloc[0]) if len(arts) else "-")
        res["reject"] = (ok, msg)
        return res, soft
    ok = len(arts) == 1 and len(errs) == 0
    res["load"] = (ok, "" if ok else "articles=%d errors=%d %s" % (
        len(arts), len(errs), short(errs.iloc[0].to_dict()) if len(errs) else ""))
    if len(arts) == 0:
        for f in FIELDS[1:]:
            res[f] = (False, "no article")
        return res, soft
    a = arts.iloc[0]
    # title
    got = norm(a.get("title"))
    res["title"] = (got == norm(case["title"]), "got %s" % short(got))
    # authors
    got = [norm(x) for x in as_list(a.get("authors"))]
    accepted = [case["authors"]] + case.get("authors_alt", [])
    res["authors"] = (any(got == [norm(x) for x in alt] for alt in accepted), "got %s want %s" % (got, case["authors"]))
    # published
    got = date_of(a.get("published"))
    res["published"] = (got == case["published"], "got %s want %s" % (got, case["published"]))
    # description
    got = norm(a.get("description"))
    want = norm(case.get("description"))
    if want is None:
        soft.append(("descr None", got is None, "got %s" % short(got)))
    else:
        res["descr"] = (got == want, "got %s" % short(got))
    # paragraphs of this article
    p = pars
    if "article_id" in p.columns and "article_id" in arts.columns:
        p = p[p.article_id == a.article_id]
    if "paragraph" in p.columns:
        p = p.sort_values("paragraph")
    heads = p[p.kind == "heading"]
    body = [norm(t) for t in p[p.kind == "body"].text]
    res["headings"] = (len(heads) == case["headings"], "got %d %s want %d" % (
        len(heads), [short(t, 50) for t in heads.text], case["headings"]))
    for key, val in (("first", body[0] if body else None), ("last", body[-1] if body else None)):
        wants = case[key] if isinstance(case[key], list) else [case[key]]
        res[key] = (val in [norm(w) for w in wants], "got %s" % short(val, 160))
    text = a.get("text") or ""
    ntext = norm(text) or ""
    bad = [s for s in case.get("must_not", []) if s in text]
    if case.get("no_marks") and MARK.search(text):
        bad.append("link marks " + str(MARK.findall(text)[:5]))
    res["chrome"] = (not bad, "found %s" % bad)
    miss = [s for s in case.get("must_contain", []) if norm(s) not in ntext]
    res["contain"] = (not miss, "missing %s" % [short(m, 60) for m in miss])
    for s in case.get("soft_not", []):
        soft.append(("not %r" % s[:40], s not in text, ""))
    for s in case.get("soft_once", []):
        n = text.count(s)
        soft.append(("once %r" % s[:40], n == 1, "count=%d" % n))
    return res, soft


def main():
    import warnings
    warnings.filterwarnings("ignore")
    import workbench as wb
    totals = collections.Counter()
    applicable = collections.Counter()
    soft_ok = soft_n = 0
    all_pass = 0
    for case in CASES:
        res, soft = run_case(wb, case)
        failed = [(f, m) for f, (ok, m) in res.items() if not ok]
        for f, (ok, _) in res.items():
            applicable[f] += 1
            totals[f] += bool(ok)
        if not failed:
            all_pass += 1
        print("%s %s" % ("PASS" if not failed else "FAIL", case["id"]))
        for f, m in failed:
            print("    - %-9s %s" % (f, m))
        for name, ok, m in soft:
            soft_n += 1
            soft_ok += bool(ok)
            if not ok:
                print("    ~ soft %s %s" % (name, m))
        sys.stdout.flush()
    print()
    print("%-10s %s" % ("field", "correct / applicable"))
    for f in ["reject"] + FIELDS:
        if applicable[f]:
            print("%-10s %2d / %2d" % (f, totals[f], applicable[f]))
    print()
    print("soft checks passed: %d / %d" % (soft_ok, soft_n))
    print("cases passing every hard check: %d / %d" % (all_pass, len(CASES)))


if __name__ == "__main__":
    main()
