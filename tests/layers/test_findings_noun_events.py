"""What a figure counts when the parse hides its noun, when the noun is left to the figure
just told, and when two nouns count one event ("trains" and "services" cancelled), on
short articles we wrote: each mechanism once planted, once clean, and the joins that
must not happen."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article
from claimscope.layers.base import Draft
from claimscope.layers.findings._ledger import Entry, build_ledger, same_thing

pytestmark = pytest.mark.model


def _counted(pipeline, text: str, figure: str, published: str = "2024-04-10") -> str | None:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q.counted for q in analysis.quantities if q.text == figure)


def _ledger(pipeline, text: str, published: str) -> list[Entry]:
    article = Article(text=text, published=published)
    analysis = pipeline.analyze(article)
    draft = Draft(article=article, article_id="t")
    draft.sentences, draft.quantities = list(analysis.sentences), list(analysis.quantities)
    return build_ledger(pipeline.parse(article), draft)


def test_noun_events_participle_before_the_noun_modifies_it(numeric_pipeline):
    text = "The gym chain said it added 52,000 paying members in the first quarter."
    assert _counted(numeric_pipeline, text, "52,000") in ("member", "paying member")


def test_noun_events_came_to_is_a_level_of_the_subject(numeric_pipeline):
    text = "Completions came to 1,380 in 2023, the council said."
    assert _counted(numeric_pipeline, text, "1,380") == "completion"


# "added 52,000 paying members": the participle hid the noun, and the people added to a
# group have joined it, as those signed up.
_ADDED = (
    "The Fitwell gym chain said on Wednesday it added {total} paying members in the first "
    "quarter of the year. The company has been signing up an average of 3,000 new members "
    "a week since the start of January, its chief executive told investors."
)


def test_noun_events_added_members_against_the_weekly_rate(numeric_warnings):
    found = numeric_warnings(_ADDED.format(total="61,000"), published="2024-04-10")
    assert "rate_total_mismatch" in found


def test_noun_events_added_members_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_ADDED.format(total="39,000"), published="2024-04-10")


# A count of vehicles told through an event verb counts that event: cancelled trains and
# cancelled services are one count of cancelled runs.
_CANCELLED = (
    "Northline Rail cancelled an average of 20 trains a day in 2023, the regulator said on "
    "Tuesday. Its chief executive blamed a shortage of drivers. In total, {total} services "
    "were cancelled across the year, the regulator said."
)


def test_noun_events_cancelled_trains_and_services_are_one_count(numeric_warnings):
    found = numeric_warnings(_CANCELLED.format(total="11,000"), published="2024-01-16")
    assert "rate_total_mismatch" in found


def test_noun_events_cancelled_services_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CANCELLED.format(total="7,300"), published="2024-01-16")


def test_noun_events_cancelled_flights_and_trains_stay_apart(numeric_pipeline):
    text = (
        "Skyway cancelled an average of 20 flights a day in 2023, the regulator said. "
        "Northline Rail, hit by the same strikes, cancelled 11,000 trains across the year."
    )
    entries = _ledger(numeric_pipeline, text, "2024-01-16")
    flights, trains = (next(e for e in entries if e.q.text == f) for f in ("20", "11,000"))
    assert flights.thing == trains.thing == "cancellation"
    assert not same_thing(flights, trains)


# "Vessels passed through the strait" counts passages, as "transits" does.
_TRANSITS = (
    "The strait authority said ships had averaged 40 transits a day since January. By the "
    "end of March, {total} vessels had passed through the strait, the authority said."
)


def test_noun_events_vessels_passing_through_are_transits(numeric_warnings):
    found = numeric_warnings(_TRANSITS.format(total="9,000"), published="2024-04-05")
    assert "rate_total_mismatch" in found


def test_noun_events_vessels_passing_through_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_TRANSITS.format(total="3,640"), published="2024-04-05")


# "That is down from 2,400": the bare figure counts what the figure just told counts.
_DOWN_FROM = (
    "The council granted 1,800 planning permissions in 2023, its annual report says. That "
    "is down from 2,400 in 2022. Ward figures show Eastfield alone accounted for {part} of "
    "the permissions granted in 2022."
)


def test_noun_events_that_is_down_from_borrows_the_noun(numeric_pipeline):
    entries = _ledger(numeric_pipeline, _DOWN_FROM.format(part="900"), "2024-03-01")
    assert next(e.thing for e in entries if e.q.text == "2,400") == "planning permission"


# "1,800 homes were granted planning permission" counts permissions too, one a home.
_GRANTED = (
    "The council's annual report says 1,800 homes were granted planning permission across "
    "the borough in 2023. Eastfield ward alone accounted for {part} of last year's "
    "permissions, most of them on one former airfield."
)


def test_noun_events_homes_granted_permission_count_permissions(numeric_warnings):
    found = numeric_warnings(_GRANTED.format(part="2,100"), published="2024-03-01")
    assert "part_exceeds_whole" in found


def test_noun_events_homes_granted_permission_part_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_GRANTED.format(part="900"), published="2024-03-01")


def test_noun_events_a_counted_grant_needs_a_bare_noun(numeric_pipeline):
    text = "Last year 400 families were given a new home, and 900 families applied."
    entries = _ledger(numeric_pipeline, text, "2024-03-01")
    assert next(e.granted for e in entries if e.q.text == "400") is None


def test_noun_events_of_them_counts_the_previous_sentences_object(numeric_pipeline):
    text = (
        "Inspectors checked 1,200 bridges across the county's 14 districts. They found 300 "
        "of them in poor repair."
    )
    entries = _ledger(numeric_pipeline, text, "2024-03-01")
    assert next(e.thing for e in entries if e.q.text == "300") == "bridge"


def test_noun_events_of_them_needs_one_counted_thing(numeric_pipeline):
    text = "Inspectors checked 1,200 bridges and 400 tunnels. They found 300 of them unsafe."
    entries = _ledger(numeric_pipeline, text, "2024-03-01")
    assert next(e.thing for e in entries if e.q.text == "300") is None


def test_noun_events_a_noun_whose_verb_names_an_event_counts_itself(numeric_pipeline):
    """ "512 fires" are no job losses, "food scraps" no cancellations, "bears" no births."""
    text = (
        "Crews attended 512 fires last year, and the service made 40 redundancies. The "
        "council collected 310 tonnes of food scraps. The park now has 14 bears."
    )
    ledger = _ledger(numeric_pipeline, text, "2025-01-10")
    things = {e.q.text: e.thing for e in ledger}
    assert things["512"] == "fire"
    assert things["40"] == "job loss"
    assert things["14"] == "bear"
    fires, cuts = (next(e for e in ledger if e.q.text == t) for t in ("512", "40"))
    assert not same_thing(fires, cuts)
