"""Invented saved news pages imitating CMS templates. Each case: (name, html, expect)."""
import json
from stories import *

def P(lst, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{t}</p>" for t in lst)

def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False, indent=1)}</script>'

COOKIE = """<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies and similar technologies to improve your experience, to show you personalised content and advertising, and to analyse our traffic. By clicking Accept all, you agree to the storing of cookies on your device.</p><button>Accept all</button><button>Manage preferences</button></div>"""
NAV = """<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>"""
FOOTER = """<footer class="site-footer"><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms of use</a></li></ul><p>&copy; 2024 Riverside Media Group. All rights reserved.</p></footer>"""
RELATED = """<section class="related-stories"><h2>More from News</h2><ul>
<li><a href="/news/2024/council-tax-rise/">Council tax to rise by 4.9% from April as budget gap widens</a></li>
<li><a href="/news/2024/new-cycle-lanes/">New cycle lanes planned for three main roads into the city centre</a></li>
<li><a href="/news/2024/school-places/">Parents face longer journeys as secondary school places run short</a></li>
<li><a href="/news/2024/airport-expansion/">Airport expansion approved despite objections from residents</a></li></ul></section>"""
NEWSLETTER = """<div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our free daily newsletter and get the stories that matter delivered to your inbox every morning before 7am.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form><p class="small">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>"""

CASES = []
def case(name, html, **expect):
    CASES.append((name, html, expect))

# ---------------------------------------------------------------- 1 WordPress + Yoast @graph (author by @id)
graph = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "@id": "https://www.valleyherald.co.uk/2023/05/14/bridge-closed/", "url": "https://www.valleyherald.co.uk/2023/05/14/bridge-closed/", "name": "Millbrook Street bridge closed to lorries after corrosion found - Valley Herald", "datePublished": "2023-05-14T07:30:00+00:00", "dateModified": "2023-05-14T11:02:45+00:00", "breadcrumb": {"@id": "#breadcrumb"}},
    {"@type": "Article", "@id": "https://www.valleyherald.co.uk/2023/05/14/bridge-closed/#article", "isPartOf": {"@id": "https://www.valleyherald.co.uk/2023/05/14/bridge-closed/"}, "author": {"name": "Rhiannon Pryce", "@id": "https://www.valleyherald.co.uk/#/schema/person/5f1c"}, "headline": "Millbrook Street bridge closed to lorries after corrosion found", "datePublished": "2023-05-14T07:30:00+00:00", "dateModified": "2023-05-14T11:02:45+00:00", "publisher": {"@id": "https://www.valleyherald.co.uk/#organization"}, "articleSection": ["Local News"], "inLanguage": "en-GB"},
    {"@type": "BreadcrumbList", "@id": "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.valleyherald.co.uk/"}]},
    {"@type": "Organization", "@id": "https://www.valleyherald.co.uk/#organization", "name": "Valley Herald", "url": "https://www.valleyherald.co.uk/"},
    {"@type": "Person", "@id": "https://www.valleyherald.co.uk/#/schema/person/5f1c", "name": "Rhiannon Pryce", "url": "https://www.valleyherald.co.uk/author/rpryce/"}]}
case("wp_yoast", f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>Millbrook Street bridge closed to lorries after corrosion found - Valley Herald</title>
<meta name="description" content="Heavy goods vehicles will be diverted along the ring road from Monday.">
<link rel="canonical" href="https://www.valleyherald.co.uk/2023/05/14/bridge-closed/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="Millbrook Street bridge closed to lorries after corrosion found - Valley Herald">
<meta property="og:description" content="Heavy goods vehicles will be diverted along the ring road from Monday.">
<meta property="og:url" content="https://www.valleyherald.co.uk/2023/05/14/bridge-closed/">
<meta property="og:site_name" content="Valley Herald">
<meta property="article:published_time" content="2023-05-14T07:30:00+00:00">
<meta property="article:modified_time" content="2023-05-14T11:02:45+00:00">
<meta name="author" content="Rhiannon Pryce">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Rhiannon Pryce">
{ld(graph)}
<link rel='stylesheet' id='wp-block-library-css' href='https://www.valleyherald.co.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.2' media='all' />
</head><body class="post-template-default single single-post postid-48213 single-format-standard">
{COOKIE}{NAV}
<main id="main" class="site-main"><article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news">
<header class="entry-header"><span class="cat-links"><a href="/category/local-news/" rel="category tag">Local News</a></span>
<h1 class="entry-title">Millbrook Street bridge closed to lorries after corrosion found</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.valleyherald.co.uk/author/rpryce/">Rhiannon Pryce</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2023-05-14T07:30:00+00:00">14 May 2023</time><time class="updated" datetime="2023-05-14T11:02:45+00:00">14 May 2023</time></span></div></header>
<div class="entry-content">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2023/05/bridge.jpg" alt=""><figcaption>The bridge was built in 1964. Photo: Valley Herald</figcaption></figure>
{P(BRIDGE[:3])}
<p><strong>READ MORE:</strong> <a href="/2023/04/02/ring-road-roadworks/">Ring road roadworks to continue until June</a></p>
<h2 class="wp-block-heading">Decades of wear</h2>
{P(BRIDGE[3:5])}
{NEWSLETTER}
<h2 class="wp-block-heading">What happens next</h2>
{P(BRIDGE[5:])}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/bridges/" rel="tag">bridges</a>, <a href="/tag/transport/" rel="tag">transport</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;Millbrook Street bridge closed to lorries after corrosion found&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Dave from Eastside</b> <time datetime="2023-05-14T12:11:00+00:00">May 14, 2023 at 12:11 pm</time></footer><div class="comment-content"><p>About time somebody looked at that bridge properly, the whole deck shakes every time a quarry lorry goes over it and has done for years.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">M. Kowalski</b></footer><div class="comment-content"><p>The diversion through the ring road is going to be a nightmare at rush hour, I hope the council has thought about the traffic lights at the junction.</p></div></article></li></ol></div>
</main>{RELATED}{FOOTER}</body></html>""",
    title="Millbrook Street bridge closed to lorries after corrosion found", authors=["Rhiannon Pryce"],
    published="2023-05-14 07:30", modified="2023-05-14 11:02", language="en", headings=2,
    first=BRIDGE[0], last=BRIDGE[-1], outlet="Valley Herald",
    absent=["READ MORE", "Ring road roadworks", "Sign up for our free daily newsletter", "About time somebody", "We use cookies", "Photo: Valley Herald", "More from News", "Tagged"])

# ---------------------------------------------------------------- 2 WordPress Yoast, author only as @id reference
graph2 = json.loads(json.dumps(graph))
graph2["@graph"][1]["author"] = {"@id": "https://www.valleyherald.co.uk/#/schema/person/9a2e"}
graph2["@graph"][1]["headline"] = "Growers brace for smallest apple harvest in a decade"
graph2["@graph"][1]["datePublished"] = "2023-06-02T05:00:00+00:00"; graph2["@graph"][1]["dateModified"] = "2023-06-02T05:00:00+00:00"
graph2["@graph"][4] = {"@type": "Person", "@id": "https://www.valleyherald.co.uk/#/schema/person/9a2e", "name": "Owen Thackeray", "url": "https://www.valleyherald.co.uk/author/othackeray/"}
case("wp_yoast_author_ref", f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>Growers brace for smallest apple harvest in a decade | Valley Herald</title>
<meta property="og:title" content="Growers brace for smallest apple harvest in a decade">
<meta property="og:site_name" content="Valley Herald"><meta property="og:type" content="article">
<meta property="article:published_time" content="2023-06-02T05:00:00+00:00">
{ld(graph2)}</head><body class="single-post">{NAV}
<article class="post type-post"><h1 class="entry-title">Growers brace for smallest apple harvest in a decade</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/othackeray/">Owen Thackeray</a></span></span> &middot; <span class="posted-on">June 2, 2023</span></div>
<div class="entry-content">{P(ORCHARD)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div>
<div class="jp-relatedposts"><h3>Related</h3><p><a href="/2022/09/cider/">Cider makers enjoy bumper year</a></p></div>
</div></article>{FOOTER}</body></html>""",
    title="Growers brace for smallest apple harvest in a decade", authors=["Owen Thackeray"],
    published="2023-06-02 05:00", language="en", headings=0, first=ORCHARD[0], last=ORCHARD[-1], outlet="Valley Herald",
    absent=["Share this", "Cider makers enjoy bumper year", "Facebook"])

# ---------------------------------------------------------------- 3 Arc XP
arc_ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Battery start-up raises $48 million to build sodium-ion pilot plant",
    "description": "Saltwave Energy plans to sell its first cells to makers of home storage systems.",
    "datePublished": "2022-11-02T14:05:12.345Z", "dateModified": "2022-11-02T18:40:00.120Z",
    "author": [{"@type": "Person", "name": "Marcus Feld", "url": "https://www.capitalpost.com/people/marcus-feld/"}, {"@type": "Person", "name": "Aiko Tanabe"}],
    "publisher": {"@type": "Organization", "name": "The Capital Post", "logo": {"@type": "ImageObject", "url": "https://www.capitalpost.com/logo.png"}},
    "isAccessibleForFree": True, "mainEntityOfPage": "https://www.capitalpost.com/business/2022/11/02/saltwave-sodium-battery-funding/"}
case("arc_xp", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>Battery start-up raises $48 million to build sodium-ion pilot plant - The Capital Post</title>
<meta name="description" content="Saltwave Energy plans to sell its first cells to makers of home storage systems."/>
<meta property="og:title" content="Battery start-up raises $48 million to build sodium-ion pilot plant"/>
<meta property="og:site_name" content="The Capital Post"/>
<meta property="og:url" content="https://www.capitalpost.com/business/2022/11/02/saltwave-sodium-battery-funding/"/>
<meta property="article:published_time" content="2022-11-02T14:05:12.345Z"/>
<meta name="author" content="Marcus Feld, Aiko Tanabe"/>
{ld(arc_ld)}
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="capitalpost";Fusion.contextPath="/pf";Fusion.globalContent={{"_id":"ABC123","type":"story","headlines":{{"basic":"Battery start-up raises $48 million"}}}};</script>
</head><body><div id="fusion-app" class="layout-section">{NAV}
<main><div class="article-body-wrapper">
<div class="headline-wrapper"><h1 data-qa="headline" class="headline">Battery start-up raises $48 million to build sodium-ion pilot plant</h1>
<h2 class="sub-headline" data-qa="subheadline">Saltwave Energy plans to sell its first cells to makers of home storage systems.</h2></div>
<div class="byline" data-qa="author-byline"><span>By <a href="/people/marcus-feld/" rel="author">Marcus Feld</a> and <a rel="author">Aiko Tanabe</a></span></div>
<div class="display-date" data-qa="display-date">November 2, 2022 at 9:05 a.m. EDT</div>
<article class="article-body">
{''.join(f'<div class="article-body" data-el="text"><p class="font-copy" data-el="text">{t}</p></div>' for t in STARTUP[:3])}
<div class="interstitial-link"><p><i><a href="/business/2022/06/lithium-prices/">[Lithium prices fell sharply this year. Here is why.]</a></i></p></div>
{''.join(f'<div class="article-body" data-el="text"><p class="font-copy" data-el="text">{t}</p></div>' for t in STARTUP[3:])}
</article>
<div class="correction"><p>An earlier version of this article misstated the size of the funding round. It is $48 million, not $84 million.</p></div>
</div></main>
<div class="most-read"><h2>Most Read Business</h2><ol><li><a href="/x1">Mortgage rates climb for a sixth week</a></li><li><a href="/x2">Retailers brace for slow holiday season</a></li></ol></div>
{FOOTER}</div></body></html>""",
    title="Battery start-up raises $48 million to build sodium-ion pilot plant", authors=["Marcus Feld", "Aiko Tanabe"],
    published="2022-11-02 14:05", modified="2022-11-02 18:40", language="en", headings=0, first=STARTUP[0], last=STARTUP[-1], outlet="The Capital Post",
    absent=["Lithium prices fell sharply", "Most Read", "By Marcus Feld", "9:05 a.m."], debatable={"last_body": True})

# ---------------------------------------------------------------- 4 Drupal (dcterms meta, field--name-body)
case("drupal", f"""<!DOCTYPE html><html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<title>Central library reopens after three-year renovation | Northgate Gazette</title>
<meta name="description" content="The library adds a rooftop reading garden, a makerspace and 200 study desks." />
<link rel="canonical" href="https://www.northgategazette.com/news/central-library-reopens" />
<meta property="og:site_name" content="Northgate Gazette" /><meta property="og:title" content="Central library reopens after three-year renovation" />
<meta name="dcterms.title" content="Central library reopens after three-year renovation" />
<meta name="dcterms.creator" content="Hamid Rostami" />
<meta name="dcterms.date" content="2024-02-08T10:15-05:00" />
<meta name="dcterms.modified" content="2024-02-09T08:00-05:00" />
</head><body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">{NAV}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><article role="article" about="/news/central-library-reopens" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Central library reopens after three-year renovation</span></h1>
<div class="node__meta"><span class="field field--name-field-byline">Hamid Rostami</span> | <span class="field field--name-created">Thu, 02/08/2024 - 10:15</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{P(LIBRARY[:4])}
<h3>Longer hours</h3>
{P(LIBRARY[4:])}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">Libraries</a></div><div class="field__item"><a href="/taxonomy/term/40">Architecture</a></div></div></div>
</article></div></main>{FOOTER}</div></body></html>""",
    title="Central library reopens after three-year renovation", authors=["Hamid Rostami"],
    published="2024-02-08 10:15", modified="2024-02-09 08:00", language="en", headings=1, first=LIBRARY[0], last=LIBRARY[-1], outlet="Northgate Gazette",
    absent=["Skip to main content", "Tags", "Libraries", "02/08/2024"])

# ---------------------------------------------------------------- 5 Ghost
ghost_ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "The Slow Lane", "url": "https://slowlane.news/"},
    "author": {"@type": "Person", "name": "Freya Lindqvist", "url": "https://slowlane.news/author/freya/", "sameAs": []},
    "headline": "Why the marathon keeps getting bigger", "url": "https://slowlane.news/why-the-marathon-keeps-getting-bigger/",
    "datePublished": "2023-10-09T16:20:31.000Z", "dateModified": "2023-10-10T07:02:11.000Z", "description": "Record entries, a record time and a cooler day."}
case("ghost", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Why the marathon keeps getting bigger</title>
<meta name="description" content="Record entries, a record time and a cooler day.">
<link rel="canonical" href="https://slowlane.news/why-the-marathon-keeps-getting-bigger/">
<meta property="og:site_name" content="The Slow Lane"><meta property="og:type" content="article">
<meta property="og:title" content="Why the marathon keeps getting bigger">
<meta property="article:published_time" content="2023-10-09T16:20:31.000Z">
<meta property="article:modified_time" content="2023-10-10T07:02:11.000Z">
<meta property="article:tag" content="Running">
<meta name="generator" content="Ghost 5.69">
{ld(ghost_ld)}</head><body class="post-template">
<div class="viewport"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="https://slowlane.news">The Slow Lane</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>
<main id="site-main" class="site-main"><article class="article post tag-running">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/running/">Running</a></span></section>
<h1 class="article-title">Why the marathon keeps getting bigger</h1><p class="article-excerpt">Record entries, a record time and a cooler day.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/freya/">Freya Lindqvist</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2023-10-09">Oct 9, 2023</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
{P(MARATHON[:3])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2023/10/finish.jpg" class="kg-image" alt="" loading="lazy"><figcaption>The leaders pass the twenty-mile marker. Photo by Sam Oduya</figcaption></figure>
<h2 id="weather">Weather helped</h2>
{P(MARATHON[3:5])}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://slowlane.news/heat-and-marathons/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">What heat does to marathon runners</div><div class="kg-bookmark-description">Last year dozens of runners were treated for heat exhaustion.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">The Slow Lane</span></div></div></a></figure>
{P(MARATHON[5:])}
<div class="kg-card kg-cta-card"><p>Enjoyed this? Subscribe to The Slow Lane to get every new post by email.</p><a href="#/portal/signup">Subscribe</a></div>
</section></article>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section>
<aside class="read-more-wrap"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/marathon-training/"><h2 class="post-card-title">Ten weeks to your first marathon</h2></a><div class="post-card-excerpt">A beginner's plan, week by week.</div></article></div></aside>
</main><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowlane.news">The Slow Lane</a> &copy; 2023</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>""",
    title="Why the marathon keeps getting bigger", authors=["Freya Lindqvist"],
    published="2023-10-09 16:20", modified="2023-10-10 07:02", language="en", headings=1, first=MARATHON[0], last=MARATHON[-1], outlet="The Slow Lane",
    absent=["Photo by Sam Oduya", "What heat does to marathon runners", "Enjoyed this?", "Ten weeks to your first marathon", "3 min read", "Powered by Ghost"])
