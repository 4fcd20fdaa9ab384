"""The vocabulary of :mod:`workbench.extract.page_dump`: the words and phrases news pages
print around an article, by what they tell the parser.

Shallow-text-feature boilerplate detection (Kohlschütter, Fankhauser & Nejdl 2010,
"Boilerplate Detection using Shallow Text Features", WSDM) classifies a block partly by
a vocabulary of chrome phrases; no maintained library lists them, so these lists are
hand-written. Each list's comment says which languages it covers (most are English, and
the longer lists add the other languages one line per language). Month and weekday names
are not here: they come from Unicode CLDR through Babel, in the languages of
``DATE_LOCALES``.

Groups, in the order the parser meets them:

* chrome anywhere on the page, dropped while the article goes on (``CHROME``, the
  inline promos, photo credits and labels, menu bars);
* datelines (the words a dateline carries around its date, update and reading-time labels);
* bylines ("By" in several languages, job titles, desks, newsrooms, name particles);
* the end of the article (rails, comment sections, footers, wire credits, the notes
  about the author or outlet that close some articles);
* pages that are no article (error pages, dated teasers).

Phrases that label a button or a rail are matched only on short lines (the parser's
``MAX_CHROME_WORDS``), so a sentence that happens to start with "Share prices" or
"Subscribers" is never taken for chrome.
"""

from __future__ import annotations

import re

# --- chrome anywhere on the page --------------------------------------------------------

# Site chrome that can appear anywhere: skip links, menus, buttons, consent banners,
# inline promos. Dropped, but the article goes on after them. English, with the
# commonest German, French, Spanish, Italian, Dutch, Portuguese and Swedish advertising,
# share and "read also" labels, one line per language.
CHROME = re.compile(
    r"""^(?:
        skip\b | jump\ to\b | go\ to\ (?:the\ )?(?:homepage|home|top|content|main)
      | back\ to\ (?:top|home) | (?:main\ |site\ )?(?:menu|navigation|search)$ | home(?:page)?$
      | sign\ (?:in|up|out)\b | log\ ?(?:in|out)\b | register$ | subscribe\b | newsletters?\b
      | we\ use\ cookies | cookies?(?:\ (?:policy|settings|preferences))?$ | accept(?:\ all)?(?:\ cookies)?$ | manage\ (?:cookies|preferences|consent)
      | advertisements?$ | advert$ | ad$ | sponsored\b | promoted\b
      | (?:story|article)\ continues\ (?:below|after) | continue\ reading\b | advertisement\ -\ scroll | scroll\ (?:down\ )?(?:for|to)\b
      | share(?:\ this|\ on|\ (?:full\ )?(?:article|story)|\ via|$) | tweet$ | print(?:\ this)?(?:\ article|\ page|\ story)?$
      | e-?mail\ (?:this|to\ a\ friend)\b | e-?mail(?:\ article|\ story)?$ | copy\ link$ | whatsapp$ | facebook$ | twitter$ | linkedin$
      | listen\ to\ (?:this\ )?(?:article|story) | watch\ live\b | audio$ | video$
      | read\ (?:more|also)\b | also\ read\b | see\ also\b | related(?::|$) | follow\ us\b
      | download\ (?:the|our)\ app | open\ in\ app
      | anzeige$ | werbung$ | lesen\ sie\ (?:auch|mehr)\b | (?:artikel\ )?teilen$
      | publicité$ | lire\ (?:aussi|la\ suite)\b | partager$ | article\ réservé\ aux\ abonnés
      | publicidad$ | leer\ más\b | lee\ también\b | compartir$
      | pubblicità$ | leggi\ anche\b | condividi$
      | advertentie$ | lees\ ook\b | delen$
      | publicidade$ | leia\ (?:também|mais)\b | compartilhe$
      | annons$ | läs\ (?:också|mer)\b | dela$
    )""",
    re.I | re.X,
)
# The labels of inline promos, followed by the promoted article's headline on the next
# line or after a colon ("Read more: ...", "Lire aussi : ..."); saved pages print them as
# link lines inside the body too (:mod:`workbench.extract.html`). English, German, French,
# Spanish, Portuguese, Italian, Dutch and Polish.
PROMO_LABEL = re.compile(
    r"^\W*(?:read\ (?:more|also|next)|also\ read|related(?:\ stories|\ articles|\ coverage)?|see\ also|more\ on\ this"
    r"|lesen\ sie\ (?:auch|mehr)|mehr\ zum\ thema|auch\ interessant|(?:à\ )?lire\ aussi|voir\ aussi"
    r"|le[eé]r?\ (?:más|también)|más\ información|te\ puede\ interesar|leia\ (?:também|mais)|veja\ também"
    r"|leggi\ anche|lees\ ook|czytaj\ (?:także|też|więcej)|zobacz\ (?:też|także))\b",
    re.I | re.X,
)
# Newsletter boxes written as sentences ("... By signing up you agree to our terms.")
# and the box that asks readers to subscribe before they comment: phrases no news
# sentence uses, matched in blocks of up to the parser's MAX_PROMO_WORDS. English.
NEWSLETTER_BOX = re.compile(
    r"\bby signing up\b|\bunsubscribe at any time\b|\b(?:straight|direct(?:ly)?) to your inbox\b|\bin your inbox every\b"
    r"|\bthanks? (?:you )?for (?:subscribing|signing up)\b"
    r"|\bplease (?:subscribe|log in|sign in)\b|\balready a subscriber\b",  # the box over the comments
    re.I,
)
# Photo captions end with a credit, often glued to the caption text by the dump
# ("... train IraqisImage: AP"). Credits are short: an agency or a photographer.
# English labels, with German "Foto".
PHOTO_CREDIT = re.compile(
    r"(?:(?:Image|Photo|Picture|Photograph|Foto|Credit|Illustration|Video|IMAGE|PHOTO)s?\s*(?::|\.\.\.|…)"
    r"|\b(?:Photo|Image|Picture)s?\s+by\b)\s*[^\s.!?][^!?]{0,50}$"
    r"|\((?:AP|AFP|Reuters|Getty|dpa|EPA)\b[^)]{0,40}\)$|\bGetty Images$"
    r"|^(?:©|\(c\))\s*[^\d\s][^.!?\d]{0,40}$"  # "© AFP", "© picture-alliance/dpa": no year, so no footer
    r"|\([A-Z][^()/]{1,40}/[A-Z][^()/]{1,40}\)$"  # "(Jane Doe/Example News)": photographer and outlet
)
# Labels a page prints with its photos, on lines of their own: the BBC's "Image source,
# AP" and "Image caption," (the caption on the next line), or a bare "Image" where a
# copy lost the picture. English.
PHOTO_LABEL = re.compile(r"^(?:image|photo|video)(?:\s+(?:source|caption|credit))?(?:,|$)", re.I)
# The sections of a news site and the buttons of its menu, as a menu bar copied onto one
# line names them ("Home News Business Sport What's On Jobs"). English only.
SECTION_NAMES = {
    "home", "news", "world", "local", "national", "politics", "business", "money", "markets", "opinion", "sport",
    "sports", "weather", "culture", "arts", "entertainment", "lifestyle", "travel", "health", "science", "tech",
    "technology", "video", "podcasts", "jobs", "contact", "obituaries", "classifieds", "property", "motors",
    "ideas", "books", "food", "style", "life", "features", "magazine", "archive", "education", "environment",
    "climate", "crime", "live", "uk", "us", "europe", "subscribe", "search", "newsletters",
}

# --- datelines --------------------------------------------------------------------------

#: Languages whose month and weekday names datelines are read in, with CLDR's names
#: (through Babel; Unicode CLDR, https://cldr.unicode.org). All of them print the year
#: after the day and month; Hungarian and the East Asian languages, which print it
#: first, are not read.
DATE_LOCALES = (
    "en", "en_GB", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk",
    "ro", "hr", "sl", "ca", "tr", "el", "ru", "uk", "id",
)
# Words a dateline may carry around its date and time; anything else makes the line a
# sentence. Weekdays come from CLDR and English's words are ENGLISH_DATELINE_FILLER below;
# this is the hand-written list for German, French, Spanish,
# Italian, Portuguese, Dutch and the Scandinavian languages (CLDR has no such words), one
# line per language, then the German time zones.
DATELINE_WORDS = (
    "veröffentlicht", "aktualisiert", "geändert", "erstellt", "zuletzt", "stand", "am", "um", "uhr", "vom",
    "publié", "publiée", "mis à jour", "mise à jour", "modifié", "le", "à", "édition du",
    "publicado", "publicada", "actualizado", "actualizada", "el", "a las", "hora", "horas",
    "pubblicato", "aggiornato", "il", "alle", "ore",
    "atualizado", "atualizada", "em", "às",
    "gepubliceerd", "bijgewerkt", "gewijzigd", "geplaatst", "op", "om", "uur",
    "publicerad", "uppdaterad", "publiceret", "opdateret", "publisert", "oppdatert", "kl",
    "mez", "mesz",
)
# English's dateline words, as a fragment of a verbose pattern: the labels before a date
# ("Published", "Last updated", "This story was first published"), "on", "at", "as of",
# the weekday abbreviations CLDR lacks ("Tues", "Thurs") and the time zones.
ENGLISH_DATELINE_FILLER = (
    r"(?:this\ (?:article|story)\ was\ )?(?:first\ |last\ |originally\ )?(?:published|updated|modified|posted|created)"
    r"|date[d]?|on|at|as\ of|local\ time"
    r"|tues|thur|thurs"
    r"|gmt|utc|uk|cet|cest|eet|eest|bst|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|ist|jst|aest|aedt"
)
# "Updated 2 hours ago": a time relative to when the page was saved, which gives no date
# (English).
TIME_AGO = r"(?:updated:?\s+)?\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago"
RELATIVE_TIME = re.compile(rf"^{TIME_AGO}$", re.I)
# The label that makes a dateline an update rather than the publication date, in
# English, German, French, Spanish, Italian, Portuguese, Dutch and the Scandinavian
# languages.
UPDATE_LABEL = re.compile(
    r"\b(?:updated|modified|aktualisiert|geändert|mis[e]?\ à\ jour|modifié|actualizad[oa]|aggiornat[oa]|atualizad[oa]"
    r"|bijgewerkt|gewijzigd|uppdaterad|opdateret|oppdatert)\b",
    re.I | re.X,
)
# "4 min read", and its German, French, Spanish, Italian and Dutch labels ("Lesedauer: 3
# Minuten", "Lecture 3 min", "Lectura: 3 min", "Tempo di lettura: 3 minuti", "Leestijd: 3 minuten").
READING_TIME = re.compile(
    r"^(?:(?:reading\ time|lesedauer|lecture|lectura|tempo\ di\ lettura|leestijd):?\s*)?"
    r"\d+(?:\s*[-–]\s*\d+)?\s*min(?:ute|uten|uti|utos)?s?\.?(?:\s+read)?$",  # "5-6 minutes" too
    re.I | re.X,
)

# --- bylines ----------------------------------------------------------------------------

# "By" in English, German, French, Spanish/Portuguese and Dutch, and the blog form "Posted by".
BYLINE_PREFIX = re.compile(
    r"^(?:by|words\ by|text\ by|reporting\ by|written\ by|posted\ by|authors?|von|par|por|door):?\s+(?=\S)", re.I | re.X
)
# The same "by" inside a line, after a date ("Posted on March 12, 2024 by Sam Okoro").
BY_INSIDE_LINE = re.compile(r"\s(?=(?:by|von|par|por|door)\s+\S)", re.I)
# Words that open a byline only when names follow: CNN's "From Jane Doe", Italian
# "di Luca Bianchi" and Scandinavian "Av Erik Lund"; elsewhere they open headlines
# ("From farm to fork") and phrases.
NAME_PREFIX = re.compile(r"^(?:from|di|av)\s+(?=\S)", re.I)
# The newsroom signing a piece in German, French, Spanish, Italian, Dutch and Portuguese:
# a byline that names no person, so no author.
NEWSROOM = re.compile(r"^(?:redaktion|rédaction|redacción|redazione|redactie|redação)$", re.I)
# Words of a byline that names no person or names their job: staff and desks (English),
# an agency's initials in brackets ("DW staff (nda)"), and the newsrooms above.
STAFF_OR_DESK = re.compile(
    rf"\b(?:staff|reporter|correspondent|editor|writer|desk|bureau|agencies|wire)s?\b|\(\w{{2,5}}\)$|{NEWSROOM.pattern}", re.I
)
# Job titles printed with a name ("Jo Lee, Energy correspondent"); English.
JOB_TITLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|columnist|analyst|contributor|producer|journalist|chief|desk)s?\b", re.I
)
# Lower-case words inside a person's name ("Ursula von der Leyen", "Ahmad bin Ali").
NAME_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "ibn", "dos", "del"}
# "and" in English, German, French, Italian/Portuguese and Dutch. Spanish "y" also joins
# the two surnames of one person ("José Ortega y Gasset"), so it separates two authors
# only when full names stand on both sides ("Juan Pérez y Ana López").
AUTHOR_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|und|et|e|en)\s+|\s*&\s*")
SPANISH_AND = re.compile(r"\s+y\s+")
# The Guardian's "Anna Berg in Brussels": where the reporter filed from, not a name.
FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
# A freelance's byline names the outlet the piece was written for ("Jane Doe for The
# Record", "JANE DOE FOR EXAMPLE.COM"); English only.
WRITTEN_FOR = re.compile(r",?\s+for\s+\S.*$", re.I)

# --- the end of the article -------------------------------------------------------------

# Phrases that open the rails, comment sections and footers that follow an article: the
# body ends there. The optional possessive covers branded rails ("DW's Top Story",
# "Ledger's Most Read"); a rail's own label may name its section ("Other local news",
# "TOP BUSINESS STORIES NOW", "Related Internet links"). English, with the commonest
# German, French, Spanish, Italian and Dutch rail and footer labels, one line per
# language, and "Comments (12)" in all six.
END_OF_ARTICLE = re.compile(
    r"""^(?:
        skip\ next\ section
      | (?:[\w.&-]+(?:'s|’s)\s+)?(?:
            top\ (?:stor(?:y|ies)|news)
          | more\ (?:stories|news|articles|coverage|from|on)
          | most\ (?:read|popular|viewed|shared)
          | related\ (?:articles|stories|coverage|content|topics|links|news)$
          | recommended(?:\ for\ you|\ stories|\ articles|\ reading)?$
          | you\ (?:may|might)\ also\ (?:like|be\ interested)
          | explore\ more | editor'?s\ picks | trending(?:\ now)?$ | latest\ (?:news|stories)$
          | read\ next$ | up\ next$ | further\ reading$ | topics$ | tags\b:? | filed\ under\b
          | (?:top|more|other|related|latest)\ (?:[\w'-]+\ ){1,2}(?:stor(?:y|ies)|news|articles|headlines|links)(?:\ now)?:?$ )
      | about\ the\ authors?$
      | (?:\d+\ )?(?:comments?|kommentare|commentaires|comentarios|commenti|reacties)(?:\s*\(?\d+\)?)?$
      | \d+\ (?:responses|replies|comments|thoughts)\ (?:to|on)\b
      | (?:show|view|read|post\ a|leave\ a)\ (?:comments?|reply)\b | comments\ are\ closed | reader\ comments$
      | share\ or\ comment\b | join\ the\ conversation | have\ your\ say$
      | references$ | corrections?(?::|$)
      | mehr\ zum\ thema | weitere\ (?:meldungen|artikel)$ | impressum$ | datenschutz(?:erklärung)?$
      | mentions\ légales | sur\ le\ même\ sujet | réagissez\b
      | noticias\ relacionadas | te\ puede\ interesar | archivado\ en | aviso\ legal
      | leggi\ anche$ | ti\ potrebbe\ interessare
      | meer\ over\ dit\ onderwerp | reageer\ op\b
    )""",
    re.I | re.X,
)
# What opens a copyright notice: "©", "(c)" or the word.
COPYRIGHT_SIGN = r"(?:©|\(c\)|copyright\b)"
# A copyright notice closes the page; a "©" with no year or rights statement is a photo
# credit ("© AFP"), and the article goes on after it. Matched on short lines only.
COPYRIGHT_FOOTER = re.compile(rf"^{COPYRIGHT_SIGN}.*\b(?:19|20)\d{{2}}\b|\ball rights reserved\b", re.I)
# Footers that close the article at any length: a copyright notice that opens with the
# year ("(c) 2004 The Associated Press. All rights reserved. This material may not be
# ..."), so that a paragraph about copyright law stays text, and the note on where the
# article was printed or filed ("A version of this article appears in print on ...",
# "This article appears in the May issue", WordPress's "This entry was posted in
# <categories>"). English.
FOOTER_OF_ANY_LENGTH = re.compile(
    rf"^(?:{COPYRIGHT_SIGN}\s*)+(?:19|20)\d{{2}}\b"
    r"|^(?:a\ version\ of\ )?this\ (?:article|story|entry|post)\ (?:appears|appeared|was\ posted)\ in\b",
    re.I | re.X,
)
# What opens (or closes) a copyright notice rather than a name; English.
COPYRIGHT_NOTICE = re.compile(rf"^{COPYRIGHT_SIGN}|\ball rights reserved\b", re.I)
# The credit line a wire story ends with ("Reporting by Anna Berg; Editing by Tom Lind"),
# in English; below the byline it closes the article, and the agency's notices follow.
WIRE_CREDIT = re.compile(r"^(?:additional\ )?(?:reporting|writing|editing)\ by\b", re.I | re.X)
# A promo speaks to the reader: it says "you" or asks them to act ("Download ...", "Stay
# on top of ... with The Courier"); a closing paragraph that only names the outlet ("...,
# he told The Courier") is the story's. English only.
READER_ADDRESS = re.compile(
    r"\b(?:you|your|download|subscribe|sign\ up|follow\ us)\b|^\W*(?:get|stay|read|listen|watch|join|try)\b", re.I | re.X
)

# --- pages that are no article ----------------------------------------------------------

# What an error page says ("Page not found", "404", "The page you requested could not be
# found"), in English, German, French, Spanish and Italian.
ERROR_PAGE = re.compile(
    r"\b(?:404\ (?:error|page|not\ found)|error\ 404\b|^404$"
    r"|(?:page|article|story)\b[^.!?]{0,40}?\b(?:not\ found|(?:could\ not|cannot|can't)\ be\ found"
    r"|(?:does\ not|doesn't)\ exist|no\ longer\ available)"
    r"|seite\ nicht\ gefunden|page\ introuvable|página\ no\ encontrada|pagina\ non\ trovata)",
    re.I | re.X,
)
# "2 hours ago", "Yesterday": how a list of teasers dates each of them, on a line of its
# own or at the end of the teaser's summary ("... after three days of rain. 2 hours ago").
# English.
TEASER_AGE = re.compile(rf"(?:^|\s){TIME_AGO}$|^(?:yesterday|today|just\ now)$", re.I | re.X)
