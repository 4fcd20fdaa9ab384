import json
from pages import case, P, ld, COOKIE, NAV, FOOTER, RELATED, NEWSLETTER
from stories import *

# ---------------------------------------------------------------- 6 Medium
med_ld = {"@context": "http://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/x.jpeg"],
    "url": "https://medium.com/@ines.carvalho/what-we-learned-building-a-battery-company-5c1f2e9a0b7d", "dateCreated": "2021-08-17T09:12:44.512Z",
    "datePublished": "2021-08-17T09:12:44.512Z", "dateModified": "2021-08-19T13:00:02.001Z", "headline": "What we learned building a battery company from a university lab",
    "name": "What we learned building a battery company from a university lab", "description": "Sodium is cheap. Factories are not.",
    "identifier": "5c1f2e9a0b7d", "author": {"@type": "Person", "name": "Ines Carvalho", "url": "https://medium.com/@ines.carvalho"},
    "creator": ["Ines Carvalho"], "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/"}, "mainEntityOfPage": "https://medium.com/@ines.carvalho/x"}
case("medium", f"""<!doctype html><html lang="en"><head><title>What we learned building a battery company from a university lab | by Ines Carvalho | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="description" content="Sodium is cheap. Factories are not.">
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="What we learned building a battery company from a university lab">
<meta data-rh="true" property="article:published_time" content="2021-08-17T09:12:44.512Z">
<meta data-rh="true" name="author" content="Ines Carvalho"><meta data-rh="true" property="article:author" content="https://medium.com/@ines.carvalho">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="4 min read">
{ld(med_ld)}</head><body><div id="root"><div class="a b c"><div class="l"><a href="/">Medium</a> <a href="/m/signin">Sign in</a> <a href="/m/signin?operation=register">Get started</a></div>
<article><div class="l"><section><div class="gq gr gs gt gu">
<h1 id="3a9f" class="pw-post-title" data-testid="storyTitle">What we learned building a battery company from a university lab</h1>
<div class="speechify-ignore"><div class="ab"><a href="/@ines.carvalho" rel="noopener"><div class="ab">Ines Carvalho</div></a><span>·</span><button>Follow</button></div>
<div class="ab"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Aug 17, 2021</span></div>
<div class="ab"><div class="pw-multi-vote-count"><button>1.2K</button></div><button aria-label="responses">14</button><button>Listen</button><button>Share</button></div></div>
{''.join(f'<p id="p{i}" class="pw-post-body-paragraph mf mg gw mh b mi mj" data-selectable-paragraph="">{t}</p>' for i, t in enumerate(STARTUP[:3]))}
<h2 id="h1" class="pw-post-body-heading mu mv gw bf mw" data-selectable-paragraph="">Money is the easy part</h2>
{''.join(f'<p id="q{i}" class="pw-post-body-paragraph mf mg gw mh b mi mj" data-selectable-paragraph="">{t}</p>' for i, t in enumerate(STARTUP[3:]))}
</div></section></div></article>
<div class="ab"><div>1.2K</div><div>14</div></div>
<div class="ab"><h2 class="bf"><a href="/@ines.carvalho">Written by Ines Carvalho</a></h2><p>312 Followers</p><p>Co-founder of a battery company. Writes about energy storage, manufacturing and what nobody tells you about hardware start-ups.</p><button>Follow</button></div>
<div class="ab"><h2>Responses (14)</h2><div><p>Great piece, the part about the pilot line budget is exactly what happened to us too, we underestimated it by half and it nearly killed the company.</p></div></div>
<div class="ab"><h2>More from Ines Carvalho</h2><a href="/@ines.carvalho/why-sodium">Why sodium, why now</a></div>
<div><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div></div></div></body></html>""",
    title="What we learned building a battery company from a university lab", authors=["Ines Carvalho"],
    published="2021-08-17 09:12", modified="2021-08-19 13:00", language="en", headings=1, first=STARTUP[0], last=STARTUP[-1],
    absent=["Follow", "min read", "Written by", "Great piece", "More from Ines", "1.2K"], debatable={"outlet": True})

# ---------------------------------------------------------------- 7 Substack
sub_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://thecommuter.substack.com/p/why-the-drivers-are-walking-out",
    "mainEntityOfPage": "https://thecommuter.substack.com/p/why-the-drivers-are-walking-out", "headline": "Why the drivers are walking out",
    "description": "Pay, shifts and three years of inflation.", "datePublished": "2024-01-15T11:31:07+00:00", "dateModified": "2024-01-15T11:31:07+00:00",
    "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Callum Reid", "url": "https://substack.com/@callumreid", "description": None, "identifier": "user:1234"}],
    "publisher": {"@type": "Organization", "name": "The Commuter", "url": "https://thecommuter.substack.com"}}
case("substack", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Why the drivers are walking out - by Callum Reid</title>
<meta name="description" content="Pay, shifts and three years of inflation.">
<meta property="og:title" content="Why the drivers are walking out"><meta property="og:type" content="article">
<meta property="og:url" content="https://thecommuter.substack.com/p/why-the-drivers-are-walking-out">
<meta name="author" content="Callum Reid">
{ld(sub_ld)}</head><body>
<div id="entry"><div class="main-menu"><a class="navbar-title-link" href="https://thecommuter.substack.com">The Commuter</a><button class="subscribe-btn">Subscribe</button><button>Sign in</button></div>
<div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Why the drivers are walking out</h1><h3 class="subtitle">Pay, shifts and three years of inflation.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@callumreid">Callum Reid</a></div><div class="pencraft">Jan 15, 2024</div></div>
<div class="post-ufi"><a class="like-button">52</a><a class="comment-button">19</a><a class="share">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{P(TRAIN_STRIKE[:3])}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Commuter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">What the operator says</h3>
{P(TRAIN_STRIKE[3:])}
<p class="button-wrapper"><a class="button primary" href="https://thecommuter.substack.com/p/why-the-drivers-are-walking-out/comments"><span>Leave a comment</span></a></p>
</div></div></article>
<div class="post-footer"><div class="post-ufi"><a>52 Likes</a><a>Share</a></div></div>
<div id="discussion"><h4>Discussion about this post</h4><div class="comment"><p>Thanks for explaining the shift patterns, the news coverage has been all about pay and hardly mentioned the weekend rosters at all.</p></div></div>
</div></div></div></body></html>""",
    title="Why the drivers are walking out", authors=["Callum Reid"], published="2024-01-15 11:31", language="en", headings=1,
    first=TRAIN_STRIKE[0], last=TRAIN_STRIKE[-1], outlet="The Commuter",
    absent=["reader-supported publication", "Leave a comment", "Discussion about this post", "Thanks for explaining", "52 Likes"])

# ---------------------------------------------------------------- 8 BBC-like: author Organization in JSON-LD, byline with role
bbc_ld = {"@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": "https://www.bbc-like.example/news/health-68012345",
    "publisher": {"@type": "NewsMediaOrganization", "name": "Broadcast News", "publishingPrinciples": "https://www.bbc-like.example/news/help", "logo": {"@type": "ImageObject", "url": "https://x/logo.png"}},
    "datePublished": "2024-02-10T06:01:23.000Z", "dateModified": "2024-02-10T09:45:10.000Z", "headline": "Emergency waits lengthen for fourth month in a row",
    "description": "Almost one in three patients now wait more than four hours, figures show.", "author": {"@type": "NewsMediaOrganization", "name": "Broadcast News", "noBylinesPolicy": "https://x"},
    "mainEntityOfPage": "https://www.bbc-like.example/news/health-68012345"}
case("bbc_like", f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>Emergency waits lengthen for fourth month in a row - Broadcast News</title>
<meta name="description" content="Almost one in three patients now wait more than four hours, figures show.">
<meta property="og:title" content="Emergency waits lengthen for fourth month in a row - Broadcast News">
<meta property="og:site_name" content="Broadcast News"><meta property="og:type" content="article">
{ld(bbc_ld)}</head><body><div id="__next">
<header data-testid="header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main id="main-content" data-testid="main-content"><article>
<div data-component="headline-block"><h1 id="main-heading" class="sc-518485e5-0">Emergency waits lengthen for fourth month in a row</h1></div>
<div data-component="byline-block"><div data-testid="byline-new"><time data-testid="timestamp" datetime="2024-02-10T06:01:23.000Z">10 February 2024</time><div><span data-testid="byline-new-contributors"><span>Lena Hartley</span><span>Health correspondent</span></span></div></div></div>
<div data-component="image-block"><figure><img src="/x.jpg" alt="Trolleys in a corridor"><figcaption><span class="visually-hidden">Image caption, </span>Patients waited on trolleys in corridors at several hospitals</figcaption></figure></div>
{''.join(f'<div data-component="text-block"><p class="sc-eb7bd5f6-0">{t}</p></div>' for t in HOSPITAL[:2])}
<div data-component="links-block"><ul><li><a href="/news/health-1">Why are A&amp;E waits so long?</a></li><li><a href="/news/health-2">Nurses vote on new pay offer</a></li></ul></div>
{''.join(f'<div data-component="text-block"><p class="sc-eb7bd5f6-0">{t}</p></div>' for t in HOSPITAL[2:4])}
<div data-component="subheadline-block"><h2 class="sc-xyz">Winter pressure</h2></div>
{''.join(f'<div data-component="text-block"><p class="sc-eb7bd5f6-0">{t}</p></div>' for t in HOSPITAL[4:])}
<div data-component="tags"><ul><li><a href="/topics/nhs">NHS</a></li><li><a href="/topics/health">Health</a></li></ul></div>
</article>
<section data-component="related-content"><h2>Related</h2><ul><li><a href="/r1">Ambulance handover delays hit record</a></li><li><a href="/r2">Minister promises extra beds</a></li></ul></section>
</main><footer><p>Copyright 2024 Broadcast News. Broadcast News is not responsible for the content of external sites.</p></footer></div></body></html>""",
    title="Emergency waits lengthen for fourth month in a row", authors=["Lena Hartley"], published="2024-02-10 06:01", modified="2024-02-10 09:45",
    language="en", headings=1, first=HOSPITAL[0], last=HOSPITAL[-1], outlet="Broadcast News",
    absent=["Image caption", "Patients waited on trolleys", "Why are A&E waits", "Health correspondent", "NHS\n"])

# ---------------------------------------------------------------- 9 German: +02:00, "Von X und Y"
de_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Straßenbahnlinie 7 wird bis zum Nordhafen verlängert",
    "datePublished": "2024-06-12T14:35:00+02:00", "dateModified": "2024-06-12T18:10:00+02:00", "inLanguage": "de-DE",
    "author": [{"@type": "Person", "name": "Anna Schmidt"}, {"@type": "Person", "name": "Peter Müller"}],
    "publisher": {"@type": "Organization", "name": "Hafenstädter Rundschau"}}
case("german", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Nahverkehr: Straßenbahnlinie 7 wird bis zum Nordhafen verlängert | Hafenstädter Rundschau</title>
<meta name="description" content="Der Stadtrat stimmt für die Verlängerung. Baubeginn ist im Frühjahr, die Kosten liegen bei 85 Millionen Euro.">
<meta property="og:site_name" content="Hafenstädter Rundschau"><meta property="og:title" content="Straßenbahnlinie 7 wird bis zum Nordhafen verlängert">
<meta name="date" content="2024-06-12T14:35:00+02:00">
{ld(de_ld)}</head><body>
<div class="consent"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Mit einem Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung zu.</p><button>Akzeptieren</button></div>
<nav><a href="/">Startseite</a> <a href="/lokales">Lokales</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article class="article"><header><span class="kicker">Nahverkehr</span><h1>Straßenbahnlinie 7 wird bis zum Nordhafen verlängert</h1>
<p class="intro">Der Stadtrat stimmt für die Verlängerung. Baubeginn ist im Frühjahr, die Kosten liegen bei 85 Millionen Euro.</p>
<div class="byline">Von <a href="/autor/anna-schmidt">Anna Schmidt</a> und <a href="/autor/peter-mueller">Peter Müller</a></div>
<time datetime="2024-06-12T14:35:00+02:00">12.06.2024, 14:35 Uhr</time></header>
<div class="article-body">{P(GERMAN[:3])}
<p class="related"><strong>Lesen Sie auch:</strong> <a href="/lokales/radwege">Neue Radwege für die Innenstadt</a></p>
<h2>Protest der Anwohner</h2>{P(GERMAN[3:])}</div>
<div class="paywall-teaser"><p>Jetzt weiterlesen mit RundschauPlus – 4 Wochen für 0,99 €</p></div>
</article><footer><p>© Hafenstädter Verlagsgesellschaft mbH 2024</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer></body></html>""",
    title="Straßenbahnlinie 7 wird bis zum Nordhafen verlängert", authors=["Anna Schmidt", "Peter Müller"], published="2024-06-12 14:35", modified="2024-06-12 18:10",
    language="de", headings=1, first=GERMAN[0], last=GERMAN[-1], outlet="Hafenstädter Rundschau",
    absent=["Lesen Sie auch", "Neue Radwege", "Wir verwenden Cookies", "weiterlesen", "Von Anna"])

# ---------------------------------------------------------------- 10 German, byline only visible, no JSON-LD ("Von X, Korrespondentin")
case("german_visible_byline", f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Straßenbahn: Bauarbeiten für Linie 7 beginnen im Frühjahr - Nordkurier am Sonntag</title>
<meta property="og:title" content="Bauarbeiten für Linie 7 beginnen im Frühjahr">
<meta property="article:published_time" content="2024-06-13T06:00:00+02:00">
<meta name="author" content="Jana Köhler">
</head><body><article><h1>Bauarbeiten für Linie 7 beginnen im Frühjahr</h1>
<p class="byline">Von Jana Köhler, Korrespondentin</p><p class="dateline">13. Juni 2024, 6:00 Uhr</p>
{P(GERMAN[1:] + [GERMAN[0]])}
</article></body></html>""",
    title="Bauarbeiten für Linie 7 beginnen im Frühjahr", authors=["Jana Köhler"], published="2024-06-13 06:00", language="de", headings=0,
    first=GERMAN[1], last=GERMAN[0], absent=["Von Jana", "Korrespondentin", "6:00 Uhr"])

# ---------------------------------------------------------------- 11 French (Le Monde-like)
fr_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "La ville va planter vingt mille arbres d'ici à 2030",
    "datePublished": "2023-09-21T18:02:11+02:00", "dateModified": "2023-09-22T07:40:02+02:00",
    "author": [{"@type": "Person", "name": "Claire Dubois", "url": "https://www.lequotidien.example/signataires/claire-dubois/"}],
    "publisher": {"@type": "Organization", "name": "Le Quotidien du Sud"}, "isAccessibleForFree": False,
    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content"}}
case("french", f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>La ville va planter vingt mille arbres d'ici à 2030</title>
<meta property="og:site_name" content="Le Quotidien du Sud"><meta property="og:title" content="La ville va planter vingt mille arbres d'ici à 2030">
<meta name="description" content="Le plan, adopté lundi, doit faire baisser la température dans les quartiers les plus denses.">
{ld(fr_ld)}</head><body>
<div class="cookie"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button>Accepter</button><button>Refuser</button></div>
<main><article class="article article--content">
<h1 class="article__title">La ville va planter vingt mille arbres d'ici à 2030</h1>
<p class="article__desc">Le plan, adopté lundi, doit faire baisser la température dans les quartiers les plus denses.</p>
<span class="premium">Article réservé aux abonnés</span>
<section class="article__meta"><span class="author__name">Par <a href="/signataires/claire-dubois/">Claire Dubois</a></span> <span class="meta__date">Publié le 21 septembre 2023 à 18h02, modifié le 22 septembre 2023 à 07h40</span></section>
<section class="article__content">
{P(FRENCH[:2], "article__paragraph")}
<p class="article__paragraph">Lire aussi | <a href="/planete/article/2023/07/canicule.html">Canicule : les villes cherchent la fraîcheur</a></p>
{P(FRENCH[2:4], "article__paragraph")}
<h2 class="article__sub-title">Premières plantations cet automne</h2>
{P(FRENCH[4:], "article__paragraph")}
<p class="article__paragraph article__paragraph--lire-aussi">Lire aussi | <a href="/x">Les cours d'école transformées en oasis</a></p>
</section>
<section class="article__reactions"><h3>Réactions</h3><p>Très bonne initiative, mais il faudra aussi penser à l'arrosage pendant les étés de sécheresse, sinon la moitié des arbres ne survivront pas.</p></section>
</article></main><footer><p>© Le Quotidien du Sud 2023 - Tous droits réservés</p></footer></body></html>""",
    title="La ville va planter vingt mille arbres d'ici à 2030", authors=["Claire Dubois"], published="2023-09-21 18:02", modified="2023-09-22 07:40",
    language="fr", headings=1, first=FRENCH[0], last=FRENCH[-1], outlet="Le Quotidien du Sud",
    absent=["Lire aussi", "Canicule", "Très bonne initiative", "réservé aux abonnés", "Avec votre accord"])

# ---------------------------------------------------------------- 12 Spanish (El País-like), meta only, two authors with "y"
case("spanish", f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>El Ayuntamiento convertirá el viejo mercado de San Lorenzo en un centro cultural | Diario del Sur</title>
<meta property="og:site_name" content="Diario del Sur"><meta property="og:title" content="El Ayuntamiento convertirá el viejo mercado de San Lorenzo en un centro cultural">
<meta property="article:published_time" content="2023-03-14T05:40:00+01:00"><meta property="article:modified_time" content="2023-03-14T12:15:00+01:00">
<meta name="author" content="Marta Villalobos y Jorge Sanz">
</head><body><header><a href="/">Diario del Sur</a> <a href="/espana">España</a> <a href="/economia">Economía</a> <a href="/suscripcion">Suscríbete</a></header>
<article><header><h1 class="a_t">El Ayuntamiento convertirá el viejo mercado de San Lorenzo en un centro cultural</h1>
<h2 class="a_st">Las obras comenzarán en enero y costarán unos doce millones de euros</h2>
<div class="a_md_a"><a href="/autor/marta-villalobos/">Marta Villalobos</a> <a href="/autor/jorge-sanz/">Jorge Sanz</a></div><div class="a_md_f"><span>Sevilla</span> - <time datetime="2023-03-14T05:40:00+01:00">14 mar 2023 - 05:40 CET</time></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">{P(SPANISH[:4])}
<div class="newsletter"><p>Suscríbete aquí a nuestra newsletter diaria sobre la actualidad de la ciudad.</p></div>
{P(SPANISH[4:])}</div>
<div class="a_ext"><p>Sigue toda la información de Diario del Sur en Facebook y X, o en nuestra newsletter semanal.</p></div>
</article></body></html>""",
    title="El Ayuntamiento convertirá el viejo mercado de San Lorenzo en un centro cultural", authors=["Marta Villalobos", "Jorge Sanz"],
    published="2023-03-14 05:40", modified="2023-03-14 12:15", language="es", headings=0, first=SPANISH[0], last=SPANISH[-1], outlet="Diario del Sur",
    absent=["Suscríbete aquí", "Sigue toda la información", "Las obras comenzarán en enero y costarán"], debatable={"headings": True})

# ---------------------------------------------------------------- 13 AMP page
amp_ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.coastaltimes.example/news/volcano-evacuation",
    "headline": "Villages evacuated as earthquakes shake volcano", "datePublished": "2022-09-08T03:12:00-04:00", "dateModified": "2022-09-08T05:30:00-04:00",
    "author": {"@type": "Person", "name": "Rafael Duarte"}, "publisher": {"@type": "Organization", "name": "Coastal Times", "logo": {"@type": "ImageObject", "url": "https://x/logo.png", "width": 600, "height": 60}},
    "image": {"@type": "ImageObject", "url": "https://x/volcano.jpg", "height": 800, "width": 1200}}
case("amp", f"""<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<title>Villages evacuated as earthquakes shake volcano</title><link rel="canonical" href="https://www.coastaltimes.example/news/volcano-evacuation">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<meta property="og:site_name" content="Coastal Times">
{ld(amp_ld)}</head><body>
<amp-analytics type="gtag"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
<header class="amp-header"><a href="/">Coastal Times</a><amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar></header>
<article><h1>Villages evacuated as earthquakes shake volcano</h1><div class="byline">By Rafael Duarte | Coastal Times</div><div class="date">Sept. 8, 2022 3:12 AM</div>
<amp-img src="https://x/volcano.jpg" width="1200" height="800" layout="responsive" alt="The volcano"></amp-img><p class="caption">Steam rises from the summit crater on Wednesday. (Coastal Times/Ana Lima)</p>
{P(VOLCANO[:3])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_article"><div placeholder>Advertisement</div></amp-ad>
{P(VOLCANO[3:])}
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
</article><footer><a href="https://www.coastaltimes.example/news/volcano-evacuation">View full site</a></footer></body></html>""",
    title="Villages evacuated as earthquakes shake volcano", authors=["Rafael Duarte"], published="2022-09-08 03:12", modified="2022-09-08 05:30", language="en",
    headings=0, first=VOLCANO[0], last=VOLCANO[-1], outlet="Coastal Times", url="https://www.coastaltimes.example/news/volcano-evacuation",
    absent=["Steam rises", "Advertisement", "View full site", "By Rafael"])

# ---------------------------------------------------------------- 14 JSON-LD is a list
case("ld_list", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rents rise at fastest rate on record | The Metro Ledger</title>
<meta property="og:site_name" content="The Metro Ledger">
{ld([{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Housing", "item": "https://x/housing"}]},
     {"@context": "https://schema.org", "@type": ["NewsArticle"], "headline": "Rents rise at fastest rate on record", "datePublished": "2024-04-18T09:30:00+01:00",
      "author": [{"@type": "Person", "name": "Nadia Okonjo", "jobTitle": "Housing Correspondent"}], "publisher": {"@type": "NewsMediaOrganization", "name": "The Metro Ledger"}},
     {"@context": "https://schema.org", "@type": "Organization", "name": "The Metro Ledger", "url": "https://x/"}])}
</head><body>{NAV}<article><h1>Rents rise at fastest rate on record</h1><p class="byline">Nadia Okonjo, Housing Correspondent</p><p class="date">Thursday 18 April 2024 09:30 BST</p>
<div class="body">{P(HOUSING)}</div></article>{RELATED}{FOOTER}</body></html>""",
    title="Rents rise at fastest rate on record", authors=["Nadia Okonjo"], published="2024-04-18 09:30", language="en", headings=0,
    first=HOUSING[0], last=HOUSING[-1], outlet="The Metro Ledger", absent=["Housing Correspondent", "Council tax to rise", "Riverside Media"])

# ---------------------------------------------------------------- 15 several NewsArticle objects: related first (in a carousel script), main later
rel1 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Steelworks closure: what went wrong", "datePublished": "2023-02-01T08:00:00+01:00",
        "author": {"@type": "Person", "name": "Bruno Keller"}, "url": "https://x/steelworks"}
main15 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Northern province votes in early test for government", "datePublished": "2024-05-25T07:00:00+02:00",
          "dateModified": "2024-05-25T09:10:00+02:00", "author": {"@type": "Person", "name": "Sofia Brandt"}, "publisher": {"@type": "Organization", "name": "Continental Wire"}}
case("ld_related_first", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Northern province votes in early test for government - Continental Wire</title>
<meta property="og:site_name" content="Continental Wire"><meta property="og:title" content="Northern province votes in early test for government">
</head><body>{NAV}
<aside class="trending"><h3>Trending</h3>{ld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": rel1}]})}{ld(rel1)}<a href="/steelworks">Steelworks closure: what went wrong</a></aside>
<article>{ld(main15)}<h1>Northern province votes in early test for government</h1><div class="byline">By Sofia Brandt</div><time datetime="2024-05-25T07:00:00+02:00">25 May 2024</time>
{P(ELECTION)}</article>{FOOTER}</body></html>""",
    title="Northern province votes in early test for government", authors=["Sofia Brandt"], published="2024-05-25 07:00", modified="2024-05-25 09:10", language="en",
    headings=0, first=ELECTION[0], last=ELECTION[-1], outlet="Continental Wire", absent=["Trending"])

# ---------------------------------------------------------------- 16 several NewsArticle objects: main first but without author; related with author
main16 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Town hall portrait revealed as lost masterpiece", "datePublished": "2023-11-30T10:00:00+00:00",
          "publisher": {"@type": "Organization", "name": "Arts Daily"}}
rel16 = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Auction record for landscape painting", "datePublished": "2022-06-01T10:00:00+00:00", "dateModified": "2022-06-03T10:00:00+00:00",
          "author": [{"@type": "Person", "name": "Hugo Leclerc"}], "publisher": {"@type": "Organization", "name": "Arts Daily"}},
         {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Museum lends 40 works to regional galleries", "datePublished": "2023-01-12T10:00:00+00:00",
          "author": [{"@type": "Person", "name": "Greta Holm"}]}]
case("ld_main_no_author", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Town hall portrait revealed as lost masterpiece | Arts Daily</title>
<meta property="og:site_name" content="Arts Daily">{ld(main16)}{ld(rel16)}</head><body>{NAV}
<article><h1>Town hall portrait revealed as lost masterpiece</h1><p class="byline">By <a rel="author" href="/staff/isabel-marr">Isabel Marr</a></p>
{P(MUSEUM)}</article><section class="related"><h2>Related</h2><a href="/auction">Auction record for landscape painting</a><a href="/museum">Museum lends 40 works to regional galleries</a></section>{FOOTER}</body></html>""",
    title="Town hall portrait revealed as lost masterpiece", authors=["Isabel Marr"], published="2023-11-30 10:00", modified=None, language="en", headings=0,
    first=MUSEUM[0], last=MUSEUM[-1], outlet="Arts Daily")

# ---------------------------------------------------------------- 17 author organisation only (wire copy), author = publisher
case("author_org_only", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Train drivers announce 48-hour strike</title>
<meta property="og:site_name" content="The Daily Ledger"><meta name="author" content="Associated Newswire">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Train drivers announce 48-hour strike", "datePublished": "2024-01-08T12:00:00Z",
     "author": {"@type": "Organization", "name": "Associated Newswire"}, "publisher": {"@type": "Organization", "name": "The Daily Ledger"}})}
</head><body><article><h1>Train drivers announce 48-hour strike</h1><p class="byline">By Associated Newswire</p>{P(TRAIN_STRIKE)}</article></body></html>""",
    title="Train drivers announce 48-hour strike", authors=[], published="2024-01-08 12:00", language="en", headings=0, first=TRAIN_STRIKE[0], last=TRAIN_STRIKE[-1],
    outlet="The Daily Ledger", debatable={"authors": True})

# ---------------------------------------------------------------- 18 author organisation = outlet
case("author_is_outlet", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Free school lunches for every primary pupil</title>
<meta property="og:site_name" content="Borders Bulletin">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Free school lunches for every primary pupil", "datePublished": "2024-03-06T16:45:00+00:00",
     "author": {"@type": "Organization", "name": "Borders Bulletin"}, "publisher": {"@type": "Organization", "name": "Borders Bulletin"}})}
</head><body><article><h1>Free school lunches for every primary pupil</h1><p class="byline">Borders Bulletin newsroom</p>{P(SCHOOL_MEALS)}</article></body></html>""",
    title="Free school lunches for every primary pupil", authors=[], published="2024-03-06 16:45", language="en", headings=0,
    first=SCHOOL_MEALS[0], last=SCHOOL_MEALS[-1], outlet="Borders Bulletin", absent=["newsroom"])

# ---------------------------------------------------------------- 19 authors as one string and as list of strings
case("authors_strings", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Climate talks run through the night</title>
<meta property="og:site_name" content="Global Desk">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Climate talks run through the night", "datePublished": "2023-12-09T02:10:00+04:00",
     "author": ["Yara Haddad", "Pieter de Vries"], "publisher": {"@type": "Organization", "name": "Global Desk"}})}
</head><body><article><h1>Climate talks run through the night</h1><p class="byline">By Yara Haddad and Pieter de Vries in Dubai</p>{P(CLIMATE_SUMMIT)}</article></body></html>""",
    title="Climate talks run through the night", authors=["Yara Haddad", "Pieter de Vries"], published="2023-12-09 02:10", language="en", headings=0,
    first=CLIMATE_SUMMIT[0], last=CLIMATE_SUMMIT[-1], absent=["in Dubai"])

case("author_string_comma", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Record rents squeeze outer districts</title>
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Record rents squeeze outer districts", "datePublished": "2024-04-19T06:00:00+01:00",
     "author": {"@type": "Person", "name": "Maria Lopez, Tom Becker and Ngozi Eze"}})}
</head><body><article><h1>Record rents squeeze outer districts</h1><p class="byline">Maria Lopez, Tom Becker and Ngozi Eze</p>{P(HOUSING[1:] + HOUSING[:1])}</article></body></html>""",
    title="Record rents squeeze outer districts", authors=["Maria Lopez", "Tom Becker", "Ngozi Eze"], published="2024-04-19 06:00", language="en", headings=0,
    first=HOUSING[1], last=HOUSING[0])

# ---------------------------------------------------------------- 20 "By X and Y" byline only in the page (no metadata)
case("byline_only_visible", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Orchards count the cost of April frost - Farmers Weekly Review</title></head>
<body><div class="story"><h1 class="story-headline">Orchards count the cost of April frost</h1>
<div class="story-byline">By Sarah Kim and Daniel Ortiz</div><div class="story-date">Published May 3, 2023</div>
<div class="story-body">{P(ORCHARD)}</div></div></body></html>""",
    title="Orchards count the cost of April frost", authors=["Sarah Kim", "Daniel Ortiz"], published="2023-05-03", language="en", headings=0,
    first=ORCHARD[0], last=ORCHARD[-1], absent=["By Sarah Kim", "Published May 3"])

# ---------------------------------------------------------------- 21 byline with role in meta author
case("byline_role", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Polls open in northern province</title>
<meta name="author" content="Michael Grant, Senior Political Correspondent"><meta property="article:published_time" content="2024-05-26T08:00:00+02:00">
</head><body><article><h1>Polls open in northern province</h1><p class="byline">By Michael Grant, Senior Political Correspondent</p>{P(ELECTION[1:])}</article></body></html>""",
    title="Polls open in northern province", authors=["Michael Grant"], published="2024-05-26 08:00", language="en", headings=0,
    first=ELECTION[1], last=ELECTION[-1], absent=["Senior Political Correspondent"])

case("byline_role_dash", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Strike to halt regional trains</title>
<meta name="author" content="Priya Shah, Transport Editor"><meta name="parsely-pub-date" content="2024-01-09T07:15:00Z">
</head><body><article><h1>Strike to halt regional trains</h1><p class="byline">Priya Shah, Transport Editor</p>{P(TRAIN_STRIKE[1:])}</article></body></html>""",
    title="Strike to halt regional trains", authors=["Priya Shah"], published="2024-01-09 07:15", language="en", headings=0,
    first=TRAIN_STRIKE[1], last=TRAIN_STRIKE[-1], absent=["Transport Editor"])

# ---------------------------------------------------------------- 23 date only in <time datetime>
case("time_only", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library extends opening hours - Eastfield Echo</title></head>
<body><div class="post"><h1>Library extends opening hours</h1><div class="meta">Posted by <span class="author">Carla Benedetti</span> on <time datetime="2021-07-19T09:15:00-04:00">July 19, 2021</time></div>
<div class="post-content">{P(LIBRARY[3:] + LIBRARY[:2])}</div></div>
<div class="sidebar"><h3>Archives</h3><ul><li><a href="/2021/06/">June 2021</a></li><li><a href="/2021/05/">May 2021</a></li></ul></div></body></html>""",
    title="Library extends opening hours", authors=["Carla Benedetti"], published="2021-07-19 09:15", language="en", headings=0, first=LIBRARY[3], last=LIBRARY[1],
    absent=["Posted by", "Archives"], debatable={"published": False})

# ---------------------------------------------------------------- 24 date only in the URL (canonical)
case("url_date", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marathon sets entry record</title>
<link rel="canonical" href="https://www.riversidepost.example/sport/2021/03/04/marathon-entry-record/"><meta property="og:url" content="https://www.riversidepost.example/sport/2021/03/04/marathon-entry-record/">
</head><body><article><h1>Marathon sets entry record</h1><p class="byline">By Colm Brennan</p>{P(MARATHON[:6])}</article>
<footer><p>Copyright © 1998-2024 Riverside Post</p></footer></body></html>""",
    title="Marathon sets entry record", authors=["Colm Brennan"], published="2021-03-04", language="en", headings=0, first=MARATHON[0], last=MARATHON[5],
    url="https://www.riversidepost.example/sport/2021/03/04/marathon-entry-record/")

# ---------------------------------------------------------------- 25 conflicting dates: modified before published; copyright year
case("conflicting_dates", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Volcano observatory raises alert level</title>
<meta property="og:site_name" content="Island Courier">
<meta property="article:published_time" content="2022-09-07T18:00:00-04:00"><meta property="article:modified_time" content="2019-01-01T00:00:00-05:00">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Volcano observatory raises alert level", "datePublished": "2022-09-07T22:00:00Z", "dateModified": "2019-01-01T05:00:00Z", "author": {"@type": "Person", "name": "Tiago Neves"}, "copyrightYear": 2015})}
</head><body><article><h1>Volcano observatory raises alert level</h1><p>By Tiago Neves</p>{P(VOLCANO[1:])}</article><footer><p>© 2015 Island Courier. All rights reserved.</p></footer></body></html>""",
    title="Volcano observatory raises alert level", authors=["Tiago Neves"], published="2022-09-07 18:00", modified=None, language="en", headings=0,
    first=VOLCANO[1], last=VOLCANO[-1], outlet="Island Courier")

# ---------------------------------------------------------------- 26 zones: JSON-LD UTC, meta local; modified in UTC
case("zone_mix", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Drivers' union confirms strike dates</title>
<meta property="article:published_time" content="2024-03-10T10:00:00-04:00"><meta property="article:modified_time" content="2024-03-10T16:30:00Z">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Drivers' union confirms strike dates", "datePublished": "2024-03-10T14:00:00Z", "dateModified": "2024-03-10T16:30:00Z", "author": {"@type": "Person", "name": "Ruth Abernathy"}})}
</head><body><article><h1>Drivers' union confirms strike dates</h1>{P(TRAIN_STRIKE[:5])}</article></body></html>""",
    title="Drivers' union confirms strike dates", authors=["Ruth Abernathy"], published="2024-03-10 10:00", modified="2024-03-10 12:30", language="en", headings=0,
    first=TRAIN_STRIKE[0], last=TRAIN_STRIKE[4])

# ---------------------------------------------------------------- 27 live blog
entries = [("10:42", "Observatory records strongest tremor so far", VOLCANO[1]), ("10:15", "Shelters open in sports halls", VOLCANO[2]),
           ("09:50", "Director: magma moving upwards", VOLCANO[3]), ("09:20", "Memories of 1991", VOLCANO[4]), ("08:55", "Airlines warned", VOLCANO[5]),
           ("08:30", "Evacuation ordered", VOLCANO[0])]
live_ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Volcano evacuation: live updates", "coverageStartTime": "2022-09-08T08:30:00+01:00",
    "coverageEndTime": "2022-09-08T18:00:00+01:00", "datePublished": "2022-09-08T08:30:00+01:00", "dateModified": "2022-09-08T10:42:00+01:00",
    "author": {"@type": "Person", "name": "Leila Farouk"}, "publisher": {"@type": "Organization", "name": "Atlantic Live"},
    "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": f"2022-09-08T{t}:00+01:00", "articleBody": b,
                        "author": {"@type": "Person", "name": "Kwame Asante"}} for t, h, b in entries]}
case("live_blog", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Volcano evacuation: live updates | Atlantic Live</title>
<meta property="og:site_name" content="Atlantic Live">{ld(live_ld)}</head><body>{NAV}
<main><h1>Volcano evacuation: live updates</h1><p class="byline">Leila Farouk (now) and Kwame Asante (earlier)</p>
<div class="live-key-points"><h2>Key points</h2><ul><li>Three villages evacuated</li><li>More than 400 tremors in 24 hours</li></ul></div>
<div class="live-blog">{''.join(f'<article class="live-entry" id="e{i}"><time datetime="2022-09-08T{t}:00+01:00">{t} BST</time><h2>{h}</h2><p>{b}</p><div class="share"><a href="#e{i}">Share this update</a></div></article>' for i, (t, h, b) in enumerate(entries))}</div>
<button class="load-more">Load more updates</button></main>{FOOTER}</body></html>""",
    title="Volcano evacuation: live updates", published="2022-09-08 08:30", modified="2022-09-08 10:42", language="en", headings=6, first=VOLCANO[1], last=VOLCANO[0],
    outlet="Atlantic Live", absent=["Share this update", "Load more updates"], authors=["Leila Farouk", "Kwame Asante"], debatable={"authors": True, "headings": True})

# ---------------------------------------------------------------- 28 opinion page with bio at the end
case("opinion", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Opinion | Free school meals are the cheapest education policy we have - The Northern Standard</title>
<meta property="og:title" content="Free school meals are the cheapest education policy we have"><meta property="og:site_name" content="The Northern Standard">
<meta property="article:section" content="Opinion"><meta property="article:published_time" content="2024-03-07T05:00:00+00:00">
{ld({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": "Free school meals are the cheapest education policy we have", "datePublished": "2024-03-07T05:00:00+00:00",
     "author": {"@type": "Person", "name": "Dr. Helen Achterberg", "jobTitle": "Guest Columnist"}})}
</head><body>{NAV}<article class="opinion"><div class="kicker">Opinion</div><h1>Free school meals are the cheapest education policy we have</h1>
<p class="byline">Dr. Helen Achterberg, Guest Columnist</p>
{P(SCHOOL_MEALS[2:5] + ["I have spent twenty years studying how children learn, and I can think of no other policy that costs so little and changes so much in a single school day.", "The assembly should not wait two years to extend the scheme. Secondary pupils are hungry too."])}
<p class="bio"><em>Dr. Helen Achterberg is a professor of education at the University of Lindell.</em></p>
<p class="disclaimer"><em>The views expressed in this article are the author's own.</em></p>
<div class="letters"><p>Have your say: send a letter to the editor at letters@northernstandard.example.</p></div>
</article>{FOOTER}</body></html>""",
    title="Free school meals are the cheapest education policy we have", authors=["Helen Achterberg"], published="2024-03-07 05:00", language="en", headings=0,
    first=SCHOOL_MEALS[2], last="The assembly should not wait two years to extend the scheme. Secondary pupils are hungry too.",
    absent=["views expressed", "Have your say", "Guest Columnist"], debatable={"authors": True, "last_body": True})

# ---------------------------------------------------------------- 29 photo gallery (captions only): not an article
gallery = ["Runners cross the start line at dawn.", "Spectators line the bridge at mile six.", "The leading group at halfway.", "A runner in a dinosaur costume.",
           "Volunteers hand out water near the park.", "Daniel Kiprop crosses the line.", "Hirut Bekele celebrates her win.", "Medals waiting at the finish."]
case("gallery", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>In pictures: city marathon 2023 | Riverside Post</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-10-08T15:00:00+01:00">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "In pictures: city marathon 2023", "datePublished": "2023-10-08T15:00:00+01:00"})}
</head><body>{NAV}<article class="gallery"><h1>In pictures: city marathon 2023</h1>
{''.join(f'<figure class="gallery-item"><img src="/img/{i}.jpg" alt=""><figcaption>{c} <span class="credit">Photograph: Jo Lambert/Riverside Post</span></figcaption><span class="counter">{i + 1} of {len(gallery)}</span></figure>' for i, c in enumerate(gallery))}
</article>{RELATED}{FOOTER}</body></html>""", article=False, debatable={"not_an_article": True})

# ---------------------------------------------------------------- 30 pull quote + figure captions + photo credits
case("pull_quote_captions", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lost masterpiece found in town hall</title>
<meta property="og:site_name" content="The Westmoor Observer"><meta name="author" content="Aurelia Finch"><meta property="article:published_time" content="2023-11-29T19:00:00+00:00">
</head><body><article><h1>Lost masterpiece found in town hall</h1><p class="byline">By Aurelia Finch</p>
<figure class="lead-image"><img src="/p.jpg" alt=""><figcaption class="caption">The portrait after cleaning, with the signature visible at the lower edge. <span class="credit">Photograph: Westmoor Council</span></figcaption></figure>
<div class="article-body">{P(MUSEUM[:3])}
<aside class="pullquote"><blockquote><p>It was one of those moments when everyone in the studio stopped talking</p></blockquote></aside>
{P(MUSEUM[3:5])}
<figure class="inline"><img src="/q.jpg" alt=""><figcaption>Conservator Beatrix Holloway at work in the studio. Photograph: Tom Avery for The Westmoor Observer</figcaption></figure>
{P(MUSEUM[5:])}</div></article></body></html>""",
    title="Lost masterpiece found in town hall", authors=["Aurelia Finch"], published="2023-11-29 19:00", language="en", headings=0, first=MUSEUM[0], last=MUSEUM[-1],
    absent=["Photograph:", "The portrait after cleaning", "Conservator Beatrix Holloway at work"],
    max_count={"one of those moments when everyone in the studio stopped talking": 1})

# ---------------------------------------------------------------- 31 "Read more" links inside the body, RELATED teasers
case("read_more_links", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Emergency waits: doctors warn of winter crisis</title>
<meta name="author" content="Lena Hartley"><meta property="article:published_time" content="2024-01-12T07:00:00+00:00"></head><body><article>
<h1>Emergency waits: doctors warn of winter crisis</h1>
<div class="body"><p>{HOSPITAL[0]}</p><p><strong>Read more:</strong> <a href="/a">Ambulance delays hit record high in December</a></p>
<p>{HOSPITAL[1]}</p><p><strong>RELATED:</strong> <a href="/b">What to do if you need urgent care this winter</a></p>
<p>{HOSPITAL[2]}</p><ul class="related-inline"><li><a href="/c">Hospitals recruit nurses abroad</a></li><li><a href="/d">Social care funding gap widens</a></li></ul>
<p>{HOSPITAL[3]}</p><p>{HOSPITAL[4]}</p><p>{HOSPITAL[5]}</p>
<p><em>Read more: <a href="/e">Full coverage of the health service under pressure</a></em></p></div></article></body></html>""",
    title="Emergency waits: doctors warn of winter crisis", authors=["Lena Hartley"], published="2024-01-12 07:00", language="en", headings=0, first=HOSPITAL[0], last=HOSPITAL[-1],
    absent=["Read more", "RELATED", "Ambulance delays", "Hospitals recruit nurses abroad", "Full coverage"])

# ---------------------------------------------------------------- 32 newsletter box with heading inside the body + related list at the end
case("newsletter_related", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rents: charities warn families at risk</title>
<meta property="og:site_name" content="Capital Chronicle"><meta property="article:published_time" content="2024-04-18T12:00:00+01:00"><meta name="author" content="Dominic Adeyemi"></head><body>
{COOKIE}{NAV}<article><h1>Rents: charities warn families at risk</h1><div class="article-body">{P(HOUSING[:3])}
<h2>Landlords blame costs</h2>{P(HOUSING[3:5])}{NEWSLETTER}<h2>Government response</h2>{P(HOUSING[5:])}</div>
{RELATED}<section class="more"><h2>You may also like</h2><article class="teaser"><h3><a href="/t1">First-time buyers return as mortgage rates ease</a></h3><p>Lenders report the busiest March in three years as fixed rates fall below five per cent.</p></article><article class="teaser"><h3><a href="/t2">Student rents outpace loans</a></h3><p>Students in the capital now spend more than their entire maintenance loan on rent, a survey finds.</p></article></section>
</article>{FOOTER}</body></html>""",
    title="Rents: charities warn families at risk", authors=["Dominic Adeyemi"], published="2024-04-18 12:00", language="en", headings=2, first=HOUSING[0], last=HOUSING[-1],
    absent=["Morning Briefing", "Sign up", "More from News", "You may also like", "First-time buyers", "Students in the capital", "We use cookies"])

# ---------------------------------------------------------------- 33 comments section with long prose comments (Disqus-like markup)
case("comments", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Councillors back bridge replacement fund bid</title>
<meta property="article:published_time" content="2023-05-20T09:00:00+01:00"><meta name="author" content="Rhiannon Pryce"></head><body>
<article><h1>Councillors back bridge replacement fund bid</h1><div class="story">{P(BRIDGE[2:])}</div></article>
<section class="user-comments" id="comments"><h2>Comments (3)</h2>
<div class="comment"><div class="comment-author">GeoffW</div><div class="comment-text"><p>I have lived on the east bank for forty years and the bridge has been falling apart for at least twenty of them. The council only acts when it becomes dangerous, which tells you everything about how they plan.</p></div></div>
<div class="comment"><div class="comment-author">SandraP</div><div class="comment-text"><p>Fourteen million pounds seems a lot for a bridge of that size. I would like to see how that figure was arrived at before anybody applies for anything from the fund.</p></div></div>
<div class="comment"><div class="comment-author">lorry_driver_77</div><div class="comment-text"><p>The ring road diversion adds far more than twelve minutes at peak times, whoever worked that out has never driven it at half past eight in the morning.</p></div></div>
</section></body></html>""",
    title="Councillors back bridge replacement fund bid", authors=["Rhiannon Pryce"], published="2023-05-20 09:00", language="en", headings=0, first=BRIDGE[2], last=BRIDGE[-1],
    absent=["forty years", "Fourteen million pounds seems", "ring road diversion adds", "Comments (3)", "GeoffW"])

# ---------------------------------------------------------------- 34 cookie banner (long prose) before a short article
case("cookie_banner", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marathon raises £6m for charity</title>
<meta property="article:published_time" content="2023-10-10T10:00:00+01:00"></head><body>
<div id="onetrust-banner-sdk"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our 842 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and browsing data, to personalise content and advertising, to provide social media features and to analyse our traffic. You may click to consent to our processing for these purposes or refuse consent.</p></div><button>I Accept</button><button>Reject All</button><button>Cookie Settings</button></div>
<article><h1>Marathon raises £6m for charity</h1>{P(MARATHON[4:])}</article></body></html>""",
    title="Marathon raises £6m for charity", published="2023-10-10 10:00", language="en", headings=0, first=MARATHON[4], last=MARATHON[-1],
    absent=["We value your privacy", "842 partners", "Cookie Settings"])

# ---------------------------------------------------------------- 35 paywall: truncated body
pay_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Saltwave picks site for sodium-ion factory", "datePublished": "2023-04-04T06:00:00+00:00",
          "author": {"@type": "Person", "name": "Marcus Feld"}, "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}}
case("paywall", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Saltwave picks site for sodium-ion factory | The Capital Post</title>
<meta property="og:site_name" content="The Capital Post">{ld(pay_ld)}</head><body>{NAV}<article><h1>Saltwave picks site for sodium-ion factory</h1><p class="byline">By Marcus Feld</p>
<div class="article-body">{P(STARTUP[:2])}<div class="paywall" style="display:none"></div></div>
<div class="subscribe-wall"><h2>Subscribe to continue reading</h2><p>You have read all of your free articles this month. Subscribe today for unlimited access to award-winning journalism, our daily newsletters and the full archive.</p><a href="/subscribe" class="btn">See subscription options</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>
</article>{FOOTER}</body></html>""",
    title="Saltwave picks site for sodium-ion factory", authors=["Marcus Feld"], published="2023-04-04 06:00", language="en", headings=0, first=STARTUP[0], last=STARTUP[1],
    absent=["Subscribe to continue reading", "free articles this month", "Already a subscriber"])

# ---------------------------------------------------------------- 36 section front: not an article
teasers = [("Council tax to rise by 4.9% from April", "The increase is the largest allowed without a referendum."), ("New cycle lanes for three main roads", "Work starts in June and will take a year."),
           ("Airport expansion approved", "Residents say they will challenge the decision in court."), ("School places run short", "Hundreds of families missed out on their first choice."),
           ("Library reopens after renovation", "A rooftop garden and 200 new desks."), ("Bridge closed to lorries", "Corrosion found in three supports."),
           ("Rents rise at record pace", "Outer districts see the sharpest increases."), ("Marathon breaks entry record", "More than 18,000 runners took part.")]
case("section_front", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Local news | Riverside Post</title><meta property="og:type" content="website"></head><body>{NAV}
<main><h1>Local news</h1>{''.join(f'<article class="card"><h2><a href="/local/{i}">{h}</a></h2><p class="standfirst">{s}</p><time datetime="2024-04-{10 + i}">{10 + i} April</time></article>' for i, (h, s) in enumerate(teasers))}
<nav class="pagination"><a href="?page=2">Next page</a></nav></main>{FOOTER}</body></html>""", article=False)

# ---------------------------------------------------------------- 37 tag page with long teaser summaries: not an article
case("tag_page", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tag: housing - Capital Chronicle</title></head><body>{NAV}
<main class="archive tag"><h1 class="archive-title">Tag: <span>housing</span></h1>
{''.join(f'<article class="post-summary"><h2 class="entry-title"><a href="/2024/{i}/">{t.split(",")[0][:60]}</a></h2><div class="entry-summary"><p>{t}</p></div><a class="more-link" href="/2024/{i}/">Continue reading</a></article>' for i, t in enumerate(HOUSING[:5]))}
<div class="nav-links"><a class="next page-numbers" href="/tag/housing/page/2/">Older posts</a></div></main>{FOOTER}</body></html>""", article=False)

# ---------------------------------------------------------------- 38 NYT-like "byl" meta, og:title differs from h1 (SEO headline)
case("nyt_byl", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Climate Talks Stall Over Fund for Extreme Weather - The Metropolitan Times</title>
<meta property="og:title" content="Climate Talks Stall Over Who Pays for Weather Disasters"><meta name="byl" content="By Eleanor Whitcombe and Raj Malhotra">
<meta name="ptime" content="20231208210000"><meta property="article:published_time" content="2023-12-08T21:00:00.000Z"><meta property="og:site_name" content="The Metropolitan Times">
</head><body><article id="story"><header><h1 data-testid="headline">Climate Talks Stall Over Fund for Extreme Weather</h1>
<p id="article-summary">Delegates worked through the night as a draft text dropped a reference to fossil fuels.</p>
<div class="byline"><p>By <span class="last-byline">Eleanor Whitcombe</span> and <span class="last-byline">Raj Malhotra</span></p><p>Reporting from Dubai</p></div><time datetime="2023-12-08T16:00:00-05:00">Dec. 8, 2023</time></header>
<section name="articleBody">{''.join(f'<div class="StoryBodyCompanionColumn"><div><p class="css-at9mc1 evys1bk0">{t}</p></div></div>' for t in CLIMATE_SUMMIT)}</section>
<div class="bottom-of-article"><p>A version of this article appears in print on Dec. 9, 2023, Section A, Page 8 of the New York edition with the headline: Climate Talks Stall.</p></div>
</article></body></html>""",
    title="Climate Talks Stall Over Fund for Extreme Weather", authors=["Eleanor Whitcombe", "Raj Malhotra"], published="2023-12-08 16:00", language="en", headings=0,
    first=CLIMATE_SUMMIT[0], last=CLIMATE_SUMMIT[-1], absent=["Reporting from Dubai", "appears in print"],
    debatable={"title": True, "published": True, "first_body": True})

# ---------------------------------------------------------------- 39 no og:title, <title> "Headline - Section - Outlet", h3 subheads
case("title_suffix", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Apple harvest: growers ask ministry for emergency loans - Business - Valley Herald</title>
<meta name="pubdate" content="2023-06-09"></head><body>{NAV}<div class="content"><h1 class="headline">Apple harvest: growers ask ministry for emergency loans</h1>
<span class="author">By Owen Thackeray</span>
<div class="text">{P(ORCHARD[:2])}<h3>Losses up to sixty per cent</h3>{P(ORCHARD[2:4])}<h3>Cider makers look elsewhere</h3>{P(ORCHARD[4:])}</div></div>{FOOTER}</body></html>""",
    title="Apple harvest: growers ask ministry for emergency loans", authors=["Owen Thackeray"], published="2023-06-09", language="en", headings=2,
    first=ORCHARD[0], last=ORCHARD[-1], absent=["Riverside Media"])

# ---------------------------------------------------------------- 40 byline in uppercase + email address, dateline in body
case("caps_email_byline", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evacuees spend second night in shelters</title>
<meta name="author" content="JOAO PEREIRA jpereira@islandcourier.example"><meta name="dc.date" content="2022-09-09"></head><body>
<article><h1>Evacuees spend second night in shelters</h1><p class="byline">By JOAO PEREIRA</p><div class="story">
<p>SAO MIGUEL, Azores — {VOLCANO[2]}</p>{P(VOLCANO[3:])}</div></article></body></html>""",
    title="Evacuees spend second night in shelters", authors=["Joao Pereira"], published="2022-09-09", language="en", headings=0,
    first="SAO MIGUEL, Azores — " + VOLCANO[2], last=VOLCANO[-1], debatable={"authors": True})

# ---------------------------------------------------------------- 41 NewsArticle nested as WebPage.mainEntity
case("ld_main_entity", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Observatory: tremors ease but alert stays</title>
{ld({"@context": "https://schema.org", "@type": "WebPage", "name": "Observatory: tremors ease but alert stays", "mainEntity": {"@type": "NewsArticle", "headline": "Observatory: tremors ease but alert stays",
     "datePublished": "2022-09-10T11:20:00-01:00", "dateModified": "2022-09-10T15:00:00-01:00", "author": [{"@type": "Person", "name": "Beatriz Solano"}], "publisher": {"@type": "Organization", "name": "Atlantic Islands Daily"}}})}
</head><body><article><h1>Observatory: tremors ease but alert stays</h1><div class="by">Beatriz Solano</div>{P(VOLCANO[1:5])}</article></body></html>""",
    title="Observatory: tremors ease but alert stays", authors=["Beatriz Solano"], published="2022-09-10 11:20", modified="2022-09-10 15:00", outlet="Atlantic Islands Daily",
    language="en", headings=0, first=VOLCANO[1], last=VOLCANO[4])

# ---------------------------------------------------------------- 42 broken JSON-LD (trailing comma) -> meta fallback
case("ld_broken", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cider makers look abroad as apple crop fails</title>
<meta property="og:site_name" content="Valley Herald"><meta property="article:published_time" content="2023-06-20T08:00:00+01:00"><meta name="author" content="Owen Thackeray">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cider makers look abroad as apple crop fails", "datePublished": "2023-06-20T07:00:00+00:00", "author": {"@type": "Person", "name": "Owen Thackeray"},}</script>
</head><body><article><h1>Cider makers look abroad as apple crop fails</h1>""" + P(ORCHARD[3:] + ORCHARD[:2]) + "</article></body></html>",
    title="Cider makers look abroad as apple crop fails", authors=["Owen Thackeray"], published="2023-06-20 08:00", language="en", headings=0, first=ORCHARD[3], last=ORCHARD[1])

# ---------------------------------------------------------------- 43 only a copyright year, no date anywhere
case("copyright_year_only", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How the marathon raised £6 million</title></head><body>
<article><h1>How the marathon raised £6 million</h1>{P(MARATHON[3:])}</article><footer><p>© 2019 Riverside Post Ltd. All rights reserved.</p><p>Site by Pixel &amp; Co, 2017</p></footer></body></html>""",
    title="How the marathon raised £6 million", published=None, language="en", headings=0, first=MARATHON[3], last=MARATHON[-1], debatable={})

# ---------------------------------------------------------------- 44 only dateModified in JSON-LD, published visible
case("modified_only_ld", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shelters fill as evacuation widens</title>
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Shelters fill as evacuation widens", "dateModified": "2022-10-02T09:00:00+01:00", "author": {"@type": "Person", "name": "Rafael Duarte"}})}
</head><body><article><h1>Shelters fill as evacuation widens</h1><p class="meta">Published <time datetime="2022-09-09T07:45:00+01:00">9 September 2022</time> · Updated 2 October 2022</p>{P(VOLCANO[2:])}</article></body></html>""",
    title="Shelters fill as evacuation widens", authors=["Rafael Duarte"], published="2022-09-09", modified="2022-10-02 09:00", language="en", headings=0, first=VOLCANO[2], last=VOLCANO[-1])

# ---------------------------------------------------------------- 45 wire byline with role words that are not placeholders; "Jr."
case("wire_roles", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Scientists watch swelling volcano flank</title>
<meta name="author" content="Martha Klein, AP Science Writer"><meta property="article:published_time" content="2022-09-09T13:00:00-04:00"><meta property="og:site_name" content="Harbor City Tribune">
</head><body><article><h1>Scientists watch swelling volcano flank</h1><p class="byline">By MARTHA KLEIN, AP Science Writer</p>{P(VOLCANO[:4])}
<p class="credits"><em>Associated Press writer Carl Henson Jr. contributed to this report.</em></p></article></body></html>""",
    title="Scientists watch swelling volcano flank", authors=["Martha Klein"], published="2022-09-09 13:00", language="en", headings=0, first=VOLCANO[0], last=VOLCANO[3],
    debatable={"last_body": True})

case("byline_jr", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Museum portrait goes on display</title>
<meta name="author" content="Carl Henson Jr. and Dana Wu"><meta property="article:published_time" content="2023-12-15T09:00:00+00:00"></head>
<body><article><h1>Museum portrait goes on display</h1><p class="byline">By Carl Henson Jr. and Dana Wu</p>{P(MUSEUM[2:])}</article></body></html>""",
    title="Museum portrait goes on display", authors=["Carl Henson Jr.", "Dana Wu"], published="2023-12-15 09:00", language="en", headings=0, first=MUSEUM[2], last=MUSEUM[-1], debatable={"authors": True})

# ---------------------------------------------------------------- 47 Reuters-like credits line at the end
case("reuters_credits", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Battery maker Saltwave to start building plant in autumn</title>
<meta property="og:site_name" content="Meridian Wire"><meta property="article:published_time" content="2023-05-02T10:31:00Z"><meta name="article:author" content="Jonas Berg">
</head><body><article><h1>Battery maker Saltwave to start building plant in autumn</h1><div class="byline">By <a href="/authors/jonas-berg/">Jonas Berg</a></div>
<div class="body"><p>LISBON, May 2 (Meridian) - {STARTUP[2]}</p>{P(STARTUP[3:])}
<p class="sign-off">Reporting by Jonas Berg; Editing by Kirsten Dahl</p>
<p class="trust">Our Standards: The Meridian Trust Principles.</p></div></article></body></html>""",
    title="Battery maker Saltwave to start building plant in autumn", authors=["Jonas Berg"], published="2023-05-02 10:31", language="en", headings=0,
    first=f"LISBON, May 2 (Meridian) - {STARTUP[2]}", last=STARTUP[-1], absent=["Our Standards", "Trust Principles"], debatable={"last_body": True})

# ---------------------------------------------------------------- 48 JSON-LD date-only, meta with the time
case("ld_date_only", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail operator defends pay offer</title>
<meta property="article:published_time" content="2024-01-10T14:20:00+00:00">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rail operator defends pay offer", "datePublished": "2024-01-10", "author": {"@type": "Person", "name": "Ruth Abernathy"}})}
</head><body><article><h1>Rail operator defends pay offer</h1>{P(TRAIN_STRIKE[2:])}</article></body></html>""",
    title="Rail operator defends pay offer", authors=["Ruth Abernathy"], published="2024-01-10 14:20", language="en", headings=0, first=TRAIN_STRIKE[2], last=TRAIN_STRIKE[-1])

# ---------------------------------------------------------------- 49 no structured date; visible "Published" line; older dates in the text
case("date_in_text", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge repairs: a history of delays</title></head><body>
<div class="article"><h1>Bridge repairs: a history of delays</h1><p class="meta">By Rhiannon Pryce. Published 5 June 2024</p>
<p>The last major repairs on the bridge were finished on 12 March 1998, after a winter of closures that local traders still remember.</p>
<p>An inspection report dated 4 November 2016 first mentioned rust on the supports, but no work followed, according to documents seen by this newspaper.</p>
{P(BRIDGE[4:])}</div></body></html>""",
    title="Bridge repairs: a history of delays", authors=["Rhiannon Pryce"], published="2024-06-05", language="en", headings=0,
    first="The last major repairs on the bridge were finished on 12 March 1998, after a winter of closures that local traders still remember.", last=BRIDGE[-1],
    absent=["Published 5 June"], debatable={"authors": True})

# ---------------------------------------------------------------- 50 og:title with outlet suffix and no <h1>
case("og_title_suffix", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marathon winner breaks course record | Riverside Post</title>
<meta property="og:title" content="Marathon winner breaks course record | Riverside Post"><meta property="og:site_name" content="Riverside Post">
<meta property="article:published_time" content="2023-10-08T13:00:00+01:00"></head><body>
<div class="story"><div class="story-title">Marathon winner breaks course record</div>{P(MARATHON[1:4])}</div></body></html>""",
    title="Marathon winner breaks course record", published="2023-10-08 13:00", language="en", headings=0, first=MARATHON[1], last=MARATHON[3], outlet="Riverside Post")

# ---------------------------------------------------------------- 51 Spanish byline "Por X y Y" visible, no metadata; Spanish compound surname with "y"
case("spanish_por", f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Los comerciantes del mercado trabajarán en una carpa</title>
<meta property="article:published_time" content="2023-03-20T09:00:00+01:00"></head><body><article><h1>Los comerciantes del mercado trabajarán en una carpa</h1>
<p class="autor">Por Lucía Ferrer y Andrés Gil</p>{P(SPANISH[3:] + SPANISH[:2])}</article></body></html>""",
    title="Los comerciantes del mercado trabajarán en una carpa", authors=["Lucía Ferrer", "Andrés Gil"], published="2023-03-20 09:00", language="es", headings=0,
    first=SPANISH[3], last=SPANISH[1], absent=["Por Lucía"])
