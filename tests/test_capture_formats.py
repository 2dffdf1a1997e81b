"""Capture formats beyond pages and posts: saved e-mails, API answers that list articles, a news
CMS's story JSON, and a text copy that opens with a bracketed capture note."""
from __future__ import annotations

import datetime as dt
import json

from generator.ingest.capture import detect_format, read_capture

MAIL = """Return-Path: <bounce@brief.example>
Received: from mail.brief.example (mail.brief.example [10.0.0.1])
        by mx.example.org with ESMTPS id 4X2k
From: "Eurasia Brief" <brief@brief.example>
To: reader@example.org
Subject: =?UTF-8?Q?Putin_greets_Kim_=E2=80=A2_Calendar?=
Date: Tue, 10 Sep 2024 07:00:03 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

The Kremlin said on Monday that Vladimir Putin had sent a congratulatory me=
ssage to Kim Jong Un on the 76th anniversary of the founding of the DPRK.

He wished Kim good health and the Korean people peace and prosperity.
"""


def test_a_saved_e_mail_is_read_through_its_mime_encoding():
    assert detect_format(MAIL) == "mail"
    [draft] = read_capture(MAIL.encode(), "brief.eml")
    assert draft.title == "Putin greets Kim • Calendar"
    assert draft.published == dt.date(2024, 9, 10)
    assert "sent a congratulatory message to Kim Jong Un" in draft.body
    assert "ESMTPS" not in draft.body and "quoted-printable" not in draft.body


def test_text_that_only_quotes_a_header_is_not_an_e_mail():
    assert detect_format("From: our correspondent\nKim sent a message to Xi on Sunday.\n") == "text"


def test_an_api_answer_lists_its_articles():
    answer = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"name": "TASS"}, "title": "Putin congratulates Kim", "publishedAt": "2023-09-09T06:12:44Z",
         "content": "Russian President Vladimir Putin has congratulated Kim Jong Un on the anniversary."},
        {"source": {"name": "Xinhua"}, "title": "Xi congratulates Kim", "publishedAt": "2023-09-09T08:00:00Z",
         "content": "Chinese President Xi Jinping sent a congratulatory message to Kim Jong Un."}]}
    drafts = read_capture(json.dumps(answer).encode(), "news.json")
    assert [d.title for d in drafts] == ["Putin congratulates Kim", "Xi congratulates Kim"]
    assert all(d.published == dt.date(2023, 9, 9) for d in drafts)


def test_a_cms_story_takes_its_text_elements_not_its_headers():
    story = {"_id": "X1", "type": "story", "first_publish_date": "2021-01-12T03:27:41.118Z",
             "headlines": {"basic": "Xi congratulates Kim"},
             "content_elements": [
                 {"type": "text", "content": "Chinese President Xi Jinping on Monday congratulated Kim Jong Un."},
                 {"type": "header", "content": "Earlier exchanges"},
                 {"type": "text", "content": "Xi and Kim have regularly traded messages on anniversaries."}]}
    [draft] = read_capture(json.dumps(story).encode(), "story.json")
    assert draft.title == "Xi congratulates Kim"
    assert draft.published == dt.date(2021, 1, 12)
    assert "Earlier exchanges" not in draft.body and "on Monday congratulated" in draft.body


def test_a_bracketed_capture_note_opens_a_text_copy_not_json():
    text = ("[saved 2019-02-11 14:03 UTC from http://www.kcna.co.jp/item/2018/201804/news15/20180415-01ee.html]\n\n"
            "Kim Jong Un Receives Head of Chinese Art Troupe\n\n"
            "Pyongyang, April 15 (KCNA) -- Kim Jong Un on April 14 received Song Tao, who conveyed the verbal "
            "message of Xi Jinping, general secretary of the CPC Central Committee.\n")
    assert detect_format(text) == "text"
    [draft] = read_capture(text.encode(), "kcna.txt")
    assert draft.title == "Kim Jong Un Receives Head of Chinese Art Troupe"
    assert draft.url.startswith("http://www.kcna.co.jp/")
    assert "saved 2019" not in draft.body


def test_unix_time_stamps_date_api_items():
    answer = [{"title": "Putin congratulates Kim", "published_at": 1694230200,
               "text": "Vladimir Putin congratulated Kim Jong Un in a message, the Kremlin said on Saturday."},
              {"title": "Xi congratulates Kim", "timestamp": 1694239200000,
               "text": "Xi Jinping sent a congratulatory message to Kim Jong Un on Saturday."}]
    drafts = read_capture(json.dumps(answer).encode(), "api.txt")
    assert [d.published for d in drafts] == [dt.date(2023, 9, 9), dt.date(2023, 9, 9)]


def test_a_list_of_headlines_is_not_joined_into_one_paragraph():
    text = ("Xi congratulates Kim on anniversary\n\nDate: 09/09/2023\n\n"
            "Chinese President Xi Jinping on Saturday sent a congratulatory message to Kim Jong Un.\n\n"
            "RELATED STORIES\n\n"
            "Xi, Kim exchange messages on 70th anniversary of CPV's entry into Korean War\n"
            "Chinese delegation led by Li Hongzhong leaves for DPRK celebrations\n"
            "Kim Jong Un sends message to Xi on CPC centenary\n")
    [draft] = read_capture(text.encode(), "page.txt")
    assert "CPC centenary" not in draft.body


def test_a_page_date_line_in_the_dprk_era_dates_a_saved_page():
    page = ("<html><head><title>뿌찐이 김정은동지께 축전을 보내여왔다</title></head><body>"
            "<div class='today'>주체112(2023)년 9월 10일 일요일</div><article><h1>뿌찐이 김정은동지께 축전을 보내여왔다</h1>"
            + "".join(f"<p>로씨야련방 대통령 뿌찐은 9일 김정은동지께 축전을 보내여왔다. 문단 {i}.</p>" for i in range(4))
            + "</article></body></html>")
    [draft] = read_capture(page.encode(), "rodong.html")
    assert draft.published == dt.date(2023, 9, 10)


def test_a_telegram_json_export_is_read_post_by_post():
    export = {"name": "Primorye News", "type": "public_channel", "messages": [
        {"id": 1, "type": "message", "date": "2024-09-09T10:03:51",
         "text": ["Путин поздравил Ким Чен Ына с Днём основания КНДР. ", {"type": "hashtag", "text": "#КНДР"}]},
        {"id": 2, "type": "service", "date": "2024-09-09T11:00:00", "text": ""},
        {"id": 3, "type": "message", "date": "2024-09-10T08:15:33", "text": ""}]}
    [draft] = read_capture(json.dumps(export, ensure_ascii=False).encode(), "channel.txt")
    assert draft.published == dt.date(2024, 9, 9)
    assert "Ким Чен Ына" in draft.body and "#КНДР" in draft.body


def _telegram_post(number: int, stamp: str, text: str, forwarded_stamp: str | None = None) -> str:
    inner = f"<div class='text'>{text}</div>"
    if forwarded_stamp:
        inner = (f"<div class='forwarded body'><div class='from_name'>Yonhap<span class='date details' "
                 f"title='{forwarded_stamp}'> {forwarded_stamp}</span></div>{inner}</div>"
                 "<div class='text'>Sunday morning news below</div>")
    return (f"<div class='message default clearfix' id='message{number}'><div class='body'>"
            f"<div class='pull_right date details' title='{stamp} UTC+09:00'>08:40</div>"
            f"<div class='from_name'>NK briefing</div>{inner}</div></div>")


def test_a_telegram_html_export_is_read_post_by_post_with_its_forwarded_posts_and_headlines():
    posts = [
        _telegram_post(1, "09.09.2019 07:41:55", "<strong>Xi sends Kim a message</strong><br><br>Xi Jinping sent a "
                       "congratulatory message to Kim Jong Un on the 9th.<br><br>The message praised the friendship."),
        _telegram_post(2, "01.10.2019 09:00:00", "Kim Jong Un sent Xi Jinping a congratulatory message on the "
                       "70th founding anniversary of the People's Republic of China on the 1st."),
        _telegram_post(3, "06.10.2019 08:40:19", "<strong>Leaders exchange messages</strong><br><br>Kim Jong Un and "
                       "Xi Jinping exchanged congratulatory messages on the 6th.", forwarded_stamp="06.10.2019 08:31:02")]
    page = ("<html><head><title>Exported Data</title></head><body><div class='page_body'><div class='history'>"
            + "".join(posts) + "</div></div></body></html>")
    drafts = read_capture(page.encode(), "messages.html")
    assert [(d.title, d.published) for d in drafts] == [
        ("Xi sends Kim a message", dt.date(2019, 9, 9)),
        ("Exported Data", dt.date(2019, 10, 1)),
        ("Leaders exchange messages", dt.date(2019, 10, 6))]
    assert drafts[0].body.split("\n\n") == ["Xi Jinping sent a congratulatory message to Kim Jong Un on the 9th.",
                                             "The message praised the friendship."]
    assert "exchanged congratulatory messages on the 6th" in drafts[2].body


def test_items_of_one_capture_that_share_an_address_are_not_duplicates(config):
    from generator.ingest.pipeline import ingest_files
    from generator.ingest.pipeline import IngestReport
    import tempfile
    from pathlib import Path

    records = [{"title": f"Story {n}", "url": "http://www.kcna.kp/article#this", "published": "2018-09-09",
                "body": f"Story number {n} tells of something else entirely, item {n}."} for n in range(3)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        articles = list(ingest_files([path], config, IngestReport()))
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2"]


def test_the_cells_of_a_table_row_that_holds_the_story_are_its_paragraphs():
    from generator.ingest.htmlpage import _table_cells

    story = "Pyongyang, January 1 (KCNA) -- Kim Jong Il received New Year cards on Thursday " * 4
    rows = ["| HOME | NEWS | Most Read |", f"| {story.strip()} |  |"]
    assert _table_cells(rows) == ["HOME | NEWS | Most Read", story.strip()]


def test_the_story_block_s_date_line_beats_a_site_bar_s():
    page = ("<html><head><title>Kim Sends Greetings</title></head><body>"
            "<div class='date_bar'>Juche108(2019).6.13. Thursday</div>"
            "<div class='news_title'><p class='title'>Kim Sends Greetings</p><p class='news_date'>Juche108(2019).6.12.</p></div>"
            "<div class='news_contents'>"
            + "".join(f"<p>Kim Jong Un sent a message of greeting to Vladimir Putin on the national day {i}.</p>" for i in range(4))
            + "</div></body></html>")
    [draft] = read_capture(page.encode(), "rodong.html")
    assert draft.published == dt.date(2019, 6, 12)


def test_a_csv_export_is_read_row_by_row():
    text = ('title,date,url,text\n'
            'Xi congratulates Kim,11/01/2021,https://news.example/a,"BEIJING -- Chinese President Xi Jinping on Monday '
            'sent a message to Kim Jong Un.\n\nIn the message, Xi said ""more"" things."\n'
            'Weather,12/01/2021,https://news.example/b,Rain is expected in Pyongyang.\n')
    assert detect_format(text) == "csv"
    drafts = read_capture(text.encode(), "export.csv")
    assert [(d.title, d.published) for d in drafts] == [("Xi congratulates Kim", dt.date(2021, 1, 11)),
                                                        ("Weather", dt.date(2021, 1, 12))]
    assert 'said "more" things' in drafts[0].body


def test_a_json_feed_is_read_item_by_item_from_its_html():
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Monitor", "description": "Daily notes.",
            "items": [{"id": "1", "title": "Shoigu hands Kim a letter", "summary": "Defence minister received.",
                       "date_published": "2023-07-27T09:00:00+09:00",
                       "content_html": "<p>Sergei Shoigu handed Kim Jong Un a personal letter from Vladimir Putin "
                                       "on Wednesday.</p>"}]}
    [draft] = read_capture(json.dumps(feed).encode(), "feed.json")
    assert draft.title == "Shoigu hands Kim a letter"
    assert "personal letter from Vladimir Putin" in draft.body


def test_a_markdown_clipping_takes_its_front_matter():
    text = ('---\ntitle: "Kim\'s note to Xi"\nsource: "https://review.example/2024/10/02/kim-xi"\nauthor:\n'
            '  - "[[Daniel Park]]"\npublished: 2024-10-02\ntags:\n  - "clippings"\n---\n'
            "# Kim's note to Xi\n\nPyongyang's leader wrote to the Chinese president on Tuesday to congratulate him.\n")
    [draft] = read_capture(text.encode(), "clip.md")
    assert (draft.title, draft.published, draft.url) == ("Kim's note to Xi", dt.date(2024, 10, 2),
                                                         "https://review.example/2024/10/02/kim-xi")
    assert "wrote to the Chinese president" in draft.body and "clippings" not in draft.body


def test_a_rule_of_dashes_parts_blocks_of_a_text_copy():
    text = ("Asia Morning Post  |  World  |  Sunday 24 March 2024\n" + "-" * 60 + "\n"
            "Sections: Home · World · Asia\n" + "-" * 60 + "\n\n"
            "North Korea's leader sends condolences to Russia over concert hall attack\n\n"
            "PYONGYANG/SEOUL, 24 March — The North Korean leader sent a message of condolence to the Russian "
            "head of state on Saturday over the deadly attack, state media reported on Sunday.\n")
    [draft] = read_capture(text.encode(), "page.txt")
    assert draft.title == "North Korea's leader sends condolences to Russia over concert hall attack"


def test_chinese_lines_wrapped_by_a_copy_join_with_no_space():
    text = ("习近平同金正恩互致贺电\n\n2019-10-06 21:08\n\n"
            "    新华社北京10月6日电 10月6日，中共中央总书记、国家主席习近平同朝鲜劳动党委员长、国务\n"
            "委员会委员长金正恩互致贺电，庆祝两国建交70周年。\n"
            "    习近平在贺电中表示，70年前，中朝两国正式建立外交关系。\n")
    [draft] = read_capture(text.encode(), "mfa.txt")
    assert "国务委员会委员长金正恩互致贺电" in draft.body


def test_a_tags_field_above_the_story_does_not_end_it():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs(["DPRK Monitoring – clipping file", "Tags: #China #condolence",
                             "Pyongyang, December 1 (KCNA) -- Kim Jong Un today sent a message of condolence to Xi "
                             "Jinping upon hearing the sad news of the death of Jiang Zemin."])
    assert body.paragraphs[-1].startswith("Pyongyang, December 1")


def test_an_api_answer_that_wraps_one_article():
    answer = {"status": "OK", "code": 200, "data": {"article": {
        "cid": "AEN1", "title": "N. Korean leader sends condolences to Xi", "write_time": "20221201 08:29",
        "body": "<p>SEOUL, Dec. 1 (Yonhap) -- Kim Jong-un sent a message of condolence to Xi Jinping on Wednesday.</p>"}}}
    [draft] = read_capture(json.dumps(answer).encode(), "api.txt")
    assert (draft.title, draft.published) == ("N. Korean leader sends condolences to Xi", dt.date(2022, 12, 1))


def test_dated_posts_with_no_title_in_a_json_lines_dump_are_titled_by_their_first_line():
    posts = [{"channel": "east_desk", "id": 7, "date": "2023-09-09T09:31:00+03:00",
              "text": "Путин поздравил Ким Чен Ына с Днём основания КНДР\n\nПрезидент России направил поздравление."},
             {"channel": "east_desk", "id": 8, "date": "2023-09-10T10:00:00+03:00", "text": "x " * 100},
             {"channel": "east_desk", "id": 9, "text": "An undated line is no post."}]
    drafts = read_capture("\n".join(json.dumps(p, ensure_ascii=False) for p in posts).encode(), "dump.jsonl")
    first, second, undated = drafts
    assert first.title == "Путин поздравил Ким Чен Ына с Днём основания КНДР"
    assert first.published == dt.date(2023, 9, 9) and "Президент России" in first.body
    assert len(second.title) <= 125 and second.title.endswith("…")
    assert "not a post or an article" in str(undated)


def test_a_forwarded_story_quoted_in_an_e_mail_is_read_past_the_forward_header_and_end_marks():
    mail = ("From: Mina <m@uni.example>\nSubject: Fwd: two KCNA items\nDate: Fri, 3 Nov 2017 10:02:51 +0000\n"
            "Content-Type: text/plain; charset=UTF-8\n\nHi all,\n\nFor the China file: the two KCNA items below, copied "
            "from the agency's site this morning before they drop off its front page.\n\nBest,\nMina\n\n"
            "-------- Forwarded Message --------\nSubject: KCNA items\nDate: Fri, 3 Nov 2017 09:41:12 +0000\n"
            "From: Mina <m@uni.example>\nTo: Mina <mina@mail.example>\n\n"
            "> Kim Jong Un Congratulates Xi Jinping\n>\n> Pyongyang, October 26 (KCNA) -- Kim Jong Un on October 25\n"
            "> sent a message of congratulations to Xi Jinping. -0-\n>\n> ----\n>\n"
            "> Kim Jong Un Receives Reply Message from Xi Jinping\n>\n> Pyongyang, November 1 (KCNA) -- Kim Jong Un\n"
            "> received a reply message from Xi Jinping. -0-\n")
    [draft] = read_capture(mail.encode(), "fwd.eml")
    assert "on October 25 sent a message" in draft.body and "received a reply message" in draft.body
    assert "m@uni.example" not in draft.body and ">" not in draft.body


def test_a_search_api_s_first_published_field_dates_its_results():
    answer = {"results": [{"headline": "Kim congratulates Xi", "firstPublished": "14/03/2013 19:20",
                           "body": "Kim Jong Un sent a message of congratulations to Xi Jinping on Thursday."}]}
    [draft] = read_capture(json.dumps(answer).encode(), "search.txt")
    assert draft.published == dt.date(2013, 3, 14)


def test_a_gmail_forward_saved_with_crlf_line_ends_keeps_the_forwarded_story():
    mail = ("From: Seung <s@mail.example>\r\nSubject: Fwd: [Xinhua] Kim Jong Il meets senior CPC official\r\n"
            "Date: Tue, 9 Feb 2010 09:00:00 +0900\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            "FYI for the China-DPRK file, see below: the verbal message went via Wang Jiarui in Hamhung.\r\n\r\n"
            "Best,\r\nSeung\r\n\r\n---------- Forwarded message ----------\r\n"
            "From: Xinhua English News Alert <newsalert@news.example>\r\nDate: Mon, Feb 8, 2010 at 11:52 PM\r\n"
            "Subject: [Xinhua] Kim Jong Il meets senior CPC official\r\nTo: s@mail.example\r\n\r\n\r\n"
            "PYONGYANG, Feb. 8 (Xinhua) -- Kim Jong Il met Wang Jiarui in the eastern city of Hamhung on Monday.\r\n\r\n"
            "Wang conveyed a verbal message from Hu Jintao to Kim Jong Il.\r\n")
    [draft] = read_capture(mail.encode(), "fwd.eml")
    assert "Wang conveyed a verbal message from Hu Jintao" in draft.body


def test_a_mail_header_whose_value_starts_on_the_next_line_is_still_a_mail():
    mail = ("From: Sora <s@desk.example>\r\nSubject:\r\n Fwd: Kim congratulates Xi\r\n"
            "Date: Tue, 25 Oct 2022 09:12:41 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "SEOUL, Oct. 24 (Yonhap) -- North Korean leader Kim Jong-un sent a congratulatory message to "
            "Chinese President Xi Jinping on Sunday after Xi secured a third term as party chief.\r\n")
    assert detect_format(mail) == "mail"
    [draft] = read_capture(mail.encode(), "fwd.eml")
    assert draft.title == "Fwd: Kim congratulates Xi"


FACTIVA = """Factiva

Search Summary
Text                 Kim Jong-un and telegram
Results Found        214

Documents 1-2 of 214 displayed (selected)


Medvedev sends condolences to N.Korea's Kim Jong-un over father's death

RIA Novosti
212 words
19 December 2011
14:48
RIA Novosti
RIANOV
English
(c) 2011 RIA Novosti. All rights reserved.

MOSCOW, December 19 (RIA Novosti) - Russian President Dmitry Medvedev on Monday sent a telegram of condolences to Kim Jong-un, the Kremlin press service said.

Document RIANOV0020111219e7cj000b9



Kim Jong Un receives a personal letter from Putin

BBC Monitoring Asia Pacific
287 words
9 September 2018
BBC Monitoring Asia Pacific
BBCAPP
English
(c) 2018 The British Broadcasting Corporation. All Rights Reserved.

Pyongyang, 9 September: Kim Jong Un on 8 September met Valentina Matviyenko, who handed over a personal letter from Vladimir Putin.

Document BBCAPP0020180909ee990005l


Search Summary
Text                 Kim Jong-un and telegram
"""


def test_a_factiva_export_is_read_document_by_document():
    first, second = read_capture(FACTIVA.encode(), "factiva.txt")
    assert first.title == "Medvedev sends condolences to N.Korea's Kim Jong-un over father's death"
    assert first.published == dt.date(2011, 12, 19) and first.body.startswith("MOSCOW, December 19")
    assert second.published == dt.date(2018, 9, 9) and "(c)" not in second.body


def test_a_factiva_headline_right_above_its_word_count_and_a_rule_between_documents():
    export = ("Factiva\n\nSearch Summary\nText   kim jong un and letter\nResults Found 214\n\n" + "-" * 60 + "\n\n"
              "Senior CPC official meets Kim Jong Un, hands over Xi's letter\n1,046 words\n9 October 2015\n23:17\n"
              "Xinhua News Agency\nXNEWS\nEnglish\n(c) Copyright 2015 Xinhua News Agency\n\n"
              "PYONGYANG, Oct. 9 (Xinhua) -- Liu Yunshan handed over a personal letter from Xi Jinping to Kim Jong Un.\n\n"
              "Document XNEWS00020151009eba9002dp\n\n" + "-" * 60 + "\n")
    (document,) = read_capture(export.encode(), "factiva.txt")
    assert document.title == "Senior CPC official meets Kim Jong Un, hands over Xi's letter"
    assert document.published == dt.date(2015, 10, 9)


def test_a_text_dump_that_opens_with_a_link_reference_is_not_json():
    dump = ("   [1]President of Russia\n\n   [2]Events  [3]Structure\n\n"
            "Exchange of congratulatory messages between Vladimir Putin and Kim Jong-un\n\n   October 12, 2018\n\n"
            "   Vladimir Putin and Chairman of the State Affairs Commission of the DPRK Kim Jong-un exchanged\n"
            "   congratulatory messages on the 70th anniversary of the establishment of diplomatic relations.\n")
    assert detect_format(dump) == "text"
    assert detect_format("[1, 2, 3]") == "json"


def test_feed_reader_items_read_their_nested_content_and_an_empty_one_is_reported():
    export = {"items": [
        {"title": "Xi congratulates Kim on party anniversary", "published": 1602288000000,
         "summary": {"content": "<p>Chinese President Xi Jinping on Saturday sent a congratulatory message to "
                                "Kim Jong Un on the 75th founding anniversary of the Workers' Party of Korea.</p>"}},
        {"title": "Empty item", "published": 1602288000000, "content": ""}]}
    first, second = read_capture(json.dumps(export).encode(), "feedly.json")
    assert "congratulatory message" in first.body and first.published == dt.date(2020, 10, 10)
    assert "no text" in str(second)


def test_a_media_monitor_s_csv_names_its_columns_in_words():
    export = ('\ufeff"Date","Time","Headline","Source","Full Text"\n'
              '"16/11/2012","08:10","N. Korean leader congratulates Xi","Yonhap","SEOUL, Nov. 16 (Yonhap) -- North '
              'Korean leader Kim Jong-un sent a message of congratulations to Xi Jinping on Thursday."\n')
    [draft] = read_capture(export.encode(), "monitor.csv")
    assert draft.title == "N. Korean leader congratulates Xi" and draft.published == dt.date(2012, 11, 16)


def test_a_read_later_clipping_takes_its_publication_date_and_the_day_it_was_saved():
    clip = ('---\nid: 4b9d2e70\ntitle: "Kim sends condolences to Xi"\nauthor: "Chae"\n'
            "date_saved: 2023-01-05 21:14:09\ndate_published: 2022-12-01 15:47:00\n---\n\n"
            "SEOUL, Dec. 1 (Yonhap) -- North Korean leader Kim Jong-un sent a message of condolence to Chinese "
            "President Xi Jinping on Thursday over the death of former Chinese leader Jiang Zemin.\n")
    [draft] = read_capture(clip.encode(), "omnivore.md")
    assert (draft.published, draft.captured) == (dt.date(2022, 12, 1), dt.date(2023, 1, 5))
    obsidian = clip.replace("date_saved:", "created:").replace("date_published:", "published:")
    [draft] = read_capture(obsidian.encode(), "obsidian.md")
    assert (draft.published, draft.captured) == (dt.date(2022, 12, 1), dt.date(2023, 1, 5))


def test_a_story_forwarded_in_russian_is_dated_by_the_message_it_came_in():
    mail = ("From: Andrei <a@desk.example>\nSubject: Fwd: Медведев выразил соболезнования Ким Чен Ыну\n"
            "Date: Tue, 14 May 2024 10:00:00 +0300\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\nДля хронологии соболезнований 2011 года, вот копия заметки РИА из архива, оригинал уже не открывается.\n\n"
            "-------- Пересылаемое сообщение --------\nТема: Медведев выразил соболезнования\nДата: 20.12.2011\n\n"
            "МОСКВА, 20 дек - РИА Новости. Президент России Дмитрий Медведев накануне направил телеграмму "
            "соболезнования Ким Чен Ыну в связи с кончиной Ким Чен Ира.\n")
    [draft] = read_capture(mail.encode(), "fwd.eml")
    assert draft.published == dt.date(2011, 12, 20) and "Тема:" not in draft.body


def test_a_clipping_is_read_as_the_text_its_markdown_shows():
    text = ("---\ntitle: \"习近平致电祝贺朝鲜建国75周年--时政--人民网\"\nsource: \"http://politics.people.com.cn/n1/x.html\"\n"
            "published:\ncreated: 2025-11-18\n---\n"
            "[人民网](http://www.people.com.cn/) >> [时政](http://politics.people.com.cn/)\n\n"
            "# 习近平致电祝贺朝鲜建国75周年\n\n"
            "2023年09月10日05:08 | 来源：[人民网－人民日报](http://paper.people.com.cn/rmrb/html/2023-09/10/nw.htm)\n\n"
            "**新华社北京9月9日电** 中共中央总书记、国家主席习近平致电朝鲜劳动党总书记、国务委员长金正恩，表示热烈祝贺。\n")
    [draft] = read_capture(text.encode(), "clip.md")
    assert (draft.published, draft.captured) == (dt.date(2023, 9, 10), dt.date(2025, 11, 18))
    assert draft.body.startswith("新华社北京9月9日电")


def test_a_chinese_api_s_creation_time_in_milliseconds_dates_its_article():
    answer = {"code": 200, "data": {"title": "金正恩致电祝贺习近平再次当选中共中央总书记", "ctime": 1666589523000,
                                    "content": "<p>据朝中社10月24日报道，金正恩23日致电习近平，祝贺其再次当选。</p>"}}
    [draft] = read_capture(json.dumps(answer, ensure_ascii=False).encode(), "api.txt")
    assert draft.published == dt.date(2022, 10, 24)


def test_a_labelled_line_of_related_headlines_ends_the_story():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs(["Xi Jinping received the envoy, who handed over a personal letter from Kim Jong Un.",
                             "*Filed under: China, Diplomacy. Related: [Kim congratulates Xi on becoming president]"
                             "(https://desk.example/2013/03/15/kim-xi/) | [Choe Ryong Hae arrives in Beijing as special "
                             "envoy](https://desk.example/2013/05/22/choe/)*"])
    assert body.paragraphs == ("Xi Jinping received the envoy, who handed over a personal letter from Kim Jong Un.",)


def test_a_list_of_dated_headlines_closing_a_page_is_not_the_story():
    text = ("Hu Jintao, Kim Jong Il exchange congratulations on 60 years of ties\n\n"
            "BEIJING, Oct. 6 (Xinhua) -- Chinese President Hu Jintao and Kim Jong Il exchanged congratulatory "
            "messages on Tuesday to mark the 60th anniversary of diplomatic ties.\n\n"
            "- Kim Jong Il congratulates Hu Jintao on PRC's 60th founding anniversary (2009-10-01)\n\n"
            "- Wen Jiabao arrives in Pyongyang for official goodwill visit (2009-10-04)\n")
    [draft] = read_capture(text.encode(), "page.txt")
    assert "Wen Jiabao" not in draft.body and "founding anniversary" not in draft.body


def test_a_portal_stamp_line_that_runs_into_its_buttons_dates_the_page():
    text = ("NAVER 뉴스   로그인\n\n연합뉴스  |  PICK\n\n김정은, 中 리젠궈 접견…시진핑 총서기 친서 받아(종합2보)\n\n"
            "입력 2012.12.01. 오전 7:12   수정 2012.12.01. 오전 10:48   기사원문\n"
            "좋아요 12   댓글 37   본문 요약봇   SNS 보내기\n\n"
            "(서울=연합뉴스) 북한 김정은 노동당 제1비서가 리젠궈 일행을 접견하고 시진핑 당 총서기의 친서를 전달받았다고 "
            "조선중앙통신이 1일 보도했다.\n")
    [draft] = read_capture(text.encode(), "naver.txt")
    assert (draft.title, draft.date_text) == ("김정은, 中 리젠궈 접견…시진핑 총서기 친서 받아(종합2보)", "2012.12.01")


def test_a_monitoring_digest_is_dated_by_its_compiled_stamp():
    text = ("NORTH KOREA: MEDIA HIGHLIGHTS 1-2 JANUARY 2024\n\n"
            "Compiled 2 Jan 24, 2210 gmt. Items in order of appearance in DPRK media.\n\n"
            "1. KIM JONG UN SENDS NEW YEAR CARDS TO FOREIGN LEADERS\n\n"
            "Source: KCNA news agency website, Pyongyang, in English 0031 gmt 1 Jan 24\n\n"
            "North Korean leader Kim Jong Un sent New Year greeting cards on Sunday to Russian President Vladimir "
            "Putin and to the leaders of Vietnam, Laos and Cuba, KCNA said.\n")
    [draft] = read_capture(text.encode(), "digest.txt")
    assert draft.published == dt.date(2024, 1, 2)


def test_a_flowed_e_mail_s_soft_line_breaks_are_joined():
    text = ("From: Seo-yeon <sy@tracker.example>\nTo: desk@tracker.example\nSubject: Fwd: KCNA - Kim condolences to Putin\n"
            "Date: Sun, 24 Mar 2024 09:12:00 +0900\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed\n\n"
            "Pyongyang, March 24 (KCNA) -- Kim Jong Un, general secretary of the \n"
            "Workers' Party of Korea, sent a message of condolence to \n"
            "Vladimir Vladimirovich Putin, president of the Russian Federation, on \nMarch 23.\n")
    [draft] = read_capture(text.encode(), "fwd.eml")
    assert "general secretary of the Workers' Party of Korea, sent a message of condolence to Vladimir" in draft.body


def test_a_russian_top_news_box_ends_the_story_and_its_dated_headlines_go_with_it():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs(["Москва. 9 ноября. INTERFAX.RU - Президент РФ Владимир Путин подписал закон о ратификации "
                             "договора о всеобъемлющем стратегическом партнерстве с КНДР.",
                             "- Ким Чен Ын поздравил Путина с днем рождения (07.10.2024)",
                             "- Совфед одобрил ратификацию договора с КНДР (06.11.2024)",
                             "Главные новости", "- Синоптики предупредили о первом снеге в Москве"])
    assert len(body.paragraphs) == 1


def test_a_markdown_note_without_front_matter_is_read_as_the_text_it_shows():
    text = ("# EAW weekly brief — leader messages log\n\n"
            "**BEIJING, Jan. 11 (Xinhua)** -- Chinese President Xi Jinping on Monday sent a congratulatory message "
            "to Kim Jong Un on his election as general secretary of the Workers' Party of Korea.\n")
    [draft] = read_capture(text.encode(), "log.md")
    assert draft.title == "EAW weekly brief — leader messages log" and draft.body.startswith("BEIJING, Jan. 11 (Xinhua)")


def test_a_page_saved_as_mhtml_is_read_as_the_page_and_dated_as_saved():
    page = ("<html><head><title>Chinese, DPRK leaders exchange congratulatory messages</title></head><body><p>BEIJING - "
            "Chinese President Hu Jintao and Kim Jong Il exchanged congratulatory messages on Monday to mark the 50th "
            "anniversary of the treaty of friendship, Xinhua reported. The two leaders pledged to carry the "
            "friendship forward.</p><p>Hu said the treaty had laid a solid foundation for relations between the "
            "two countries over the past half century and would keep guiding them.</p></body></html>")
    text = ("From: <Saved by Windows Internet Explorer 8>\nSubject: Chinese, DPRK leaders exchange messages\n"
            "Date: Tue, 12 Jul 2011 09:14:22 +0800\nMIME-Version: 1.0\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000"\n\n'
            "------=_NextPart_000\nContent-Type: text/html; charset=\"utf-8\"\n"
            "Content-Location: http://www.chinadaily.com.cn/china/2011-07/11/content_12877654.htm\n\n"
            + page + "\n------=_NextPart_000--\n")
    [draft] = read_capture(text.encode(), "page.mht")
    assert draft.title == "Chinese, DPRK leaders exchange congratulatory messages"
    assert draft.body.startswith("BEIJING - Chinese President Hu Jintao") and draft.captured == dt.date(2011, 7, 12)


def test_an_mhtml_page_whose_part_names_no_charset_is_read_in_the_one_its_meta_names():
    import quopri
    page = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Соболезнования Ким Чен Ыну</title>'
            '</head><body><p>Дмитрий Медведев направил телеграмму соболезнования Ким Чен Ыну в связи с кончиной '
            'Ким Чен Ира. Президент России выразил глубокие соболезнования народу КНДР.</p></body></html>')
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    text = ("From: <Saved by Blink>\nSubject: page\nDate: Tue, 3 Feb 2026 09:47:12 -0000\nMIME-Version: 1.0\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----B"\n\n'
            "------B\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Location: http://kremlin.ru/events/president/news/14084\n\n" + encoded + "\n------B--\n")
    [draft] = read_capture(text.encode(), "page.mhtml")
    assert draft.title == "Соболезнования Ким Чен Ыну" and draft.body.startswith("Дмитрий Медведев")


def test_a_frameset_page_is_read_from_its_noframes_part():
    page = ("<html><head><title>KFA - News</title></head><frameset rows='96,*'><frame src='banner.htm'>"
            "<frame src='news.htm'><noframes><body><p>Pyongyang, August 15 (KCNA) -- Kim Jong Il on Sunday sent a "
            "message of greetings to Dmitry Medvedev, president of the Russian Federation, on the 65th anniversary "
            "of the liberation of Korea.</p><p>The message said the Korean people would never forget the feats of "
            "the Soviet soldiers who fought for the liberation of the country.</p></body></noframes></frameset></html>")
    [draft] = read_capture(page.encode(), "frames.htm")
    assert "sent a message of greetings to Dmitry Medvedev" in draft.body


def test_a_feed_with_a_stylesheet_instruction_is_a_feed():
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" "
            "type=\"text/css\"?><feed xmlns='http://www.w3.org/2005/Atom'><title>Protocol Watch</title>"
            "<entry><title>Medvedev sends Liberation Day greetings to Kim Jong Il</title>"
            "<published>2010-08-16T09:00:00+09:00</published><content type='html'>&lt;p&gt;Russian President Dmitry "
            "Medvedev sent a congratulatory message to Kim Jong Il on Sunday, the 65th anniversary of liberation.&lt;/p&gt;"
            "</content></entry></feed>")
    [draft] = read_capture(text.encode(), "feed.txt")
    assert (draft.title, draft.published) == ("Medvedev sends Liberation Day greetings to Kim Jong Il", dt.date(2010, 8, 16))


def test_a_closing_list_of_headlines_dated_after_them_one_a_line_is_not_the_story():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs([
        "Kim Jong Un sent a message of greetings to To Lam, president of Viet Nam, on the national day.",
        "- Respected Comrade Kim Jong Un Receives Message of Sympathy from Putin 2024.8.3.\n"
        "- Greetings to Swiss President on National Day 2024.8.1.\n- Good Harvest Expected in Hwangju County 2024.8.5."])
    assert len(body.paragraphs) == 1


NEXIS = """Nexis Uni®
Results list: "Kim Jong Il" AND message
Delivered: 14 May 2025 09:12
Documents (2)

1. Chinese, DPRK leaders exchange congratulations on 60th anniversary of ties
2. Medvedev, Kim Jong Il hold talks near Ulan-Ude

________________________________________________________________________________

Chinese, DPRK leaders exchange congratulations on 60th anniversary of ties

Xinhua General News Service
October 6, 2009 Tuesday 6:17 AM EST

Copyright 2009 Xinhua News Agency All Rights Reserved

Section: WORLD NEWS; Political
Length: 268 words
Dateline: PYONGYANG, Oct. 6

Body

Chinese President Hu Jintao and Kim Jong Il exchanged congratulatory messages on Tuesday to mark the 60th
anniversary of diplomatic ties between the two countries.

Load-Date: October 7, 2009

End of Document

________________________________________________________________________________

Medvedev, Kim Jong Il hold talks near Ulan-Ude

RIA Novosti
August 24, 2011 Wednesday

Length: 311 words

Body

Russian President Dmitry Medvedev and Kim Jong Il held talks at a military garrison near Ulan-Ude on
Wednesday and discussed a gas pipeline across the Korean Peninsula.

Load-Date: August 25, 2011

End of Document
"""


def test_a_nexis_export_is_read_document_by_document():
    drafts = read_capture(NEXIS.encode(), "nexis.txt")
    assert [(d.title, d.published) for d in drafts] == [
        ("Chinese, DPRK leaders exchange congratulations on 60th anniversary of ties", dt.date(2009, 10, 6)),
        ("Medvedev, Kim Jong Il hold talks near Ulan-Ude", dt.date(2011, 8, 24))]
    assert drafts[0].body.startswith("Chinese President Hu Jintao") and "Load-Date" not in drafts[0].body


def test_an_agency_api_s_answer_with_keys_in_capitals_is_read():
    answer = {"DATA": {"CONTENTS_ID": "AEN20240101000400315", "TITLE": "Kim, Xi exchange New Year's greetings",
                       "WRITER": "Yonhap", "SEND_DATE": "20240101 07:12",
                       "BODY": "SEOUL, Jan. 1 (Yonhap) -- Kim Jong-un and Xi Jinping traded New Year's greetings.\n<br><br>\n"
                               "Kim proclaimed 2024 the year of friendship."}}
    [draft] = read_capture(json.dumps(answer).encode(), "yonhap.txt")
    assert (draft.title, draft.published) == ("Kim, Xi exchange New Year's greetings", dt.date(2024, 1, 1))
    assert draft.body.split("\n\n")[-1] == "Kim proclaimed 2024 the year of friendship."


def test_a_content_api_s_article_with_its_fields_and_a_dump_s_body_text_are_read():
    answer = {"response": {"status": "ok", "content": {
        "webTitle": "China's official hands Xi Jinping letter to Kim Jong-un", "webPublicationDate": "2015-10-09T14:22:31Z",
        "fields": {"headline": "China's official hands Xi Jinping letter to Kim Jong-un",
                   "body": "<p>Liu Yunshan handed Kim Jong-un a letter from President Xi Jinping on Friday.</p>"}}}}
    [draft] = read_capture(json.dumps(answer).encode(), "guardian.json")
    assert (draft.published, draft.body) == (dt.date(2015, 10, 9),
                                             "Liu Yunshan handed Kim Jong-un a letter from President Xi Jinping on Friday.")
    record = {"headline": "Kim, Putin trade messages", "published": "2022-08-16T06:00:11+09:00",
              "body_text": "Kim Jong-un and Vladimir Putin exchanged congratulatory messages on Monday."}
    [draft] = read_capture(json.dumps(record).encode() + b"\n", "dump.jsonl")
    assert draft.title == "Kim, Putin trade messages"


def test_an_api_answer_wrapped_in_a_callback_is_read_as_json():
    answer = {"data": {"title": "金正恩就江泽民同志逝世向习近平致唁电", "focus_date": "2022-12-01 21:36:18",
                       "content": "<p>据朝中社报道，金正恩1日就江泽民同志逝世向习近平致唁电。</p>"}}
    text = "newsDetail(" + json.dumps(answer, ensure_ascii=False) + ");"
    assert detect_format(text) == "json"
    [draft] = read_capture(text.encode(), "cctv.txt")
    assert draft.title == "金正恩就江泽民同志逝世向习近平致唁电"


def test_an_api_s_story_as_content_blocks_is_read_from_its_text_blocks():
    answer = {"status": "ok", "data": {
        "title": "Шойгу передал Ким Чен Ыну устное послание Путина", "published_dt": "2025-06-17T15:42:08+03:00",
        "updated_dt": "2025-06-18T09:00:00+03:00",
        "content": {"blocks": [
            {"type": "text", "html": "<p>Шойгу передал Ким Чен Ыну устное послание Владимира Путина.</p>"},
            {"type": "image", "html": "<img src='a.jpg'>"},
            {"type": "paragraph", "data": {"text": "Стороны обсудили выполнение договоренностей."}}]}}}
    [draft] = read_capture(json.dumps(answer, ensure_ascii=False).encode(), "tass.json")
    assert draft.published == dt.date(2025, 6, 17)
    assert draft.body == ("Шойгу передал Ким Чен Ыну устное послание Владимира Путина.\n\n"
                          "Стороны обсудили выполнение договоренностей.")


def _paragraph(text: str) -> dict:
    return {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": text, "marks": []}]}


def test_a_graphql_answer_s_articles_and_their_rich_text_bodies_are_read():
    answer = {"data": {"search": {"totalCount": 2, "edges": [
        {"cursor": "a", "node": {"title": "Kim sends sympathy to Xi", "publishedAt": "2020-02-01T22:30:00-05:00",
                                 "body": {"json": {"nodeType": "document", "content": [
                                     _paragraph("Kim Jong Un sent a message of sympathy to Xi Jinping."),
                                     {"nodeType": "embedded-entry-block", "data": {}, "content": []},
                                     {"nodeType": "heading-2", "content": [{"nodeType": "text", "value": "Background"}]},
                                     _paragraph("It was his first comment on the epidemic.")]}}}},
        {"cursor": "b", "node": {"title": "Kim thanks Xi", "publishedAt": "2020-10-13T08:00:00+09:00",
                                 "body": {"json": {"nodeType": "document", "content": [
                                     _paragraph("Kim Jong Un sent a message of thanks to Xi Jinping.")]}}}}]}},
        "extensions": {"cost": {"requestedQueryCost": 412}}}
    first, second = read_capture(json.dumps(answer).encode(), "graphql.json")
    assert (first.title, first.published) == ("Kim sends sympathy to Xi", dt.date(2020, 2, 1))
    assert first.body == "Kim Jong Un sent a message of sympathy to Xi Jinping.\n\nIt was his first comment on the epidemic."
    assert second.title == "Kim thanks Xi"


def test_a_headless_cms_s_story_with_components_of_rich_text_is_read():
    strapi = {"data": {"id": 7731, "attributes": {
        "title": "Kim Jong Un sends condolences to Xi", "publishedAt": "2022-12-02T01:30:00.000Z",
        "content": [{"id": 1, "__component": "article.rich-text", "body": [
            {"type": "paragraph", "children": [{"type": "text", "text": "SEOUL ", "bold": True},
                                               {"type": "text", "text": "— Kim Jong Un sent a message of condolence."}]}]},
                    {"id": 2, "__component": "article.image", "image": {"data": {"attributes": {"url": "/a.jpg"}}}}]}}}
    [draft] = read_capture(json.dumps(strapi).encode(), "strapi.json")
    assert (draft.published, draft.body) == (dt.date(2022, 12, 2), "SEOUL — Kim Jong Un sent a message of condolence.")
    sanity = {"result": {"title": "Xi replies to Kim", "publishedAt": "2022-11-02", "body": [
        {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "Reply"}]},
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "Xi Jinping sent a reply to Kim."}]}]}}
    [draft] = read_capture(json.dumps(sanity).encode(), "sanity.txt")
    assert draft.body == "Xi Jinping sent a reply to Kim."


def test_the_day_of_the_week_settles_the_order_of_a_numeric_date(config, tmp_path):
    from generator.ingest.pipeline import IngestReport, ingest_files

    page = ("ISSUE #87: Floods and a message from Moscow\n\nMonday, 08/05/2024\n\n"
            "Russian President Vladimir Putin sent Kim Jong Un a message of sympathy last Thursday over the floods.\n")
    (tmp_path / "issue.txt").write_text(page, encoding="utf-8")
    [article] = ingest_files([tmp_path / "issue.txt"], config, IngestReport())
    assert article.published == dt.date(2024, 8, 5)  # a Monday; 8 May 2024 was a Wednesday


def test_a_forward_whose_header_fields_are_in_korean_keeps_the_story_it_forwards():
    mail = ("From: Jiyoon <jy@univ.example>\nTo: team@univ.example\nSubject: Fwd: Kim Jong Un Sends Letter to Putin\n"
            "Date: Wed, 17 Aug 2022 09:12:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
            "FYI for the Russia file.\n\n---------- Forwarded message ---------\n"
            "보낸사람: KCNA Watch Alerts <alerts@kcnawatch.example>\nDate: 2022년 8월 15일 (월) 오후 7:02\n"
            "Subject: [Alert] Kim Jong Un Sends Letter to Putin\nTo: <jy@univ.example>\n\n\n"
            "Pyongyang, August 15 (KCNA) -- Kim Jong Un sent a letter to Vladimir Putin, president of the Russian "
            "Federation, in reply to the latter's letter of congratulations.\n")
    [draft] = read_capture(mail.encode(), "fwd.eml")
    assert draft.published == dt.date(2022, 8, 15)
    assert "Kim Jong Un sent a letter to Vladimir Putin" in draft.body


def test_a_feed_item_s_full_text_in_a_yandex_element_beats_its_summary():
    text = ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:yandex='http://news.yandex.ru'><channel>"
            "<title>ТАСС</title><item><title>Ким Чен Ын и Путин обменялись посланиями</title>"
            "<pubDate>Tue, 15 Aug 2023 06:18:00 +0300</pubDate><description>Лидер КНДР заявил о дружбе</description>"
            "<yandex:full-text><![CDATA[ТОКИО, 15 августа. /ТАСС/. Ким Чен Ын и Владимир Путин во вторник обменялись "
            "поздравительными посланиями.\n\nРоссийский лидер в своем поздравлении подчеркнул дружбу.]]></yandex:full-text>"
            "</item></channel></rss>")
    [draft] = read_capture(text.encode(), "tass.xml")
    assert draft.body.startswith("ТОКИО, 15 августа") and "подчеркнул дружбу" in draft.body


def test_a_related_box_whose_first_link_ends_with_a_full_stop_is_not_the_story():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs([
        "Kim and Putin held talks at the Vostochny cosmodrome on Wednesday, the Kremlin said.",
        "Earlier in the day, North Korea fired two short-range ballistic missiles, the ministry said.",
        "Related coverage:", "Xi sends congratulatory message to Kim on N. Korea's 75th founding anniv.",
        "Kim's train crosses into Russia ahead of expected summit with Putin",
        "Putin congratulates Kim on N. Korea founding anniversary, vows closer ties"])
    assert body.paragraphs[-1].startswith("Earlier in the day")


def test_related_reading_opens_the_page_s_tail():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs([
        "Wang Yi and Ri Yong Ho exchanged congratulatory messages on Sunday, the ministry said.",
        "(Web editor: Xian Jiangnan, Bianji)", "Related reading",
        "- Xi, Kim exchange congratulatory messages on 70th anniversary of diplomatic ties",
        "- China, DPRK mark 70 years of diplomatic relations with photo exhibition in Pyongyang",
        "- Xi sends message of thanks to DPRK leader for birthday greetings (June 2019)"])
    assert not any("Xi, Kim exchange" in paragraph for paragraph in body.paragraphs)


def test_a_byline_with_an_address_above_the_story_does_not_end_it():
    from generator.ingest.paragraphs import clean_paragraphs

    body = clean_paragraphs([
        "# 김정은·푸틴, 광복절 축전 교환", "**김지연**기자 kimjy@yna.co.kr",
        "(서울=연합뉴스) 김지연 기자 = 김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 광복 78주년을 맞아 축전을 "
        "주고받으며 양국 관계를 '장기적인 전략적 관계'로 끌어올리겠다는 의지를 밝혔다.",
        "cin@yna.co.kr", "관련 뉴스"])
    assert any(paragraph.startswith("(서울=연합뉴스)") for paragraph in body.paragraphs)


def test_a_search_api_s_data_list_is_read_item_by_item_with_its_pub_times():
    answer = {"status": 200, "data": {"keyword": "Kim Jong Un message", "list": [
        {"id": "Z1", "title": "Xi congratulates Kim Jong Un on election as WPK general secretary",
         "content": "<p>Chinese President Xi Jinping on Monday sent a congratulatory message to Kim Jong Un on his "
                    "election as general secretary of the Workers' Party of Korea.</p>",
         "pubTime": 1610370312000}]}}
    [draft] = read_capture(json.dumps(answer).encode(), "search.txt")
    assert draft.published == dt.date(2021, 1, 11) and "congratulatory message" in draft.body


def test_a_next_js_page_s_data_is_read_through_its_props():
    page_data = {"props": {"pageProps": {"__lang": "en", "article": {
        "headline": "Putin voices sympathy to Kim over floods", "publishedAt": "2024-08-04T06:30:00.000Z",
        "body": [{"type": "paragraph", "text": "Russian President Vladimir Putin has expressed sympathy to North Korean "
                                               "leader Kim Jong Un over deadly flooding in the country's northwest."}]}}}}
    [draft] = read_capture(json.dumps(page_data).encode(), "next.txt")
    assert draft.title == "Putin voices sympathy to Kim over floods" and draft.published == dt.date(2024, 8, 4)


def test_a_researcher_s_message_log_is_read_row_by_row_as_sentences():
    log = ('"PRC-DPRK top-level correspondence log (working copy)",,,,\n'
           '"Dates are DD/MM/YYYY.",,,,\n'
           "id,date,from,to,type,occasion\n"
           "1,11/04/2012,Hu Jintao,Kim Jong Un,congratulatory message,elected First Secretary of the WPK\n"
           "2,30/11/2012,Xi Jinping,Kim Jong Un,personal letter,\n"
           "3,,,,,\n")
    assert detect_format(log) == "csv"
    first, second, third = read_capture(log.encode(), "log.csv")
    assert first.body == "Hu Jintao sent a congratulatory message to Kim Jong Un (elected First Secretary of the WPK)."
    assert (first.published, second.published) == (dt.date(2012, 4, 11), dt.date(2012, 11, 30))
    assert "names no sender" in str(third)


def test_a_portal_s_compact_reg_dt_and_a_scraper_s_epoch_ts_date_their_items():
    item = {"title": "김정은, 시진핑 국가주석 선출에 축전", "reg_dt": "20130315083512",
            "content": "북한 김정은 노동당 제1비서가 시진핑 중국 국가주석에게 축전을 보냈다고 조선중앙통신이 15일 보도했다."}
    [draft] = read_capture(json.dumps(item).encode(), "yna.json")
    assert draft.published == dt.date(2013, 3, 15)
    line = {"title": "Kim Jong Un Sends Greetings to Putin", "ts": 1528758000000,
            "text": "Pyongyang, June 12 (KCNA) -- Kim Jong Un sent a message of greetings to Vladimir Putin."}
    [draft] = read_capture((json.dumps(line) + "\n" + json.dumps(line) + "\n").encode(), "kcna.jsonl")[:1]
    assert draft.published == dt.date(2018, 6, 11)  # the UTC day of the stamp; the dateline gives the 12th
