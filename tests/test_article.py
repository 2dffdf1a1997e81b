"""Whole articles: what a sentence reports, dated by what the article around it says."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.article import extract_article
from generator.extract.leaders import LeaderIndex
from generator.records import Article


@pytest.fixture(scope="module")
def index(config):
    return LeaderIndex(config)


def _messages(index, body: str, published: dt.date) -> set[tuple[str, str, str]]:
    article = Article(id="a", title="Messages", body=body, published=published)
    return {(m.sender, m.recipient, m.date.isoformat()) for m in extract_article(article, index).messages}


def test_collective_lead_dates_the_senders_listed_after_it(index):
    body = ("Pyongyang, July 12 (KCNA) -- Comrade Kim Jong Il received on July 11 messages of condolence "
            "from heads of state and government of various countries over the demise of President Kim Il Sung.\n\n"
            "Kim Jong Il received a message of condolence from Boris Yeltsin, President of the Russian Federation, "
            "who said that the death was a great loss for the Korean people.")
    assert _messages(index, body, dt.date(1994, 7, 12)) == {("boris-yeltsin", "kim-jong-il", "1994-07-11")}


def test_collective_sending_names_its_recipients_in_a_roster(index):
    body = ("Владимир Путин направил поздравления с Новым годом и Рождеством главам иностранных государств.\n\n"
            "В числе адресатов новогодних посланий – Председатель КНР Си Цзиньпин, Председатель Государственных "
            "дел КНДР Ким Чен Ын, Президент Республики Беларусь Александр Лукашенко.")
    article = Article(id="a", title="Поздравления", body=body, published=dt.date(2023, 12, 30))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.kind) for m in extract_article(article, index).messages] == \
        [("vladimir-putin", "kim-jong-un", "2023-12-30", "greetings")]


def test_collective_lead_on_an_occasion_dates_the_senders_by_the_calendar(index):
    body = ("Pyongyang, September 9 (KCNA) -- Kim Jong Un received congratulatory messages from heads of state "
            "of different countries on the occasion of the 70th founding anniversary of the DPRK.\n\n"
            "Vladimir Putin, president of the Russian Federation, in his message said that the two countries "
            "would further develop their cooperation.")
    article = Article(id="a", title="Messages", body=body)
    assert {(m.sender, m.recipient, m.date.isoformat()) for m in extract_article(article, index).messages} == \
        {("vladimir-putin", "kim-jong-un", "2018-09-09")}


def test_lead_with_the_sender_and_day_dates_the_message_told_after_it(index):
    body = ("The Kremlin chief offered Russia's condolences to North Korea on Monday.\n\n"
            "Dmitry Medvedev sent a telegram of condolence to Kim Jong Un, the Kremlin press service said.")
    assert _messages(index, body, dt.date(2011, 12, 20)) == {("dmitry-medvedev", "kim-jong-un", "2011-12-19")}


def test_sending_day_beats_the_day_the_message_was_carried(index):
    body = ("Xi Jinping sent Kim Jong Un a congratulatory message on 11 January.\n\n"
            "Kim's reply came last Sunday. In the reply message, carried by KCNA on Monday, the North Korean "
            "leader thanked Beijing's leader for his warm congratulations.")
    assert _messages(index, body, dt.date(2021, 1, 19)) == {("xi-jinping", "kim-jong-un", "2021-01-11"),
                                                            ("kim-jong-un", "xi-jinping", "2021-01-17")}


def test_eve_of_the_holiday_is_the_day_before_it(index):
    body = "Kim Jong Un sent New Year cards to Vladimir Putin on the eve of the holiday, state media reported."
    assert _messages(index, body, dt.date(2025, 1, 1)) == {("kim-jong-un", "vladimir-putin", "2024-12-31")}


def test_eve_beats_the_day_of_the_report(index):
    body = "Kim Jong Un sent New Year cards to Vladimir Putin on New Year's Eve, KCNA reported on Tuesday."
    assert _messages(index, body, dt.date(2024, 1, 2)) == {("kim-jong-un", "vladimir-putin", "2023-12-31")}


def test_an_occasion_comes_from_the_message_s_lines_not_from_a_sentence_of_earlier_times(index):
    body = ("Kim Jong Un has sent a message of sympathy to Xi Jinping over the novel coronavirus outbreak, "
            "KCNA reported.\n\n"
            "Kim said he felt the hardships of the Chinese people as his own.\n\n"
            "Last year the two exchanged letters ahead of the 70th anniversary of diplomatic relations.")
    article = Article(id="a", title="Post", body=body, published=dt.date(2020, 2, 1))
    [message] = extract_article(article, index).messages
    assert (message.kind, message.occasion) == ("sympathy", "outbreak")


def test_he_also_sent_is_the_sender_of_the_message_told_before(index):
    body = ("Kim Jong Un sent New Year greeting cards to the heads of state of different countries.\n\n"
            "He sent a New Year greeting card to Xi Jinping, wishing him greater success.\n\n"
            "He also sent a New Year greeting card to Vladimir Vladimirovich Putin, wishing him good health.")
    assert _messages(index, body, dt.date(2024, 1, 1)) == {("kim-jong-un", "xi-jinping", "2024-01-01"),
                                                           ("kim-jong-un", "vladimir-putin", "2024-01-01")}


def test_the_day_of_the_report_does_not_date_a_chinese_message(index):
    body = "新华社平壤12月21日电 据朝中社21日报道，朝鲜国务委员长金正恩20日就甘肃地震向国家主席习近平致慰问电。"
    assert _messages(index, body, dt.date(2023, 12, 21)) == {("kim-jong-un", "xi-jinping", "2023-12-20")}


def test_a_message_conveyed_at_a_meeting_takes_the_meeting_s_day(index):
    body = ("PYONGYANG, Feb. 9 (Xinhua) -- Kim Jong Il met with visiting Chinese official Wang Jiarui yesterday, "
            "KCNA reported.\n\nWang conveyed a verbal message from Hu Jintao to Kim Jong Il.")
    assert _messages(index, body, dt.date(2010, 2, 9)) == {("hu-jintao", "kim-jong-il", "2010-02-08")}


def test_an_envoy_s_letter_goes_to_the_leader_of_the_meeting_told_before_on_its_day(index):
    body = ("Kim Jong Un then received Li Hongzhong, a member of the Chinese Politburo, on Thursday. Li conveyed a "
            "letter from Xi Jinping, in which the Chinese leader said he was willing to work with Kim, KCNA said on Friday.")
    assert _messages(index, body, dt.date(2023, 7, 28)) == {("xi-jinping", "kim-jong-un", "2023-07-27")}


def test_a_month_named_in_other_languages_puts_a_sending_before_the_news(index):
    body = ("Президент России Владимир Путин направил Ким Чен Ыну поздравительную телеграмму по случаю Дня освобождения "
            "Кореи.\n\nВ июне Ким Чен Ын направил Путину послание по случаю Дня России.")
    found = {(m.sender, m.date.isoformat(), m.background)
             for m in extract_article(Article(id="a", title="T", body=body, published=dt.date(2023, 8, 15)), index).messages}
    assert found == {("vladimir-putin", "2023-08-15", False), ("kim-jong-un", "2023-08-15", True)}


def test_a_russian_sentence_dates_the_message_reported_before_it(index):
    body = ("Председатель Госсовета КНДР Ким Чен Ын направил президенту России Владимиру Путину послание с "
            "соболезнованиями, сообщило в воскресенье ЦТАК. Согласно сообщению агентства, послание было отправлено в субботу.")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_a_chinese_dateline_under_a_print_edition_line_dates_the_story(index):
    body = ("《 人民日报 》（ 2019年10月07日 第 01 版）\n\n新华社北京10月6日电 中共中央总书记、国家主席习近平同朝鲜劳动党委员长金正恩互致贺电。")
    assert _messages(index, body, dt.date(2019, 10, 7)) == {("xi-jinping", "kim-jong-un", "2019-10-06"),
                                                             ("kim-jong-un", "xi-jinping", "2019-10-06")}


def test_a_short_name_refers_to_the_leader_in_office(index):
    body = ("Kim Jong Un was given the title previously held by his late father Kim Jong Il. "
            "Xi Jinping sent Kim a congratulatory message on Monday.")
    assert _messages(index, body, dt.date(2021, 1, 12)) == {("xi-jinping", "kim-jong-un", "2021-01-11")}


def test_a_new_year_card_mentioned_months_later_is_background(index):
    body = ("Kim Jong Un's New Year card to Vladimir Putin predicted a year of victory and addressed the Russian "
            "leader as 'my dearest comrade'.")
    [message] = extract_article(Article(id="a", title="Analysis", body=body, published=dt.date(2025, 3, 5)),
                                index).messages
    assert message.background
    [message] = extract_article(Article(id="a", title="Cards", body=body, published=dt.date(2025, 1, 2)),
                                index).messages
    assert not message.background


def test_a_denial_is_not_a_message(index):
    body = ("Песков опроверг сообщения о том, что Владимир Путин якобы направил Ким Чен Ыну личное письмо.")
    assert _messages(index, body, dt.date(2023, 9, 5)) == set()


def test_a_month_and_day_after_the_article_is_the_one_before_it(index):
    body = ("When Kim Jong Un and Xi Jinping traded New Year's messages on Jan. 1, observers expected a busy year.")
    found = extract_article(Article(id="a", title="T", body=body, published=dt.date(2024, 12, 27)), index).messages
    assert {(m.date.isoformat(), m.background) for m in found} == {("2024-01-01", True)}


def test_a_sending_told_below_the_lead_a_week_before_the_article_is_background(index):
    body = ("North Korea's ruling party sent a congratulatory message to the Chinese Communist Party on Sunday.\n\n"
            "The message was carried by KCNA.\n\n"
            "Kim Jong Un also sent Xi Jinping a message for China's National Day on Oct. 1.")
    found = extract_article(Article(id="a", title="T", body=body, published=dt.date(2022, 10, 17)), index).messages
    assert [m.background for m in found] == [True]


def test_according_to_an_agency_is_a_source_not_an_addressee(index):
    body = ("According to the Korean Central News Agency, Vladimir Putin sent Kim Jong Un a message of sympathy on "
            "Friday.\n\nIn a message sent to Putin on Sunday, Kim expressed deep gratitude for the \"warm comradely "
            "sympathy.\"")
    found = extract_article(Article(id="a", title="T", body=body, published=dt.date(2024, 8, 6)), index).messages
    assert {(m.sender, m.date.isoformat(), m.kind) for m in found} == {
        ("vladimir-putin", "2024-08-02", "sympathy"), ("kim-jong-un", "2024-08-04", "thanks")}


def test_a_question_is_not_a_report(index):
    body = "Has President Xi Jinping sent any message to Chairman Kim Jong Un in connection with this visit?"
    assert _messages(index, body, dt.date(2024, 6, 19)) == set()


def test_an_item_of_a_list_is_dated_by_its_stamp_line(index):
    body = ("August 15, 2024 11:00\n\nGreetings to Prime Minister of India Narendra Modi\n\n"
            "Vladimir Putin congratulated the leaders of India on Independence Day.\n\n"
            "August 15, 2024 10:30\n\nCongratulations to Kim Jong-un on Liberation Day\n\n"
            "Vladimir Putin sent a message of congratulations to Kim Jong-un on the national holiday, Liberation Day.")
    assert _messages(index, body, dt.date(2024, 8, 16)) == {("vladimir-putin", "kim-jong-un", "2024-08-15")}


def test_in_his_greetings_to_names_a_recipient_of_a_collective_sending(index):
    body = ("The President of Russia sent New Year greetings to the heads of state and government of the CIS member "
            "countries, as well as to leaders of a number of other countries.\n\n"
            "In his greetings to Chairman of State Affairs of the DPRK Kim Jong-un, Vladimir Putin pointed out that "
            "the treaty opened new prospects.")
    assert _messages(index, body, dt.date(2024, 12, 30)) == {("vladimir-putin", "kim-jong-un", "2024-12-30")}


def test_russian_offices_name_their_holder_in_any_case(index):
    body = ("Генеральный секретарь ЦК ТПК, Председатель Госсовета КНДР накануне направил Владимиру Путину "
            "поздравление с победой на президентских выборах, сообщает ЦТАК.\n\n"
            "Президент России направил Председателю Государственного совета КНДР поздравление с национальным "
            "праздником.")
    assert _messages(index, body, dt.date(2024, 3, 19)) == {("kim-jong-un", "vladimir-putin", "2024-03-18"),
                                                            ("vladimir-putin", "kim-jong-un", "2024-03-19")}


def test_a_declined_office_before_the_name_keeps_the_name_the_one_addressed(index):
    body = ("Президент России Владимир Путин направил поздравление Генеральному секретарю ЦК Трудовой партии Кореи, "
            "Председателю Государственного совета КНДР Ким Чен Ыну с Днём освобождения Кореи.")
    assert _messages(index, body, dt.date(2021, 8, 15)) == {("vladimir-putin", "kim-jong-un", "2021-08-15")}


def test_a_sending_some_months_ago_is_background(index):
    body = ("China backed new sanctions last week. Only eleven months ago Hu Jintao was sending Kim Jong Un warm "
            "congratulations on his new party post.")
    article = Article(id="a", title="Analysis", body=body, published=dt.date(2013, 3, 12))
    assert [m.background for m in extract_article(article, index).messages] == [True]


def test_a_clause_about_the_envoy_does_not_date_the_letter_he_hands_over(index):
    body = ("Liu Yunshan met with Kim Jong Un in Pyongyang on Friday.\n\n"
            "Liu, who arrived in Pyongyang earlier in the day, handed over a personal letter from Xi Jinping, "
            "general secretary of the CPC Central Committee and Chinese president, to Kim.")
    article = Article(id="a", title="Letter", body=body, published=dt.date(2015, 10, 9))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.background)
            for m in extract_article(article, index).messages] == [("xi-jinping", "kim-jong-un", "2015-10-09", False)]


def test_no_message_from_or_to_a_leader_out_of_office_that_day(index):
    body = "Kim Jong Il sent a message of greetings to Hu Jintao."
    assert _messages(index, body, dt.date(2013, 3, 1)) == set()
    assert _messages(index, body, dt.date(2011, 10, 1)) == {("kim-jong-il", "hu-jintao", "2011-10-01")}


def test_the_lead_s_leader_unnamed_sends_to_the_leaders_listed_after(index):
    body = ("Vladimir Putin sent New Year greetings to heads of state and government of foreign countries.\n\n"
            "The head of state also extended greetings to President of the People’s Republic of China Xi Jinping, "
            "Chairman of the State Affairs of the DPRK Kim Jong-un and Prime Minister of India Narendra Modi.")
    assert _messages(index, body, dt.date(2023, 12, 30)) == {("vladimir-putin", "kim-jong-un", "2023-12-30")}


def test_the_lead_s_leader_unnamed_receives_from_an_office_listed_after(index):
    body = ("Pyongyang, January 1 (KCNA) -- Kim Jong Un received New Year cards from heads of state of various "
            "countries.\n\nHe received New Year cards from the president of the People's Republic of China, the "
            "president of Mongolia and the president of Turkmenistan.")
    assert _messages(index, body, dt.date(2025, 1, 1)) == {("xi-jinping", "kim-jong-un", "2025-01-01")}


def test_a_russian_exchange_is_two_messages(index):
    body = "По этому случаю Путин и Ким Чен Ын обменялись поздравительными посланиями."
    assert _messages(index, body, dt.date(2023, 10, 12)) == {("vladimir-putin", "kim-jong-un", "2023-10-12"),
                                                             ("kim-jong-un", "vladimir-putin", "2023-10-12")}


def test_a_reply_to_another_s_congratulations_is_a_reply(index):
    body = ("North Korean leader Kim Jong Un sent a reply on Thursday to Russian President Vladimir Putin’s "
            "congratulations on the anniversary of Korea’s liberation.")
    article = Article(id="a", title="Reply", body=body, published=dt.date(2024, 8, 16))
    assert [(m.sender, m.kind, m.date.isoformat()) for m in extract_article(article, index).messages] == \
        [("kim-jong-un", "reply", "2024-08-15")]


def test_a_sending_early_in_the_month_told_later_in_it_is_background(index):
    body = ("Kim Jong Un sent a reply to Vladimir Putin on Thursday.\n\nThe exchange is the second in a month.\n\n"
            "In early August, after floods, Putin expressed sympathy to Kim Jong Un and offered help.")
    article = Article(id="a", title="Reply", body=body, published=dt.date(2024, 8, 16))
    assert {(m.sender, m.background) for m in extract_article(article, index).messages} == \
        {("kim-jong-un", False), ("vladimir-putin", True)}


def test_each_wire_item_of_a_copy_is_dated_and_led_by_its_own_dateline(index):
    body = ("Hi all, the two items below are for the China file.\n\nBest,\n\nMina\n\n"
            "Kim Jong Un Congratulates Xi Jinping\n\n"
            "Pyongyang, October 26 (KCNA) -- Kim Jong Un on October 25 sent a message of congratulations to "
            "Xi Jinping upon his re-election.\n\nKim Jong Un Receives Reply Message from Xi Jinping\n\n"
            "Pyongyang, November 1 (KCNA) -- Kim Jong Un received a reply message from Xi Jinping.")
    article = Article(id="a", title="Fwd: two items", body=body, published=dt.date(2017, 11, 3))
    shown = {(m.sender, m.date.isoformat()) for m in extract_article(article, index).messages if not m.background}
    assert shown == {("kim-jong-un", "2017-10-25"), ("xi-jinping", "2017-11-01")}


def test_a_dateline_a_day_after_a_utc_time_stamp_dates_the_story(index):
    body = ("Pyongyang, July 27 (KCNA) -- Kim Jong Un received Li Hongzhong the previous day.\n\n"
            "Li Hongzhong handed over to Kim Jong Un an autograph letter sent by Xi Jinping.")
    assert _messages(index, body, dt.date(2023, 7, 26)) == {("xi-jinping", "kim-jong-un", "2023-07-26")}


def test_a_letter_handed_over_in_korean_takes_the_day_of_the_audience(index):
    body = ("김정은동지께서 로씨야련방 연방회의 대표단을 9월 8일 접견하시였다.\n\n"
            "마뜨비옌꼬단장은 로씨야련방 대통령 뿌찐이 김정은동지께 보내온 친서를 정중히 전달하였다.")
    assert _messages(index, body, dt.date(2018, 9, 9)) == {("vladimir-putin", "kim-jong-un", "2018-09-08")}


def test_a_later_sentence_names_the_kind_of_an_exchanged_message(index):
    body = ("Kim Jong-un and Vladimir Putin exchanged messages on Tuesday to mark the anniversary of Korea's "
            "liberation.\n\nIn his message of greeting to Putin, Kim said the friendship had become a tradition.\n\n"
            "В тот же день Ким Чен Ын направил российскому президенту приветственное послание.")
    article = Article(id="a", title="Exchange", body=body, published=dt.date(2023, 8, 16))
    kinds = {m.sender: m.kind for m in extract_article(article, index).messages}
    assert kinds == {"kim-jong-un": "greetings", "vladimir-putin": "message"}


def test_a_capture_date_years_later_leaves_the_dateline_its_own_year(index):
    body = ("ПХЕНЬЯН, 24 марта. /ТАСС/. Председатель государственных дел КНДР Ким Чен Ын накануне направил "
            "президенту России Владимиру Путину телеграмму с глубокими соболезнованиями.")
    article = Article(id="a", title="Соболезнования", body=body, captured=dt.date(2026, 2, 3))
    assert [m.date.isoformat() for m in extract_article(article, index).messages] == ["2025-03-23"]


def test_news_told_before_is_background(index):
    body = ("Лавров и Цой Сон Хи обменялись поздравлениями.\n\nКак сообщал Интерфакс, 7 октября лидер КНДР Ким Чен Ын "
            "поздравил Владимира Путина с днем рождения.")
    article = Article(id="a", title="Поздравления", body=body, published=dt.date(2024, 10, 12))
    assert [m.background for m in extract_article(article, index).messages] == [True]


def test_the_two_leaders_unnamed_exchange_messages_but_not_views(index):
    body = ("Kim Jong-un told Russian President Vladimir Putin that cooperation would grow.\n\n"
            "KCNA said the two leaders exchanged congratulatory messages on Tuesday.")
    assert _messages(index, body, dt.date(2023, 8, 16)) == {("vladimir-putin", "kim-jong-un", "2023-08-15"),
                                                            ("kim-jong-un", "vladimir-putin", "2023-08-15")}
    talks = "Hu Jintao held talks with Kim Jong Il in Beijing.\n\nThe two leaders exchanged views on bilateral ties."
    assert _messages(index, talks, dt.date(2010, 5, 7)) == set()


def test_a_russian_new_year_congratulation_is_a_greeting(index):
    body = "Ким Чен Ын поздравил Путина с Новым годом, сообщает ЦТАК."
    article = Article(id="a", title="Поздравление", body=body, published=dt.date(2025, 1, 1))
    assert [m.kind for m in extract_article(article, index).messages] == ["greetings"]


def test_a_later_sentence_that_dates_the_message_in_chinese_or_korean(index):
    body = ("朝鮮中央通訊社周日（22日）報道，金正恩已向中國國家主席習近平發出回電，表示感謝。報道指，回電於9月15日發出。")
    article = Article(id="a", title="回電", body=body, published=dt.date(2024, 9, 22))
    assert [(m.date.isoformat(), m.kind) for m in extract_article(article, index).messages] == [("2024-09-15", "reply")]
    body = ("김정은 국무위원장이 '러시아의 날'(6월 12일)을 맞아 블라디미르 푸틴 대통령에게 축전을 보냈다.\n\n"
            "통신에 따르면 축전은 전날 신홍철 주러시아 북한대사가 러시아 외무성을 방문해 전달했다.")
    assert _messages(index, body, dt.date(2025, 6, 12)) == {("kim-jong-un", "vladimir-putin", "2025-06-11")}


def test_a_russian_reply_telegram_is_a_reply(index):
    body = "Ким Чен Ын направил Владимиру Путину ответную телеграмму."
    article = Article(id="a", title="Ответ", body=body, published=dt.date(2025, 8, 15))
    assert [m.kind for m in extract_article(article, index).messages] == ["reply"]


def test_a_reply_and_the_message_it_answers_each_on_its_own_day(index):
    body = ("North Korean leader Kim Jong Un has sent a reply to Chinese President Xi Jinping, thanking him for his "
            "congratulations on Kim's election as general secretary, state media said Thursday.\n\n"
            "The exchange unfolded over three days. Xi sent his message on Monday, the day after the congress gave "
            "Kim the title. Kim's reply, which KCNA said was sent on Wednesday, told Xi that his message had "
            "greatly encouraged the party.")
    assert _messages(index, body, dt.date(2021, 1, 14)) == {("xi-jinping", "kim-jong-un", "2021-01-11"),
                                                            ("kim-jong-un", "xi-jinping", "2021-01-13")}


def test_recipients_listed_after_an_attribution_under_a_lead_to_friendly_countries(index):
    body = ("North Korean leader Kim Jong Un sent New Year cards on Sunday to the leaders of a handful of friendly "
            "countries, state media reported on Monday morning.\n\nAccording to the Korean Central News Agency, the "
            "recipients were Chinese President Xi Jinping, Russian President Vladimir Putin and Lao President "
            "Thongloun Sisoulith.")
    assert _messages(index, body, dt.date(2024, 1, 1)) == {("kim-jong-un", "xi-jinping", "2023-12-31"),
                                                           ("kim-jong-un", "vladimir-putin", "2023-12-31")}


def test_a_message_told_with_only_its_sender_goes_where_the_one_before_went(index):
    body = ("Chinese President Xi Jinping sent Kim Jong Un a congratulatory message on Thursday, a day ahead of the "
            "anniversary.\n\nRussian President Vladimir Putin sent his own message of congratulations on Friday, "
            "the anniversary itself.")
    assert _messages(index, body, dt.date(2025, 10, 10)) == {("xi-jinping", "kim-jong-un", "2025-10-09"),
                                                             ("vladimir-putin", "kim-jong-un", "2025-10-10")}


def test_a_letter_received_at_a_meeting_told_in_the_headline_takes_the_meeting_s_day(index):
    body = ("Ким Чен Ын принял Шойгу и получил письмо Путина\n\n"
            "Генеральный секретарь ТПК Ким Чен Ын в среду принял министра обороны России Сергея Шойгу. Как сообщает "
            "ЦТАК, Шойгу передал ему собственноручно подписанное письмо президента Владимира Путина.")
    assert _messages(index, body, dt.date(2023, 7, 27)) == {("vladimir-putin", "kim-jong-un", "2023-07-26")}


def test_words_a_go_between_is_asked_to_carry_are_not_a_message(index):
    body = "Ким Чен Ын выразил благодарность и попросил передать Си Цзиньпину привет."
    assert _messages(index, body, dt.date(2023, 7, 28)) == set()
    body = "Kim Jong Un thanked the envoy and asked him to convey his warm regards to Xi Jinping."
    assert _messages(index, body, dt.date(2023, 7, 28)) == set()


def test_a_sending_at_the_start_of_the_month_told_later_is_background(index):
    body = ("China-North Korea trade doubled in 2023, customs data showed.\n\nXi Jinping and Kim Jong Un swapped "
            "New Year's greetings at the start of the month, pledging to deepen ties.")
    article = Article(id="a", title="Trade", body=body, published=dt.date(2024, 1, 18))
    assert {m.background for m in extract_article(article, index).messages} == {True}


def test_the_day_a_message_recalls_does_not_date_it(index):
    body = ("Pyongyang, October 6 (KCNA) -- Kim Jong Il sent a message of congratulations to Hu Jintao on the 60th "
            "anniversary of diplomatic relations.\n\nThe message said that the establishment of the diplomatic "
            "relations on October 6, 1949, was an event of weighty significance.")
    assert _messages(index, body, dt.date(2009, 10, 6)) == {("kim-jong-il", "hu-jintao", "2009-10-06")}


def test_a_message_sent_on_the_same_day_as_another_leader_s_takes_its_day(index):
    body = ("SEOUL, Jan. 2 — Kim Jong Un received New Year greetings from Russian President Vladimir Putin and "
            "Chinese President Xi Jinping, the Korean Central News Agency reported on Tuesday.\n\n"
            "Putin's message, dated Dec. 30, wished the North Korean leader good health. Xi's greeting card, sent on "
            "the same day as Putin's, said China was ready to write a new chapter in relations.")
    assert _messages(index, body, dt.date(2024, 1, 2)) == {("vladimir-putin", "kim-jong-un", "2023-12-30"),
                                                           ("xi-jinping", "kim-jong-un", "2023-12-30")}


def test_a_bold_russian_dateline_is_the_report_s_day_not_the_message_s(index):
    body = ("**СЕУЛ, 24 мар — РИА Новости.**Председатель государственных дел КНДР Ким Чен Ын направил президенту "
            "России Владимиру Путину телеграмму с соболезнованиями, сообщило в воскресенье ЦТАК.\n\n"
            "Согласно сообщению агентства, послание датировано 23 марта.")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_the_kremlin_s_russian_roster_names_its_recipient_in_the_message_phrase(index):
    body = ("Владимир Путин направил поздравления с Новым годом главам ряда иностранных государств и правительств.\n\n"
            "В послании Председателю Государственного совета КНДР Ким Чен Ыну Владимир Путин отметил, что связи "
            "получили мощный импульс.")
    assert _messages(index, body, dt.date(2023, 12, 30)) == {("vladimir-putin", "kim-jong-un", "2023-12-30")}


def test_an_undated_mention_before_the_dated_report_of_the_same_message_takes_its_day(index):
    body = ("Original headline: Respected Comrade Kim Jong Un sends message of congratulations to Comrade Xi Jinping.\n\n"
            "Kim Jong Un sent a message of congratulations on 10 March to Xi Jinping upon his re-election as "
            "President of the People's Republic of China.")
    assert _messages(index, body, dt.date(2023, 3, 13)) == {("kim-jong-un", "xi-jinping", "2023-03-10")}


def test_what_a_listed_recipient_s_message_says_does_not_make_the_lead_s_sending_past(index):
    body = ("President Vladimir Putin on Monday sent New Year greetings to the leaders of China, North Korea, India "
            "and a number of other countries, the Kremlin said.\n\nIn his message to North Korean leader Kim Jong Un, "
            "Putin said the treaty signed in June had raised relations to a new level.")
    article = Article(id="a", title="Putin's New Year greetings", body=body, published=dt.date(2024, 12, 30))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.background)
            for m in extract_article(article, index).messages] == [("vladimir-putin", "kim-jong-un", "2024-12-30", False)]


def test_a_utc_stamp_the_evening_before_the_report_day_gives_way_to_it(index):
    body = ("North Korean leader Kim Jong-un sent a message of sympathy to Chinese President Xi Jinping over the "
            "earthquake that struck northwestern China, state media reported Wednesday.")
    article = Article(id="a", title="Sympathy", body=body, published=dt.date(2023, 12, 19), published_from="metadata")
    assert [m.date.isoformat() for m in extract_article(article, index).messages] == ["2023-12-20"]


def test_a_stamp_in_us_time_the_evening_before_the_report_day_gives_way_to_it(index):
    body = ("Russian President Vladimir Putin sent a congratulatory message to North Korean leader Kim Jong Un, "
            "North Korean state media said Monday, as the North marked liberation day.")
    article = Article(id="a", title="Liberation day", body=body, published=dt.date(2022, 8, 14), published_from="date-line")
    assert [m.date.isoformat() for m in extract_article(article, index).messages] == ["2022-08-15"]


def test_a_passive_sending_by_someone_else_is_not_the_leader_s(index):
    body = ("Kim Jong Il has sent a message of congratulations to President Dmitry Medvedev on Russia Day.\n\n"
            "A separate greetings message was sent to Prime Minister Vladimir Putin by the head of the North "
            "Korean Cabinet, Premier Kim Yong Il.")
    assert _messages(index, body, dt.date(2010, 6, 12)) == {("kim-jong-il", "dmitry-medvedev", "2010-06-12")}


def test_a_letter_handed_over_by_the_envoy_of_a_leader_received_by_another(index):
    body = ("Chinese President Xi Jinping on Friday received Choe Ryong Hae, the special envoy of North Korea's "
            "First Secretary Kim Jong Un, who handed over a personal letter from the young leader.")
    article = Article(id="a", title="Envoy", body=body, published=dt.date(2013, 5, 24))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.kind) for m in extract_article(article, index).messages] \
        == [("kim-jong-un", "xi-jinping", "2013-05-24", "letter")]


def test_an_earlier_sending_with_no_day_neither_takes_nor_changes_the_news(index):
    body = ("Chinese President Xi Jinping on Friday received Choe Ryong Hae, the special envoy of Kim Jong Un, "
            "who handed over a personal letter from him.\n\n"
            "Kim Jong Un sent Xi a congratulatory message in March when he was elected president.")
    article = Article(id="a", title="Envoy", body=body, published=dt.date(2013, 5, 24))
    assert [(m.date.isoformat(), m.kind, m.background) for m in extract_article(article, index).messages] \
        == [("2013-05-24", "letter", False)]


@pytest.mark.parametrize("sentence", [
    "Kim's message to Xi on the anniversary of the founding of the People's Republic last October ran to a few lines.",
    "The exchange came days after North Korean leader Kim Jong Un sent birthday greetings to Xi Jinping on Monday.",
    "The message follows Kim Jong Un's own verbal message to Xi Jinping, which KCNA published on Friday.",
    "Kim Jong Un has since exchanged messages with Xi Jinping on holidays and anniversaries.",
])
def test_sendings_told_as_before_the_news(index, sentence):
    article = Article(id="a", title="Analysis", body=sentence, published=dt.date(2014, 9, 12))
    assert all(m.background for m in extract_article(article, index).messages)


def test_in_his_message_reports_it_unless_the_article_told_it_before(index):
    body = ("Vladimir Putin told Kim Jong Un the two countries would expand relations, state media said.\n\n"
            "In his congratulatory message to Kim, Putin said closer ties would serve both peoples.")
    assert _messages(index, body, dt.date(2022, 8, 15)) == {("vladimir-putin", "kim-jong-un", "2022-08-15")}
    body = ("Kim Jong Un and Vladimir Putin exchanged messages on Tuesday to mark liberation day.\n\n"
            "In his message of greeting to Putin, Kim said the friendship would grow.")
    article = Article(id="a", title="Exchange", body=body, published=dt.date(2023, 8, 16))
    kinds = {(m.sender, m.kind) for m in extract_article(article, index).messages}
    assert ("kim-jong-un", "greetings") in kinds and len(kinds) == 2


def test_the_message_dispatched_on_a_day_dates_the_one_reported(index):
    body = ("SEOUL, Dec. 1 (Seoul Wire) -- North Korean leader Kim Jong Un sent a message of condolence to Chinese "
            "President Xi Jinping over the death of Jiang Zemin, state media reported Thursday.\n\n"
            "Jiang died in Shanghai on Wednesday at the age of 96.\n\n"
            "In the message dispatched Wednesday, Kim expressed deep condolences to Xi.")
    assert _messages(index, body, dt.date(2022, 12, 1)) == {("kim-jong-un", "xi-jinping", "2022-11-30")}


def test_what_the_message_says_does_not_date_the_sending(index):
    body = ("BEIJING, Jan. 11 (Xinhua) -- Xi Jinping on Monday sent a congratulatory message to Kim Jong Un.\n\n"
            "Xi extended warm congratulations to Kim, saying he had learned that Kim was elected general "
            "secretary on Sunday.")
    assert _messages(index, body, dt.date(2021, 1, 11)) == {("xi-jinping", "kim-jong-un", "2021-01-11")}


def test_a_message_between_others_rather_than_the_leaders_is_not_theirs(index):
    body = ("The message, addressed from one party body to the other rather than from Kim Jong Un to Xi Jinping, "
            "said the two parties would strengthen communication.")
    assert _messages(index, body, dt.date(2023, 7, 1)) == set()


def test_a_message_named_from_one_leader_to_the_other_is_reported_without_a_verb(index):
    body = ("SEOUL, Aug 16 (Yonhap) -- Kim Jong Un's message of greetings to Russian President Vladimir Putin, "
            "sent on Tuesday to mark liberation day, said the friendship would grow stronger.\n\n"
            "A message in the opposite direction, from Putin to Kim, was also made public.")
    assert _messages(index, body, dt.date(2023, 8, 16)) == {("kim-jong-un", "vladimir-putin", "2023-08-15"),
                                                              ("vladimir-putin", "kim-jong-un", "2023-08-15")}
    compared = "Kim Jong Un's message to Xi Jinping was shorter than the one from Vladimir Putin to Kim."
    assert _messages(index, compared, dt.date(2023, 8, 16)) == set()


def test_an_undated_page_takes_its_year_from_a_full_date_it_states(index):
    body = ("KCNA put it out this morning, Monday 12 June 2023.\n\n"
            "Pyongyang, June 12 (KCNA) -- Kim Jong Un sent a message of congratulations to Vladimir Putin on "
            "the occasion of the Day of Russia.")
    article = Article(id="a", title="Russia Day", body=body)
    assert [m.date.isoformat() for m in extract_article(article, index).messages] == ["2023-06-12"]


def test_the_same_day_is_the_day_of_the_message_told_before(index):
    body = ("新华社北京7月10日电 7月10日，国家主席胡锦涛致电朝鲜劳动党总书记金正日，热烈祝贺《中朝友好合作互助条约》签订50周年。\n\n"
            "同日，金正日也致电胡锦涛，祝贺条约签订50周年。")
    assert _messages(index, body, dt.date(2011, 7, 11)) == {("hu-jintao", "kim-jong-il", "2011-07-10"),
                                                              ("kim-jong-il", "hu-jintao", "2011-07-10")}


def test_a_bare_russian_in_a_telegram_before_the_verb_is_the_message_sent(index):
    body = ("СЕУЛ, 7 октября. /ТАСС/. Председатель государственных дел КНДР Ким Чен Ын в телеграмме пожелал "
            "президенту России Владимиру Путину счастливого дня рождения.")
    assert _messages(index, body, dt.date(2023, 10, 7)) == {("kim-jong-un", "vladimir-putin", "2023-10-07")}


def test_a_headline_followed_by_its_story_takes_the_story_s_day_not_its_dateline_s(index):
    body = ("Kim Jong Un Congratulates Putin on His Assumption of Presidency\n\n"
            "Pyongyang, May 9 (KCNA) -- Kim Jong Un sent a message of congratulation to Vladimir Vladimirovich "
            "Putin on May 7 upon his assumption of office as president of the Russian Federation.")
    assert _messages(index, body, dt.date(2012, 5, 9)) == {("kim-jong-un", "vladimir-putin", "2012-05-07")}


def test_the_same_day_beats_the_report_s_day_but_not_the_sending_s_own(index):
    body = ("Vladimir Putin sent a congratulatory message to Kim Jong Un on Saturday, the anniversary of liberation.\n\n"
            "Kim sent a message of greetings to Putin the same day, KCNA reported on Sunday.")
    assert _messages(index, body, dt.date(2015, 8, 16)) == {("vladimir-putin", "kim-jong-un", "2015-08-15"),
                                                              ("kim-jong-un", "vladimir-putin", "2015-08-15")}
    body = ("Xi Jinping sent a verbal message to Kim Jong Un on Friday.\n\n"
            "On Saturday Kim Jong Un also sent a congratulatory message to Vladimir Putin, KCNA reported the same day.")
    assert ("kim-jong-un", "vladimir-putin", "2020-05-09") in _messages(index, body, dt.date(2020, 5, 10))


def test_leaders_named_by_their_party_office(index):
    body = ("BEIJING, June 1 -- The Chinese President on Wednesday received a delegation led by Ri Su Yong, who "
            "conveyed a verbal message from the WPK Chairman about the party's seventh congress held last month.")
    article = Article(id="a", title="Verbal message", body=body, published=dt.date(2016, 6, 2))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.kind, m.background)
            for m in extract_article(article, index).messages] == \
        [("kim-jong-un", "xi-jinping", "2016-06-01", "verbal-message", False)]


def test_a_correction_s_account_of_the_error_does_not_date_the_message(index):
    body = ("North Korean leader Kim Jong Un sent Russian President Vladimir Putin a message of congratulations on "
            "Monday after the election, state media KCNA reported on Tuesday.\n\n"
            "(Editor's note: an earlier version of this item said Kim's message had been sent on Tuesday. KCNA's "
            "report was carried Tuesday; the message itself was dated Monday.)")
    assert _messages(index, body, dt.date(2024, 3, 20)) == {("kim-jong-un", "vladimir-putin", "2024-03-18")}


def test_the_day_of_the_disaster_a_message_answers_is_not_its_day(index):
    body = ("Pyongyang, December 20 (KCNA) -- Kim Jong Un sent a message of sympathy to Xi Jinping.\n\n"
            "Saying that he was informed of the earthquake that occurred in Gansu Province on December 18, Kim Jong "
            "Un expressed deep condolences over the victims.")
    assert _messages(index, body, dt.date(2023, 12, 20)) == {("kim-jong-un", "xi-jinping", "2023-12-20")}


def test_a_new_year_card_an_article_of_february_mentions_is_background(index):
    body = "KCNA published Kim Jong Un's New Year card to Vladimir Putin, but carried no equivalent card to Xi."
    article = Article(id="a", title="Counting the cards", body=body, published=dt.date(2025, 2, 3))
    assert all(m.background for m in extract_article(article, index).messages)


def test_a_russian_year_makes_an_exchange_background(index):
    body = ("Лидер КНДР Ким Чен Ын направил президенту России Владимиру Путину поздравительное послание по случаю "
            "Дня России.\n\nВ 2021 году Путин и Ким Чен Ын обменялись посланиями по случаю 60-летия Договора.")
    article = Article(id="a", title="День России", body=body, published=dt.date(2023, 6, 12))
    assert {(m.sender, m.background) for m in extract_article(article, index).messages} == \
        {("kim-jong-un", False), ("vladimir-putin", True)}


def test_the_kind_a_report_states_beats_the_one_its_headline_s_occasion_suggests(index):
    body = ("Kim Jong Il Sends Message to Hu Jintao\n\n"
            "Pyongyang, July 11 (KCNA) -- Kim Jong Il sent a message of greetings to Hu Jintao on the occasion of the "
            "50th anniversary of the conclusion of the DPRK-China Treaty of Friendship.")
    article = Article(id="a", title="KCNA", body=body, published=dt.date(2011, 7, 11))
    assert [m.kind for m in extract_article(article, index).messages] == ["greetings"]


def test_a_message_from_a_titled_leader_to_another_with_no_verb_of_sending(index):
    body = ("The party daily's front page this morning leads with the full text of a congratulatory message from "
            "Russian President Vladimir Putin to Kim Jong Un on the anniversary.")
    assert _messages(index, body, dt.date(2025, 10, 10)) == {("vladimir-putin", "kim-jong-un", "2025-10-10")}


def test_the_same_day_as_a_day_the_sentence_before_states(index):
    body = ("Liu Yunshan arrived in Pyongyang on 9 October at the head of a Chinese delegation.\n\n"
            "Kim Jong Un received Liu the same day, Friday, and Liu handed him a personal letter from Xi Jinping.")
    assert _messages(index, body, dt.date(2015, 10, 12)) == {("xi-jinping", "kim-jong-un", "2015-10-09")}


def test_each_half_of_joint_messages_told_by_their_openings(index):
    body = ("BEIJING, Oct. 5 (Xinhua) -- Leaders of China and the DPRK on Monday exchanged congratulatory messages "
            "marking the 60th anniversary of diplomatic relations.\n\n"
            "In a joint message to Kim Jong Il, general secretary of the Workers' Party of Korea, Kim Yong Nam and "
            "Premier Kim Yong Il, Chinese President Hu Jintao, top legislator Wu Bangguo and Premier Wen Jiabao "
            "described the forging of diplomatic ties as a landmark.\n\n"
            "In their own joint message to Hu, Wu and Wen, Kim Jong Il, Kim Yong Nam and Kim Yong Il said the "
            "friendship was a treasure shared by the two peoples.")
    assert _messages(index, body, dt.date(2009, 10, 5)) == {("hu-jintao", "kim-jong-il", "2009-10-05"),
                                                              ("kim-jong-il", "hu-jintao", "2009-10-05")}


@pytest.mark.parametrize("body, published", [
    ("十九大闭幕后，朝鲜最高领导人金正恩曾致电习近平，祝贺其再次当选中共中央总书记。", dt.date(2022, 10, 16)),
    ("Days later, when the two leaders traded messages on the anniversary of diplomatic relations itself, Chinese "
     "state media gave the exchange modest placement. Kim Jong Un and Xi Jinping are rarely seen together.",
     dt.date(2024, 12, 27)),
])
def test_earlier_exchanges_in_an_analysis_are_background(index, body, published):
    article = Article(id="a", title="Analysis", body="Xi Jinping and Kim Jong Un.\n\n" + body, published=published)
    assert all(m.background for m in extract_article(article, index).messages)


def test_a_letter_handed_over_in_japanese_is_dated_by_the_meeting(index):
    body = ("27日の朝鮮中央通信によりますと、キム総書記は26日、ショイグ国防相が率いるロシアの軍事代表団と会談しました。\n\n"
            "この中でショイグ国防相は、プーチン大統領の親書をキム総書記に丁重に手渡したということです。")
    article = Article(id="a", title="北朝鮮 キム総書記 ロシア国防相と会談", body=body, published=dt.date(2023, 7, 27))
    assert [(m.sender, m.recipient, m.date.isoformat(), m.kind) for m in extract_article(article, index).messages] \
        == [("vladimir-putin", "kim-jong-un", "2023-07-26", "letter")]


def test_a_fact_check_of_a_claimed_message_reports_none(index):
    body = ("Claim: Russian President Vladimir Putin sent North Korean leader Kim Jong Un a personal letter on "
            "January 8 congratulating him on his birthday.\n\nThe Kremlin spokesman said no such letter was sent.")
    article = Article(id="a", title="FALSE: No, Putin did not send Kim Jong Un a birthday letter", body=body,
                      published=dt.date(2025, 1, 10))
    assert all(m.background for m in extract_article(article, index).messages)


@pytest.mark.parametrize("body", [
    "Hu Jintao continued the practice, and he and Kim Jong Il have exchanged congratulations each October.",
    "Russian President Vladimir Putin had offered sympathy to Kim Jong Un in a message on Saturday, the Kremlin said.",
])
def test_habits_and_earlier_offers_are_not_news(index, body):
    article = Article(id="a", title="Background", body=body, published=dt.date(2024, 8, 5))
    assert all(m.background for m in extract_article(article, index).messages)


def test_a_russian_roster_of_new_year_greetings_to_the_leaders_of_countries(index):
    body = ("МОСКВА, 31 дек — РИА Новости. Президент России Владимир Путин в понедельник направил поздравления с "
            "Новым годом и Рождеством руководителям ряда зарубежных стран, сообщает пресс-служба Кремля.\n\n"
            "В числе адресатов — председатель КНР Си Цзиньпин, председатель государственных дел КНДР Ким Чен Ын, "
            "президент Белоруссии Александр Лукашенко.")
    assert ("vladimir-putin", "kim-jong-un", "2024-12-30") in _messages(index, body, dt.date(2024, 12, 31))


def test_a_message_a_week_before_the_news_is_background(index):
    body = ("Путин прибыл в Пхеньян с государственным визитом.\n\n"
            "За неделю до визита, 12 июня, Ким Чен Ын направил Путину поздравление с Днем России.")
    article = Article(id="a", title="Визит Путина в КНДР", body=body, published=dt.date(2024, 6, 19))
    assert all(m.background for m in extract_article(article, index).messages)


def test_a_letter_handed_over_two_paragraphs_after_the_meeting_is_dated_by_it(index):
    body = ("Kim Jong Un received the military delegation of the Russian Federation headed by Sergei Shoigu at the "
            "office building of the Ministry of National Defence on July 26.\n\n"
            "Present there were Kang Sun Nam, minister of National Defence, and other leading officials.\n\n"
            "Shoigu courteously conveyed to Kim Jong Un the autographed letter of Vladimir Vladimirovich Putin, "
            "president of the Russian Federation.")
    assert _messages(index, body, dt.date(2023, 7, 27)) == {("vladimir-putin", "kim-jong-un", "2023-07-26")}


def test_a_message_sent_earlier_this_week_is_news(index):
    body = ("North Korean leader Kim Jong-un has sent a message of sympathy to Chinese President Xi Jinping over the "
            "earthquake that killed more than 100 people earlier this week, state media reported Wednesday.")
    article = Article(id="a", title="Sympathy", body=body, published=dt.date(2023, 12, 20))
    assert [m.background for m in extract_article(article, index).messages] == [False]


def test_an_undated_page_names_leaders_by_office_as_of_its_occasion(index):
    body = ("Kim Jong Il on Sunday sent a message of greetings to the Russian President on the 65th anniversary of "
            "Korea's liberation.")
    article = Article(id="a", title="KFA - News", body=body)
    assert [(m.sender, m.recipient, m.date.isoformat()) for m in extract_article(article, index).messages] == \
        [("kim-jong-il", "dmitry-medvedev", "2010-08-15")]


def test_an_earthquake_that_struck_a_day_earlier_does_not_make_the_message_earlier_news(index):
    body = ("Kim Jong Il sent a message of sympathy on Thursday to Chinese President Hu Jintao over the earthquake "
            "that struck Yushu in Qinghai province a day earlier, KCNA reported.")
    article = Article(id="a", title="Sympathy", body=body, published=dt.date(2010, 4, 16))
    assert [(m.date.isoformat(), m.background) for m in extract_article(article, index).messages] == \
        [("2010-04-15", False)]


def test_an_occasion_named_where_it_does_not_count_is_passed_over():
    from generator.extract.occasions import find_occasion
    texts = ["Last year they marked the 70th anniversary of diplomatic relations.",
             "The message marked the 75th anniversary of the founding of the DPRK."]
    assert find_occasion(texts) == "70th anniversary of diplomatic relations"
    assert find_occasion(texts, unless=lambda text: text.startswith("Last year")) == \
        "75th anniversary of the founding of the DPRK"


def test_a_time_clause_before_the_subject_dates_something_else(index):
    body = ("A week after reappearing at a fertilizer factory on May 1, Kim Jong Un sent a verbal message to "
            "Xi Jinping on Friday, May 8, KCNA said.")
    assert _messages(index, body, dt.date(2020, 5, 11)) == {("kim-jong-un", "xi-jinping", "2020-05-08")}


def test_an_occasion_after_the_article_s_day_is_one_the_message_was_sent_ahead_of(index):
    body = ("In the afternoon, Liu held talks with Kim Jong Un. During the meeting, Liu handed over a personal "
            "letter from Chinese President Xi Jinping to Kim.\n\nIn the letter, Xi extended warm congratulations on "
            "the 70th anniversary of the founding of the Workers' Party of Korea.")
    assert _messages(index, body, dt.date(2015, 10, 9)) == {("xi-jinping", "kim-jong-un", "2015-10-09")}


def test_a_korean_report_day_after_a_utc_stamp_is_the_report_s_day(index):
    body = ("김정은 북한 국무위원장이 중화인민공화국 창건 74주년(10월 1일)을 맞아 시진핑(習近平) 중국 국가주석에게 "
            "축전을 보냈다고 조선중앙통신이 1일 보도했다.")
    assert _messages(index, body, dt.date(2023, 9, 30)) == {("kim-jong-un", "xi-jinping", "2023-10-01")}


def test_thanks_spoken_to_an_envoy_at_a_meeting_are_no_message(index):
    body = ("Later on Wednesday, Kim Jong Un received Shoigu and his delegation. During the meeting, Shoigu conveyed "
            "to Kim a personal letter signed by Russian President Vladimir Putin, KCNA said. Kim thanked Putin for "
            "sending the delegation and for the “warm and good letter”, and the two discussed “matters of mutual "
            "concern,” the agency said.")
    assert _messages(index, body, dt.date(2023, 7, 27)) == {("vladimir-putin", "kim-jong-un", "2023-07-26")}
    body = ("Kim Jong Un received Shoigu on Wednesday. Kim Jong Un sent Vladimir Putin a message of thanks for his "
            "letter, KCNA said.")
    assert _messages(index, body, dt.date(2023, 7, 27)) == {("kim-jong-un", "vladimir-putin", "2023-07-27")}


def test_a_report_s_label_does_not_date_the_sending(index):
    body = "KCNA this morning: Russian President Vladimir Putin sent a New Year greeting card to Kim Jong Un on Monday."
    assert _messages(index, body, dt.date(2024, 12, 31)) == {("vladimir-putin", "kim-jong-un", "2024-12-30")}


def test_an_occasion_named_for_messages_of_another_month_is_not_this_one_s(index):
    body = ("Russian diplomats laid flowers at the Liberation Tower on Monday.\n\nOfficials attended a reception.\n\n"
            "On Monday, Russian President Vladimir Putin sent a message of congratulations to Kim Jong Un.\n\n"
            "Putin wrote that relations would expand.\n\nThe embassy hosted a film show.\n\n"
            "This is the third time this year that the two leaders have exchanged written messages, after New Year "
            "greetings in January.")
    article = Article(id="a", title="Putin and Kim trade messages", body=body, published=dt.date(2022, 8, 16))
    (message,) = [m for m in extract_article(article, index).messages if not m.background]
    assert (message.kind, message.occasion) == ("congratulations", None)


def test_senders_listed_under_messages_arriving_for_a_leader_on_a_capture_s_date(index):
    body = ("Messages of congratulations continue to arrive for Kim Jong Un, general secretary of the Workers' Party "
            "of Korea, on the 75th founding anniversary of the Republic.\n\n"
            "Xi Jinping, general secretary of the Central Committee of the Communist Party of China, sent a message "
            "dated September 9.\n\nIn the message Xi extended warm congratulations.\n\nHe said the Korean people "
            "had made great achievements.\n\nHe wished the Korean people success.\n\n"
            "The Russian leader, Vladimir Putin, sent a message on the same day.")
    # Captured years later: the anniversary the lead names dates the story, and the list runs on.
    article = Article(id="a", title="Heads of state congratulate Kim Jong Un", body=body, published=None,
                      captured=dt.date(2025, 4, 10))
    found = {(m.sender, m.recipient, m.date.isoformat()) for m in extract_article(article, index).messages
             if not m.background}
    assert found == {("xi-jinping", "kim-jong-un", "2023-09-09"), ("vladimir-putin", "kim-jong-un", "2023-09-09")}


def test_a_message_told_as_what_the_news_came_a_week_after_is_background(index):
    body = ("SEOUL, March 24 -- Kim Jong Un sent a message of condolence to Vladimir Putin on Saturday over the "
            "attack.\n\nThe message was carried by KCNA a week after Kim congratulated Putin on his re-election, on "
            "March 19.")
    article = Article(id="a", title="Kim condoles Putin", body=body, published=dt.date(2024, 3, 24))
    found = {(m.date.isoformat(), m.background) for m in extract_article(article, index).messages}
    assert found == {("2024-03-23", False), ("2024-03-19", True)}


def test_the_sending_s_weekday_beats_the_report_s(index):
    body = ("Kim Jong Un and Xi Jinping have exchanged New Year's messages.\n\n"
            "The Korean Central News Agency reported on Tuesday that Kim sent a greeting card to Xi on Monday.")
    assert _messages(index, body, dt.date(2024, 1, 2)) == {("kim-jong-un", "xi-jinping", "2024-01-01"),
                                                          ("xi-jinping", "kim-jong-un", "2024-01-01")}


def test_a_message_told_through_what_it_told_the_one_addressed(index):
    body = ("Chinese President Hu Jintao told North Korean leader Kim Jong Il in his message that relations were "
            "the unswerving policy of China.\n\nKim, in his own message to Hu, said the treaty had stood the test of time.")
    assert _messages(index, body, dt.date(2011, 7, 11)) == {("hu-jintao", "kim-jong-il", "2011-07-11"),
                                                           ("kim-jong-il", "hu-jintao", "2011-07-11")}


def test_a_reply_spoken_at_talks_is_no_message(index):
    body = ("Russian President Vladimir Putin and North Korean leader Kim Jong Un met for talks at the Diaoyutai state "
            "guesthouse on Wednesday. \"Your soldiers fought courageously and heroically,\" Putin told Kim at the start "
            "of the meeting, which lasted about two and a half hours. Kim replied that helping Russia was a "
            "\"fraternal duty\" and invited Putin to visit Pyongyang again.")
    assert _messages(index, body, dt.date(2025, 9, 3)) == set()


def test_a_year_before_the_sender_held_office_is_what_the_message_recalls(index):
    body = ("Good morning. A quieter week than most.\n\nTHIS WEEK\n\nMON 15/08 | Putin and Kim trade messages\n\n"
            "Russian President Vladimir Putin sent Kim Jong Un a congratulatory message on Monday for Liberation Day."
            "\n\nKim, in a letter to Putin sent the same day, wrote that the friendship forged in the fight against "
            "Japan in 1945 would continue to grow.")
    article = Article(id="a", title="Messages", body=body, published=dt.date(2022, 8, 19))
    found = {(m.sender, m.date.isoformat(), m.background) for m in extract_article(article, index).messages}
    assert found == {("vladimir-putin", "2022-08-15", False), ("kim-jong-un", "2022-08-15", False)}


def test_a_weekday_counts_from_its_own_wire_item_s_dateline(index):
    body = ("Clips for the China chapter, oldest first.\n\n"
            "BEIJING, Oct. 10 (Xinhua) -- Xi Jinping on Saturday sent a congratulatory message to Kim Jong Un on the "
            "75th anniversary of the founding of the Workers' Party of Korea.\n\n"
            "SEOUL, Oct. 20 (Yonhap) -- North Korea held a rally on Tuesday.")
    assert _messages(index, body, dt.date(2020, 10, 25)) == {("xi-jinping", "kim-jong-un", "2020-10-10")}


def test_a_greeting_at_a_named_place_is_in_person(index):
    body = ("Kim Jong Un greeted Russian President Vladimir Putin at Pyongyang's Sunan airport in the early hours of "
            "Wednesday, at the start of a two-day state visit, the first by a Russian leader since 2000.")
    assert _messages(index, body, dt.date(2024, 6, 19)) == set()


def test_leaders_of_many_countries_sending_to_one_open_a_list(index):
    body = ("BEIJING, Nov. 16 (Xinhua) -- Leaders of a number of countries and political parties have sent messages "
            "to Xi Jinping congratulating him on his election as general secretary.\n\n"
            "Xi was elected at the first plenary session on Thursday.\n\n"
            "Kim Jong Un, first secretary of the Workers' Party of Korea, said in a message sent on Thursday that "
            "Xi's election reflected the deep trust of the entire party.")
    assert _messages(index, body, dt.date(2012, 11, 16)) == {("kim-jong-un", "xi-jinping", "2012-11-15")}


def test_what_the_message_says_does_not_put_its_sending_before_the_news(index):
    body = ("Kim Jong Un has sent a message of thanks to Vladimir Putin, saying he was deeply moved by the Russian "
            "president's expression of sympathy over the floods late last month.\n\n"
            "The North Korean leader sent the message on Sunday, state media reported on Monday.")
    article = Article(id="a", title="Kim thanks Putin", body=body, published=dt.date(2024, 8, 5))
    found = {(m.date.isoformat(), m.background) for m in extract_article(article, index).messages}
    assert found == {("2024-08-04", False)}


def test_a_korean_short_name_refers_back_to_the_leader_named(index):
    body = ("김정은 북한 국무위원장이 새해를 맞아 시진핑(習近平) 중국 국가주석과 연하장을 주고받았다고 조선중앙통신이 1일 보도했다.\n\n"
            "김 위원장은 이와 함께 블라디미르 푸틴 러시아 대통령에게도 연하장을 보냈다.")
    assert _messages(index, body, dt.date(2024, 1, 1)) == {("kim-jong-un", "xi-jinping", "2024-01-01"),
                                                          ("xi-jinping", "kim-jong-un", "2024-01-01"),
                                                          ("kim-jong-un", "vladimir-putin", "2024-01-01")}


def test_the_weekday_a_dating_clause_gives_and_an_earlier_message_of_the_week(index):
    body = ("North Korean leader Kim Jong-un has sent a message of condolence to Russian President Vladimir Putin over "
            "the attack at a concert venue, the North's state media reported Sunday.\n\n"
            "In the message, which the Korean Central News Agency said Kim sent on Saturday, the North Korean leader "
            "conveyed deep condolences.\n\nEarlier this week, Kim congratulated Putin on his re-election.")
    article = Article(id="a", title="Kim condoles Putin", body=body, published=dt.date(2024, 3, 24))
    found = {(m.date.isoformat(), m.kind, m.background) for m in extract_article(article, index).messages}
    assert ("2024-03-23", "condolences", False) in found and not any(
        kind == "congratulations" and not background for _, kind, background in found)


def test_a_report_s_label_with_a_comma_and_a_disaster_s_time_do_not_date_the_sending(index):
    body = "Per KCNA this morning, Kim Jong Un sent a reply message to Xi Jinping on Wednesday."
    assert _messages(index, body, dt.date(2021, 9, 25)) == {("kim-jong-un", "xi-jinping", "2021-09-22")}
    body = ("SEOUL, Dec. 20 (Yonhap) -- Kim Jong-un has sent a message of sympathy to Xi Jinping over the earthquake "
            "that killed more than 100 people in northwestern China earlier this week, state media reported Wednesday.")
    article = Article(id="a", title="Kim sends sympathy", body=body, published=dt.date(2023, 12, 20))
    assert [m.background for m in extract_article(article, index).messages] == [False]


def test_the_day_state_media_said_it_on_is_the_report_s(index):
    body = ("SEOUL - North Korea's leader Kim Jong Un has sent a message of condolence to Russian President Vladimir "
            "Putin over the deadly attack on a concert hall, state media said on March 24.\n\n"
            "In the message, dated Saturday, Kim expressed deep condolences.")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_a_note_fired_off_and_a_message_sent_over_the_weekend(index):
    body = "Kim Jong Un fired off a congratulatory note to Vladimir Putin on Monday to mark Russia Day."
    assert _messages(index, body, dt.date(2023, 6, 12)) == {("kim-jong-un", "vladimir-putin", "2023-06-12")}
    body = ("Kim Jong Un sent Vladimir Putin a message of condolence over the weekend after gunmen killed more than "
            "130 people at a concert hall outside Moscow, state media reported on Sunday.")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_a_day_the_next_sentence_gives_one_half_of_an_exchange_is_that_half_s(index):
    body = ("PYONGYANG, Aug. 15 (Xinhua) -- Kim Jong Il and Russian President Dmitry Medvedev have exchanged "
            "messages on the 65th anniversary of Korea's liberation, KCNA reported.\n\n"
            "In a congratulatory message dated Aug. 12, Medvedev said that the friendly relations would develop.\n\n"
            "Kim sent his message of greetings to the Russian president on Sunday.")
    assert _messages(index, body, dt.date(2010, 8, 15)) == {("dmitry-medvedev", "kim-jong-il", "2010-08-12"),
                                                             ("kim-jong-il", "dmitry-medvedev", "2010-08-15")}
    body = ("Kim Jong Un and Xi Jinping exchanged messages on the anniversary of diplomatic ties.\n\n"
            "In his message dated Oct. 6, Xi said the friendship was unbreakable.")
    assert _messages(index, body, dt.date(2019, 10, 7)) == {("xi-jinping", "kim-jong-un", "2019-10-06"),
                                                            ("kim-jong-un", "xi-jinping", "2019-10-06")}


def test_the_day_state_media_reported_gives_way_to_the_day_the_next_sentence_gives_the_sending(index):
    body = ("Vladimir Putin sent Kim Jong Un a message of sympathy over the flooding, state media reported on Sunday.\n\n"
            "The message was handed to the Foreign Ministry through the Russian Embassy on Saturday evening.")
    assert _messages(index, body, dt.date(2024, 8, 5)) == {("vladimir-putin", "kim-jong-un", "2024-08-03")}


@pytest.mark.parametrize("body", [
    "Putin wrote to Kim Jong Un that Moscow would expand cooperation.",
    "Владимир Путин написал северокорейскому лидеру, что Москва будет расширять сотрудничество.",
])
def test_writing_to_a_leader_is_a_message(index, body):
    assert _messages(index, body, dt.date(2023, 8, 16)) == {("vladimir-putin", "kim-jong-un", "2023-08-16")}


@pytest.mark.parametrize("body", [
    "Putin wrote an article for Rodong Sinmun ahead of his visit to Kim Jong Un.",
    "Putin wrote about Kim Jong Un in his memoirs.",
])
def test_writing_about_a_leader_is_not(index, body):
    assert _messages(index, body, dt.date(2023, 8, 16)) == set()


def test_a_russian_occasion_names_the_kind_of_a_message(index):
    body = "Владимир Путин направил Ким Чен Ыну послание по случаю 78-й годовщины освобождения Кореи."
    article = Article(id="a", title="Послание", body=body, published=dt.date(2023, 8, 15))
    assert [m.kind for m in extract_article(article, index).messages] == ["congratulations"]


@pytest.mark.parametrize("body, kind", [
    ("Президент России Дмитрий Медведев выразил соболезнования в связи с кончиной Ким Чен Ира. Как сообщила "
     "пресс-служба Кремля, телеграмма ушла в Пхеньян на имя Ким Чен Ына.", "condolences"),
    ("Dmitry Medvedev expressed sympathy over the death of Kim Jong Il. A telegram had gone out to Kim Jong Un, "
     "the Kremlin said.", "condolences"),
])
def test_a_telegram_gone_out_to_a_leader_is_the_message_of_the_leader_told_before(index, body, kind):
    article = Article(id="a", title="Telegram", body=body, published=dt.date(2011, 12, 19))
    assert [(m.sender, m.recipient, m.kind) for m in extract_article(article, index).messages] == [
        ("dmitry-medvedev", "kim-jong-un", kind)]


def test_the_state_affairs_commission_s_chairman_is_kim_jong_un_after_his_title_changed(index):
    body = ("The chairman of North Korea's State Affairs Commission on Saturday sent a message of condolences to "
            "Russia's president over the attack on a concert hall.")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_an_office_written_with_a_typographic_apostrophe(index):
    body = "The General Secretary of the Workers’ Party of Korea has sent a New Year greeting card to Russia’s president."
    assert _messages(index, body, dt.date(2025, 1, 1)) == {("kim-jong-un", "vladimir-putin", "2025-01-01")}


def test_the_two_leaders_trading_messages_on_every_holiday_is_no_message(index):
    body = ("Kim Jong Un and Vladimir Putin held a summit in June.\n\n"
            "The exchange follows a year in which the two leaders traded messages on nearly every national holiday.")
    assert _messages(index, body, dt.date(2025, 1, 1)) == set()


def test_the_one_told_before_another_verb_is_the_recipient(index):
    body = ("North Korean leader Kim Jong Un told Russian President Vladimir Putin he would hold hands with him and "
            "offered his full support to the Russian people in a message marking Russia's national day.")
    assert _messages(index, body, dt.date(2023, 6, 12)) == {("kim-jong-un", "vladimir-putin", "2023-06-12")}


def test_the_general_secretary_of_the_cpc_central_committee_is_china_s_leader_of_the_day(index):
    body = ("The Chairman of the Workers' Party of Korea and Chairman of the State Affairs Commission of the DPRK on "
            "Saturday sent a message of sympathy to the General Secretary of the Central Committee of the Communist "
            "Party of China and President of the People's Republic of China over the outbreak.")
    assert _messages(index, body, dt.date(2020, 2, 2)) == {("kim-jong-un", "xi-jinping", "2020-02-01")}


def test_a_timeline_entry_of_an_earlier_month_is_background(index):
    body = ("Major events in North Korea-Russia relations:\n\n"
            "March 2024 -- Kim Jong Un sends a message congratulating Vladimir Putin on his re-election.")
    article = Article(id="a", title="Chronology", body=body, published=dt.date(2024, 6, 18))
    assert [m.background for m in extract_article(article, index).messages] == [True]


def test_a_sending_told_below_the_lead_of_a_story_of_talks_is_in_passing(index):
    body = ("КОСМОДРОМ ВОСТОЧНЫЙ, 13 сентября. /ТАСС/. Президент РФ Владимир Путин и председатель Государственного "
            "совета КНДР Ким Чен Ын провели в среду переговоры на космодроме Восточный.\n\n"
            "Путин встретил северокорейского лидера у входа в стартовый комплекс.\n\n"
            "Накануне нынешнего визита, 9 сентября, Путин направил Ким Чен Ыну поздравление с 75-летием образования КНДР.")
    article = Article(id="a", title="Переговоры", body=body, published=dt.date(2023, 9, 13))
    extraction = extract_article(article, index)
    assert [(e.kind, e.leader, e.counterpart) for e in extraction.events] == [("talks", "vladimir-putin", "kim-jong-un")]
    assert [(m.date.isoformat(), m.background) for m in extraction.messages] == [("2023-09-09", True)]


@pytest.mark.parametrize("body", [
    "As covered in last week's roundup, state media reported that Kim Jong Un had sent a card to Vladimir Putin.",
    "In past years Xi Jinping sent replies to Kim Jong Un's congratulations within two weeks.",
])
def test_what_an_earlier_roundup_covered_and_what_past_years_saw_are_not_news(index, body):
    article = Article(id="a", title="Analysis", body=body, published=dt.date(2025, 1, 7))
    assert not [m for m in extract_article(article, index).messages if not m.background]


def test_a_letter_to_a_leader_set_after_the_subject_without_commas(index):
    body = ("Russian President Vladimir Putin sent a congratulatory message to Kim Jong Un on the Day of Liberation.\n\n"
            "In turn, the North Korean leader in a letter to the Russian head of state stressed that the friendship "
            "had been strengthened.")
    assert _messages(index, body, dt.date(2022, 8, 15)) == {("vladimir-putin", "kim-jong-un", "2022-08-15"),
                                                            ("kim-jong-un", "vladimir-putin", "2022-08-15")}


@pytest.mark.parametrize("body", [
    "The leaders of China and Russia have sent congratulatory messages to North Korean leader Kim Jong Un.",
    "The Chinese and Russian presidents sent congratulatory messages to Kim Jong Un.",
])
def test_the_leaders_of_two_countries_are_each_a_sender(index, body):
    assert _messages(index, body, dt.date(2024, 9, 9)) == {("xi-jinping", "kim-jong-un", "2024-09-09"),
                                                           ("vladimir-putin", "kim-jong-un", "2024-09-09")}


def test_leaders_who_exchanged_messages_dozens_of_times_report_none(index):
    body = "Analysts note that Chinese and North Korean leaders exchanged messages dozens of times over the years."
    assert _messages(index, body, dt.date(2024, 1, 17)) == set()


def test_a_japanese_exchange_of_messages_is_two(index):
    body = ("中国と北朝鮮が国交を樹立して70年となった6日、中国の習近平（シーチンピン）国家主席と北朝鮮の金正恩"
            "（キムジョンウン）朝鮮労働党委員長が祝電を交換した。")
    assert _messages(index, body, dt.date(2019, 10, 6)) == {("xi-jinping", "kim-jong-un", "2019-10-06"),
                                                            ("kim-jong-un", "xi-jinping", "2019-10-06")}


@pytest.mark.parametrize("body", [
    "푸틴 대통령은 해마다 광복절을 앞두고 김정은 위원장에게 축전을 보내왔다.",
    "Путин ежегодно направляет Ким Чен Ыну поздравления с Днём освобождения Кореи.",
])
def test_what_a_leader_sends_every_year_is_no_message_of_the_day(index, body):
    assert _messages(index, body, dt.date(2017, 8, 15)) == set()


def test_the_day_a_sentence_of_its_own_gives_one_half_of_an_exchange_beats_the_exchange_s(index):
    body = ("【北京11日共同】友好協力相互援助条約の調印から50年の節目となった11日、中国の胡錦濤国家主席と北朝鮮の"
            "金正日総書記が祝電を交わした。\n\n"
            "朝鮮中央通信によると、金総書記は前日の10日付で胡主席に祝電を送った。")
    assert _messages(index, body, dt.date(2011, 7, 11)) == {("hu-jintao", "kim-jong-il", "2011-07-11"),
                                                            ("kim-jong-il", "hu-jintao", "2011-07-10")}


@pytest.mark.parametrize("published, sender", [(dt.date(2011, 7, 11), "kim-jong-il"), (dt.date(2024, 3, 24), "kim-jong-un")])
def test_the_japanese_general_secretary_is_the_kim_who_held_the_office(index, published, sender):
    body = "金総書記は習近平国家主席に祝電を送った。" if published.year > 2012 else "金総書記は胡錦濤国家主席に祝電を送った。"
    assert {m[0] for m in _messages(index, body, published)} == {sender}


def test_a_span_since_an_earlier_event_does_not_put_the_sending_before_the_news(index):
    body = ("China's top propaganda official has handed Kim Jong-un a letter from President Xi Jinping, in the "
            "highest-level contact since Kim took power nearly four years ago.")
    article = Article(id="a", title="Letter", body=body, published=dt.date(2015, 10, 9))
    assert [m.background for m in extract_article(article, index).messages] == [False]


def test_what_state_media_reported_at_the_time_is_background(index):
    body = ("North Korea's foreign minister sent a message to Sergei Lavrov on Thursday.\n\n"
            "Kim Jong Un later sent Vladimir Putin birthday greetings on Oct. 7, state media reported at the time.")
    article = Article(id="a", title="Ministers", body=body, published=dt.date(2023, 10, 12))
    assert [m.background for m in extract_article(article, index).messages] == [True]


def test_a_chinese_lead_of_many_leaders_messages_to_xi_names_their_senders_after_it(index):
    body = ("新华社北京3月11日电 连日来，多国领导人致电致函习近平，热烈祝贺他当选中华人民共和国主席。\n\n"
            "朝鲜劳动党总书记、国务委员长金正恩10日致电表示，值此您再次当选中华人民共和国主席之际，向您致以最热烈的祝贺。")
    assert _messages(index, body, dt.date(2023, 3, 11)) == {("kim-jong-un", "xi-jinping", "2023-03-10")}


def test_a_japanese_envoy_hands_the_leader_he_met_the_other_s_letter(index):
    body = "劉雲山・中国共産党政治局常務委員は９日、平壌で金正恩第１書記と会談し、習近平国家主席（党総書記）の親書を手渡した。"
    assert _messages(index, body, dt.date(2015, 10, 10)) == {("xi-jinping", "kim-jong-un", "2015-10-09")}


def test_the_day_a_quoted_message_is_signed_dates_it(index):
    body = ("Pyongyang, November 2 (KCNA) -- Kim Jong Un received a message of reply from Xi Jinping.\n\n"
            "The message reads:\n\nComrade Kim Jong Un,\n\nI express heartfelt thanks to you for your warm "
            "congratulatory message.\n\nXi Jinping\n\nBeijing, October 31, 2022")
    assert _messages(index, body, dt.date(2022, 11, 2)) == {("xi-jinping", "kim-jong-un", "2022-10-31")}
    unsigned = body.replace("Xi Jinping\n\nBeijing, October 31, 2022", "Press release\n\nBeijing, October 31, 2022")
    assert _messages(index, unsigned, dt.date(2022, 11, 2)) == {("xi-jinping", "kim-jong-un", "2022-11-02")}


@pytest.mark.parametrize("body, expected", [
    ("Xi Jinping met a senior North Korean envoy on Wednesday and was handed a verbal message from North Korean "
     "leader Kim Jong-un.", {("kim-jong-un", "xi-jinping", "2016-06-01")}),
    ("A letter from Putin was handed to Kim Jong Un by Shoigu on Wednesday.", {("vladimir-putin", "kim-jong-un", "2016-06-01")}),
    # Sent, but not by the leader named: "not by X but by Y".
    ("North Korea on Wednesday congratulated Vladimir Putin on his election, in a message sent not by its new "
     "leader Kim Jong-un but by the head of its parliament.", set()),
])
def test_who_was_handed_a_message_and_who_did_not_send_it(index, body, expected):
    assert _messages(index, body, dt.date(2016, 6, 2)) == expected


def test_a_sending_in_a_year_gone_by_is_background(index):
    article = Article(id="a", title="New Year address", published=dt.date(2013, 1, 2),
                      body="Analysts noted the absence after a year in which Kim Jong-un received a personal "
                           "letter from Chinese leader Xi Jinping.")
    assert [m.background for m in extract_article(article, index).messages] == [True]


def test_yesterday_in_a_channel_s_post_counts_from_the_post_s_stamp(index):
    body = ("Korea Monitor · 2024-03-22 22:14 (UTC+03:00)\n\nReports of gunfire at a concert hall outside Moscow.\n\n"
            "Korea Monitor · 2024-03-24 10:15 (UTC+09:00)\n\nKCNA: Kim Jong Un sent a message of condolence to "
            "Vladimir Putin yesterday.")
    assert _messages(index, body, dt.date(2024, 3, 22)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


def test_the_country_s_leader_named_after_from_sent_the_letter(index):
    body = ("A senior North Korean official met President Vladimir Putin in the Kremlin on Tuesday and handed him "
            "a personal letter from the country's leader Kim Jong Un.")
    assert _messages(index, body, dt.date(2014, 11, 18)) == {("kim-jong-un", "vladimir-putin", "2014-11-18")}


@pytest.mark.parametrize("body, expected", [
    ("Kim Jong Un and Xi Jinping are widely expected to exchange messages on Sunday.", set()),
    ("Kim Jong Un will send a message to Xi Jinping on Sunday.", set()),
    ("Putin plans to write to Kim Jong Un after the talks.", set()),
    ("Путин направит послание Ким Чен Ыну.", set()),
    # What the message says of the future is not a sending still to come.
    ("Kim Jong Un told Vladimir Putin he would hold hands with him and offered his full support in a message "
     "on Monday.", {("kim-jong-un", "vladimir-putin", "2024-09-30")}),
])
def test_a_sending_still_to_come_is_none(index, body, expected):
    assert _messages(index, body, dt.date(2024, 10, 2)) == expected


def test_a_dated_page_s_title_dates_its_undated_items(index):
    article = Article(id="a", title="KCNA News -- April 14, Juche 101 (2012)", published=None,
                      body="Pyongyang, April 14 (KCNA) -- Kim Jong Un received congratulatory messages from leaders "
                           "of different countries upon his election.\n\nHu Jintao, general secretary of the Central "
                           "Committee of the Communist Party of China and president of the People's Republic of China, "
                           "in his message dated April 11 extended warm congratulations to Kim Jong Un.")
    assert [(m.sender, m.date.isoformat()) for m in extract_article(article, index).messages] == \
        [("hu-jintao", "2012-04-11")]


@pytest.mark.parametrize("body, expected", [
    ("North Korean leader Kim Jong Un met Li on Sunday. Russian President Vladimir Putin sent Mr Kim a message "
     "of congratulations on Sunday.", {("vladimir-putin", "kim-jong-un", "2018-09-09")}),
    ("Xi Jinping and Kim Jong Un exchanged New Year greetings on Monday, the first day of 2018.",
     {("xi-jinping", "kim-jong-un", "2018-01-01"), ("kim-jong-un", "xi-jinping", "2018-01-01")}),
])
def test_mr_kim_and_the_first_day_of_a_year(index, body, expected):
    assert _messages(index, body, dt.date(2018, 9, 10)) == expected


def test_a_sentence_that_dates_the_message_is_not_one_to_each_leader_it_names(index):
    body = ("North Korean leader Kim Jong Un has sent a message of congratulations to Xi Jinping on his election as "
            "President of China.\n\nThe message was sent on Thursday, the same day as the deputies of the National "
            "People's Congress elected Xi head of state, replacing Hu Jintao.")
    assert _messages(index, body, dt.date(2013, 3, 15)) == {("kim-jong-un", "xi-jinping", "2013-03-14")}


def test_a_headline_quoted_as_such_is_no_other_message(index):
    body = ("North Korean leader Kim Jong Un on Saturday sent a message of condolence to Russian President Vladimir "
            "Putin over the attack.\n\nRussian media carried the report on Friday under the headline «Ким Чен Ын "
            "выразил Путину соболезнования».")
    assert _messages(index, body, dt.date(2024, 3, 24)) == {("kim-jong-un", "vladimir-putin", "2024-03-23")}


@pytest.mark.parametrize("body, expected", [
    ("In the speech, Kim Jong Un congratulated President Vladimir Putin and the Russian people on the anniversary.",
     set()),
    ("During their phone call, Xi Jinping thanked Kim Jong Un for his support.", set()),
    ("Kim Jong Un congratulated Vladimir Putin on the anniversary in a message on Friday.",
     {("kim-jong-un", "vladimir-putin", "2025-05-09")}),
])
def test_words_said_in_a_speech_or_a_call_are_not_sent(index, body, expected):
    assert _messages(index, body, dt.date(2025, 5, 10)) == expected


def _told(index, body: str, published: dt.date, title: str = "Messages") -> set[tuple[str, str, str, bool]]:
    article = Article(id="a", title=title, body=body, published=published)
    return {(m.sender, m.recipient, m.date.isoformat(), m.background) for m in extract_article(article, index).messages}


def test_a_short_name_never_given_in_full_means_the_one_leader_of_that_name_in_office(index):
    body = "Russian President Vladimir Putin has sent Kim a congratulatory message on the anniversary, according to KCNA."
    assert _told(index, body, dt.date(2023, 9, 9), "Putin also congratulates Kim") == \
        {("vladimir-putin", "kim-jong-un", "2023-09-09", False)}


def test_a_short_name_another_person_in_the_text_bears_is_nobody_s(index):
    body = ("Kim Yo Jong, the leader's sister, said on Saturday that Moscow was a true friend. "
            "Russian President Vladimir Putin has sent Kim a message, according to KCNA.")
    assert _told(index, body, dt.date(2023, 9, 9)) == set()


def test_a_sending_in_a_when_clause_of_an_earlier_year_or_month_is_background(index):
    assert _told(index, "Nothing leader-level today. Compare 2021, when Kim Jong Un sent Xi Jinping a message and "
                 "a floral basket for the CPC centenary.", dt.date(2024, 7, 1)) == \
        {("kim-jong-un", "xi-jinping", "2024-07-01", True)}
    assert _told(index, "China backed the resolution. It is a long way from November, when Kim Jong Un sent Xi "
                 "Jinping a congratulatory message on his election.", dt.date(2013, 3, 8)) == \
        {("kim-jong-un", "xi-jinping", "2013-03-08", True)}


def test_a_recap_retells_earlier_news(index):
    body = ("Kim Jong Un sent a message to Xi Jinping on Monday.\n\n"
            "A recap for those just joining. Last Wednesday, June 12, Kim sent Putin his usual congratulations.")
    assert _told(index, body, dt.date(2024, 6, 19)) == {("kim-jong-un", "xi-jinping", "2024-06-17", False),
                                                        ("kim-jong-un", "vladimir-putin", "2024-06-12", True)}
    assert _told(index, "Last Wednesday, June 12, Kim Jong Un sent Putin his usual congratulations for Russia Day.",
                 dt.date(2024, 6, 19), "Reminder: the build-up") == {("kim-jong-un", "vladimir-putin", "2024-06-12", True)}


def test_what_only_one_leader_s_messages_get_is_no_sending(index):
    assert _told(index, "Putin remains the only foreign leader whose New Year card to Kim Jong Un gets quoted at length "
                 "by KCNA.", dt.date(2025, 1, 1)) == set()


def test_a_message_sent_back_answers_the_leader_whose_message_was_told_before(index):
    body = ("The Kremlin published the telegram on Saturday, in which Vladimir Putin asked Kim Jong Un to pass on "
            "words of sympathy to everyone who lost loved ones.\n\n"
            "Kim sent back a message of thanks on Sunday, according to state media.")
    assert ("kim-jong-un", "vladimir-putin", "2024-08-04", False) in _told(index, body, dt.date(2024, 8, 5))
    assert _told(index, "Kim Jong Un replied on Sunday to questions from reporters.", dt.date(2024, 8, 5)) == set()


def test_the_same_day_in_traditional_chinese_is_the_day_told_before(index):
    body = ("俄羅斯總統普京周一（30日）向國家主席習近平等多國領導人致以新年祝賀。"
            "克里姆林宮網站當日公布，普京亦向北韓最高領導人金正恩發出新年賀電。")
    assert _told(index, body, dt.date(2024, 12, 31)) == {("vladimir-putin", "kim-jong-un", "2024-12-30", False)}


def test_a_new_habit_of_writing_is_no_sending(index):
    assert _told(index, "Kim Jong Un now writes to Vladimir Putin on Russia Day (June 12), Victory Day (May 9) and "
                 "Putin's birthday (October 7).", dt.date(2025, 1, 10)) == set()


def test_a_copy_mailed_a_day_after_the_report_it_carries_is_of_the_report_s_day(index):
    body = ("(서울=연합뉴스) 김정은 북한 국무위원장이 중국의 시진핑 국가주석에게 구두친서를 보냈다고 조선중앙통신이 8일 보도했다.\n\n"
            "통신은 구두친서를 언제 전달했는지는 밝히지 않았다.")
    assert _told(index, body, dt.date(2020, 5, 9)) == {("kim-jong-un", "xi-jinping", "2020-05-08", False)}


def test_an_index_page_s_items_are_dated_by_their_own_stamps(index):
    body = ("- 金正恩致电祝贺习近平当选中共中央总书记（2012年11月16日）\n"
            "朝鲜劳动党第一书记金正恩11月15日致电习近平，热烈祝贺他在中共十八届一中全会上当选中共中央总书记。\n\n"
            "- 金正恩会见王家瑞（2012年08月03日）\n8月2日，金正恩在平壤会见中联部部长王家瑞率领的中共代表团。\n\n"
            "- 胡锦涛致电祝贺金正恩当选朝鲜劳动党第一书记（2012年04月12日）\n"
            "中共中央总书记、国家主席胡锦涛11日致电金正恩，祝贺他当选劳动党第一书记。")
    assert _told(index, body, dt.date(2012, 11, 20)) == {("kim-jong-un", "xi-jinping", "2012-11-15", False),
                                                         ("hu-jintao", "kim-jong-un", "2012-04-11", False)}


def test_the_head_of_the_russian_state_in_russian_is_its_president(index):
    body = ("Президент России Дмитрий Медведев выразил соболезнования в связи с кончиной Ким Чен Ира. Телеграмму с "
            "соболезнованиями глава российского государства адресовал Ким Чен Ыну — сыну покойного.")
    assert _told(index, body, dt.date(2011, 12, 19)) == {("dmitry-medvedev", "kim-jong-un", "2011-12-19", False)}


def test_the_one_a_message_went_to_may_be_described_before_being_named(index):
    assert _told(index, "The Kremlin said President Dmitry Medvedev had sent condolences to the late leader's son and "
                 "heir apparent, Kim Jong Un.", dt.date(2011, 12, 20)) == {
        ("dmitry-medvedev", "kim-jong-un", "2011-12-20", False)}
    assert _told(index, "Vladimir Putin sent a birthday message to his North Korean counterpart, Kim Jong Un, on Monday.",
                 dt.date(2024, 1, 9)) == {("vladimir-putin", "kim-jong-un", "2024-01-08", False)}


def test_a_day_in_the_other_clause_of_a_while_does_not_date_the_sending(index):
    body = ("Hu Jintao paid his respects at North Korea's embassy in Beijing on Tuesday, while in Moscow the Kremlin said "
            "Dmitry Medvedev had sent condolences to Kim Jong Un on Monday.")
    assert _told(index, body, dt.date(2011, 12, 20)) == {("dmitry-medvedev", "kim-jong-un", "2011-12-19", False)}


def test_a_leader_s_message_that_also_arrived_went_to_the_one_the_messages_before_went_to(index):
    body = ("Chinese President Xi Jinping sent Kim Jong Un a congratulatory message on Saturday for the 75th anniversary "
            "of the founding of the DPRK.\n\nThe message landed as Vice Premier Liu Guozhong watched the parade.\n\n"
            "2) ...AND ONE FROM PUTIN\n\nThe Russian leader's telegram also arrived on Saturday.")
    assert _told(index, body, dt.date(2023, 9, 11)) == {("xi-jinping", "kim-jong-un", "2023-09-09", False),
                                                        ("vladimir-putin", "kim-jong-un", "2023-09-09", False)}


def test_a_sending_on_that_occasion_recalls_an_earlier_one(index):
    body = ("Xi Jinping has sent Kim Jong Un a reply message on Jan. 17.\n\nThe exchange is the latest in a string of "
            "courtesies since Xi secured a third term as party chief in October. Kim congratulated Xi on that occasion "
            "within a day of the party congress closing.")
    assert ("kim-jong-un", "xi-jinping", "2023-01-22", True) in _told(index, body, dt.date(2023, 1, 22))


def test_the_same_day_and_that_day_point_to_a_day_a_section_heading_names(index):
    body = ("## Saturday: a 75th birthday with two letters from abroad\n\nThe week opened with the DPRK's 75th founding "
            "anniversary, marked after midnight with a parade. Kim Jong Un watched from the rostrum.\n\n"
            "The same day, Chinese President Xi Jinping sent Kim a message of congratulations on the anniversary.\n\n"
            "Russian President Vladimir Putin also congratulated Kim that day.")
    assert _told(index, body, dt.date(2023, 9, 15)) == {("xi-jinping", "kim-jong-un", "2023-09-09", False),
                                                        ("vladimir-putin", "kim-jong-un", "2023-09-09", False)}


def test_the_day_a_message_reached_its_addressee_dates_it_over_the_day_it_was_reported(index):
    body = ("Kim Jong Un, president of the State Affairs of the DPRK, received a message of sympathy from Vladimir "
            "Putin over the heavy damage caused by flooding.\n\nThe message from Moscow reached the DPRK Foreign Ministry "
            "on the evening of August 3 and was reported without delay to the supreme leadership, the agency said.")
    assert _told(index, body, dt.date(2024, 8, 5)) == {("vladimir-putin", "kim-jong-un", "2024-08-03", False)}


def test_after_a_dateline_the_day_state_media_said_it_gives_way_to_the_day_the_message_was_handed_over(index):
    body = ("SEOUL, Aug 4 - Russian President Vladimir Putin has sent North Korean leader Kim Jong Un a message of "
            "sympathy over severe flooding, North Korean state media said on Sunday. The message was handed to the "
            "foreign ministry by the Russian embassy on Saturday evening, KCNA said.")
    assert _told(index, body, dt.date(2024, 8, 4)) == {("vladimir-putin", "kim-jong-un", "2024-08-03", False)}


def test_the_day_a_source_stamp_gives_is_the_report_s_not_the_sending_s(index):
    body = ("Kim Jong Un received a message of sympathy from Vladimir Putin, which reached Pyongyang on the evening of "
            "August 3.\n\nKOREAN-LANGUAGE HEADLINE (조선중앙통신, 주체113(2024)년 8월 4일) 김정은동지께 로씨야련방 대통령 "
            "푸틴이 위문전문을 보내여왔다")
    assert {(s, r, d) for s, r, d, _ in _told(index, body, dt.date(2024, 8, 5))} == {
        ("vladimir-putin", "kim-jong-un", "2024-08-03")}


def test_a_leader_s_note_is_a_message_and_analysts_noting_is_not(index):
    body = ("MOSCOW, Aug 16 - President Vladimir Putin told North Korean leader Kim Jong Un that Moscow would keep "
            "building up cooperation, in greetings marking the anniversary of liberation, state media reported on "
            "Monday.\n\nThe Russian leader's note, dated Sunday, recalled that Soviet soldiers fought alongside Koreans.")
    assert _told(index, body, dt.date(2021, 8, 16)) == {("vladimir-putin", "kim-jong-un", "2021-08-15", False)}
    assert _told(index, "Analysts note that Kim Jong Un and Vladimir Putin met twice.", dt.date(2024, 1, 1)) == set()


def test_a_wish_the_sentence_after_calls_a_message_is_one(index):
    body = ("BEIJING, April 12 (Xinhua) -- Hu Jintao on Wednesday wished Kim Jong Un success in his new post as first "
            "secretary of the Workers' Party of Korea.\n\nIn the congratulatory message, Hu said the two parties shared "
            "a glorious tradition.")
    assert _told(index, body, dt.date(2012, 4, 12)) == {("hu-jintao", "kim-jong-un", "2012-04-11", False)}
    assert _told(index, "Xi Jinping wished Kim Jong Un success during their talks. In the talks, Xi said ...",
                 dt.date(2019, 6, 21)) == set()


def test_the_two_leaders_of_the_countries_a_sentence_names_swap_congratulations(index):
    body = ("Russia and North Korea marked the 70th anniversary of diplomatic relations on Friday, and the two leaders "
            "used the occasion to swap congratulations.")
    assert _told(index, body, dt.date(2018, 10, 13)) == {("kim-jong-un", "vladimir-putin", "2018-10-12", False),
                                                         ("vladimir-putin", "kim-jong-un", "2018-10-12", False)}


def test_thanks_sent_a_day_later_answer_the_message_told_before(index):
    body = ("Russian President Vladimir Putin has expressed sympathy to North Korean leader Kim Jong Un over deadly "
            "flooding.\n\nIn the note, sent on Friday, the Kremlin chief said he shared the grief of the victims.\n\n"
            "A day later the North Korean leader sent his thanks.")
    assert _told(index, body, dt.date(2024, 8, 4)) == {("vladimir-putin", "kim-jong-un", "2024-08-02", False),
                                                       ("kim-jong-un", "vladimir-putin", "2024-08-03", False)}


def test_medvedev_in_north_korean_spelling(index):
    body = "위대한 령도자 김정일동지께서 로씨야련방 대통령 드미뜨리 아나똘리예비치 메드베제브에게 축전을 보내시였다."
    assert _told(index, body, dt.date(2011, 6, 12)) == {("kim-jong-il", "dmitry-medvedev", "2011-06-12", False)}


def test_a_place_named_after_a_leader_is_not_the_leader(index):
    body = "Crowds filled Kim Il Sung Square on Saturday. Xi Jinping sent a message of congratulations to Kim."
    assert _told(index, body, dt.date(2023, 9, 9)) == {("xi-jinping", "kim-jong-un", "2023-09-09", False)}


def test_a_capital_s_message_the_sentence_after_tells_as_its_leader_s(index):
    body = ("Beijing sent its congratulations to Pyongyang on Saturday as North Korea marked the 75th anniversary of its "
            "founding.\n\nIn the message, Chinese President Xi Jinping said the two countries were friendly neighbours.")
    assert _told(index, body, dt.date(2023, 9, 9)) == {("xi-jinping", "kim-jong-un", "2023-09-09", False)}
    assert _told(index, "Beijing sent its congratulations to Pyongyang on Saturday. The foreign ministry said ties "
                 "were strong.", dt.date(2023, 9, 9)) == set()


def test_the_recipients_of_his_cards_included_names_a_collective_lead_s_recipients(index):
    body = ("Pyongyang, January 1 (KCNA) -- Kim Jong Un sent New Year greeting cards to the heads of state of different "
            "countries on the occasion of the New Year 2024.\n\nThe recipients of his cards included Xi Jinping, president "
            "of the People's Republic of China, Vladimir Vladimirovich Putin, president of the Russian Federation, and "
            "Thongloun Sisoulith, president of the Lao People's Democratic Republic.")
    assert _told(index, body, dt.date(2024, 1, 1)) == {("kim-jong-un", "xi-jinping", "2024-01-01", False),
                                                       ("kim-jong-un", "vladimir-putin", "2024-01-01", False)}


def test_japanese_full_width_days_and_the_day_before(index):
    assert _told(index, "北朝鮮の朝鮮中央通信によると、金正日総書記と中国の胡錦濤国家主席は１１日、友好条約締結50周年に当たり"
                 "祝電を交換した。", dt.date(2011, 7, 12)) == {("kim-jong-il", "hu-jintao", "2011-07-11", False),
                                                           ("hu-jintao", "kim-jong-il", "2011-07-11", False)}
    assert _told(index, "北朝鮮の朝鮮中央通信は7日、国交樹立70年の記念日だった前日、金正恩朝鮮労働党委員長と中国の習近平国家主席が"
                 "祝電を交換したと報じた。", dt.date(2019, 10, 7)) == {("kim-jong-un", "xi-jinping", "2019-10-06", False),
                                                               ("xi-jinping", "kim-jong-un", "2019-10-06", False)}


def test_a_chronology_s_entries_are_dated_by_their_own_dates(index):
    body = ("RUSSIA AND THE DPRK, 2009-2012: A DOCUMENTARY CHRONOLOGY\n\n"
            "12.06.2009 Kim Jong Il sends a message of congratulations to President D. A. Medvedev on Russia Day.\n\n"
            "07.05.2012 Kim Jong Un sends V. V. Putin a message of congratulations on his inauguration.")
    article = Article(id="a", title="Working Paper Series No. 14", body=body, published=None)
    assert {(m.sender, m.recipient, m.date.isoformat()) for m in extract_article(article, index).messages} == {
        ("kim-jong-il", "dmitry-medvedev", "2009-06-12"), ("kim-jong-un", "vladimir-putin", "2012-05-07")}


def test_letters_over_the_past_months_and_regular_exchanges_are_habits(index):
    assert _told(index, "Read side by side, the letters Kim Jong Un has addressed to Vladimir Putin over the past twelve "
                 "months show a new tone.", dt.date(2024, 10, 16)) == set()
    assert _told(index, "Песков напомнил, что Путин и Ким Чен Ын регулярно обмениваются посланиями по случаю праздников.",
                 dt.date(2025, 6, 10)) == set()
    assert _told(index, "В тот же день Ким Чен Ын направил новогоднюю открытку Си Цзиньпину, пожелав укрепления "
                 "традиционной дружбы.", dt.date(2026, 1, 1)) == {("kim-jong-un", "xi-jinping", "2026-01-01", False)}


def test_a_russian_day_between_subject_and_verb_is_no_message_told_before(index):
    assert _told(index, "Владимир Путин в субботу направил поздравление Ким Чен Ыну по случаю 75-й годовщины "
                 "основания КНДР.", dt.date(2023, 9, 9)) == {("vladimir-putin", "kim-jong-un", "2023-09-09", False)}


def test_what_a_leader_told_another_is_a_message_when_the_sentence_after_says_he_sent_it(index):
    body = ("Russian President Vladimir Putin told Kim Jong Un the two countries would expand their cooperation, North "
            "Korean state media reported on Tuesday.\n\nThe Russian leader sent the congratulatory message on the "
            "anniversary of Korea's liberation.")
    assert _told(index, body, dt.date(2023, 8, 15)) == {("vladimir-putin", "kim-jong-un", "2023-08-15", False)}


def test_a_russian_month_and_year_before_the_story_s_is_background(index):
    body = ("Ким Чен Ын направил президенту России Владимиру Путину поздравление с Днём России.\n\n"
            "В августе 2022 года Путин, в свою очередь, поздравил Ким Чен Ына с Днём освобождения Кореи.")
    assert ("vladimir-putin", "kim-jong-un", "2023-06-12", True) in _told(index, body, dt.date(2023, 6, 12))


def test_what_a_korean_card_says_of_last_year_does_not_date_the_card(index):
    body = ("경애하는 김정은동지께서 새해에 즈음하여 여러 나라 국가수반들에게 년하장을 보내시였다.\n\n"
            "경애하는 김정은동지께서는 로씨야련방 대통령 뿌찐동지에게 보내신 년하장에서 지난해 두 나라가 동맹관계를 굳건히 "
            "다져온데 대하여 언급하시였다.")
    assert _told(index, body, dt.date(2026, 1, 1)) == {("kim-jong-un", "vladimir-putin", "2026-01-01", False)}


def test_a_then_serving_leader_and_a_headline_s_bracketed_year_tell_of_the_past(index):
    assert _told(index, "十九届一中全会选举产生新一届中央领导机构后，时任朝鲜劳动党委员长金正恩致电习近平，祝贺他再次当选中共中央总书记。",
                 dt.date(2022, 10, 16)) == {("kim-jong-un", "xi-jinping", "2022-10-16", True)}
    assert _told(index, "Related: Kim Jong Un Congratulates Xi Jinping on PRC Founding Anniversary (2022)",
                 dt.date(2023, 9, 9)) == {("kim-jong-un", "xi-jinping", "2023-09-09", True)}


def test_a_day_earlier_is_the_day_before_and_a_receipt_after_a_dateline_dates_the_reply(index):
    assert _told(index, "SEOUL, June 16 (Yonhap) -- North Korean leader Kim Jong-un sent a message to Chinese President "
                 "Xi Jinping a day earlier to congratulate him on his 66th birthday.", dt.date(2019, 6, 16)) == {
        ("kim-jong-un", "xi-jinping", "2019-06-15", False)}
    body = ("SEOUL, Jan. 22 (Yonhap) -- Chinese President Xi Jinping has sent a reply message to North Korean leader "
            "Kim Jong-un, the North's state media said Sunday. Kim received the reply on Jan. 17, the Korean Central "
            "News Agency said, without explaining why it was made public only five days later.")
    assert _told(index, body, dt.date(2023, 1, 22)) == {("xi-jinping", "kim-jong-un", "2023-01-17", False)}


def test_fixed_dates_a_past_decade_and_a_dprk_dotted_date_tell_of_other_sendings(index):
    assert _told(index, "Kim Jong Un and Vladimir Putin exchange messages on fixed dates, Russia Day and Liberation Day.",
                 dt.date(2021, 7, 20)) == set()
    assert _told(index, "For most of the 2010s Kim Jong Un and Vladimir Putin exchanged little more than protocol "
                 "telegrams.", dt.date(2024, 6, 20)) == set()
    assert _told(index, "경애하는 김정은동지께서 습근평동지에게 년하장을 보내시였다 (주체113(2024).1.1.)", dt.date(2024, 8, 5)) == {
        ("kim-jong-un", "xi-jinping", "2024-01-01", True)}


def test_a_russian_publication_day_does_not_date_the_message_but_its_own_dated_day_does(index):
    body = ("СЕУЛ, 25 декабря. /ТАСС/. Президент России Владимир Путин направил председателю государственных дел КНДР "
            "Ким Чен Ыну поздравление с наступающим Новым годом. Текст послания, датированного 18 декабря, в четверг "
            "опубликовало Центральное телеграфное агентство Кореи.")
    assert _told(index, body, dt.date(2025, 12, 25)) == {("vladimir-putin", "kim-jong-un", "2025-12-18", False)}
    body = ("Президент России Владимир Путин направил Ким Чен Ыну поздравительную телеграмму по случаю годовщины "
            "образования КНДР. Текст послания в пятницу опубликовало Центральное телеграфное агентство Кореи.")
    assert _told(index, body, dt.date(2025, 9, 6)) == {("vladimir-putin", "kim-jong-un", "2025-09-06", False)}


def test_a_sending_addressed_to_a_third_party_is_no_one_more_message_to_the_last_recipient(index):
    body = ("Vladimir Putin sent Kim Jong Un a message of congratulations on Friday.\n\n"
            "Chinese President Xi Jinping also sent a message of condolences to Putin on Saturday, according to Xinhua.")
    assert not any(sender == "xi-jinping" for sender, _, _, _ in _told(index, body, dt.date(2024, 3, 24)))


def test_a_steady_stream_of_messages_is_a_habit(index):
    assert _told(index, "Kim Jong Un and Vladimir Putin have exchanged a steady stream of messages since their summit.",
                 dt.date(2024, 3, 24)) == set()
