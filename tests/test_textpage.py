"""Plain-text page captures: the header lines that are chrome, the title and the date among them."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import chrome
from generator.ingest.textpage import _closing_stamp, read_text_capture

STORY = ("Kim Jong Un, chairman of the State Affairs Commission of the DPRK, sent a message of thanks to "
         "Xi Jinping, general secretary of the Central Committee of the Communist Party of China.")


@pytest.mark.parametrize("line, is_chrome", [
    ("English Korean Chinese Russian Spanish", True),  # a language switcher
    ("English | 中文 | Русский", True),
    ("新华网 | 首页 | 时政 | 国际 | 财经 | 军事 | 港澳 | English", True),  # a navigation bar
    ("Kim Jong Un sends message of thanks | Xinhua", False),
    ("Chinese leader greets Kim on birthday", False),
    ("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
     "of cookies.  [ OK ]  [ Learn more ]", True),  # a cookie banner, however long
    ("The EU told websites to stop tracking users with cookies.", False),
    ("We and our 214 partners store and/or access information on a device, such as cookies, and process "
     "personal data, such as unique identifiers and standard information sent by a device for personalised "
     "ads and content, ad and content measurement, and audience insights. You may click to consent to our "
     "and our partners' processing as described above. Alternatively you may access more detailed "
     "information and change your preferences before consenting or to refuse consenting.", True),
    ("We and our partners in Pyongyang sent a message.", False),
    ("分享到：  微信  微博  QQ空间      字号：大 中 小", True),  # a Chinese portal's share bar
])
def test_navigation_and_language_lines(line, is_chrome):
    assert chrome.is_chrome_line(line) == is_chrome


def test_juche_year_dates_the_page():
    page = f"English Korean Chinese\n\nKim Jong Un Sends Message of Thanks to Xi Jinping\n\nJuche 109(2020).10.13.\n\n{STORY}\n"
    draft = read_text_capture(page, "page.txt")
    assert draft.title == "Kim Jong Un Sends Message of Thanks to Xi Jinping"
    assert draft.date_text == "2020.10.13."  # year first: read as year, month, day when the article is finished


def test_headline_read_as_prose_is_the_title_when_nothing_else_is():
    page = f"Home | News | World | Business | Login\n\nChina's Xi sends congratulatory message to N. Korea's Kim on founding anniv.\n\n{STORY}\n"
    draft = read_text_capture(page, "page.txt")
    assert draft.title.startswith("China's Xi sends")
    assert draft.body.startswith("Kim Jong Un, chairman")


def test_a_stamp_line_closing_the_page_dates_it_but_a_dated_headline_list_does_not():
    page = (f"Kim Jong Il Sends Message of Sympathy to Hu Jintao\n\n{STORY}\n\n"
            "같은 날 통신목록 (주체99(2010)년 4월 16일 금요일)\n")
    assert read_text_capture(page, "page.txt").published.isoformat() == "2010-04-16"
    listed = (STORY, "Chinese FM spokesperson on WPK congress  (2016-05-06)",
              "Xi sends condolences to Ecuadorian president over earthquake  (2016-04-17)")
    assert _closing_stamp(listed, 2) is None


def test_wrapped_lines_that_each_start_with_a_name_are_one_paragraph_not_a_headline_list():
    page = ("Kim Jong Un Sends Message of Sympathy to Xi Jinping\n\n"
            "   Pyongyang, March 23 (KCNA) -- Kim Jong Un, general secretary of the\n"
            "   Workers' Party of Korea and president of the State Affairs of the\n"
            "   Democratic People's Republic of Korea, sent a message of sympathy to\n"
            "   Xi Jinping, general secretary of the Central Committee of the\n"
            "   Communist Party of China.\n")
    draft = read_text_capture(page, "kcna.txt")
    assert draft.title == "Kim Jong Un Sends Message of Sympathy to Xi Jinping"
    assert draft.body.startswith("Pyongyang, March 23 (KCNA) -- Kim Jong Un, general secretary of the Workers'")


@pytest.mark.parametrize("line, is_chrome", [
    ("【字号 大 中 小】 打印本页 关闭窗口", True),  # a Chinese page's toolbar
    ("打印机市场扩大", False),
])
def test_a_chinese_toolbar_is_chrome(line, is_chrome):
    assert chrome.is_chrome_line(line) == is_chrome


def test_a_report_s_paragraphs_marked_by_their_first_line_s_indent_are_joined():
    page = ("  NORTH KOREA NEWSLETTER   No. 166                              July 14, 2011\n\n"
            "     SEOUL (Yonhap) -- North Korea and China marked the 50th anniver-\n"
            "  sary of their treaty of friendship and mutual assistance this week.\n"
            "     North Korean leader Kim Jong-il and Chinese President Hu Jintao\n"
            "  exchanged congratulatory messages on Sunday, the eve of the anniver-\n"
            "  sary, according to the North's Korean Central News Agency (KCNA).\n"
            "     In his message to Hu, Kim said the treaty had served as a \"power-\n"
            "  ful legal foundation\" for the friendship between the two countries.\n"
            "     Chinese Premier Wen Jiabao and his North Korean counterpart traded\n"
            "  separate messages.\n")
    draft = read_text_capture(page, "newsletter.txt")
    assert draft.body.split("\n\n")[-4:] == [
        "SEOUL (Yonhap) -- North Korea and China marked the 50th anniversary of their treaty of friendship and "
        "mutual assistance this week.",
        "North Korean leader Kim Jong-il and Chinese President Hu Jintao exchanged congratulatory messages on "
        "Sunday, the eve of the anniversary, according to the North's Korean Central News Agency (KCNA).",
        "In his message to Hu, Kim said the treaty had served as a \"powerful legal foundation\" for the friendship "
        "between the two countries.",
        "Chinese Premier Wen Jiabao and his North Korean counterpart traded separate messages."]


def test_a_newspaper_s_narrow_column_is_read_as_its_sentences():
    column = ("Kim Jong Un, general secretary\nof the Workers' Party of Korea\nand president of the State Affairs\n"
              "of the DPRK, sent a congratu-\nlatory message to Xi Jinping,\ngeneral secretary of the Central\n"
              "Committee of the Communist\nParty of China, on October 1.\nThe message extended warm\n"
              "congratulations on the 75th an-\nniversary of the founding of the\nPRC.")
    draft = read_text_capture("THE PYONGYANG TIMES\n\nSaturday, October 5, 2024\n\n" + column, "pt.txt")
    assert draft.body.split("\n\n") == [
        "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
        "DPRK, sent a congratulatory message to Xi Jinping, general secretary of the Central Committee of the "
        "Communist Party of China, on October 1.",
        "The message extended warm congratulations on the 75th anniversary of the founding of the PRC."]


def test_linked_headlines_under_a_related_heading_end_the_story_however_they_read():
    page = ("North Korean leader a no-show at Moscow parade\n\n"
            "MOSCOW — The young North Korean leader did not attend Saturday's parade on Red Square, with Pyongyang "
            "sending the country's ceremonial head of state in his place.\n\n"
            "Relations between Moscow and Pyongyang have warmed noticeably over the past year, officials said.\n\n"
            "RELATED\n"
            "  » Chinese troops march on Red Square for the first time\n"
            "  » Putin, Xi sign deal on linking Eurasian Economic Union and Silk Road\n"
            "  » Kim Jong Un congratulates Putin on Victory Day anniversary — KCNA (video)\n"
            "  » Merkel to lay wreath in Moscow on Sunday\n\n"
            "Comments (214)   |   Share: VK  Facebook  Twitter  Telegram\n")
    draft = read_text_capture(page, "page.txt")
    assert draft.body.split("\n\n")[-1].startswith("Relations between Moscow and Pyongyang")


def test_a_portal_s_stamp_with_its_labelled_fields_dates_the_page_under_its_headline():
    page = ("首页 > 国际 > 国际时事 > 正文\n\n朝鲜最高领导人就江泽民同志逝世向中方致唁电\n\n"
            "2022-12-02 08:31\u3000来源：环球速递\u3000作者：金敏\u3000\u3000字号：大 中 小\u3000\u3000分享到：微信 微博 QQ空间\n\n"
            "【环球速递综合报道】据朝中社2日报道，朝鲜劳动党总书记、国务委员长金正恩1日致电中共中央总书记、国家主席，"
            "就中国前国家主席江泽民同志逝世表示深切哀悼。\n")
    draft = read_text_capture(page, "portal.txt")
    assert (draft.title, str(draft.published)) == ("朝鲜最高领导人就江泽民同志逝世向中方致唁电", "2022-12-02")


def test_a_japanese_page_is_dated_by_its_closing_stamp_not_by_a_date_in_its_story():
    page = ("47NEWS ＞ 共同ニュース ＞ 国際\n\n中朝友好条約50年で祝電交換　胡主席と金総書記\n\n"
            "　【北京11日共同】中国と北朝鮮が結んだ友好協力相互援助条約の調印から50年の節目となった11日、祝電を交わした。\n\n"
            "　条約は1961年7月11日、北京で当時の金日成首相と周恩来首相が調印した。\n\n"
            "　　（共同）\n2011/07/11 19:26　【共同通信】\n\n▼関連記事\n・張徳江副首相が平壌到着　条約50年で代表団　　07/09 21:10\n"
            "・金総書記、胡主席に感謝の電報　訪中終え帰国　　05/27 08:45\n")
    draft = read_text_capture(page, "kyodo.txt")
    assert str(draft.published) == "2011-07-11"
    assert "張徳江" not in draft.body


def test_a_saver_s_captured_line_with_a_bare_address_dates_the_capture():
    page = ("Captured: 20/12/2011 03:41 GMT  --  hosted2.ap.org/APDEFAULT/cae69/Article_2011-12-19-AS-Koreas-Kim\n\n"
            "Medvedev sends condolences to Kim's heir\n\n"
            "MOSCOW (AP) -- Russia's president sent a telegram of condolence on Monday to Kim Jong Un, the son of Kim "
            "Jong Il, in one of the first messages from a foreign head of state.\n")
    draft = read_text_capture(page, "ap.txt")
    assert (str(draft.captured), draft.url) == ("2011-12-20", "http://hosted2.ap.org/APDEFAULT/cae69/Article_2011-12-19-AS-Koreas-Kim")
    assert "Captured" not in draft.body


def test_a_saved_stamp_in_the_saver_s_language_is_the_capture_not_the_publication():
    page = ("Поздравление Ким Чен Иру с Днём освобождения Кореи\nhttp://kremlin.ru/news/8657\n"
            "Сохранено: 03.03.2014 14:27\n\nГлавная / Новости / Поздравления\n\n15 августа 2010 года, 10:00\n\n"
            "Поздравление Ким Чен Иру с Днём освобождения Кореи\n\n"
            "Дмитрий Медведев направил поздравление Ким Чен Иру в связи с 65-летием освобождения Кореи.\n")
    draft = read_text_capture(page, "kremlin.txt")
    assert draft.published.isoformat() == "2010-08-15"
    cn = ("人民网 >> 时政 >> 高层动态     （复制自浏览器，2025/3/4 保存）\n\n习近平致电祝贺金正恩当选朝鲜劳动党总书记\n\n"
          "2021年01月11日20:36  来源：新华社\n分享到：  微信  微博  QQ空间      字号：大 中 小\n\n"
          "新华社北京1月11日电　1月11日，中共中央总书记、国家主席习近平致电金正恩，祝贺他当选朝鲜劳动党总书记。\n")
    draft = read_text_capture(cn, "people.txt")
    assert (draft.title, draft.published.isoformat()) == ("习近平致电祝贺金正恩当选朝鲜劳动党总书记", "2021-01-11")


def test_a_line_of_fields_with_a_date_is_not_joined_to_the_next_line():
    page = ("Silence on the Yalu: What Beijing's Missing Messages Tell Us\n\n"
            "20/02/2013  |  by Margaret Lindqvist, Senior Fellow  |  7 min read\n[Print] [PDF] [Email] [Tweet] [Like 41]\n\n"
            "Eight days after the test, there has been no personal message between the two capitals' top leaders.\n")
    assert read_text_capture(page, "review.txt").date_text == "20/02/2013"


def test_a_consent_banner_above_the_page_is_not_the_story():
    page = ("We value your privacy\nWe and our 214 partners store and/or access information on a device, such as "
            "cookies, and process personal data, such as unique identifiers. You may click to consent to our and "
            "our partners' processing as described above.\nMORE OPTIONS   DISAGREE   AGREE\n\nSkip to content\n"
            "KOREA PULSE DAILY\n\nKim Jong-un hails Putin on 70th birthday\n\nBy Han Seo-yeon\n"
            "Published : 2022-10-08 11:47 KST\n\nNorth Korean leader Kim Jong-un sent a birthday message to Russian "
            "President Vladimir Putin on Friday, state media said Saturday.\n\nPutin turned 70 on Friday.\n")
    draft = read_text_capture(page, "pulse.txt")
    assert (draft.title, draft.published.isoformat()) == ("Kim Jong-un hails Putin on 70th birthday", "2022-10-08")
    assert draft.body.startswith("North Korean leader Kim Jong-un sent")


def test_a_quoted_letter_s_sign_off_stays_in_the_story():
    page = ("Kim Jong Un Receives Reply Message from Xi Jinping\n\n"
            "Pyongyang, November 2 (KCNA) -- Kim Jong Un received a message of reply from Xi Jinping.\n\n"
            "I wish you good health and greater success in leading the WPK and the Korean people.\n\n"
            "Xi Jinping\nBeijing, October 31, 2022 -0-\n")
    draft = read_text_capture(page, "kcna.txt")
    assert draft.body.endswith("Xi Jinping\n\nBeijing, October 31, 2022")


def test_a_long_line_of_section_names_is_a_menu_not_the_story_s_start():
    text = ("Saved: 24/03/2024 10:05 (KST) — tass.com/world\nTASS Russian News Agency\n\n"
            "Russian Politics & Diplomacy   World   Business & Economy   Military & Defense   Science & Space   "
            "Emergencies   Society & Culture   Press Review   Sports\n"
            "Special military operation  |  Terror attack at Crocus City Hall  |  Presidential election 2024\n\n"
            "WORLD\nNorth Korean leader sends condolences to Putin over terrorist attack in Moscow Region\n"
            "Kim Jong Un stressed that nothing can justify terrorism that threatens human lives\n\n"
            "TOKYO, March 24. /TASS/. Kim Jong Un, chairman of the State Affairs of the DPRK, has sent a message to "
            "Russian President Vladimir Putin expressing deep condolences, KCNA reported on Sunday.\n\n"
            "According to the agency, the message was sent on Saturday.\n")
    draft = read_text_capture(text, "tass.txt")
    assert draft.title == "North Korean leader sends condolences to Putin over terrorist attack in Moscow Region"
    assert draft.body.startswith("TOKYO, March 24.")


def test_a_dated_headline_of_a_related_list_is_no_closing_stamp_and_the_stamp_above_the_headline_dates_the_page():
    text = ("Президент России\n\nГлавная > Новости > 19 декабря 2011 года\n\n19 декабря 2011 года, 16:40\n\n"
            "Соболезнования Ким Чен Ыну в связи с кончиной Ким Чен Ира\n\n"
            "Дмитрий Медведев направил телеграмму соболезнования Ким Чен Ыну в связи с кончиной Председателя "
            "Государственного Комитета Обороны Корейской Народно-Демократической Республики Ким Чен Ира.\n\n"
            "Материалы по теме:\n\n24 августа 2011 года — Российско-корейские переговоры (Улан-Удэ)\n")
    assert read_text_capture(text, "kremlin.txt").published == dt.date(2011, 12, 19)


def test_a_standfirst_above_the_date_is_the_lead_when_the_text_opens_by_quoting_the_message():
    text = ("President of Russia\n\nEvents / Messages\n\n"
            "Congratulations to Chairman of the State Affairs Commission of the DPRK Kim Jong-un\n\n"
            "Vladimir Putin congratulated Chairman of the State Affairs Commission of the Democratic People's Republic "
            "of Korea Kim Jong-un on the 70th anniversary of the DPRK's founding.\n\nSeptember 9, 2018\n10:00\n\n"
            "The message reads, in part:\n\n\"Over the decades that have passed since the founding of the DPRK, "
            "Russian-Korean relations have been a good example of friendship and good-neighbourliness.\"\n")
    draft = read_text_capture(text, "kremlin.txt")
    assert draft.body.startswith("Vladimir Putin congratulated") and draft.published == dt.date(2018, 9, 9)
