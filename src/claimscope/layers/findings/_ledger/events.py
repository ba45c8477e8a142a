"""The news events and the people the ledger's figures count.

Verbs and nouns of one kind of news event share a key, so that "soldiers abandoning
their posts" and "deserters" both count desertions; nouns of people say when a figure
counts a group of people, which a verb may then name the event of. Kept apart from the
code that reads the parse, which only looks words up here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimscope.layers.findings._ledger.entry import Entry

__all__ = [
    "EVENTS",
    "EVENT_OF",
    "PEOPLE",
    "PEOPLE_EVENT_VERBS",
    "event_words",
    "named_event",
]

#: Verbs and nouns of one kind of news event share a key.
_EVENTS: dict[str, tuple[str, ...]] = {
    "desertion": ("desert", "deserter", "desertion", "abandon", "awol", "defect", "defector"),
    "death": ("die", "death", "kill", "fatality", "dead", "killing", "perish"),
    #: the killed and the injured together: "casualties", "killed or injured 1,096 people"
    "casualty": ("casualty",),
    "injury": ("injure", "injury", "wound", "hurt", "injured", "wounded"),
    "arrest": ("arrest", "detain", "detention", "arrestee", "detainee"),
    "displacement": (
        "displace",
        "evacuate",
        "evacuee",
        "flee",
        "displaced",
        "refugee",
        "leave",
        "escape",
    ),
    "infection": ("infect", "infection", "case"),
    "hire": ("hire", "recruit", "recruitment", "enlist", "conscript"),
    "job loss": ("lay", "layoff", "fire", "redundancy", "dismiss"),
    "vote": ("vote", "voter", "ballot"),
    "arrival": (
        "arrive",
        "arrival",
        # people who land somewhere have arrived there ("29,300 people landed on the
        # island"); only people count as arrivals (see _PEOPLE_ONLY_EVENTS in deeds.py)
        "land",
        "landing",
        "welcome",
        "visit",
        "visitor",
        "come",
        "enter",
        "host",
        "attract",
        "draw",
    ),
    "birth": ("bear", "birth"),
    "removal": ("deport", "deportation", "deportee", "remove", "removal", "expel", "expulsion"),
    "application": ("apply", "application", "applicant", "claim", "claimant"),
    "admission": (
        "admit",
        "admission",
        "hospitalise",
        "hospitalize",
        "hospitalisation",
        "hospitalization",
    ),
    "cancellation": ("cancel", "cancellation", "scrap", "axe"),
    "conviction": ("convict", "conviction", "sentence"),
    "vaccination": (
        "vaccinate",
        "vaccination",
        "immunise",
        "immunize",
        "immunisation",
        "immunization",
        "inoculate",
        "inoculation",
        "jab",
    ),
    "crossing": ("cross", "crossing", "transit"),
    "rescue": ("rescue",),
    "completion": ("finish", "finisher", "complete"),
    "complaint": ("complain", "complaint", "complainant"),
    "protest": ("protest", "protester", "protestor", "demonstrate", "demonstrator"),
    "donation": ("donate", "donation", "donor"),
    "enrolment": ("enrol", "enroll", "enrolment", "enrollment"),
}
EVENTS = frozenset(_EVENTS)
EVENT_OF = {word: key for key, words in _EVENTS.items() for word in words}
#: Verbs that name an event only when people are what they count ("3,400 people were
#: held" is detention; "the reservoir held 141 billion litres" is not).
PEOPLE_EVENT_VERBS = {
    "hold": "arrest",
    "jail": "arrest",
    "imprison": "arrest",
    #: "the centre took in 310 prisoners a week": an intake of people is their arrival
    "take in": "arrival",
    #: "11,000 people signed up": people who sign up enlist, as recruits are hired
    "sign up": "hire",
    #: "added 780,000 subscribers", "added 1,100 people in eight months": people added to
    #: a group have joined it, as those signed up or taken on
    "add": "hire",
}
_PEOPLE = frozenset(
    [
        "soldier",
        "people",
        "person",
        "troop",
        "man",
        "woman",
        "child",
        "civilian",
        "resident",
        "worker",
        "employee",
        "member",
        "serviceman",
        "servicemen",
        "individual",
        "citizen",
        "migrant",
        "patient",
        "student",
        "officer",
        "fighter",
        "recruit",
        "conscript",
        "personnel",
        "staff",
        "family",
        "household",
        "visitor",
        "passenger",
        "tourist",
        "fan",
        "customer",
        "user",
        "subscriber",
        "runner",
        "player",
        "athlete",
        "pupil",
        "voter",
        "reservist",
        "driver",
        "prisoner",
        "inmate",
        "offender",
        "suspect",
        "defendant",
        "victim",
        "participant",
        "spectator",
        "attendee",
        "volunteer",
        "pensioner",
        "adult",
        "boy",
        "girl",
        "teenager",
        "guest",
        "shopper",
        "tenant",
        "commuter",
        "pilgrim",
        "survivor",
        "competitor",
        "entrant",
    ]
)
#: Nouns that count people.
PEOPLE = _PEOPLE


def event_words(lemma: str) -> frozenset[str]:
    """The words of the news event a verb or noun names ("die", "dead", "death" for
    "kill"), empty when it names none: "those killed" are the ones a figure of the dead
    counts, in whatever word the article gave them."""
    key = EVENT_OF.get(lemma.lower())
    return frozenset(_EVENTS[key]) if key is not None else frozenset()


def named_event(e: Entry) -> bool:
    """Whether the figure's event is named by its own noun for the people it counts
    ("140 recruits", "3,000 voters"), not by a verb ("migrants ... arrived"): such a
    figure still counts a group of people, which a generic "people" may name again."""
    words = (e.q.counted or "").lower().split()
    return bool(words) and words[-1] in _PEOPLE and EVENT_OF.get(words[-1]) == e.thing
