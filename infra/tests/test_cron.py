"""Schedule expressions: pure Python, no cloud."""
import datetime

import pytest

from localcloud.sources import cron

UTC = datetime.timezone.utc


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def test_rate_fires_every_interval_from_start():
    start = at(2026, 1, 1, 10, 0, 30)
    rate = cron.parse("rate(5 minutes)")
    assert rate.next_after(start, start) == at(2026, 1, 1, 10, 5, 30)
    assert rate.next_after(at(2026, 1, 1, 10, 5, 30), start) == at(2026, 1, 1, 10, 10, 30)


@pytest.mark.parametrize("bad", ["rate(1 minutes)", "rate(2 minute)", "rate(0 minutes)", "rate(5 seconds)",
                                 "rate(five minutes)"])
def test_rate_rejects_what_aws_rejects(bad):
    with pytest.raises(cron.ScheduleError):
        cron.parse(bad)


def test_cron_every_fifteen_minutes_on_weekdays():
    c = cron.parse("cron(0/15 * ? * MON-FRI *)")
    # Friday 2026-01-02 23:50 -> the next weekday slot is Monday 00:00.
    assert c.next_after(at(2026, 1, 2, 23, 50)) == at(2026, 1, 5, 0, 0)
    assert c.next_after(at(2026, 1, 5, 0, 0)) == at(2026, 1, 5, 0, 15)


def test_cron_day_of_week_numbers_start_at_sunday():
    c = cron.parse("cron(0 12 ? * 1 *)")  # 1 = SUN on AWS
    assert c.next_after(at(2026, 1, 1)) == at(2026, 1, 4, 12, 0)  # 2026-01-04 is a Sunday


def test_cron_day_of_month_month_names_and_year():
    c = cron.parse("cron(30 8 1 JAN,JUL ? 2027)")
    assert c.next_after(at(2026, 6, 1)) == at(2027, 1, 1, 8, 30)
    assert c.next_after(at(2027, 1, 1, 8, 30)) == at(2027, 7, 1, 8, 30)
    assert c.next_after(at(2027, 7, 1, 8, 30)) is None


def test_cron_ranges_and_lists():
    c = cron.parse("cron(0,30 9-10 ? * * *)")
    t, seen = at(2026, 3, 3), []
    for _ in range(5):
        t = c.next_after(t)
        seen.append((t.day, t.hour, t.minute))
    assert seen == [(3, 9, 0), (3, 9, 30), (3, 10, 0), (3, 10, 30), (4, 9, 0)]


def test_cron_fires_strictly_after_the_given_time():
    c = cron.parse("cron(0 10 * * ? *)")
    assert c.next_after(at(2026, 1, 1, 10, 0)) == at(2026, 1, 2, 10, 0)


@pytest.mark.parametrize("bad, why", [
    ("cron(0 10 * * * *)", "exactly one"),
    ("cron(0 10 ? * ? *)", "exactly one"),
    ("cron(0 10 * * ?)", "6 fields"),
    ("cron(61 10 * * ? *)", "outside"),
    ("cron(0 10 ? * 8 *)", "outside"),
])
def test_cron_rejects_invalid(bad, why):
    with pytest.raises(cron.ScheduleError, match=why):
        cron.parse(bad)


@pytest.mark.parametrize("unsupported", ["cron(0 10 L * ? *)", "cron(0 10 15W * ? *)", "cron(0 10 ? * 6#3 *)",
                                         "cron(0 10 ? * 6L *)"])
def test_cron_l_w_hash_are_rejected_clearly(unsupported):
    with pytest.raises(cron.ScheduleError, match="not supported by the local cloud"):
        cron.parse(unsupported)


def test_cron_month_and_day_names_are_not_mistaken_for_l_or_w():
    assert cron.parse("cron(0 10 ? JUL WED *)").next_after(at(2026, 7, 1, 11)) == at(2026, 7, 8, 10, 0)


def test_at_fires_once():
    one = cron.parse("at(2026-05-01T09:00:00)")
    when = datetime.datetime(2026, 5, 1, 9, 0)
    assert one.next_after(datetime.datetime(2026, 4, 1), None) == when
    assert one.next_after(when, None) is None
