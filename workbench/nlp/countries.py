"""Country names: one canonical key for a country however an article names it.

Country names and ISO codes come from pycountry (ISO 3166-1, the Debian iso-codes data).
ISO has no demonyms, no capitals and a few names that news never uses ("Russian
Federation", "Türkiye"), and no well-kept package on PyPI covers those: the small tables
below are hand-written for that reason. They only map onto ISO alpha-2 codes, so the
canonical name still comes from pycountry.
"""

from __future__ import annotations

import functools

import pycountry

__all__ = ["country_name", "capital_country"]

#: Canonical names where ISO's short name is not the one newsrooms use.
_NEWS_NAMES = {
    "RU": "Russia",
    "TR": "Turkey",
    "CD": "Democratic Republic of the Congo",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "BN": "Brunei",
    "VA": "Vatican City",
}

#: Names and abbreviations ISO does not list (dots are removed before lookup: "U.S." -> "US").
_ALIASES = {
    "US": "US", "USA": "US", "America": "US", "United States of America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russia": "RU", "Turkey": "TR", "Holland": "NL", "Vatican": "VA",
    "Ivory Coast": "CI", "Burma": "MM", "Czech Republic": "CZ", "Macedonia": "MK",
    "Congo": "CG", "DRC": "CD", "DR Congo": "CD", "UAE": "AE", "Emirates": "AE",
    "Swaziland": "SZ", "Cape Verde": "CV", "Palestine": "PS", "PRC": "CN",
}

#: Demonyms (adjective and singular noun; plurals with -s are handled by the lookup).
_DEMONYMS = {
    "American": "US", "British": "GB", "Briton": "GB", "English": "GB", "Scottish": "GB", "Welsh": "GB",
    "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES", "Portuguese": "PT",
    "Dutch": "NL", "Belgian": "BE", "Swiss": "CH", "Austrian": "AT", "Irish": "IE",
    "Danish": "DK", "Dane": "DK", "Swedish": "SE", "Swede": "SE", "Norwegian": "NO",
    "Finnish": "FI", "Finn": "FI", "Icelandic": "IS", "Polish": "PL", "Pole": "PL",
    "Czech": "CZ", "Slovak": "SK", "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG",
    "Greek": "GR", "Turkish": "TR", "Turk": "TR", "Cypriot": "CY", "Serbian": "RS", "Serb": "RS",
    "Croatian": "HR", "Croat": "HR", "Bosnian": "BA", "Slovenian": "SI", "Albanian": "AL",
    "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Ukrainian": "UA",
    "Belarusian": "BY", "Russian": "RU", "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ",
    "Kazakh": "KZ", "Uzbek": "UZ", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN",
    "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepali": "NP", "Chinese": "CN", "Japanese": "JP",
    "Korean": "KR", "South Korean": "KR", "North Korean": "KP", "Taiwanese": "TW",
    "Vietnamese": "VN", "Thai": "TH", "Filipino": "PH", "Indonesian": "ID", "Malaysian": "MY",
    "Singaporean": "SG", "Australian": "AU", "New Zealander": "NZ", "Canadian": "CA",
    "Mexican": "MX", "Cuban": "CU", "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR",
    "Chilean": "CL", "Colombian": "CO", "Venezuelan": "VE", "Peruvian": "PE",
    "Iraqi": "IQ", "Iranian": "IR", "Syrian": "SY", "Israeli": "IL", "Palestinian": "PS",
    "Lebanese": "LB", "Jordanian": "JO", "Saudi": "SA", "Yemeni": "YE", "Qatari": "QA",
    "Kuwaiti": "KW", "Emirati": "AE", "Egyptian": "EG", "Libyan": "LY", "Tunisian": "TN",
    "Algerian": "DZ", "Moroccan": "MA", "Sudanese": "SD", "Ethiopian": "ET", "Somali": "SO",
    "Kenyan": "KE", "Nigerian": "NG", "Ghanaian": "GH", "South African": "ZA",
}

#: Capitals, used for a country only when the city acts as its government ("Washington said").
_CAPITALS = {
    "Washington": "US", "London": "GB", "Paris": "FR", "Berlin": "DE", "Rome": "IT",
    "Madrid": "ES", "Moscow": "RU", "Kremlin": "RU", "Beijing": "CN", "Tokyo": "JP",
    "Seoul": "KR", "Pyongyang": "KP", "New Delhi": "IN", "Islamabad": "PK", "Kabul": "AF",
    "Tehran": "IR", "Baghdad": "IQ", "Damascus": "SY", "Ankara": "TR", "Jerusalem": "IL",
    "Riyadh": "SA", "Cairo": "EG", "Kyiv": "UA", "Kiev": "UA", "Warsaw": "PL",
    "Ottawa": "CA", "Canberra": "AU", "Brasilia": "BR", "Mexico City": "MX", "Havana": "CU",
    "Caracas": "VE", "Minsk": "BY", "Tbilisi": "GE", "Athens": "GR", "Vienna": "AT",
    "Bern": "CH", "The Hague": "NL", "Stockholm": "SE", "Oslo": "NO", "Helsinki": "FI",
    "Copenhagen": "DK", "Dublin": "IE", "Lisbon": "PT", "Budapest": "HU", "Prague": "CZ",
    "Taipei": "TW", "Hanoi": "VN", "Manila": "PH", "Jakarta": "ID", "Bangkok": "TH",
    "Reykjavik": "IS", "Wellington": "NZ", "Pretoria": "ZA", "Nairobi": "KE",
    "Abuja": "NG", "Buenos Aires": "AR", "Santiago": "CL", "Bogota": "CO", "Lima": "PE",
}


@functools.lru_cache(maxsize=None)
def _name(alpha_2: str) -> str:
    country = pycountry.countries.get(alpha_2=alpha_2)
    if alpha_2 in _NEWS_NAMES:
        return _NEWS_NAMES[alpha_2]
    return getattr(country, "common_name", None) or country.name.split(",")[0]


@functools.lru_cache(maxsize=4096)
def country_name(text: str) -> str | None:
    """Canonical country name for a country name, abbreviation or demonym; None if not one.

    ``"U.S."``, ``"US"``, ``"the United States"``, ``"America"`` -> ``"United States"``;
    ``"French"`` -> ``"France"``. ISO codes other than the listed abbreviations are not
    accepted, so organisations such as "AI" or "EU" are never taken for countries.
    """
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    dotless = text.replace(".", "")
    code = _ALIASES.get(dotless) or _DEMONYMS.get(text)
    if code is None and text.endswith("s"):
        code = _DEMONYMS.get(text[:-1])
    if code is None and len(dotless) > 3:
        try:
            code = pycountry.countries.lookup(text).alpha_2
        except LookupError:
            code = None
    return _name(code) if code else None


def capital_country(text: str) -> str | None:
    """Canonical country whose capital (or seat of government) ``text`` names, else None."""
    code = _CAPITALS.get(text.strip())
    return _name(code) if code else None
