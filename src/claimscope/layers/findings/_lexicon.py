"""Words news writers swap for one another when they count the same thing.

Reporters avoid repeating a noun: "410 burglaries ... 460 break-ins", "84 ships ... 61
vessels". Each group below names one countable thing; a counted noun (or its head) in a
group stands for the group's first word. WordNet would cover more, but neither of its
Python routes ships its data inside a package (``wn`` and nltk download it at run time),
and its synsets join words the checks must keep apart ("case" and "instance"), so the
groups are written out: true synonyms only, never a word and its hypernym, because a
hypernym ("crime" for "burglary") counts a larger whole, not the same thing.
"""

from __future__ import annotations

import functools

from claimscope.layers._words import singular

__all__ = [
    "APPROXIMATORS",
    "IN_ALL",
    "PERSON_GENERIC",
    "VEHICLE_GENERIC",
    "canonical",
    "counts_people",
    "counts_vehicles",
    "elided",
    "place_name",
    "singular",
]

_GROUPS: tuple[tuple[str, ...], ...] = (
    ("burglary", "break in", "break-in", "housebreaking", "home invasion"),
    ("car theft", "vehicle theft", "auto theft"),
    ("murder", "homicide"),
    ("prisoner", "inmate"),
    ("ship", "vessel"),
    ("plane", "aircraft", "airplane", "aeroplane", "airliner", "jet"),
    ("lorry", "truck", "heavy goods vehicle", "hgv"),
    ("car", "automobile", "motorcar"),
    ("pupil", "schoolchild", "schoolkid", "student"),
    ("doctor", "physician"),
    ("shop", "store"),
    ("firm", "company", "business"),
    ("film", "movie"),
    ("house", "home", "dwelling", "household"),
    ("flat", "apartment"),
    ("job", "post", "position"),
    ("crash", "collision"),
    ("fire", "blaze"),
    ("power cut", "outage", "power outage", "blackout"),
    ("bicycle", "bike"),
    ("ballot paper", "ballot"),
    ("lawsuit", "legal claim"),
    ("asylum claim", "asylum application", "asylum request"),
    ("tonne", "metric ton"),
    ("mortgage", "home loan", "mortgage loan", "housing loan"),
    ("export", "shipment", "overseas sale"),
    ("arrival", "entry"),
    ("spectator", "attendance", "attendee"),
    ("drone", "unmanned aircraft", "uav", "unmanned aerial vehicle"),
    (
        "penalty notice",
        "penalty charge notice",
        "fixed penalty notice",
        "parking ticket",
        "parking fine",
        "ticket",
    ),
)

#: One name for places written several ways ("Britain" and "the UK").
_PLACES: tuple[tuple[str, ...], ...] = (
    ("united kingdom", "uk", "britain", "great britain", "the uk", "the united kingdom"),
    ("united states", "us", "usa", "america", "the us", "the united states", "u.s."),
    ("netherlands", "the netherlands", "holland"),
)
_PLACE = {name: group[0] for group in _PLACES for name in group}


def place_name(name: str) -> str:
    """The one name of a place written several ways; other names unchanged."""
    return _PLACE.get(name, name)


_CANON = {word: group[0] for group in _GROUPS for word in group}


@functools.lru_cache(maxsize=65536)  # asked once per pair of figures, of a few phrases
def canonical(counted: str) -> str:
    """The group word for a counted noun phrase, its head swapped when only the head is known
    ("break ins" -> "burglary", "cargo vessel" -> "cargo ship"); unknown words unchanged."""
    text = counted.lower().strip()
    if text in _CANON:
        return _CANON[text]
    one = text[:-1] if text.endswith("s") and text[:-1] in _CANON else None
    if one:
        return _CANON[one]
    words = text.split()
    if words and words[-1] not in _CANON:
        words[-1] = singular(words[-1])  # "hail damage claims" left plural by the tagger
    if len(words) > 1 and words[-1] in _CANON:
        return " ".join([*words[:-1], _CANON[words[-1]]])
    return " ".join(words)


def elided(bare: str, full: str) -> bool:
    """Whether a one-word noun stands for a longer one with its modifiers left out, as a
    synonym of it: "applications" after "asylum claims" (an asylum application is an
    asylum claim). Both are canonical forms."""
    short, long = bare.split(), full.split()
    if len(short) != 1 or len(long) < 2 or short[-1] == long[-1]:
        return False
    return canonical(" ".join([*long[:-1], short[0]])).split() == long


#: Nouns that count people, whatever role they are counted in: "271 vaccine recipients"
#: and "136 people in the placebo group" count the same kind of thing, while "1,200
#: cases" and "780 soldiers" do not. Roles, not synonyms, so this is no synonym group.
#: Groups of people (households, families, crews) are not people: a census of 212,000
#: households is no count of residents. "Six crew" (the singular after a number) counts
#: the members; "six crews" counts teams.
_PERSON_WORDS = """
    people person persons individual man men woman women child children adult boy girl
    baby infant teenager youngster pensioner resident citizen inhabitant villager
    householder tenant owner homeowner landlord neighbour neighbor
    worker employee staff member volunteer recruit conscript reservist soldier serviceman
    servicemen troop officer guard fighter civilian veteran deserter
    patient recipient participant respondent donor carer nurse doctor
    pupil student learner graduate applicant candidate entrant trainee apprentice teacher
    voter supporter protester demonstrator striker player athlete runner rider cyclist
    motorist driver passenger commuter traveller traveler tourist visitor guest fan
    spectator viewer listener reader user subscriber customer client shopper buyer consumer
    claimant victim suspect defendant offender prisoner inmate detainee convict accused
    migrant refugee asylum-seeker seeker evacuee immigrant emigrant
    farmer fisherman fishermen miner pilot juror
    caller camper holder policyholder beneficiary borrower investor saver gambler
    occupant attendee delegate jobseeker complainant survivor renter lodger
    crew crewmember firefighter paramedic personnel sailor seafarer
"""
_PERSON_NOUNS = frozenset(_PERSON_WORDS.split())
#: Person nouns that name no role: "410,000 people" may be the riders, visitors or
#: patients the article counted before under their role.
PERSON_GENERIC = frozenset(("people", "person", "persons", "individual"))


def counts_people(counted: str | None) -> bool:
    """Whether a counted noun phrase counts people ("vaccine recipients", "accused
    servicemen"), by its head noun."""
    words = (counted or "").lower().split()
    if not words:
        return False
    head = words[-1]
    if head in _GROUP_PLURALS:
        return False
    return head in _PERSON_NOUNS or singular(head) in _PERSON_NOUNS


#: Plurals that count groups although their singular, after a number, counts members.
_GROUP_PLURALS = frozenset(("crews",))


#: Nouns that count vehicles or their scheduled runs: what is cancelled, crosses or
#: passes through. "38 trains a day were cancelled" and "19,400 services were cancelled"
#: count one thing, cancelled runs; "13,900 vessels had passed through" counts passages,
#: which "54 transits a day" counts too. A class, not synonyms: a train is no flight.
_VEHICLE_WORDS = """
    train service flight bus coach tram ferry sailing ship vessel boat barge tanker
    plane aircraft airliner jet lorry truck van car vehicle
"""
_VEHICLE_NOUNS = frozenset(_VEHICLE_WORDS.split())
#: Vehicle nouns that name no kind: "services" may be the trains or buses the article
#: counted before, as "people" may be its visitors.
VEHICLE_GENERIC = frozenset(("service", "vehicle", "vessel"))


def counts_vehicles(counted: str | None) -> bool:
    """Whether a counted noun phrase counts vehicles or runs ("cancelled trains",
    "container vessels"), by its head noun."""
    words = (counted or "").lower().split()
    return bool(words) and singular(words[-1]) in _VEHICLE_NOUNS


#: Regex alternatives, for the readings of totals and their parts: words that give a
#: figure as the whole of what was just listed ("27,500 trees in all"), and approximators
#: a figure may carry before it ("some 24,000 litres").
IN_ALL = r"(?:in total|in all|altogether|all told)"
APPROXIMATORS = r"(?:some|about|around|roughly|nearly|almost)"
