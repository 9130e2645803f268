#!/usr/bin/env python3
"""Check set-81: twelve news registers written at the time of ALS milestones (plus two retrospectives), every one used
once, 250-380 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"wire-service-story", "national-newspaper-report", "company-press-release", "tv-station-web-story",
             "charity-news-item", "pharma-trade-press", "local-newspaper-story", "translated-foreign-news",
             "science-magazine-news", "clinic-patient-newsletter", "long-read-retrospective", "news-explainer-qa"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(250, 380), every_register=True)
