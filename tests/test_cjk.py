"""Chinese, Korean and Japanese reports of messages: the verb or particle decides who sent what to whom."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.cjk import kind_of
from generator.extract.clauses import analyse
from generator.extract.leaders import LeaderIndex


@pytest.fixture(scope="module")
def index(config):
    return LeaderIndex(config)


@pytest.mark.parametrize("sentence, expected", [
    ("国家主席习近平10月10日致电朝鲜劳动党委员长金正恩，热烈祝贺朝鲜劳动党成立75周年。",
     [("xi-jinping", "kim-jong-un", "congratulations")]),
    ("金正恩向习近平致慰问电，对四川地震表示慰问。", [("kim-jong-un", "xi-jinping", "sympathy")]),
    ("金正恩收到习近平的复电。", [("xi-jinping", "kim-jong-un", "reply")]),
    ("金正恩同老挝领导人通话。", []),
    # A's letter to B, after 的; a New Year's 贺电 is a greeting; Korean names glossed in Chinese characters.
    ("刘云山会见金正恩，转交了中共中央总书记、国家主席习近平致金正恩的亲署函。", [("xi-jinping", "kim-jong-un", "letter")]),
    # B's title before 的; the letter handed over, not the greetings conveyed beside it.
    ("栗战书转交了习近平总书记给金正恩委员长的亲笔信，并转达了习近平总书记的亲切问候。",
     [("xi-jinping", "kim-jong-un", "letter")]),
    # The one whose election it congratulates, named in the clause 'B이 … 추대된 것을 축하하는'.
    ("시진핑(習近平) 중국 국가주석 겸 공산당 총서기가 김정은 북한 국방위원회 제1위원장이 제7차 노동당 대회에서 노동당 "
     "위원장에 추대된 것을 축하하는 축전을 보냈다고 조선중앙통신이 10일 보도했다.", [("xi-jinping", "kim-jong-un", "congratulations")]),
    # The subject exchanged with the one '과' joins; Korean short names ('김 위원장은'); a denial; the one
    # a relative clause says sent the letter ('친서를 보내준 시 주석에게') is not sent one.
    ("김정은 북한 국무위원장이 새해를 맞아 시진핑(習近平) 중국 국가주석과 연하장을 주고받았다고 조선중앙통신이 1일 보도했다.",
     [("kim-jong-un", "xi-jinping", "greetings"), ("xi-jinping", "kim-jong-un", "greetings")]),
    ("김정은 위원장은 이와 함께 블라디미르 푸틴 러시아 대통령에게도 연하장을 보냈다.", [("kim-jong-un", "vladimir-putin", "greetings")]),
    ("다만 푸틴 대통령과 김정은 위원장 사이의 별도 메시지 교환은 20일 오전까지 공개되지 않았다.", []),
    ("김정은 위원장은 따뜻한 친서를 보내준 시진핑 주석에게 감사를 표했다.", []),
    ("김정은 북한 국무위원장이 수해와 관련해 위문 전문을 보내온 블라디미르 푸틴 러시아 대통령에게 감사의 뜻을 전했다.", []),
    # A topic ('就…逝世，') before the one addressed, in traditional characters.
    ("朝鮮勞動黨總書記金正恩12月1日就中國前國家主席江澤民逝世，向中共中央總書記、國家主席習近平致唁電。",
     [("kim-jong-un", "xi-jinping", "condolences")]),
    # '复电' is a reply whatever it thanks for; '致口信' a verbal message.
    ("习近平24日复电朝鲜劳动党总书记、国务委员长金正恩，感谢他日前就东方航空航班坠毁事故向中方表示慰问。",
     [("xi-jinping", "kim-jong-un", "reply")]),
    ("金正恩7日向中共中央总书记、国家主席习近平致口信，祝贺中国党和人民取得重大战略成果。",
     [("kim-jong-un", "xi-jinping", "verbal-message")]),
    # '신임 총서기에게' (to the new general secretary).
    ("북한의 김정은 노동당 제1비서가 시진핑(習近平) 중국 공산당 신임 총서기에게 축전을 보냈다고 조선중앙통신이 16일 보도했다.",
     [("kim-jong-un", "xi-jinping", "congratulations")]),
    # North Korean spelling: '년하장' (New Year card), '뿌찐' (Putin).
    ("경애하는 김정은동지께서 새해 2025년에 즈음하여 로씨야련방 대통령 울라지미르 울라지미로위치 뿌찐동지에게 년하장을 보내시였다.",
     [("kim-jong-un", "vladimir-putin", "greetings")]),
    # '向B致新年贺卡': a card sent to B.
    ("金正恩当天向中共中央总书记、国家主席习近平致新年贺卡，祝愿中国党和人民取得更大成就。",
     [("kim-jong-un", "xi-jinping", "greetings")]),
    # An envoy, titled as the sender's, meets the one addressed and hands over the sender's letter.
    ("习近平总书记特别代表栗战书9日在平壤会见国务委员会委员长金正恩，转交了习近平总书记的亲笔信。",
     [("xi-jinping", "kim-jong-un", "letter")]),
    ("习近平同朝鲜劳动党总书记金正恩互致新年贺电。",
     [("xi-jinping", "kim-jong-un", "greetings"), ("kim-jong-un", "xi-jinping", "greetings")]),
    ("김정은 국무위원장이 시진핑(習近平) 중국 국가주석에게 조전을 보냈다.", [("kim-jong-un", "xi-jinping", "condolences")]),
    ("김정은 국무위원장과 시진핑(習近平) 중국 국가주석이 6일 축전을 교환했다.",
     [("kim-jong-un", "xi-jinping", "congratulations"), ("xi-jinping", "kim-jong-un", "congratulations")]),
    # The one whose election the message celebrates is the one addressed.
    ("시진핑(習近平) 중국 국가주석이 김정은 북한 노동당 제1비서의 '노동당 위원장' 추대를 축하하는 축전을 보냈다.",
     [("xi-jinping", "kim-jong-un", "congratulations")]),
    # Traditional characters, as Taiwan and Hong Kong write them.
    ("中國國家主席習近平23日致電北韓國務委員長金正恩，祝賀他再度當選黨總書記。", [("xi-jinping", "kim-jong-un", "congratulations")]),
    ("김정은 북한 노동당 총비서가 창당 100주년을 맞아 시진핑(習近平) 중국 공산당 총서기 겸 국가주석에게 축전을 보냈다.",
     [("kim-jong-un", "xi-jinping", "congratulations")]),
    ("김정은 북한 국무위원장이 시진핑(習近平) 중국 국가주석의 3연임을 축하했다.", [("kim-jong-un", "xi-jinping", "congratulations")]),
    ("中国の習近平国家主席とロシアのプーチン大統領がそれぞれ金正恩朝鮮労働党総書記に祝電を送った。",
     [("xi-jinping", "kim-jong-un", "congratulations"), ("vladimir-putin", "kim-jong-un", "congratulations")]),
    # Japanese: に marks the one addressed, から the sender.
    ("北朝鮮のキム・ジョンウン（金正恩）総書記は習近平国家主席に祝電を送りました。",
     [("kim-jong-un", "xi-jinping", "congratulations")]),
    ("キム・ジョンウン総書記はプーチン大統領から弔電を受け取りました。", [("vladimir-putin", "kim-jong-un", "condolences")]),
    # An envoy hands one leader the other's letter.
    ("崔龙海向习近平转交了金正恩第一书记的亲笔信。", [("kim-jong-un", "xi-jinping", "letter")]),
    # An envoy of one who met the other and handed over a letter.
    ("시진핑(習近平) 중국 국가주석의 특별대표로 참석한 리잔수(栗戰書) 전인대 상무위원장이 전날 평양에서 김정은 국무위원장을 "
     "만나 시 주석의 친서를 전달했다고 조선중앙통신이 10일 보도했다.", [("xi-jinping", "kim-jong-un", "letter")]),
    # The one whose letter was received sent it.
    ("김정은 제1비서가 리젠궈 일행을 접견하고 시진핑(習近平) 당 총서기의 친서를 전달받았다고 조선중앙통신이 1일 보도했다.",
     [("xi-jinping", "kim-jong-un", "letter")]),
    # Readings and offices glossed in brackets after the name and after its title.
    ("金正恩（キム・ジョンウン）朝鮮労働党総書記は1日、江沢民（こう・たくみん）元国家主席が死去したことを受け、"
     "習近平（しゅう・きんぺい）国家主席（共産党総書記）に弔電を送った。", [("kim-jong-un", "xi-jinping", "condolences")]),
    ("中共中央总书记、国家主席胡锦涛和朝鲜劳动党总书记、国防委员会委员长金正日11日互致贺电。",
     [("hu-jintao", "kim-jong-il", "congratulations"), ("kim-jong-il", "hu-jintao", "congratulations")]),
    ("朝鲜劳动党总书记、国务委员长金正恩1日就江泽民同志逝世向中共中央总书记、国家主席习近平致唁电。",
     [("kim-jong-un", "xi-jinping", "condolences")]),
    ("今天，国家主席习近平同朝鲜劳动党委员长、国务委员会委员长金正恩互致贺电，庆祝两国建交70周年。",
     [("xi-jinping", "kim-jong-un", "congratulations"), ("kim-jong-un", "xi-jinping", "congratulations")]),
    ("김정은동지께서 습근평동지에게 축전을 보내시였다.", [("kim-jong-un", "xi-jinping", "congratulations")]),
    ("김정은 위원장은 푸틴 대통령으로부터 축전을 받았다.", [("vladimir-putin", "kim-jong-un", "congratulations")]),
    ("푸틴 대통령은 김정은 국무위원장에게 생일 축전을 보냈다.", [("vladimir-putin", "kim-jong-un", "congratulations")]),
    ("김정은 위원장은 푸틴 대통령과 회담했다.", []),
    ("김정은 국무위원장이 7일 푸틴 러시아 대통령에게 축전을 보냈다.", [("kim-jong-un", "vladimir-putin", "congratulations")]),
    ("김정은 국무위원장이 푸틴 러시아 대통령의 71번째 생일을 맞아 7일 축전을 보냈다.",
     [("kim-jong-un", "vladimir-putin", "congratulations")]),
    ("김정은 국무위원장이 시진핑 중국 국가주석과 블라디미르 푸틴 러시아 대통령에게 연하장을 보냈다.",
     [("kim-jong-un", "xi-jinping", "greetings"), ("kim-jong-un", "vladimir-putin", "greetings")]),
    # 'A向B发出贺电', and B one of a list, in traditional characters (Hong Kong)
    ("普京向金正恩发去贺电。", [("vladimir-putin", "kim-jong-un", "congratulations")]),
    # the one whose election it congratulates, named before '추대를 축하하는'
    ("후진타오 중국 국가주석이 김정은 북한 노동당 제1비서 추대를 축하하는 축전을 보냈다.",
     [("hu-jintao", "kim-jong-un", "congratulations")]),
    ("普京亦向印度總理莫迪、北韓最高領導人金正恩、白俄羅斯總統盧卡申科等人發出新年賀電。",
     [("vladimir-putin", "kim-jong-un", "greetings")]),
])
def test_cjk_clauses(index, sentence, expected):
    mentions = index.find(sentence, dt.date(2020, 10, 10), [])
    assert [(r.sender, r.recipient, r.kind) for r in analyse(sentence, mentions)] == expected


def test_korean_subjects_joined_by_and_each_send(index):
    sentence = ("시진핑(習近平) 중국 국가주석과 블라디미르 푸틴 러시아 대통령이 북한 정권수립 75주년을 맞아 "
                "김정은 국무위원장에게 각각 축전을 보냈다고 조선중앙통신이 10일 보도했다.")
    mentions = index.find(sentence, dt.date(2023, 9, 10), [])
    assert sorted((r.sender, r.recipient) for r in analyse(sentence, mentions)) == \
        [("vladimir-putin", "kim-jong-un"), ("xi-jinping", "kim-jong-un")]


@pytest.mark.parametrize("sentence", [
    "北韓國務委員長金正恩9日致電中國國家主席習近平，對習近平祝賀他連任勞動黨總書記表示感謝。",
    "김정은 위원장은 시진핑 주석이 재추대를 축하해준 데 대해 감사를 표했다.",
])
def test_thanks_for_congratulations_are_thanks(sentence):
    assert kind_of(sentence) == "thanks"
