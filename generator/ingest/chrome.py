"""Page chrome as data: the words that mark navigation, widgets, related lists and blurbs.

Kept as vocabularies (as trafilatura keeps its XPath tokens) so that a new outlet's chrome is
a word added here, not a rule written for one file. Matching is on whole, short lines.
"""
from __future__ import annotations

import re

from generator.text import word_count


def _alternation(*phrases: str) -> str:
    if not phrases:
        raise ValueError("empty vocabulary")
    return "|".join(phrases)


# A line that opens a tail of related links, widgets or comments: nothing after it is article.
TAIL_HEADINGS = re.compile(
    # after a bracketed label or a mark ('▼関連記事', '■ Related')
    r"^\s*(?:\[[^\]]{1,20}\]\s*|[▼▽▲■□◆◇●○★☆▶►※]\s*)?(?:" + _alternation(
        r"more\s+(?:from|articles|stories|news|on this|in)\b.*",
        r"(?:most\s+)?(?:popular|read|viewed|shared)(?:\s+(?:now|news|stories|articles|today))?",
        r"latest(?:\s+(?:stories|news|articles|posts|headlines))?",
        r"related(?:\s+(?:articles?|stories|news|posts|content|coverage|topics|readings?))?",
        r"you\s+(?:may|might)\s+(?:also\s+)?like",
        r"recommended(?:\s+(?:for you|stories|articles))?",
        r"must[- ]reads?", r"trending(?:\s+now)?", r"top\s+stories", r"editor'?s\s+picks?",
        r"read\s+(?:more|also|next)\b.*", r"see\s+also", r"also\s+read\b.*",
        r"comments?\s*\(?\d*\)?", r"\d+\s+comments?", r"leave\s+a\s+(?:comment|reply)",
        r"share(?:\s+(?:it|this)(?:\s+(?:article|story|post))?)?(?:\s+on)?\s*(?:\.\.\.|…|:)?",
        r"follow\s+us(?:\s+on\b.*)?", r"subscribe\b.*", r"sign\s+up\b.*", r"newsletter\b.*",
        r"tags?\s*:.*", r"topics?\s*:.*", r"filed\s+under\b.*",
        r"copyright\b.*", r"[©ⓒ].*", r"all\s+rights\s+reserved\.?", r"무단\s*전재.*", r"authors?",
        r"most\s+(?:read|viewed|popular|shared)\b.{0,30}", r"top\s+news",
        r"previous\s+(?:article|post|story)\b.*", r"next\s+(?:article|post|story)\b.*",
        r"about\s+the\s+author", r"advertisement", r"sponsored(?:\s+content)?",
        r"(?:related|more)\s+coverage", r"keywords?", r"most\s+(?:liked|saved|commented|emailed)",
        r"(?:explore|more)\s+(?:more\s+)?on\s+(?:these|this)\s+topics?", r"recent\s+posts",
        r"(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*", r"our\s+standards\s*:.*",
        r"(?:search\s+)?trends", r"popular\s+readings?", r"other\s+(?:articles|stories|news)(?:\s+(?:in|from|on)\s+(?:this|the)\s+\w+)?",
        r"discussion\s+about\s+this\s+post", r"ready\s+for\s+more\??", r"\d+\s+likes?",
        r"edited\s+by\b.*", r"share\s+this\s+(?:article|story|post)\b.*", r"get\s+the\s+newsletter",
        # other languages: Russian, Korean, Japanese, Chinese
        r"комментарии(?:\s*\(\d+\))?", r"самое\s+(?:читаемое|популярное)", r"читать\s+.{1,30}\s+в\s+\S+",
        r"также\s+по\s+теме\b.*", r"материалы\s+по\s+теме\b.*", r"читайте\s+также\b.*", r"главное", r"главные\s+новости", r"лента\s+новостей",
        r"관련\s*기사.*", r"많이\s*본\s*(?:기사|뉴스)", r"인기\s*기사", r"댓글.*",
        r"(?:이\s*면의\s*)?다른\s*기사", r"최근\s*신문", r"(?:이전|다음)\s*기사\s*:.*",
        r"関連(?:ニュース|記事).*", r"この記事を読んだ人に.*", r"おすすめ.*", r"アクセスランキング",
        r"相关(?:新闻|阅读|报道|专题|链接).*", r"相關(?:新聞|閱讀|報導|專題|連結).*", r"延伸阅读", r"延伸閱讀",
        r"推荐阅读", r"热点新闻", r"熱門新聞", r"关注公众号.*",
    ) + r")\s*:?\s*$",
    re.IGNORECASE,
)

# The names a site's language switcher lists, in English and in their own script.
_LANGUAGES = _alternation(
    r"english", r"korean", r"chinese", r"russian", r"spanish", r"french", r"german", r"japanese", r"arabic",
    r"español", r"français", r"deutsch", r"русский", r"中文", r"简体中文", r"繁體中文", r"한국어", r"조선어", r"日本語",
    r"عربي", r"العربية",
)

_CN_TOOLBAR_ITEM = (r"(?:[【\[]?\s*字号\s*[：:]?\s*大\s*中\s*小\s*[】\]]?|打印(?:本页|此页)?|关闭(?:本页|窗口)|收藏|纠错|"
                    r"分享到\s*[：:]?|微信|微博|QQ空间|QQ|朋友圈)")

# Whole lines that are widgets or navigation wherever they stand.
CHROME_LINES = re.compile(
    r"^\s*(?:" + _alternation(
        r"(?:quick|direct|skip)\s+(?:access|to)\b.*(?:main|content|navigation).*",
        r"home(?:\s*[>/|»›]\s*.*)?", r"menu", r"search", r"log\s*in", r"sign\s+in", r"close",
        r"print(?:\s+this)?", r"e-?mail(?:\s+this)?", r"facebook", r"twitter", r"x", r"telegram",
        r"whatsapp", r"linkedin", r"reddit", r"copy\s+link", r"font\s+size.*", r"listen(?:\s+to\s+this.*)?",
        r"read\s+original\s+version\s+at\s+source", r"photo\s*:?", r"video\s*:?", r"advertisement",
        r"\d+\s*(?:min(?:ute)?s?)\s+read", r"views?\s*:?\s*\d+", r"\d+\s+views?", r"\d{1,6}",
        r"latest", r"breaking(?:\s+news)?", r"updated?", r"top",
        r"copied", r"reuse\s+this\s+content", r"print\s+subscriptions?", r"accept(?:\s+all)?(?:\s+cookies)?",
        r"(?:manage|cookie)\s+(?:preferences|settings|cookies)", r"this\s+article\s+is\s+more\s+than\s+\d+\s+\w+\s+old",
        r"source\(s\)\s*:.{1,60}", r"(?:related|read\s+(?:more|also)|see\s+also)\s*:\s*.{1,100}",
        r"(?:posted|written)\s+by\s+\S+(?:\s+\S+){0,3}",
        # WordPress shortcodes left in the text: [mc4wp_form id="12"]
        r"\[[a-z][\w-]*(?:\s[^\]]{0,80})?\]",
        # feed and agency footers, credits and editor lines
        r"the\s+post\s+.{1,200}\s+appeared\s+first\s+on\s+.{1,80}", r"\[?editor\s*:\s*[\w ,.'-]{1,40}\]?",
        r"==\s*\w[\w ]{0,30}", r"\[(?:photo|image)\s*/\s*[\w ]{1,30}\]", r"share\s*[-–—:]\s*\w+",
        r"download\s+pdf", r"[（(【]\s*(?:责编|责任编辑|编辑|責任編集|編集)\s*[：:].{1,40}[）)】]", r"(?:credit|image|photo)\s*:\s*\S.{0,60}",
        # other languages
        r"подписаться", r"поделиться", r"перейти\s+в\s+фотобанк", r"shared?|シェアする|분享到：?|分享到：?|공유하기",
        # a Chinese page's toolbar: '【字号 大 中 小】 打印本页 关闭窗口'; its share bar: '分享到： 微信 微博 QQ空间'
        rf"{_CN_TOOLBAR_ITEM}(?:\s*{_CN_TOOLBAR_ITEM})*",
        r"\d+\s*(?:likes?|restacks?|comments?|shares?)", r"[∙·•]",
        # a row of buttons: '[Print] [PDF] [Email] [Tweet] [Like 41]'
        r"(?:\[[^\]\n]{1,20}\]\s*){2,}",
        # a messenger post's counters: views, then forwards ('👁 4.5K   🔁 61')
        r"👁\s*[\d.,]+[kmкм]?(?:\s+🔁\s*[\d.,]+[kmкм]?)?",
        # a language switcher: 'English Korean Chinese Russian Spanish', 'English | 中文 | Русский'
        r"(?:(?:" + _LANGUAGES + r")\s*[|/·•,]?\s*){2,}",
        # a breadcrumb trail: 'Politics > North Korea', '人民网 >> 国际 >> 正文'
        r"[^\s>»›]{1,25}(?:\s[^\s>»›]{1,25}){0,2}(?:\s*(?:>>?|»|›)\s*[^\s>»›]{1,25}(?:\s[^\s>»›]{1,25}){0,2}){1,4}",
    ) + r")\s*$",
    re.IGNORECASE,
)

# Marks that state media put at the end of a story.
END_MARK = re.compile(r"\s*(?:-0-|\(END\)|\[END\]|[-–—]\s*END\s*[-–—]|-?END-|/{3}|[■□◆◇▪])\s*$")

# A photo caption: a credit at the end ("... / Xinhua News Agency", "(Photo: Yonhap)") or a
# "Photo:" prefix. Captions describe a picture, not the news.
CAPTION = re.compile(
    r"(?:\s/\s*[A-Z][\w.&' -]{1,40}$)"
    r"|(?:^\s*[\[(]?(?:photo|file photo|image|picture|pictured)\b[^\n]{0,60}[:)\]])"
    r"|(?:^\s*(?:this|the|a|an)\s+(?:file\s+|undated\s+|handout\s+)?(?:photo|picture|image|screenshot)\b"
    r"[^\n]{0,40}\b(?:shows|taken|provided|released|captured|shared)\b)"
    r"|(?:\bphotograph\s*:\s*[^\n]{1,60}$)"
    r"|(?:^\s*\((?:[A-Z][\w.&-]*\s?){1,4}\)\s*$)"
    r"|(?:\((?:photo|image)\s*(?::|by|courtesy of)[^)]*\)\s*$)"
    r"|(?:^\s*\((?:[A-Z][\w]+\s?){1,3}/[A-Z][\w ]+\)\s*$)"
    # '... shows Xi and Kim in Pyongyang. (Xinhua/Ju Peng)': an agency/photographer credit closing a line
    r"|(?:\((?:[A-Z][\w]+\s?){1,3}/[A-Z][\w .'-]{1,40}\)\s*$)"
    r"|(?:^\s*(?:file\s+)?(?:photo|picture|image)\s+taken\b[^\n]{0,120}\bshows?\b)"
    r"|(?:^\s*(?:main|top|lead|header|featured)\s+(?:image|photo|picture)\s*:)"
    r"|(?:^[^\n]{0,160}[.)]\s*(?:photo|image|picture)\s*:\s*[^\n.]{1,40}$)"
    r"|(?:^\s*[（(](?:写真|사진|照片|图)\s*[：:][^\n]{0,80}[）)]\s*$)"
    r"|(?:^\s*(?:item\s+\d+\s+of\s+\d+|\[\d+/\d+\])[^\n]*)"
    r"|(?:purchase\s+licensing\s+rights)",
    re.IGNORECASE,
)

# Words a publisher uses to describe itself in the blurb at the foot of a page.
BLURB_NOUNS = re.compile(
    r"\b(?:magazine|media(?:\s+(?:house|platform|outlet|group|company))?|newspaper|news\s+(?:agency|site|portal|outlet|network|service)|"
    r"platform|publication|outlet|broadcaster|portal|journal|think[- ]tank)\b",
    re.IGNORECASE,
)
BLURB_CLAIMS = re.compile(
    r"\b(?:premier\s+(?:[\w-]+\s+){0,3}?(?:magazine|media|newspaper|news|source|publication|outlet|platform|portal|journal)|"
    r"leading|independent|since\s+(?:its\s+)?(?:inception|founding|\d{4})|founded\s+in|"
    r"dedicated\s+to|committed\s+to|providing|offers?|offering|at\s+the\s+forefront|our\s+(?:mission|homepage|website)|"
    r"for\s+more\s+news|visit\s+our)\b",
    re.IGNORECASE,
)

EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")
# A bare address, or a Markdown link whose only text is an address: "visit our homepage" tails.
URL_ONLY = re.compile(r"^\s*(?:<?(?:https?://|www\.)\S+|\[(?:https?://|www\.)[^\]]*\]\([^)]*\))\s*$", re.IGNORECASE)


# Headings of boxes that sites also set inside the story ('Read also', 'Related coverage:',
# 'Subscribe to ...', 'READ MORE: <headline>'): when prose resumes after a few lines, the box is
# skipped rather than taken for the start of the page's tail.
INLINE_BOX = re.compile(
    r"^\s*(?:" + _alternation(
        r"read\s+(?:more|also)\b.*", r"also\s+read\b.*", r"see\s+also\b.*",
        r"related(?:\s+(?:articles?|stories|news|posts|content|coverage|readings?))?\s*:?.*",
        r"(?:related|more)\s+coverage\s*:?.*", r"subscribe\b.*", r"sign\s+up\b.*", r"newsletter\b.*",
        r"advertisement", r"sponsored(?:\s+content)?",
        r"также\s+по\s+теме\b.*", r"материалы\s+по\s+теме\b.*", r"читайте\s+также\b.*", r"관련\s*기사.*", r"関連(?:ニュース|記事).*",
        r"相关(?:新闻|阅读|报道).*",
    ) + r")\s*$",
    re.IGNORECASE,
)

COPYRIGHT_LINE = re.compile(r"^\s*(?:copyright\b|©|ⓒ|\(c\)\s)", re.IGNORECASE)


# Footers feeds and scrapers append to every item, whatever their length.
FOOTER_SENTENCE = re.compile(r"^\s*the\s+post\s+.{1,300}\s+appeared\s+first\s+on\s+.{1,120}$", re.IGNORECASE)

# A header line that records where and when the page was saved: 'Saved from URL on 14/09/2023 01:30'.
# Also the moment first, in brackets: '[saved 2019-02-11 14:03 UTC from http://...]'.
# 'Сохранено: 03.03.2014 14:27': the moment alone, in the saver's language.
SAVED_ABROAD = r"сохранен[оа]?|保存(?:日时|日時|于)?|저장(?:일|됨)?"  # 'saved' in Russian, Chinese/Japanese, Korean
SAVED_FROM = re.compile(rf"^\s*\[?\s*(?:saved|captured|archived|retrieved|clipped|{SAVED_ABROAD}):?\s*(?:"
                        r"(?:from\s+)?(?P<url>https?://[^\s\]]+)(?:\s+(?:on|at)\s+(?P<when>[^\]]{6,60}))?|"
                        r"(?:on\s+|at\s+)?(?P<stamp>\d[\d./-]{5,9}\d(?:[ T]\d\d?:\d\d(?::\d\d)?)?(?:\s*(?:UTC|GMT|Z|KST|MSK))?)"
                        # 'Captured: 20/12/2011 03:41 GMT  --  hosted2.ap.org/...': a saver's line, the address bare
                        r"(?:\s+(?:from|--|—|\|)\s+(?P<stamp_url>(?:https?://)?[\w-]+(?:\.[\w-]+)+/[^\s\]]*))?)\s*\]?\s*$",
                        re.IGNORECASE)


# A labelled tail that runs on in one line: 'Filed under: China, Diplomacy. Related: <headline> | <headline>'.
_LABELLED_TAIL = re.compile(r"^\s*(?:filed\s+under|tags?|topics?|related(?:\s+(?:articles?|stories|news|posts))?)\s*:",
                            re.IGNORECASE)


def is_tail_heading(line: str) -> bool:
    return (len(line) <= 80 or (len(line) <= 400 and bool(_LABELLED_TAIL.match(line)))) and bool(TAIL_HEADINGS.match(line))


# A cookie banner: 'We use cookies to improve your experience ... you agree to our use of cookies. [ OK ]';
# and the consent framework's longer one: 'We and our 214 partners store and/or access information on
# a device, such as cookies, and process personal data ...'.
COOKIE_NOTICE = re.compile(r"^(?=.{0,400}$)(?:.*\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b|"
                           r".*\bcookies?\b.{0,160}\b(?:you\s+agree|you\s+consent|accept)\b)|"
                           r"^(?=.{0,900}$).*\bwe\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.{0,200}\bcookies\b",
                           re.IGNORECASE)


def is_chrome_line(line: str) -> bool:
    return (len(line) <= 100 and bool(CHROME_LINES.match(line))) \
        or ("cookie" in line.lower() and bool(COOKIE_NOTICE.match(line))) or is_menu(line)


# '新华网 | 首页 | 时政 | 国际 | 财经 | English': a site's menu of section links, long only when
# counted in Chinese characters. One longer segment may be the next line of links glued on.
_MENU_SEPARATOR = re.compile(r"\s*[|｜]\s*")


def is_menu(line: str) -> bool:
    if "|" not in line and "｜" not in line:  # most lines: one segment is no menu
        return False
    segments = [segment for segment in _MENU_SEPARATOR.split(line) if segment.strip()]
    short = sum(word_count(segment) <= 3 for segment in segments)
    return short >= 4 and short >= len(segments) - 1


# Words every pattern of BLURB_NOUNS and CAPTION holds: substring tests spare most paragraphs the
# regex searches, which try every alternative at every position.
_BLURB_HINTS = ("magazine", "media", "news", "platform", "publication", "outlet", "broadcaster", "portal",
                "journal", "think")
_CAPTION_HINTS = ("/", "(", "（", "photo", "image", "picture", "screenshot", "item", "licensing")


def is_caption(text: str) -> bool:
    lower = text.lower()
    return any(hint in lower for hint in _CAPTION_HINTS) and bool(CAPTION.search(text))


def is_blurb(paragraph: str) -> bool:
    """A publisher describing itself: a media noun and a self-praising or promotional claim."""
    lower = paragraph.lower()
    return any(hint in lower for hint in _BLURB_HINTS) and bool(BLURB_NOUNS.search(paragraph)) and bool(BLURB_CLAIMS.search(paragraph)) \
        and not REPORTING.search(paragraph)


# A paragraph that cites what someone reported is news, not the publisher praising itself.
REPORTING = re.compile(r"\b(?:reported|said|says|according\s+to|quoted|announced)\b", re.IGNORECASE)


def blurb_publisher(paragraph: str) -> str | None:
    """The name a blurb opens with: 'The Diplomatic Insight, Pakistan's premier ...'."""
    m = re.match(r"^\s*\**([A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*){0,5})\**\s*(?:,|\s[–—-]\s|\sis\b|\(|$)", paragraph)
    return m.group(1).strip() if m else None
