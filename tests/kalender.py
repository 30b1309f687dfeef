"""The working-day calendar counted in Python, independently of the C code,
from the seed's hari-libur.csv (every row is a non-working day): what the
tests check the server's dates against.  README "How a due date is
counted" is the rule."""
import csv
import datetime
import os

import harness

HOLIDAYS = os.path.join(harness.ROOT, "sql", "seed", "hari-libur.csv")
# A receipt at or after 16:00 WIB counts from the next working day.
CUTOFF = datetime.time(16, 0)

with open(HOLIDAYS) as _f:
    OFF = frozenset(datetime.date.fromisoformat(r["tanggal"]) for r in csv.DictReader(_f))


def working(day):
    return day.weekday() < 5 and day not in OFF


def next_working(day):
    day += datetime.timedelta(days=1)
    while not working(day):
        day += datetime.timedelta(days=1)
    return day


def working_days_after(start, n):
    """The n-th working day after start."""
    day = start
    for _ in range(n):
        day = next_working(day)
    return day


def working_days_between(start, end):
    """Working days after start up to and including end."""
    n, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        n += working(day)
    return n


def day_zero(received):
    """Day 0 of a receipt at a WIB datetime."""
    day = received.date()
    if not working(day) or received.time() >= CUTOFF:
        return next_working(day)
    return day


HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]


def long_date(day):
    """sl_day_long_id's form of a date: "Senin, 6 April 2026"."""
    return "%s, %d %s %d" % (HARI[day.weekday()], day.day, BULAN[day.month - 1], day.year)
