"""The day a sentence states for the message it reports."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dating import stated_date

FRIDAY = dt.date(2018, 10, 12)


@pytest.mark.parametrize("text, expected", [
    # A date in a relative clause tells of what the clause is about, not of the sending.
    ("Kim and Putin exchanged greetings on Friday on the 70th anniversary of relations, "
     "which were set up on October 12, 1948.", (FRIDAY, "relative")),
    ("Kim, who took office in 2011, sent a message on October 9.", (dt.date(2018, 10, 9), "explicit")),
    # ... unless the rest of the sentence states no day.
    ("Putin sent Kim a letter, which was dated October 5.", (dt.date(2018, 10, 5), "explicit")),
    # "the previous day" counts back from the day of the report the sentence gives.
    ("KCNA said on Wednesday Kim had sent the message the previous day.", (dt.date(2018, 10, 9), "relative")),
    ("Kim had sent the message the previous day.", (dt.date(2018, 10, 11), "relative")),
    # A day of the month alone, not an ordinal anniversary.
    ("Kim's message of thanks, sent on the 3rd, said ...", (dt.date(2018, 10, 3), "explicit")),
    ("Kim sent a message on the 28th.", (dt.date(2018, 9, 28), "explicit")),
    ("Kim sent a message on the 5th anniversary of the summit.", (None, None)),
    # Month and day in figures, when they read one way only.
    ("Putin sent Kim a telegram dated 9/15, the founding day.", (dt.date(2018, 9, 15), "explicit")),
    ("Putin sent Kim a telegram dated 9/10.", (None, None)),
    # Weekdays and the day before in Russian, Korean and Chinese; not the day of the report.
    ("Ким Чен Ын направил послание в среду.", (dt.date(2018, 10, 10), "relative")),
    ("послание, сообщило в пятницу ЦТАК", (None, None)),
    ("김정은 위원장이 수요일 축전을 보냈다.", (dt.date(2018, 10, 10), "relative")),
    ("조선중앙통신이 금요일 보도했다.", (None, None)),
    ("习近平星期三致电金正恩。", (dt.date(2018, 10, 10), "relative")),
    ("김 위원장은 전날 보낸 조전에서 밝혔다.", (dt.date(2018, 10, 11), "relative")),
    ("· 习近平同金正恩互致新年贺电（2018-01-01）", (dt.date(2018, 1, 1), "explicit")),
    ("조선중앙통신은 오늘(12일) 김 위원장이 어제(11일) 푸틴 대통령에게 전문을 보냈다고 밝혔다.", (dt.date(2018, 10, 11), "explicit")),
    ("조선중앙통신은 12일 김 위원장이 전날 시 주석에게 축전을 보냈다고 보도했다.", (dt.date(2018, 10, 11), "relative")),
    # A month and day followed by 报道 or 电 is the report's.
    ("据朝中社10月1日报道，金正恩9月30日致电习近平。", (dt.date(2018, 9, 30), "explicit")),
    ("朝鲜中央通讯社11日（星期四）对外公布了这份回电，并注明落款日期为9日。", (dt.date(2018, 10, 9), "explicit")),
    # The day a message bears ('付で', '자로'), not the day of the paper that carried it.
    ("キム総書記が、9日夜に起きた事件をめぐり、前日の11日付でプーチン大統領に弔電を送ったと伝えました。",
     (dt.date(2018, 10, 11), "explicit")),
    ("12日付けの朝鮮中央通信によりますと、キム総書記は11日、弔電を送りました。", (dt.date(2018, 10, 11), "explicit")),
    ("푸틴 대통령은 김 위원장에게 보낸 10일 자 축전에서 협력을 강조했다.", (dt.date(2018, 10, 10), "explicit")),
    # The day an anniversary counts from, whatever the words between.
    ("Putin and Kim traded messages on Wednesday to mark the 70th anniversary of diplomatic relations between "
     "Russia and North Korea, established on October 12, 1948, a month after the founding of the DPRK.",
     (dt.date(2018, 10, 10), "relative")),
    # The day named for the sending, not the weekend of what the sentence goes on to tell of.
    ("Kim sent a message of sympathy on Monday to Xi over the mudslides that buried a county over the weekend.",
     (dt.date(2018, 10, 8), "relative")),
    ("Kim sent Putin a message over the weekend, KCNA reported on Monday.", (dt.date(2018, 10, 6), "relative")),
])
def test_stated_date(text, expected):
    assert stated_date(text, FRIDAY)[:2] == expected


def test_that_day_after_the_report_s_day_is_that_day():
    text = "조선중앙통신은 1일 김 총비서가 이날 시 주석에게 보낸 축전에서 진심으로 축하한다고 밝혔다고 보도했다."
    assert stated_date(text, dt.date(2024, 10, 2))[:2] == (dt.date(2024, 10, 1), "explicit")


def test_the_day_an_anniversary_remembers_is_not_the_sending_day():
    text = "KCNA said the two leaders exchanged the messages on Tuesday, the 78th anniversary of the Aug. 15, 1945, liberation."
    assert stated_date(text, dt.date(2023, 8, 16))[:2] == (dt.date(2023, 8, 15), "relative")


def test_a_date_glossing_a_name_in_brackets_is_the_named_day_not_the_sending_day():
    text = "김정은 국무위원장이 '러시아의 날'(6월 12일)을 맞아 푸틴 대통령에게 축전을 보냈다."
    assert stated_date(text, dt.date(2025, 6, 12))[0] is None
    text = "Путин направил поздравление в связи с годовщиной установления отношений (12 октября 1948 года)."
    assert stated_date(text, dt.date(2023, 10, 12))[0] is None


def test_this_month_s_day_in_chinese_and_a_report_day_in_brackets():
    assert stated_date("習近平於本月9日致電金正恩。", dt.date(2024, 9, 22))[:2] == (dt.date(2024, 9, 9), "explicit")
    assert stated_date("朝鮮中央通訊社周日（22日）報道，金正恩已向習近平發出回電。", dt.date(2024, 9, 22))[0] is None


@pytest.mark.parametrize("text", ["the presidential election held from March 15 to 17", "the vote on March 15-17",
                                  "the talks held from 15 to 17 March", "a tour from March 30 to April 2"])
def test_a_span_of_days_is_an_event_s_not_a_sending_day(text):
    assert stated_date(text, dt.date(2024, 3, 20))[0] is None


def test_a_date_before_a_number_that_ends_no_span_still_counts():
    assert stated_date("Xi sent his message on May 9 to 2 leaders", dt.date(2024, 5, 10))[0] == dt.date(2024, 5, 9)


def test_the_day_after_the_agency_in_japanese_is_the_report_s():
    text = "朝鮮中央通信は20日、キム・ジョンウン総書記がプーチン大統領に対し、前日の19日付けで祝電を送ったと伝えました。"
    assert stated_date(text, dt.date(2024, 3, 20))[:2] == (dt.date(2024, 3, 19), "explicit")


@pytest.mark.parametrize("text, countries, day", [
    ("热烈庆祝《中朝友好合作互助条约》签订50周年", {"china", "dprk"}, dt.date(2011, 7, 11)),
    ("조중 수교 75주년을 맞아", {"china", "dprk"}, dt.date(2024, 10, 6)),
    # The phrase closest to the number: the PRC's founding, not the DPRK's inside its name.
    ("김정은 국무위원장이 중화인민공화국 창건 75주년을 맞아", {"china", "dprk"}, dt.date(2024, 10, 1)),
    ("в связи с 75-летием установления дипломатических отношений", {"russia", "dprk"}, dt.date(2023, 10, 12)),
])
def test_anniversaries_by_the_calendar_in_chinese_korean_and_russian(config, text, countries, day):
    from generator.extract.occasions import calendar_date

    assert calendar_date(text, countries, config)[0] == day


def test_an_anniversary_named_in_russian_takes_the_calendar_s_english_name(config):
    from generator.extract.occasions import calendar_occasion

    text = "по случаю 75-летия установления дипломатических отношений между двумя странами"
    assert calendar_occasion([text], {"russia", "dprk"}, config) == \
        "75th anniversary of DPRK-Russia diplomatic relations"


def test_the_first_anniversary_that_names_an_occasion_and_only_up_to_its_bracket(config):
    from generator.extract.occasions import calendar_date

    text = ("NEWS ARCHIVE National Meeting Marks 65th Anniversary of Liberation (15/08) Kim Jong Il Greets Medvedev "
            "on Russia Day (12/06). Kim Jong Il sent greetings on the 65th anniversary of Korea's liberation.")
    assert calendar_date(text, {"dprk", "russia"}, config)[0] == dt.date(2010, 8, 15)


def test_a_month_and_year_state_a_year():
    from generator.extract.dating import stated_year

    assert stated_year("Kim's June 2022 Russia Day message promised full support") == 2022


@pytest.mark.parametrize("text, day", [
    ("Kim sent a message to Putin on Saturday, the day the Kremlin chief turned 71.", dt.date(2023, 10, 7)),
    ("Kim congratulated Putin on his 70th birthday.", dt.date(2022, 10, 7)),
    ("Message marking Putin's 72nd birthday", dt.date(2024, 10, 7)),
    ("Ким Чен Ын поздравил Путина с 70-летием со дня рождения.", dt.date(2022, 10, 7)),
    ("金正恩致电祝贺普京70岁生日。", dt.date(2022, 10, 7)),
    # A country's birthday, another person's, a number that is no age, or a day after the report's.
    ("Kim's note to Xi on China's 75th birthday", None),
    ("thanks for the congratulations on the 70th birthday of New China", None),
    ("Putin's message on the 110th birthday of Kim Il Sung", None),
    ("Kim sent Putin a message after Russia's grain exports turned 5 percent higher.", None),
    ("Putin's 80th birthday", None),
])
def test_a_numbered_birthday_of_the_one_addressed_dates_its_message(config, text, day):
    from generator.extract.occasions import birthday_date
    putin = next(leader for leader in config.leaders if leader.id == "vladimir-putin")
    assert birthday_date(text, putin, dt.date(2025, 1, 1)) == day


def test_the_day_of_the_month_a_report_came_out():
    from generator.extract.dating import report_day_of_month
    assert report_day_of_month("축전을 보냈다고 조선중앙통신이 1일 보도했다.") == 1
    assert report_day_of_month("朝鮮中央通信は20日、伝えました。") == 20
    assert report_day_of_month("Kim sent a message on the 1st, KCNA said.") is None


def test_the_day_before_told_with_its_subject_in_russian():
    told = stated_date("Накануне Председатель Государственных дел КНДР Ким Чен Ын направил Путину "
                       "благодарственную телеграмму.", dt.date(2023, 9, 18))
    assert told[:2] == (dt.date(2023, 9, 17), "relative")
    # not the eve of a holiday
    assert stated_date("Накануне Дня Победы Ким Чен Ын направил поздравление.", dt.date(2023, 5, 8))[0] != \
        dt.date(2023, 5, 7)


@pytest.mark.parametrize("text, day", [
    ("24日付けの北朝鮮の国営メディア、朝鮮中央通信によりますと、キム総書記は23日、弔電を送りました。", dt.date(2024, 3, 23)),
    ("朝鮮中央通信は2日、金正恩総書記が先月30日に習近平国家主席に弔電を送ったと伝えた。", dt.date(2022, 11, 30)),
    ("朝鮮中央通信は20日、キム総書記が前日の19日付けで祝電を送ったと伝えた。", dt.date(2024, 3, 19)),
])
def test_japanese_days_of_the_report_and_of_the_message(text, day):
    reference = {2024: dt.date(2024, 3, 24), 2022: dt.date(2022, 12, 2)}[day.year]
    if day.day == 19:
        reference = dt.date(2024, 3, 20)
    assert stated_date(text, reference)[0] == day
