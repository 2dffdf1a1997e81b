"""English sentences that report a message, or only seem to: who sent what to whom."""
from __future__ import annotations

import datetime as dt

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
    # A sending asked about is not reported.
    ("The KCNA did not mention whether Kim Jong Un sent a card to Xi Jinping, with whom he exchanged cards "
     "a year earlier.", []),
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
