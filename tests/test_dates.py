"""Date parsing: unit cases and properties over generated dates."""
from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given, strategies as st

from generator import dates
from generator.ingest.dateline import find_dateline

DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@given(DAYS)
def test_written_dates_round_trip(day):
    for text in (f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}",
                 f"{day:%b}. {day.day} {day.year}", day.isoformat()):
        assert dates.parse_full_date(text) == day, text


@given(DAYS)
def test_numeric_dates_follow_the_order_given(day):
    assert dates.parse_numeric_date(f"{day:%d/%m/%Y}", "dmy") == day
    assert dates.parse_numeric_date(f"{day:%m/%d/%Y}", "mdy") == day
    assert day in dates.numeric_date_readings(f"{day:%d/%m/%Y}")


@given(DAYS, st.integers(min_value=0, max_value=300))
def test_closest_year_looks_back_from_the_article(day, back):
    anchor = day + dt.timedelta(days=back)
    if not (day.month == 2 and day.day == 29):
        assert dates.closest_year(day.month, day.day, anchor) == day


@given(st.text(max_size=200))
def test_parsers_never_raise(text):
    dates.find_written_dates(text)
    dates.parse_full_date(text)
    dates.numeric_date_readings(text)
    find_dateline(text)


def test_invalid_days_are_not_dates():
    assert dates.parse_full_date("2024-02-30") is None
    assert dates.parse_full_date("February 30, 2024") is None


def test_capture_stamp_glued_to_its_twin():
    assert dates.parse_full_date("January 30, 2026Jan 30, 2026") == dt.date(2026, 1, 30)


def test_weekday_before_anchor():
    assert dates.previous_weekday(6, dt.date(2021, 7, 11)) == dt.date(2021, 7, 11)
    assert dates.previous_weekday(6, dt.date(2021, 7, 13)) == dt.date(2021, 7, 11)


def test_datelines():
    kcna = find_dateline("Pyongyang, March 23 (KCNA) -- Kim Jong Un sent")
    assert (kcna.place, kcna.date.month, kcna.date.day, kcna.agency) == ("Pyongyang", 3, 23, "KCNA")
    full = find_dateline("Beijing/Pyongyang, 11 July 2021 (TDI)- President of China")
    assert full.date.resolve(2000) == dt.date(2021, 7, 11)
    assert find_dateline("President Xi said on Monday that") is None


def test_russian_month_abbreviations_as_sites_write_them():
    [written] = dates.find_written_dates("24 МАР 2024, 06:52")
    assert written.resolve(2000) == dt.date(2024, 3, 24)
    [written] = dates.find_written_dates("1 нояб. 2023")
    assert written.resolve(2000) == dt.date(2023, 11, 1)


def test_a_korean_wire_dateline_in_lenticular_brackets():
    dateline = find_dateline("【평양 4월 16일발 조선중앙통신】김정일동지께서 위문전문을 보내시였다.")
    assert dateline is not None and (dateline.date.month, dateline.date.day) == (4, 16)


def test_the_dprk_era_gives_way_to_the_common_year():
    assert dates.common_era("주체99(2010)년 4월 16일") == "2010년 4월 16일"
    assert dates.common_era("Juche 109 (2020).10.13.") == "2020.10.13."


def test_kcna_s_own_dates_and_addresses():
    assert dates.parse_full_date("Juche 98 (2009) 10.04") == dt.date(2009, 10, 4)
    assert dates.url_date("http://www.kcna.co.jp/item/2009/200910/news06/20091006-02ee.html") == dt.date(2009, 10, 6)


@pytest.mark.parametrize("text, dmy", [
    ("Xinhua | 09-09-2013 18:02 BJT", dt.date(2013, 9, 9)),
    ("posted 23-03-2021", dt.date(2021, 3, 23)),
    ("2013-09-09", None),  # year first: ISO_DATE's
    ("a 12-10-15 vote", None),  # no year: not a date
])
def test_numeric_dates_with_dashes_end_with_their_year(text, dmy):
    assert dates.parse_numeric_date(text, "dmy") == dmy


def test_a_numeric_date_that_can_only_be_month_first_is_read_so():
    assert dates.parse_full_date("12/20/2011 9:41 PM ET") == dt.date(2011, 12, 20)
    assert dates.parse_full_date("02/12/2022") == dt.date(2022, 12, 2)  # both readable: day first, as asked
    assert dates.parse_full_date("31/02/2022") is None
