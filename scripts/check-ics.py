#!/usr/bin/env python3
"""Reads calendar files with a real iCalendar parser (PyPI `icalendar`).

Usage: python3 scripts/check-ics.py FILE...  — exits non-zero on any problem.
"""
import sys

from icalendar import Calendar

failed = 0
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    try:
        cal = Calendar.from_ical(raw)
        events = list(cal.walk("VEVENT"))
        assert len(events) == 1, "expected one event"
        ev = events[0]
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert ev.get(key) is not None, f"missing {key}"
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
        rrule = ev.get("RRULE")
        print(f"ok  {path}: {ev.get('SUMMARY')} at {ev.decoded('DTSTART')}" + (f" repeating {dict(rrule)}" if rrule else ""))
    except Exception as e:  # report every file, then fail
        failed += 1
        print(f"BAD {path}: {e}")
print(f"ics: {len(sys.argv) - 1 - failed} passed, {failed} failed")
sys.exit(1 if failed or len(sys.argv) < 2 else 0)
