"""Pages set in two columns, as a PDF converted with its layout gives them: read column by column."""
from __future__ import annotations

import textwrap

from hypothesis import given, strategies as st

from generator.ingest.columns import join_wrapped, split_columns
from generator.ingest.textpage import read_text_capture

LEFT = ("General Secretary Kim Jong Il and Chinese President Hu Jintao exchanged congratulatory messages on "
        "July 11 on the occasion of the 50th anniversary of the signing of the DPRK-China Treaty of Friendship, "
        "Cooperation and Mutual Assistance.")
RIGHT = ("Kim Jong Il, chairman of the DPRK National Defence Commission, sent a message of greetings on July 11 "
         "to Tsakhiagiin Elbegdorj, President of Mongolia, on the 90th anniversary of the People's Revolution.")


def _side_by_side(left: str, right: str, width: int = 38, gap: int = 6) -> str:
    lefts, rights = textwrap.wrap(left, width), textwrap.wrap(right, width)
    rows = max(len(lefts), len(rights))
    lefts += [""] * (rows - len(lefts))
    rights += [""] * (rows - len(rights))
    return "\n".join((a.ljust(width + gap) + b).rstrip() for a, b in zip(lefts, rights)) + "\n"


def test_a_two_column_page_is_read_left_column_first():
    text = split_columns(_side_by_side(LEFT, RIGHT))
    assert LEFT in text and RIGHT in text
    assert text.index(LEFT) < text.index(RIGHT)


def test_a_text_copy_of_a_two_column_page_reports_its_stories():
    page = "Kim Jong Il, Hu Jintao Exchange Messages\n\nSaturday, July 16, 2011\n\n" + _side_by_side(LEFT, RIGHT)
    draft = read_text_capture(page, "times.txt")
    assert LEFT in draft.body


def test_words_broken_at_a_line_end_are_joined_again():
    assert join_wrapped("to consol-", "idate the friendship") == "to consolidate the friendship"
    assert join_wrapped("the DPRK-", "China treaty") == "the DPRK-China treaty"
    assert join_wrapped("the treaty", "of 1961") == "the treaty of 1961"


@given(st.lists(st.text(alphabet="abc xyz.,", min_size=0, max_size=60), max_size=30))
def test_text_in_one_column_is_left_as_it_is(lines):
    text = "\n".join(line.replace("  ", " ") for line in lines)
    assert split_columns(text) == text


@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "omega"]), min_size=40, max_size=80),
       st.lists(st.sampled_from(["one", "two", "three", "four", "five"]), min_size=40, max_size=80))
def test_each_column_s_words_come_out_in_their_order(left_words, right_words):
    text = split_columns(_side_by_side(" ".join(left_words), " ".join(right_words), width=30))
    assert " ".join(left_words) in text and " ".join(right_words) in text
