"""Units and currencies as they are written, mapped to one normalised name each."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "LENGTH_UNITS",
    "MULTIWORD_UNITS",
    "TIME_UNITS",
    "UNIT_TOKENS",
    "currency_word",
    "split_currency_prefix",
]

#: Symbols written before a figure; "$" alone is read as US dollars.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "₴": "UAH",
    "₽": "RUB",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "nt$": "TWD",
    "s$": "SGD",
    "r$": "BRL",
    "₩": "KRW",
    "₪": "ILS",
    "chf": "CHF",
    "rmb": "CNY",
    "cny": "CNY",
    "¢": "USD-cent",
}
#: Currency names written after a figure (lower-cased lemma or word).
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias.": "UAH",
    "shekel": "ILS",
    "shekels": "ILS",
    "ringgit": "MYR",
    "won": "KRW",
    "franc": "CHF",
    "francs": "CHF",
    "peso": "MXN",
    "pesos": "MXN",
    "rand": "ZAR",
    "naira": "NGN",
    "lira": "TRY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    #: "crowns" is English for the koruna and the Nordic currencies alike: one code, so
    #: that the figures of one article compare.
    "crown": "CZK",
    "crowns": "CZK",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "baht": "THB",
    "rupiah": "IDR",
    "tenge": "KZT",
    "cedi": "GHS",
    "cedis": "GHS",
    "birr": "ETB",
    "taka": "BDT",
    "kwacha": "ZMW",
    "lari": "GEL",
    "manat": "AZN",
    "shekalim": "ILS",
    #: Currencies several countries (or the past) have had, each read as one code, as the
    #: crowns above, so that a sum in "marks" or "dinars" is money and not a count of a
    #: noun. "mark" alone stays out: "passed the 80,000 mark" is a milestone.
    "marks": "DEM",
    "deutschmarks": "DEM",
    "dinar": "RSD",
    "dinars": "RSD",
    "guilder": "NLG",
    "guilders": "NLG",
    "florin": "NLG",
    "florins": "NLG",
    "shilling": "KES",
    "shillings": "KES",
    "drachma": "GRD",
    "drachmas": "GRD",
    "escudo": "PTE",
    "escudos": "PTE",
    "peseta": "ESP",
    "pesetas": "ESP",
    "cent": "USD-cent",
    "cents": "USD-cent",
    "pence": "GBP-penny",
    "penny": "GBP-penny",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
#: Words of a sentence that scores marks: "scored 45 marks out of 60", "the exam paper".
_SCORING = frozenset(
    (
        "score", "scored", "scores", "scoring", "exam", "exams", "examination", "test",
        "tests", "paper", "papers", "grade", "grades", "marking", "pupils", "students",
        "candidates",
    )
)  # fmt: skip


def currency_word(tok: Token) -> str | None:
    """The currency a word after a figure names, if any. "Marks" are a test's ("45 marks
    out of 60") when "out of" follows or the sentence speaks of scoring or exams."""
    code = CURRENCY_WORDS.get(tok.lower_)
    if code is None or tok.lower_ != "marks":
        return code
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    if after == ["out", "of"] or any(t.lower_ in _SCORING for t in tok.sent):
        return None
    return code


#: Multi-token units, longest first, as lower-cased token tuples.
MULTIWORD_UNITS: list[tuple[tuple[str, ...], str]] = [
    (("degrees", "fahrenheit"), "fahrenheit"),
    (("degrees", "celsius"), "celsius"),
    (("degrees", "centigrade"), "celsius"),
    (("degree", "fahrenheit"), "fahrenheit"),
    (("degree", "celsius"), "celsius"),
    (("°", "f"), "fahrenheit"),
    (("°", "c"), "celsius"),
    (("percentage", "points"), "percentage point"),
    (("percentage", "point"), "percentage point"),
    (("per", "cent"), "percent"),
    (("square", "kilometres"), "km2"),
    (("square", "kilometers"), "km2"),
    (("square", "miles"), "mi2"),
    (("square", "mile"), "mi2"),
    (("square", "metres"), "m2"),
    (("square", "meters"), "m2"),
    (("square", "feet"), "ft2"),
    (("square", "foot"), "ft2"),
    (("miles", "per", "hour"), "mph"),
    (("km", "/", "h"), "km/h"),
    (("kilometres", "per", "hour"), "km/h"),
    (("kilometers", "per", "hour"), "km/h"),
    (("cubic", "metres"), "m3"),
    (("cubic", "meters"), "m3"),
    (("light", "years"), "light-year"),
    (("australian", "dollars"), "AUD"),
    (("canadian", "dollars"), "CAD"),
    (("new", "zealand", "dollars"), "NZD"),
    (("hong", "kong", "dollars"), "HKD"),
    (("singapore", "dollars"), "SGD"),
    (("us", "dollars"), "USD"),
    (("chinese", "yuan"), "CNY"),
    (("parts", "per", "million"), "ppm"),
    (("m.p.h", "."), "mph"),
    (("lb", "-", "ft"), "lb-ft"),
    # "126 gigawatt hours", "126 gigawatt-hours": energy, never the power unit alone
    *(
        (words, unit)
        for prefix, unit in (
            ("kilowatt", "kWh"),
            ("megawatt", "MWh"),
            ("gigawatt", "GWh"),
            ("terawatt", "TWh"),
        )
        for hour in ("hours", "hour")
        for words in ((prefix, hour), (prefix, "-", hour))
    ),
    (("basis", "points"), "basis point"),
    (("sq", "m"), "m2"),
    (("sq", "ft"), "ft2"),
    (("sq", "km"), "km2"),
    (("sq.", "ft."), "ft2"),
    (("sq", "feet"), "ft2"),
    (("pounds", "sterling"), "GBP"),
]
#: Single tokens naming a unit (lower-cased).
UNIT_TOKENS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "pct": "percent",
    "per-cent": "percent",
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "m": "m",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "mile": "mile",
    "miles": "mile",
    "yard": "yard",
    "yards": "yard",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "inch": "inch",
    "inches": "inch",
    "in.": "inch",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "mg": "mg",
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "ton",
    "tons": "ton",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    "l": "l",
    "hectolitre": "hl",
    "hectolitres": "hl",
    "hectoliter": "hl",
    "hectoliters": "hl",
    "ml": "ml",
    "gallon": "gallon",
    "gallons": "gallon",
    "barrel": "barrel",
    "barrels": "barrel",
    "bpd": "barrel per day",
    "mph": "mph",
    "kph": "km/h",
    "km/h": "km/h",
    "knots": "knot",
    "kt": "knot",
    "degree": "degree",
    "degrees": "degree",
    "°": "degree",
    "°c": "celsius",
    "°f": "fahrenheit",
    "degf": "fahrenheit",
    "degc": "celsius",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "w": "W",
    "watt": "W",
    "watts": "W",
    "kw": "kW",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "mw": "MW",
    "megawatt": "MW",
    "megawatts": "MW",
    "gw": "GW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "hz": "Hz",
    "hertz": "Hz",
    "khz": "kHz",
    "mhz": "MHz",
    "ghz": "GHz",
    "gigahertz": "GHz",
    "gb": "GB",
    "gigabyte": "GB",
    "gigabytes": "GB",
    "tb": "TB",
    "terabyte": "TB",
    "terabytes": "TB",
    "mb": "MB",
    "megabyte": "MB",
    "megabytes": "MB",
    "kb": "kB",
    "hp": "hp",
    "horsepower": "hp",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "psi": "psi",
    "ksi": "ksi",
    "mp": "megapixel",
    "megapixel": "megapixel",
    "megapixels": "megapixel",
    "point": "point",
    "points": "point",
    "pts": "point",
    "bps": "basis point",
    "calorie": "calorie",
    "calories": "calorie",
    "kcal": "kcal",
    "volt": "V",
    "volts": "V",
    "v": "V",
    "mah": "mAh",
    "nm": "nm",
    "µm": "µm",
    "micron": "µm",
    "microns": "µm",
    "gigatonne": "gigatonne",
    "gigatonnes": "gigatonne",
    "gigaton": "gigatonne",
    "gigatons": "gigatonne",
    "megatonne": "megatonne",
    "megatonnes": "megatonne",
    "μm": "µm",
    "m.p.h.": "mph",
    "mpa": "MPa",
    "kpa": "kPa",
    "kv": "kV",
    "mbps": "Mbps",
    "gbps": "Gbps",
    "pc": "percent",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "decibel": "dB",
    "decibels": "dB",
    "db": "dB",
    "ppm": "ppm",
}
#: Durations: a figure in these units is a length of time.
TIME_UNITS: dict[str, str] = {
    "second": "second",
    "seconds": "second",
    "secs": "second",
    "minute": "minute",
    "minutes": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}

#: The units a length of time is in ("hour", "day"), whatever word wrote them.
LENGTH_UNITS = frozenset(TIME_UNITS.values())

_PREFIXED = re.compile(
    r"^(RM|EUR|AUD|INR|USD|GBP|CNY|JPY|CAD|CHF|HKD|SGD|NZD|ZAR|PS|Rs\.?|Y=)(\d.*)$"
)
_PREFIX_CODES = {"RM": "MYR", "PS": "GBP", "RS": "INR", "RS.": "INR", "Y=": "JPY"}


_DOLLAR_COUNTRY = re.compile(r"^(US|A|AU|C|CA|HK|NZ|S|NT)(\d.*)$")


def split_currency_prefix(text: str, after_dollar: bool = False) -> tuple[str, str] | None:
    """``RM79`` -> (``MYR``, ``79``); ``EUR50m`` -> (``EUR``, ``50m``).

    After a dollar sign, the country letters some papers write between the sign and the
    digits ("$US113", "$A50") name the dollar; alone, "US101" is a road, not money.
    """
    if after_dollar:
        country = _DOLLAR_COUNTRY.match(text)
        if country is not None:
            code = CURRENCY_SYMBOLS.get(country.group(1).lower() + "$", "USD")
            return code, country.group(2)
    m = _PREFIXED.match(text)
    if m is None:
        return None
    code = m.group(1).upper()
    return _PREFIX_CODES.get(code, code), m.group(2)
