"""Runs the invented page dumps in cases/ through the loader's path for a .txt file
(workbench.sources._read_file -> workbench.extract.extract, i.e. what wb.load(path, nlp=False)
does per file) and checks each expectation.

hard = what any researcher would expect; soft = debatable conventions (reported separately).
Run: .venv/bin/python benchmarks/pages_of_our_own/dumps_audit/cases.py [-v] [case-prefix]   (or benchmarks/pages_of_our_own.py for all sets)
"""
import sys, pathlib, json
from datetime import datetime
from workbench.sources import _read_file
from workbench.extract import extract, NotAnArticle

HERE = pathlib.Path(__file__).parent
D = lambda s: s  # dates written "YYYY-MM-DD" (date only checked) or "YYYY-MM-DD HH:MM"

E = {
 "01_ap_wire_2004_lynx": dict(
    title="Governor Signs Budget After Late-Night Session in Capitol", authors=["Jane Dolan"], published="2004-08-02 15:45",
    headings=0, first="SPRINGFIELD, Ill. - Gov. Harold", last="The state's fiscal year began July 1.",
    not_in=["Advertisement", "Email this story", "http://", "All rights reserved", "Skip to content", "Weather"]),
 "02_reuters_2019_pipe_byline": dict(
    title="Dutch lender cuts 1,200 jobs as low rates squeeze margins", authors=["Anneke Visser", "Tom Halvorsen"],
    published="2019-03-05 06:12", headings=0, first="AMSTERDAM (Reuters) - Dutch bank", last="Shares in the bank rose",
    not_in=["3 Min Read", "All quotes delayed", "Our Standards", "BUSINESS NEWS"],
    soft=dict(not_in=["Reporting by Anneke"])),
 "03_german_spiegel_copy": dict(
    title="Lokführer legen Güterverkehr für zwei Tage lahm", authors=["Anna Schmidt"], published="2004-08-02 14:22",
    description="Die Gewerkschaft der Lokführer hat ihre Mitglieder",
    headings=2, first="Die Gewerkschaft Deutscher Lokomotivführer", last="Beide Seiten wollen am Freitag",
    not_in=["Anzeige", "Artikel teilen", "Mehr zum Thema", "Tarifstreit", "Impressum", "Facebook", "Bahnstreik"]),
 "04_french_lemonde_2004": dict(
    title="Les buralistes manifestent contre la hausse du prix du tabac", authors=["Jean Dupont"], published="2004-08-01 10:32",
    description="Plusieurs milliers de buralistes ont défilé",
    headings=0, first="Plusieurs milliers de buralistes venus", last="Le gouvernement a promis",
    not_in=["Lire aussi", "Publicité", "Article réservé aux abonnés", "Vous pouvez lire", "Lire la suite", "Mentions légales", "Ce message"]),
 "05_spanish_elpais_2015": dict(
    title="El paro baja en 60.000 personas en febrero", authors=["María García Ruiz"], published="2015-03-12 18:40",
    description="La afiliación a la Seguridad Social",
    headings=0, first="El número de parados", last="El secretario de Estado",
    not_in=["Publicidad", "Archivado En", "Trust Project", "EDICIONES", "Seguridad Social\n"]),
 "06_browser_copy_noblank_2021": dict(
    title="Ferry fares to rise 8 per cent from April", authors=["Rhona MacLeod"], published="2021-02-17 07:00",
    description="Operator blames fuel prices",
    headings=0, first="Ferry fares on all routes", last="The Scottish Government said",
    not_in=["Most Read", "Teenager rescued", "Council tax freeze", "Subscribe", "Contact us"]),
 "07_w3m_crlf_wrap80": dict(
    title="Mill conversion gets green light despite flood fears", published="2010-11-04",
    headings=0, first="Councillors have approved", last="The developer, Pennine Living",
    in_text=["raise the ground floor by a metre and fund a new pumping station on the river bank."],
    not_in=["Have your say", "Post a comment", "Copyright", "\r", "What's On"],
    soft=dict(authors=["Staff reporter"])),
 "08_tabloid_2012_comments": dict(
    title="TV STAR'S SECRET WEDDING ON PRIVATE ISLAND", authors=["Tom Hardy"], published="2012-06-03 09:41",
    headings=0, first="She has played a string", last="Marsh is due back on set",
    not_in=["Picture: Rex Features", "Just married:", "Advertisement", "Scroll down for video", "Congratulations", "sarahj",
            "Share or comment", "Newest", "Bride wore a dress"],
    soft=dict(description="Soap favourite weds")),
 "09_local_1998_staff": dict(
    title="School board delays vote on bus contract", published="1998-10-13",
    headings=0, first="The Valley School Board on Monday", last="The current contract expires",
    not_in=["Back to Top", "webmaster@", "Copyright", "Classifieds"],
    soft=dict(authors=["Tribune Staff"])),
 "10_blog_2009_comments": dict(
    title="Why my tomatoes failed this year (and what I'll do differently)", published="2009-06-03 22:15",
    headings=0, first="Every year I promise", last="If anyone has grown them",
    in_text=["Looking back, I made three mistakes:", "I planted them too close together", "I watered in the evening",
             "I didn't remove the lower leaves"],
    not_in=["Ken says", "Same here", "copper fungicide", "Leave a Reply", "Filed under", "Responses to"],
    soft=dict(authors=["margaret"])),
 "11_broadcaster_bbc_2024": dict(
    title="Council to close three libraries to save £1.2m", authors=["Priya Nair"], published="2024-03-12",
    headings=1, first="Three branch libraries in Leicester", last="A final decision will be made",
    not_in=["Image source", "Image caption", "Related Topics", "Libraries face cuts", "Follow BBC", "BBC News, Leicester",
            "The central library will stay open under"]),
 "12_cnn_2004_highlights": dict(
    title="Senators question nominee on intelligence reforms", authors=["Jane Whitfield"], published="2004-08-03 13:24",
    headings=0, first="WASHINGTON (CNN) -- Senators", in_text=["The committee is expected to vote next week."],
    not_in=["Rep. Paul Brennan answers questions", "E-mail to a friend", "Commission report", "Profile: Paul Brennan",
            "http://", "Cable News Network", "RELATED", "International Edition"],
    soft=dict(last="CNN's Tom Reyes contributed")),
 "13_guardian_2018_pullquote": dict(
    title="Wind farm plan for Dogger Bank wins approval", authors=["Jessica Holm"], published="2018-03-12 17:30",
    description="Developers say the project",
    first="Plans for one of the world's largest", last="Construction is due to start",
    not_in=["Share on Facebook", "Share via Email", "Reuse this content", "Renewable energy", "Last modified", "Most popular"],
    soft=dict(headings=0)),
 "14_two_articles": dict(
    title="River levels fall as flood warnings lifted", authors=["Claire Dunn"], published="2016-01-05",
    headings=0, first="Flood warnings were lifted", not_in=["By Ian Roberts", "Ian Roberts", "Most read"],
    soft=dict(last="Shops in the city centre", not_in=["£500,000 fund", "Council offers grants"])),
 "15_section_front": dict(not_article=True),
 "16_404_page": dict(not_article=True),
 "17_nyt_2017_continue_reading": dict(
    title="City Council Approves Plan to Ban Gas Stoves in New Buildings", authors=["Daniel Okafor", "Lisa Brandt"],
    published="2017-12-15", headings=0, first="The City Council voted on Wednesday", last="The mayor is expected to sign",
    not_in=["Continue reading the main story", "Advertisement", "Supported by", "A version of this article appears in print",
            "Order Reprints"]),
 "18_wapo_story_continues": dict(
    title="Metro to extend late-night service on weekends", authors=["Hannah Lee"], published="2023-05-02 06:00",
    description="The transit agency said trains will run",
    headings=0, first="The regional transit authority", last="The agency estimates",
    not_in=["Story continues below advertisement", "Gift Article", "Storm knocks out", "Most Read"]),
 "19_iso_staff_reporter_2025": dict(
    title="Heat warning issued for weekend as temperatures climb", published="2025-01-14 09:30",
    headings=0, first="The national weather service", last="Cooling centres will open",
    not_in=["Get the morning briefing", "By signing up", "Council approves new beach shelters", "Newsletter"],
    soft=dict(authors=["Staff reporter"])),
 "20_lynx_inline_links_refs": dict(
    title="Chipmaker halts shipments after cooling flaw found in new processors", authors=["Martin Kessler"],
    published="2022-10-21 10:05", headings=0, first="Sterling Micro has halted", last="Shares in the company fell",
    in_text=["said in a statement on Friday.", "The problem affects the X9 series, which"],
    not_in=["Read more", "Our review of the X9", "https://", "@mkessler", "Twitter", "[9]"]),
 "21_wrap72_hyphen_compounds": dict(
    title="Trawler crew rescued off headland in pre-dawn operation", authors=["Emma Quayle"], published="2013-02-09",
    headings=0, first="Six crew members were rescued", last="An investigation has been opened",
    in_text=["in a pre-dawn operation", "Coastguard Agency's Aberdeen office.", "Marine Accident Investigation Branch, which"],
    not_in=["Comments"],
    soft=dict(in_text=["A long-standing member", "volunteering with the service.", "were later released."])),
 "22_newsletter_box_midbody": dict(
    title="Hospital waiting lists hit record high", authors=["Sunita Patel"], published="2022-08-08",
    headings=0, first="The number of patients waiting", last="The health board said",
    not_in=["Sign up", "Get the biggest stories", "We use your sign-up", "Bus route axed"]),
 "23_cookie_banner_top": dict(
    title="Cathedral roof appeal passes £2m target", authors=["Owen Price"], published="2019-09-20",
    headings=0, first="An appeal to repair", last="Work on the nave roof",
    not_in=["We use cookies", "Accept and close", "Be the first to comment", "Western Clarion"]),
 "24_spanish_wire_efe": dict(
    title="Un terremoto de magnitud 5,8 sacude el sur de Perú sin causar víctimas", authors=["Juan Pérez", "Ana López"],
    published="2004-08-01", headings=0, first="Lima, 1 ago (EFE).- Un terremoto", last="Perú se encuentra",
    not_in=["Compartir", "Noticias relacionadas", "Aviso legal"]),
 "25_german_dpa_weekday": dict(
    title="Hitzewelle: Badeseen überfüllt, Polizei sperrt Zufahrten", authors=[], published="2004-08-02",
    headings=0, first="Berlin (dpa) - Wegen", last="Der Deutsche Wetterdienst",
    not_in=["dpa-infocom", "Mehr zum Thema", "Impressum", "Hauptnavigation"]),
 "26_french_1er_aout": dict(
    title="La criée rouvre après six mois de travaux", authors=["Marie Lefèvre", "Pierre Dubois"], published="2004-08-01",
    headings=0, first="La criée de Boulogne-sur-Mer a rouvert", last="« On attendait ça",
    not_in=["Publicité", "Partager sur", "Ces articles peuvent", "Mentions légales"]),
 "27_three_authors_ap_abbrev": dict(
    title="Senate panel approves food safety bill", authors=["Laura Grant", "Michael Osei", "Peter Vance"],
    published="2010-09-14", headings=0, first="WASHINGTON - A Senate committee",
    in_text=["Consumer groups praised the bill"], not_in=["Capitol Wire"],
    soft=dict(last="Associated Press writer Kim Doyle")),
 "28_caption_getty_glued": dict(
    title="Captain ruled out of World Cup with knee injury", authors=["Chris Bell"], published="2018-06-10 15:15",
    headings=0, first="England captain Sam Rawlings will miss", last="Lowe will name a replacement",
    not_in=["Photo by Jon Ellis", "leaves the pitch on a stretcher", "Pablo Garcia/AP", "Striker signs", "54 times"]),
 "29_dateline_at_bottom": dict(
    title="The town centre needs a plan, not another car park", published="2011-03-03",
    headings=0, first="Every few years the council", in_text=["What the centre needs is a plan"],
    not_in=["This article was first published", "Share this article", "Letters"],
    soft=dict(authors=["Graham Wells"], last="Graham Wells is chair")),
 "30_agency_desk_byline_dw": dict(
    title="Kenya begins mass vaccination drive against measles", headings=0,
    description="Health workers aim", first="Kenya on Monday launched", last="Coverage in some remote areas",
    not_in=["Top stories", "Explore more", "ws/rt"],
    soft=dict(published="2019-11-04", authors=["ws/rt (AFP, Reuters)"])),
 "31_tabs_caps_headline_subheads": dict(
    title="MINERS VOTE TO END 10-WEEK STRIKE", authors=["Paul Hargreaves"], published="1999-03-21",
    headings=2, first="Miners at the Kellingley", last="Management welcomed the result.", not_in=["REGIONAL"]),
 "32_liveblog_times_posts": dict(
    title="Live: Storm Ciara batters the coast as thousands lose power", published="2020-02-09 16:45",
    first="Rail services between", last="A gust of 93mph", not_in=["Key events", "Show key events only"],
    soft=dict(authors=["Herald reporters"], headings=0)),
 "33_italian_ansa": dict(
    title="Milano, chiusa la linea 2 del metrò per un guasto", authors=["Luca Bianchi"], published="2024-03-12 08:15",
    headings=0, first="La linea 2 della metropolitana", last="Il servizio è ripreso",
    not_in=["Riproduzione riservata", "di Luca Bianchi"]),
 "34_pre_headline_kicker_time_only": dict(
    title="Man jailed for stealing £40,000 of copper cable",
    description="Mark Jennings, 41, admitted 11 thefts",
    headings=0, first="A man who stole", last="Judge Helen Carr said",
    not_in=["Comments are closed", "COURTS", "By Court reporter"],
    soft=dict(published="2016-09-06 14:05", authors=["Court reporter"])),
    "35_lynx_two_linked_authors": dict(
    title="Drought forces farmers to sell cattle early", authors=["Anna Berg", "Tom Lind"], published="2012-07-18",
    headings=0, first="Ranchers across the western counties", last="The state agriculture department",
    not_in=["http://", "Prairie Post"]),
 "36_copy_lowercase_by_noblank": dict(
    title="Council approves new cycle lanes on Queen Street", authors=["Sam Okoro"], published="2024-03-12 08:15",
    headings=0, first="The city council on Monday", last="Work is due to start", not_in=["by Sam Okoro", "8:15 AM"]),
 "37_subheads_no_gap_footer": dict(
    title="Library hours cut as budget shortfall grows", authors=["Alice Moore"], published="2023-05-02",
    headings=2, first="Libraries across the borough", last="The central library is unaffected.",
    in_text=["The change will save about £300,000 a year."],
    not_in=["Follow us", "Instagram", "Privacy", "Accessibility"]),
    "38_bullets_no_period_leadin_colon": dict(
    title="Budget plan: what is being cut", authors=["Dana Whitley"], published="2025-02-04",
    headings=0, first="The county's draft budget", last="Council leader Ray Finch said",
    in_text=["The main proposals include:", "Closing two recycling centres", "Raising parking charges by 20p an hour",
             "Ending free school transport for sixth-formers", "A 4.99% rise in council tax", "It won't."],
    not_in=["Share this article"]),
    "39_midbody_copyright_credit": dict(
    title="Thousands march in Lisbon over housing costs", authors=["Inês Carvalho"], published="2024-10-19",
    headings=0, first="Tens of thousands of people", last="Housing minister Sofia Matos",
    in_text=["Rents in Lisbon have more than doubled", "The government has promised to build 26,000"],
    not_in=["© AFP", "Protesters marched from", "Image caption", "Many protesters carried", "Portugal ends golden visa",
            "Spain caps rents"]),
}


def run(name, exp):
    raw = _read_file(str(HERE / "cases" / f"{name}.txt"))
    try:
        x = extract(raw)
    except NotAnArticle as e:
        if exp.get("not_article"):
            return [], [], None
        return [("not_article", "an article", f"NotAnArticle: {e}")], [], None
    except Exception as e:  # noqa
        return [("crash", "no exception", f"{type(e).__name__}: {e}")], [], None
    if exp.get("not_article"):
        return [("not_article", "NotAnArticle", f"title={x.title!r}, {len(x.paragraphs)} paragraphs, first={x.paragraphs[0].text[:70]!r}")], [], x
    return check(x, exp), check(x, exp.get("soft", {})), x


def check(x, exp):
    fails = []
    text = "\n\n".join(p.text for p in x.paragraphs)
    body = [p.text for p in x.paragraphs if p.kind == "body"]
    heads = [p.text for p in x.paragraphs if p.kind == "heading"]
    if "title" in exp and (x.title or "") != exp["title"]:
        fails.append(("title", exp["title"], x.title))
    if "authors" in exp and [a.casefold() for a in x.authors] != [a.casefold() for a in exp["authors"]]:
        fails.append(("authors", exp["authors"], x.authors))
    if "published" in exp:
        want = exp["published"]
        got = x.published
        if got is None:
            fails.append(("published", want, None))
        else:
            fmt = "%Y-%m-%d %H:%M" if " " in want else "%Y-%m-%d"
            if got.strftime(fmt) != want:
                fails.append(("published", want, got.isoformat()))
    if "description" in exp and not (x.description or "").startswith(exp["description"]):
        fails.append(("description", exp["description"] + "...", (x.description or "")[:90]))
    if "headings" in exp and len(heads) != exp["headings"]:
        fails.append(("headings", exp["headings"], heads))
    if "first" in exp and not (body and body[0].startswith(exp["first"])):
        fails.append(("first", exp["first"] + "...", body[0][:90] if body else None))
    if "last" in exp and not (body and body[-1].startswith(exp["last"])):
        fails.append(("last", exp["last"] + "...", body[-1][:90] if body else None))
    for s in exp.get("in_text", []):
        if s not in text:
            fails.append(("in_text", s, "missing"))
    for s in exp.get("not_in", []):
        if s in text:
            i = text.index(s)
            fails.append(("not_in", s, "found: ..." + text[max(0, i - 30): i + 60].replace("\n", "⏎") + "..."))
    return fails


def main():
    verbose = "-v" in sys.argv
    prefix = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    hard_pass = soft_pass = 0
    names = [n for n in E if n.startswith(prefix)]
    files = {p.stem for p in (HERE / "cases").glob("*.txt")}
    assert files == set(E), files ^ set(E)
    for name in names:
        hard, soft, x = run(name, E[name])
        hard_pass += not hard
        soft_pass += not soft
        status = "PASS" if not hard else "FAIL"
        print(f"{status} {name}" + ("" if not soft else f"   (soft: {len(soft)} debatable)"))
        for kind, fails in (("hard", hard), ("soft", soft)):
            for field, want, got in fails:
                print(f"    [{kind}] {field}: expected {want!r}\n              got {got!r}")
        if verbose and x is not None:
            print("    ->", json.dumps({"title": x.title, "authors": x.authors, "published": str(x.published),
                                    "description": (x.description or "")[:80]}, ensure_ascii=False))
            for p in x.paragraphs:
                print(f"       {p.kind[:4]} | {p.text[:100]}")
    print(f"\n{hard_pass}/{len(names)} cases pass all hard expectations; "
          f"{sum(1 for n in names if E[n].get('soft'))} cases have debatable checks")


if __name__ == "__main__":
    main()
