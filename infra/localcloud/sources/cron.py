"""EventBridge schedule expressions ("Schedule expressions for rules", "Schedule types on EventBridge
Scheduler"): `rate(value unit)`, six-field `cron(min hour day-of-month month day-of-week year)`, and
Scheduler's one-time `at(yyyy-mm-ddThh:mm:ss)`. Pure functions, unit-tested.

`L`, `W` and `#` are rejected with a clear error: the local cloud does not implement them.
"""
import datetime
import re

_MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
_DAYS = {d: i + 1 for i, d in enumerate("SUN MON TUE WED THU FRI SAT".split())}  # AWS: 1 = Sunday
_UNITS = {"minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400}


class ScheduleError(ValueError):
    """The expression is invalid for AWS, or valid but not supported locally (the message says which)."""


class Rate:
    def __init__(self, seconds):
        self.seconds = seconds

    def next_after(self, t, start):
        """The first firing after `t` of a rate counted from `start`."""
        n = int((t - start).total_seconds() // self.seconds) + 1
        return start + datetime.timedelta(seconds=n * self.seconds)


class At:
    def __init__(self, when):
        self.when = when

    def next_after(self, t, start):
        """The one firing, if after `t`; a naive `at()` is in the zone of `t` (the schedule's zone)."""
        when = self.when if self.when.tzinfo or t.tzinfo is None else self.when.replace(tzinfo=t.tzinfo)
        return when if when > t else None


class Cron:
    def __init__(self, minutes, hours, dom, months, dow, years):
        self.minutes, self.hours, self.dom, self.months, self.dow, self.years = \
            minutes, hours, dom, months, dow, years

    def _day_matches(self, d):
        if d.year not in self.years or d.month not in self.months:
            return False
        if self.dom is not None:
            return d.day in self.dom
        return (d.isoweekday() % 7) + 1 in self.dow  # isoweekday: Mon=1..Sun=7 -> AWS Sun=1..Sat=7

    def next_after(self, t, start=None):
        """The first firing strictly after `t` (a datetime in the schedule's zone), or None."""
        t = t.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)
        day = t.date()
        for _ in range(366 * 30):  # bounded: any valid expression fires within years, not decades
            if self._day_matches(day):
                for h in sorted(self.hours):
                    for m in sorted(self.minutes):
                        cand = datetime.datetime.combine(day, datetime.time(h, m), tzinfo=t.tzinfo)
                        if cand >= t:
                            return cand
            day += datetime.timedelta(days=1)
            if day.year > max(self.years):
                return None
        return None


def parse(expression):
    """Rate, Cron or At for an EventBridge schedule expression; ScheduleError if not valid/supported."""
    text = expression.strip()
    m = re.fullmatch(r"rate\(\s*(\d+)\s+([a-z]+)\s*\)", text)
    if m:
        value, unit = int(m.group(1)), m.group(2)
        if unit not in _UNITS or value < 1:
            raise ScheduleError(f"{expression}: rate needs a positive value and minute(s), hour(s) or day(s)")
        if (value == 1) != (not unit.endswith("s")):
            raise ScheduleError(f"{expression}: AWS wants the singular unit for 1 and the plural otherwise")
        return Rate(value * _UNITS[unit])
    m = re.fullmatch(r"at\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\)", text)
    if m:
        return At(datetime.datetime.fromisoformat(m.group(1)))
    m = re.fullmatch(r"cron\((.*)\)", text)
    if not m:
        raise ScheduleError(f"{expression}: not rate(...), cron(...) or at(...)")
    fields = m.group(1).split()
    if len(fields) != 6:
        raise ScheduleError(f"{expression}: AWS cron has 6 fields (minutes hours day-of-month month "
                            f"day-of-week year), got {len(fields)}")
    minute, hour, dom, month, dow, year = fields
    for f in fields:
        unnamed = re.sub("|".join(list(_MONTHS) + list(_DAYS)), "", f.upper())
        if re.search(r"[LW#]", unnamed):
            raise ScheduleError(f"{expression}: L, W and # are valid on AWS but not supported by the "
                                f"local cloud")
    if (dom == "?") == (dow == "?"):
        raise ScheduleError(f"{expression}: exactly one of day-of-month and day-of-week must be '?'")
    return Cron(
        minutes=_field(minute, 0, 59, {}, expression),
        hours=_field(hour, 0, 23, {}, expression),
        dom=None if dom == "?" else _field(dom, 1, 31, {}, expression),
        months=_field(month, 1, 12, _MONTHS, expression),
        dow=None if dow == "?" else _field(dow, 1, 7, _DAYS, expression),
        years=_field(year, 1970, 2199, {}, expression),
    )


def _field(text, low, high, names, expression):
    values = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            step = _number(step_text, names, expression)
            if step < 1:
                raise ScheduleError(f"{expression}: step must be positive")
        if part in ("*", "?"):
            first, last = low, high
        elif "-" in part:
            a, b = part.split("-", 1)
            first, last = _number(a, names, expression), _number(b, names, expression)
        else:
            first = _number(part, names, expression)
            last = high if step > 1 or "/" in text else first
        if not (low <= first <= high and low <= last <= high) or first > last:
            raise ScheduleError(f"{expression}: '{text}' is outside {low}-{high}")
        values.update(range(first, last + 1, step))
    return values


def _number(text, names, expression):
    if text.upper() in names:
        return names[text.upper()]
    if not text.isdigit():
        raise ScheduleError(f"{expression}: '{text}' is not a number")
    return int(text)
