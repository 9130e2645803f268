#!/usr/bin/env python3
"""Check set-83: twelve dated status and reference pages (insurer policy, formulary, pharmacy bulletin, charity and
agency pages, trial finder, leaflet, course notes, encyclopedia summary, investor fact sheet, care-home guide,
translated charity page), every register used once, 200-380 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
Reference pages print their date with a short prefix ("Last reviewed: March 2021", "Updated 14 June 2023",
"Page last reviewed: 18 August 2022", "Revised: November 2022", "Reviewed: September 2018") or as a bare date
("20 January 2026", "February 2024", "2019-08-02", "12-02-2025"); this set accepts those forms.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_synthetic_set  # noqa: E402
from set_checks import NO_DATE, parse_dateline  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"insurer-coverage-policy", "national-formulary-entry", "hospital-pharmacy-bulletin",
             "patient-organisation-treatments-page", "clinical-trial-finder-listing", "drug-information-leaflet",
             "university-course-notes", "encyclopedia-summary-as-of", "government-health-agency-page",
             "investor-fact-sheet", "care-home-staff-guide", "translated-charity-page"}

# the date prefixes reference pages print, and the date forms this set accepts after them
PREFIX_RE = re.compile(r"^(?:Page last reviewed:|Last reviewed:|Last updated:|Updated|Revised:|Reviewed:) ")
FORMS = ("day month year", "month year", "iso", "d-m-y")


def parse_set_dateline(s):
    """(y, m, d) for a dateline with an optional review/update prefix, None for '(no date shown)', else ValueError."""
    if s == NO_DATE:
        return None
    return parse_dateline(PREFIX_RE.sub("", s, count=1), FORMS)


check_synthetic_set.parse_dateline = parse_set_dateline

if __name__ == "__main__":
    check_synthetic_set.main(__file__, REGISTERS, words=(200, 380), every_register=True)
