"""Saved HTML pages: the date the page states for its story, not one its chrome suggests."""
from __future__ import annotations

import datetime as dt

from generator.ingest.htmlpage import read_html_page

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Jiang Zemin congratulates Kim Il Sung on his birthday</title>
<meta property="article:published_time" content="1994-04-15T09:00:00+08:00"></head>
<body><header><a class="logo" href="/">Review <span>Archive 1958&ndash;2005</span></a></header>
<main><article><h1>Jiang Zemin congratulates Kim Il Sung on his birthday</h1>
<p>A message of warm congratulations was sent to President Kim Il Sung by Jiang Zemin on Thursday, April 14,
the eve of the Korean leader's 82nd birthday, wishing him good health and a long life.</p>
<p>Jiang also expressed the hope that the Korean people would make new achievements in building their country.</p>
</article></main></body></html>"""


def test_a_story_from_before_1995_keeps_its_stamped_date_over_a_logo_year_range():
    assert read_html_page(PAGE, "page.html").published == dt.date(1994, 4, 15)


RELATED_LIST_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kim Jong Un Sends Greetings to Xi Jinping</title></head>
<body><main id="content"><article class="newstream-item">
  <div class="article-meta">
    <span class="source-badge">Korean Central News Agency (KCNA)</span>
    <time datetime="2024-10-01T09:31:52+09:00">October 1, 2024</time>
  </div>
  <h1 class="article-title">Kim Jong Un Sends Greetings to Xi Jinping</h1>
  <div class="article-content">
    <p>Pyongyang, October 1 (KCNA) -- Kim Jong Un sent a message of greetings to Xi Jinping on the occasion
of the 75th anniversary of the founding of the PRC, wishing the Chinese people fresh success.</p>
    <p>The message wished Xi Jinping good health and greater success in his responsible work.</p>
  </div>
</article>
<section class="other-articles">
  <h2>Other articles</h2>
  <ul>
    <li><a href="/newstream/1727739987/">Greetings to Putin on His Birthday</a> <time>October 7, 2023</time></li>
  </ul>
</section></main></body></html>"""


def test_the_article_s_own_time_beats_an_earlier_one_in_an_other_articles_list():
    assert read_html_page(RELATED_LIST_PAGE, "page.html").published == dt.date(2024, 10, 1)


def test_a_page_with_no_title_of_its_own_is_titled_by_its_first_heading():
    page = ("<html><head><meta name=ProgId content=OneNote.File></head><body>"
            "<p style='font-size:20pt'>Choe Ryong Hae Beijing trip</p><p>Saturday, May 25, 2013</p>"
            "<p>BEIJING, May 24 (Xinhua) -- Chinese President Xi Jinping met on Friday with Choe Ryong Hae, a special "
            "envoy of Kim Jong Un, who handed to the Chinese president a personal letter from Kim Jong Un.</p>"
            "<p>Choe told Xi that the DPRK wants to focus on developing its economy and improving people's "
            "livelihoods, and needs a peaceful external environment for that work.</p></body></html>")
    draft = read_html_page(page, "note.html")
    assert draft.title == "Choe Ryong Hae Beijing trip"
    assert "personal letter from Kim Jong Un" in draft.body


def test_a_calendar_stamp_dates_an_archived_page_over_a_guess_from_its_links():
    page = ("<html><head><title>KCNA News: Kim Jong Il Greets Russian President</title></head><body><table>"
            "<tr><td><a href='/calendar/2009/08/08-15/2009-0815-e.html'>News of the day</a></td></tr>"
            "<tr><td class='calendar'><a href='/calendar/2009/08/08-15/'>calendar&gt;&gt;</a>August 15. 2009 Juche 98</td></tr>"
            "<tr><td><p>Kim Jong Il Greets Russian President on Liberation Anniversary</p>"
            "<p>Pyongyang, August 15 (KCNA) -- General Secretary Kim Jong Il on Saturday sent a message of greetings to "
            "Dmitri Anatolievich Medvedev, president of the Russian Federation, on the occasion of the 64th anniversary "
            "of the liberation of Korea.</p></td></tr></table></body></html>")
    assert read_html_page(page, "kcna.html").published == dt.date(2009, 8, 15)


def test_a_story_glued_into_one_cell_of_a_table_layout_keeps_its_paragraphs():
    story = ["BEIJING, Oct. 6 (Xinhua) -- Chinese President Hu Jintao and Kim Jong Il, top leader of the DPRK, "
             "exchanged congratulatory messages Tuesday to mark the 60th anniversary of diplomatic ties.",
             "In his message to Kim, Hu said that the two countries have stood together through thick and thin "
             "in the six decades since they forged diplomatic relations.",
             "In his message, Kim Jong Il said the DPRK government and people highly valued the assistance the "
             "Chinese people had given to the Korean revolution and construction."]
    page = ("<html><head><title>Hu Jintao, Kim Jong Il exchange congratulatory messages</title></head><body>"
            "<table><tr><td class='topnav'><a href='/'>Home</a> | <a href='/c'>China</a> | <a href='/w'>World</a></td></tr>"
            "<tr><td class='datebar'>Wednesday, October 07, 2009</td></tr></table>"
            "<table><tr><td class='mainbody'><div class='updated'>UPDATED: 08:17, October 07, 2009</div>"
            "<h1>Hu Jintao, Kim Jong Il exchange congratulatory messages</h1><div id='p_content'>"
            + "".join(f"<p>{p}</p>" for p in story) + "</div><div class='source'>Source: Xinhua</div></td>"
            "<td class='sidebar'><h4>Most Popular</h4><ol><li><a href='#'>National Day parade</a></li></ol></td>"
            "</tr></table></body></html>")
    draft = read_html_page(page, "people.html")
    assert draft.body.split("\n\n")[:3] == story


def test_a_glued_table_layout_whose_first_block_is_bold_is_read_by_its_paragraphs():
    story = ["Pyongyang, July 11 (KCNA) -- Kim Jong Il sent a message of greetings to Hu Jintao on the occasion of "
             "the 50th anniversary of the conclusion of the DPRK-China Treaty of Friendship.",
             "The message said that the treaty had made an important contribution to guaranteeing the security of "
             "the two countries and to peace and stability in Northeast Asia over the past half a century.",
             "The message wished the Chinese people greater success in their efforts to build a socialist society."]
    page = ("<HTML><HEAD><TITLE>KCNA -- News of July 11, Juche 100 (2011)</TITLE></HEAD><BODY><TABLE><TR>"
            "<TD><FONT SIZE='2'><A HREF='../index-e.htm'>Home</A><BR><A HREF='c.htm'>Calendar</A><BR>"
            "<A HREF='../news10/index-e.htm'>&lt;&lt; July 10</A> | <A HREF='../news12/index-e.htm'>July 12 &gt;&gt;</A>"
            "</FONT></TD><TD><P><FONT SIZE='4'><B>News from Korean Central News Agency of DPRK</B></FONT><BR>"
            "<FONT SIZE='2'>July 11, Juche 100 (2011)</FONT></P><HR>"
            "<P><FONT SIZE='3'><B>Kim Jong Il Sends Message to Hu Jintao</B></FONT></P>"
            + "".join(f"<P><FONT SIZE='2'>{p}</FONT></P>" for p in story) + "</TD></TR></TABLE></BODY></HTML>")
    draft = read_html_page(page, "kcna.htm")
    assert all(p in draft.body.split("\n\n") for p in story)


def _live_blog(entries: list[tuple[str, str, str]], comments: int = 0) -> str:
    posts = "".join(f"<li class='update'><span class='ts' data-utc='{stamp}'>{stamp[11:16]}</span><h2>{head}</h2>"
                    f"<p>{text}</p></li>" for stamp, head, text in entries)
    talk = "".join(f"<div class='comment'><time datetime='2024-03-19T1{i}:00:00Z'>1{i}:00</time><p>Comment number {i} "
                   f"says nothing much.</p></div>" for i in range(comments))
    return (f"<html><head><title>Russia election 2024 live</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<ul class='updates'>{posts}</ul>{talk}</body></html>")


def test_a_live_blog_is_read_entry_by_entry_each_dated_by_its_stamp():
    from generator.ingest.htmlpage import read_html_capture

    page = _live_blog([
        ("2024-03-19T06:20:00Z", "Kim Jong Un: my warmest congratulations",
         "North Korea's state news agency KCNA has published a message from Kim Jong Un to Putin. It says Kim sent "
         "the message on Monday, congratulating the Russian leader on his victory."),
        ("2024-03-18T09:00:00Z", "Xi sends congratulations",
         "China's Xi Jinping has congratulated Putin on his re-election, Xinhua reports, and Pyongyang has not yet reacted."),
        ("2024-03-17T18:00:00Z", "Polls close",
         "Voting has ended in Kaliningrad, the last region to close, and exit polls give Putin about 87 per cent.")])
    drafts = read_html_capture(page, "live.html")
    assert [(d.title, d.published) for d in drafts] == [
        ("Kim Jong Un: my warmest congratulations", dt.date(2024, 3, 19)),
        ("Xi sends congratulations", dt.date(2024, 3, 18)), ("Polls close", dt.date(2024, 3, 17))]
    assert drafts[0].body.startswith("North Korea's state news agency KCNA has published")


def test_a_story_with_dated_comments_under_it_stays_one_article():
    from generator.ingest.htmlpage import read_html_capture

    story = ("<html><head><title>Kim congratulates Putin</title></head><body><article><h1>Kim congratulates Putin</h1>"
             "<time datetime='2024-03-19T06:20:00Z'>19 March 2024</time>"
             + "<p>Kim Jong Un sent Vladimir Putin a message of congratulations on Monday after the election, state "
               "media said, calling the result a brilliant victory for the Russian people and their leader.</p>" * 6
             + "</article>" + "".join(f"<div class='comment'><time datetime='2024-03-19T1{i}:00:00Z'>1{i}:00</time>"
                                      f"<p>Comment number {i} says nothing much.</p></div>" for i in range(4))
             + "</body></html>")
    assert len(read_html_capture(story, "story.html")) == 1


def test_a_guess_of_the_first_of_january_is_only_the_year_of_the_story():
    page = ("<html><head><title>KCNA archive</title></head><body><div class='footer'>Copyright 2010</div>"
            "<p>Pyongyang, August 15 (KCNA) -- Kim Jong Il on Sunday sent a message of greetings to Dmitry Medvedev, "
            "president of the Russian Federation, on the 65th anniversary of the liberation of Korea.</p><p>The "
            "message said the Korean people would never forget the feats of the Soviet soldiers.</p></body></html>")
    draft = read_html_page(page, "kcna.html")
    assert draft.published is None or (draft.published.month, draft.published.day) != (1, 1)


def test_a_chinese_lead_that_repeats_the_description_is_the_story_not_a_deck():
    lead = "新华社北京9月9日电　9月9日，中共中央总书记、国家主席习近平致电朝鲜劳动党总书记、国务委员长金正恩，祝贺朝鲜民主主义人民共和国成立75周年。"
    rest = "习近平在贺电中表示，值此朝鲜民主主义人民共和国成立75周年之际，向朝鲜劳动党、朝鲜政府和朝鲜人民致以热烈的祝贺。"
    page = (f'<html><head><title>习近平致电祝贺朝鲜国庆75周年</title><meta name="description" content="{lead}">'
            '<meta name="publishdate" content="2023-09-09"></head><body><h1>习近平致电祝贺朝鲜国庆75周年</h1>'
            f'<div id="detail"><p>{lead}</p><p>{rest}</p><p>{rest}</p></div></body></html>')
    assert read_html_page(page, "xinhua.html").body.startswith("新华社北京9月9日电")


def test_a_time_element_stamped_in_unix_milliseconds():
    page = ('<html><head><title>Kim, Xi trade New Year messages</title></head><body><article>'
            '<h1>Kim, Xi trade New Year messages</h1><time datetime="1704165960000">Jan. 2 12:26 JST</time>'
            '<p>North Korean leader Kim Jong Un and Chinese President Xi Jinping have exchanged New Year messages, '
            'state media said on Tuesday, in a year the two sides call a friendship year.</p></article>'
            '<ul><li><span class="c-date">Sep. 10, 2023</span> Xi sends message to Kim</li></ul></body></html>')
    assert read_html_page(page, "nhk.html").published == dt.date(2024, 1, 2)


def test_a_page_dated_only_by_its_script():
    page = ('<html><head><title>习近平致电祝贺金正恩当选朝鲜劳动党总书记</title></head><body>'
            '<h1>习近平致电祝贺金正恩当选朝鲜劳动党总书记</h1><em id="publish_time"></em><div id="js_content">'
            '<p>1月11日，中共中央总书记、国家主席习近平致电金正恩，祝贺他当选朝鲜劳动党总书记。</p>'
            '<p>习近平在贺电中表示，中朝两党两国的传统友谊历久弥坚，中方愿同朝方一道推动两国关系发展。</p></div>'
            '<script>var ct = "1610364720";</script></body></html>')
    assert read_html_page(page, "wechat.html").published == dt.date(2021, 1, 11)


def test_a_rodong_sinmun_list_of_other_articles_on_the_page_is_the_page_s_tail():
    from generator.ingest.chrome import is_tail_heading
    assert is_tail_heading("이 면의 다른 기사") and is_tail_heading("최근 신문")
    assert is_tail_heading("이전기사: 경애하는 김정은동지께서 습근평동지에게 축전을 보내시였다 (2021.10.1.)")
    assert not is_tail_heading("김정은동지께서 습근평동지에게 축전을 보내시였다")


def test_the_stamp_line_under_the_headline_dates_the_page_whatever_its_class():
    page = ("<html><head><title>胡锦涛同金正日互致贺电</title></head><body><div class='text_c'>"
            "<h1>胡锦涛同金正日互致贺电</h1><h2>庆祝中朝友好合作互助条约签订50周年</h2>"
            "<div class='sou'>2011年07月11日15:21&nbsp;&nbsp;来源：<a href='#'>新华网</a></div>"
            "<div id='p_content'><p>新华社北京7月11日电 中共中央总书记、国家主席胡锦涛和朝鲜劳动党总书记金正日当天互致贺电，"
            "热烈庆祝这一节日。胡锦涛在贺电中说，条约为巩固和发展中朝传统友谊发挥了重要作用。</p>"
            "<p>金正日在贺电中表示，朝鲜劳动党和朝鲜政府将同中国党和政府一道维护和发展这一条约精神。</p></div>"
            "<ul class='related'><li><a href='#'>胡锦涛同金正日互致贺电 庆祝中朝建交60周年</a>(2009-10-06)</li></ul>"
            "</div></body></html>")
    assert read_html_page(page, "people.html").published == dt.date(2011, 7, 11)


def test_the_date_field_under_the_headline_beats_the_day_a_site_s_top_bar_shows():
    page = ("<html><head><title>Kim Jong Un Sends Message of Condolence to Xi Jinping | KCNA Watch</title>"
            "<meta property='og:updated_time' content='2026-03-03T04:17:52+00:00'></head>"
            "<body class='single single-newstream'><header class='site-header'><div class='topbar'>"
            "<span class='today'>March 3, 2026</span></div></header><main><article class='article-single'>"
            "<h1>Kim Jong Un Sends Message of Condolence to Xi Jinping</h1>"
            "<div class='article-meta'>Date: 02/12/2022 | Source: <a href='/src'>KCNA.kp (En)</a> | "
            "<a href='/orig'>Read original version at source</a></div><div class='article-content'>"
            "<p>Pyongyang, December 2 (KCNA) -- Kim Jong Un on November 30 sent a message of condolence to Xi "
            "Jinping, general secretary of the Central Committee of the Communist Party of China.</p>"
            "<p>The message said that Jiang Zemin had worked hard to strengthen the friendship of the two "
            "countries, and that his exploits would remain for ever.</p></div></article></main></body></html>")
    assert read_html_page(page, "page.html").published == dt.date(2022, 12, 2)


def test_a_lead_paragraph_set_beside_the_headline_is_the_story_s_first():
    page = ("<html><head><title>Соболезнования Ким Чен Ыну</title></head><body><div class='event-header'>"
            "<p class='event-date'><time datetime='2011-12-19'>19 декабря 2011 года</time>, 16:45</p>"
            "<h1>Соболезнования Ким Чен Ыну в связи с кончиной Ким Чен Ира</h1>"
            "<p class='read-more'>Дмитрий Медведев направил телеграмму соболезнования Ким Чен Ыну в связи с кончиной "
            "Председателя Государственного комитета обороны КНДР Ким Чен Ира.</p></div>"
            "<div class='entry-content'><p>В послании, в частности, говорится:</p><p>«Примите глубокие соболезнования "
            "в связи с кончиной Вашего отца – выдающегося руководителя Корейской Народно-Демократической Республики "
            "Ким Чен Ира. Уверен, что связи между Россией и КНДР будут и впредь развиваться».</p></div></body></html>")
    assert read_html_page(page, "kremlin.html").body.startswith("Дмитрий Медведев направил телеграмму")


def test_a_forum_thread_is_read_post_by_post_under_each_post_s_stamp():
    from generator.ingest.htmlpage import read_html_capture

    def post(number: int, stamp: str, text: str) -> str:
        return (f"<div id='p{number}' class='post'><div class='postbody'><h3>Re: Leader-to-leader message tracker</h3>"
                f"<p class='author'>by <strong>watcher</strong> &raquo; {stamp}</p><div class='content'>{text}</div>"
                "</div></div>")

    page = ("<html><head><title>Koreanet Forums</title></head><body><div class='page-body'>"
            + post(1, "Sun Jun 12, 2022 4:48 pm", "First one of the summer, same as every year:<br><br><blockquote><div>"
                   "<cite>KCNA wrote:</cite>Pyongyang, June 12 (KCNA) -- Kim Jong Un sent a message of greetings to "
                   "Vladimir Putin on the national day of Russia.</div></blockquote>")
            + post(2, "Mon Oct 24, 2022 9:31 am", "China side, after the Party Congress:<br><br><blockquote><div>"
                   "<cite>KCNA wrote:</cite>Pyongyang, October 24 (KCNA) -- Kim Jong Un on Sunday sent a "
                   "congratulatory message to Xi Jinping upon his re-election.</div></blockquote>")
            + post(3, "Thu Dec 01, 2022 8:20 am", "Sad news from Beijing today, and the usual message followed from "
                   "Pyongyang with the customary wording about the friendship of the two parties.")
            + "</div></body></html>")
    drafts = read_html_capture(page, "thread.html")
    assert [d.published for d in drafts] == [dt.date(2022, 6, 12), dt.date(2022, 10, 24), dt.date(2022, 12, 1)]
    assert any(paragraph.startswith("Pyongyang, October 24 (KCNA)") for paragraph in drafts[1].body.split("\n\n"))


def test_a_stamp_class_is_found_in_any_case_and_the_story_s_beats_the_site_bar_s():
    page = ("<html><head><title>Rodong Sinmun</title></head><body><div class='date_top'>Mar. 24,Juche 112 (2023) "
            "Friday</div><div class='news_title'><p class='ListNewsLineDate'>Politics&nbsp;&nbsp;2023.1.23.</p>"
            "<p>Respected Comrade Kim Jong Un Receives Reply Message from Chinese President</p></div>"
            "<div class='content'><p>Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea, "
            "received on Jan. 17 a reply message from Xi Jinping, general secretary of the Central Committee of the "
            "Communist Party of China.</p><p>Xi Jinping in the message expressed thanks for the condolences.</p>"
            "</div></body></html>")
    assert read_html_page(page, "rodong.htm").published == dt.date(2023, 1, 23)
