"""English sentences that report a message, or only seem to: who sent what to whom."""
from __future__ import annotations

import datetime as dt
import signal

import pytest

from generator.extract.clauses import analyse, lone_answer
from generator.extract.leaders import LeaderIndex


@pytest.fixture(scope="module")
def index(config):
    return LeaderIndex(config)


@pytest.mark.parametrize("sentence, expected", [
    # Every name listed after 'from' is a sender, titles and unknown names between them.
    ("Kim Jong Un received congratulatory messages from Xi Jinping, president of the People's Republic "
     "of China, Alexander Lukashenko, president of Belarus, and Vladimir Putin, president of Russia.",
     [("xi-jinping", "kim-jong-un"), ("vladimir-putin", "kim-jong-un")]),
    ("Kim Jong Un received a message from Xi Jinping and thanked Vladimir Putin for his support.",
     [("xi-jinping", "kim-jong-un")]),
])
def test_senders_listed_after_from(index, sentence, expected):
    mentions = index.find(sentence, dt.date(2018, 9, 9), [])
    assert [(r.sender, r.recipient) for r in analyse(sentence, mentions)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # An envoy's hand-over: the leader after 'from' sends, the one handed it receives.
    ("Wang handed over to Kim Jong Un a personal letter from Xi Jinping, general secretary of the CPC.",
     [("xi-jinping", "kim-jong-un", "letter")]),
    ("Choe handed over a personal letter from Kim Jong Un to Xi Jinping.", [("kim-jong-un", "xi-jinping", "letter")]),
    ("Shoigu handed Kim Jong Un a letter from Vladimir Putin when the two met on Wednesday.",
     [("vladimir-putin", "kim-jong-un", "letter")]),
    ("Chinese President Xi Jinping on Tuesday sent North Korean leader Kim Jong Un a congratulatory message.",
     [("xi-jinping", "kim-jong-un", "congratulations")]),
    # A greeting in person is not a message.
    ("Vladimir Putin greeted Kim Jong Un at the entrance of the spaceport.", []),
    ("Kim Jong Un greeted Vladimir Putin upon his arrival in Pyongyang.", []),
    ("Kim Jong Un greeted Vladimir Putin on his birthday.", [("kim-jong-un", "vladimir-putin", "greetings")]),
    # A receive verb whose subject is no leader does not report the message talked about.
    ("Kim Jong Un's birthday greetings to Vladimir Putin were published in full, a level of attention "
     "Chinese leaders have not received this year.", []),
    ("Vladimir Putin's letter to Kim Jong Un was received on Tuesday.", [("vladimir-putin", "kim-jong-un", "letter")]),
    ("Vladimir Putin's letter to Kim Jong Un, received on Tuesday, praised the friendship.",
     [("vladimir-putin", "kim-jong-un", "letter")]),
    # What the message is called beats what it said.
    ("Kim Jong Un sent a message of sympathy to Vladimir Putin over the mine explosion, offering condolences "
     "to the families of the miners who died.", [("kim-jong-un", "vladimir-putin", "sympathy")]),
    # A habit is not one message.
    ("Xi Jinping and Kim Jong Un also exchange messages on every anniversary the calendar allows.", []),
    # A sending denied is not reported.
    ("There is no personal message from Xi Jinping to Kim Jong Un for the party anniversary.", []),
    ("State media published no comparable card from Kim Jong Un to Xi Jinping.", []),
    ("Vladimir Putin greeted Kim Jong Un with a long handshake.", []),
    # The message a sentence opens with is sent by the subject after it.
    ("In a message of thanks sent Friday, Kim Jong Un said he was deeply moved by the Russian leader's words.",
     [("kim-jong-un", "vladimir-putin", "thanks")]),
    ("Liu Yunshan met with Kim Jong Un on Friday and handed over a personal letter from Xi Jinping.",
     [("xi-jinping", "kim-jong-un", "letter")]),
    ("Shoigu “courteously handed” Kim Jong Un an autographed letter from Vladimir Putin.",
     [("vladimir-putin", "kim-jong-un", "letter")]),
    ("Kim Jong Un, in a letter to Vladimir Putin marking Russia Day, said relations had developed.",
     [("kim-jong-un", "vladimir-putin", "letter")]),
    # Subjects joined by 'and' each send one.
    ("Chinese President Xi Jinping and Russian President Vladimir Putin sent messages to North Korean leader "
     "Kim Jong-un on Saturday.", [("xi-jinping", "kim-jong-un", "message"), ("vladimir-putin", "kim-jong-un", "message")]),
    # A sending asked about is not reported.
    ("The KCNA did not mention whether Kim Jong Un sent a card to Xi Jinping, with whom he exchanged cards "
     "a year earlier.", []),
    # A denial ends with its clause: what comes after 'but' is told.
    ("Kim Jong Un did not travel to Moscow but sent Vladimir Putin a congratulatory message.",
     [("kim-jong-un", "vladimir-putin", "congratulations")]),
    ("Kim Jong Un did not travel to Moscow — the parade was postponed — but he sent Vladimir Putin a "
     "congratulatory message.", [("kim-jong-un", "vladimir-putin", "congratulations")]),
    ("Vladimir Putin did not send Kim Jong Un a message but called him.", []),
    # The one a pronoun after the verb stands for is the one named before it.
    ("Li met with Kim Jong Un and handed him a personal letter from Xi Jinping.",
     [("xi-jinping", "kim-jong-un", "letter")]),
    # Russian: the genitive after the message is its sender, the dative the one addressed.
    ("Шойгу встретился с Ким Чен Ыном и передал ему устное послание Владимира Путина.",
     [("vladimir-putin", "kim-jong-un", "verbal-message")]),
    ("Ким Чен Ын направил поздравление Владимиру Путину.", [("kim-jong-un", "vladimir-putin", "congratulations")]),
])
def test_english_clauses(index, sentence, expected):
    mentions = index.find(sentence, dt.date(2023, 7, 28), [])
    assert [(r.sender, r.recipient, r.kind) for r in analyse(sentence, mentions)] == expected


@pytest.mark.parametrize("day, sentence, expected", [
    # An office named without a country word, or with a country word only, means its holder that day.
    (dt.date(2020, 6, 13), "The Chairman of the State Affairs Commission of the DPRK sent a message of greetings "
     "to the Russian president on June 12th.", [("kim-jong-un", "vladimir-putin", "greetings")]),
    (dt.date(2025, 1, 1), "Pyongyang's leader sent New Year cards to the Kremlin chief and to Beijing's leader.",
     [("kim-jong-un", "vladimir-putin", "greetings"), ("kim-jong-un", "xi-jinping", "greetings")]),
    # A former leader named for his death does not take the office-only reference.
    (dt.date(2022, 12, 1), "A message of condolence was sent by North Korea's leader to the Chinese head of state "
     "over the death of former Chinese President Jiang Zemin.", [("kim-jong-un", "xi-jinping", "condolences")]),
    # The envoy met the one the message went to.
    (dt.date(2009, 9, 19), "Chinese State Councilor Dai Bingguo, special envoy of the Chinese head of state, met "
     "North Korean leader Kim Jong Il on Friday and conveyed a verbal message from President Hu Jintao.",
     [("hu-jintao", "kim-jong-il", "verbal-message")]),
    # The subject of the verb's own clause sends; 'him' is the other leader.
    (dt.date(2021, 1, 19), "On 11 January, the day after delegates elected Kim Jong Un general secretary, "
     "Chinese President Xi Jinping sent him a congratulatory message.",
     [("xi-jinping", "kim-jong-un", "congratulations")]),
    # A fronted clause ending with another person's name: the marker before it is not the leader's.
    (dt.date(2018, 9, 10), "On Sunday, as the North marked the 70th founding anniversary of the DPRK with a parade "
     "attended by Li Zhanshu, Kim Jong Un received a congratulatory message from Xi Jinping.",
     [("xi-jinping", "kim-jong-un", "congratulations")]),
    (dt.date(2018, 9, 10), "Kim Jong Un sent messages to Miguel Diaz-Canel, Xi Jinping and Vladimir Putin.",
     [("kim-jong-un", "xi-jinping", "message"), ("kim-jong-un", "vladimir-putin", "message")]),
    # "exchanges in all fields" are not an exchange of messages.
    (dt.date(2025, 10, 11), "Xi Jinping's message congratulated Kim Jong Un on the anniversary and said Beijing "
     "would deepen exchanges in all fields.", [("xi-jinping", "kim-jong-un", "congratulations")]),
])
def test_office_envoy_and_clause_subjects(index, day, sentence, expected):
    mentions = index.find(sentence, day, [])
    assert [(r.sender, r.recipient, r.kind) for r in analyse(sentence, mentions)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In a message of thanks sent on Sunday, Kim Jong Un said he could deeply feel the emotion.", "thanks"),
    ("Kim Jong Un sent a reply on Monday.", "reply"),
    ("In his reply on Monday, Kim Jong Un said he was moved.", "reply"),
    ("Kim Jong Un said in his message of thanks that the people were moved.", None),  # what it says
    ("Kim Jong Un sent a message of condolence on Sunday.", None),  # not an answer: whom to is unknown
    ("Kim Jong Un sent a message of thanks to the builders.", None),
])
def test_lone_answer(index, sentence, expected):
    assert lone_answer(sentence, index.find(sentence, dt.date(2024, 8, 4), [])) == expected


@pytest.mark.parametrize("sentence", [
    # The one a reply goes to is named only in the words that describe the message it answers.
    "Chinese President Xi Jinping has sent a reply to the New Year greeting card Kim Jong Un sent him, KCNA said.",
    "Xi Jinping sent a reply to Kim Jong Un's New Year card, KCNA reported.",
    "Xi Jinping sent a reply to the message sent by Kim Jong Un on Dec. 30, KCNA reported.",
])
def test_a_reply_goes_to_the_sender_of_the_message_it_answers(index, sentence):
    mentions = index.find(sentence, dt.date(2020, 1, 10), [])
    assert [(r.sender, r.recipient, r.kind) for r in analyse(sentence, mentions)] == \
        [("xi-jinping", "kim-jong-un", "reply")]


@pytest.mark.parametrize("sentence, expected", [
    # Russian: a passive sending names its sender in the instrumental, its addressee after 'в адрес'.
    ("Телеграмма с соболезнованиями в адрес президента России Владимира Путина была направлена "
     "председателем Госсовета КНДР Ким Чен Ыном накануне.", [("kim-jong-un", "vladimir-putin", "condolences")]),
    ("Телеграмма, направленная вчера Дмитрием Медведевым Ким Чен Ыну, гласит.",
     [("dmitry-medvedev", "kim-jong-un", "message")]),
    ("Путин поздравил Ким Чен Ына с Днём основания КНДР.", [("vladimir-putin", "kim-jong-un", "congratulations")]),
])
def test_russian_cases(index, sentence, expected):
    mentions = index.find(sentence, dt.date(2011, 12, 20) if "Медвед" in sentence else dt.date(2024, 3, 24), [])
    assert [(r.sender, r.recipient, r.kind) for r in analyse(sentence, mentions)] == expected


def test_gratitude_said_on_hearing_a_message_is_not_a_message_of_thanks(config):
    from generator.extract.clauses import lone_answer
    from generator.extract.leaders import LeaderIndex

    index = LeaderIndex(config)
    heard = "The KCNA said Putin listened to the message and expressed gratitude."
    assert lone_answer(heard, index.find(heard, dt.date(2024, 11, 5), [])) is None
    sent = "In a message of thanks sent on Sunday, Putin said the two countries would stand together."
    assert lone_answer(sent, index.find(sent, dt.date(2024, 11, 5), [])) == "thanks"


def test_in_it_tells_what_the_message_just_told_says(config):
    from generator.extract.leaders import LeaderIndex

    index = LeaderIndex(config)
    sentence = "In it, Kim said he was greatly shocked and expressed deep sympathy and condolences to Xi Jinping."
    mentions = index.find(sentence, dt.date(2022, 3, 23), ["kim-jong-un"])
    assert analyse(sentence, mentions) == []


def test_leaders_greeted_with_their_wives_at_the_airport_met_in_person(config):
    from generator.extract.leaders import LeaderIndex

    index = LeaderIndex(config)
    sentence = "Kim Jong Un and his wife Ri Sol Ju greeted Xi Jinping and his wife Peng Liyuan at the airport."
    assert analyse(sentence, index.find(sentence, dt.date(2019, 6, 20), [])) == []


def test_a_denied_clause_blanked_into_a_long_gap_is_searched_in_linear_time(index):
    # The denial is blanked to spaces, offsets kept; a list gap of fifty spaces once took minutes.
    sentence = ("Chinese President Xi Jinping has not sent a public message on the floods, in contrast to the message "
                "of sympathy Russian President Vladimir Putin sent Kim Jong Un over the weekend, to which Kim "
                "responded with a letter of thanks.")
    mentions = index.find(sentence, dt.date(2024, 8, 6), [])

    def too_slow(*_):
        raise TimeoutError("exponential backtracking")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(5)
    try:
        analyse(sentence, mentions)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
