#!/usr/bin/env python3
"""Check set-75: twelve news-coverage registers, every one used once, 250-400 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"national-newspaper-health-story", "tabloid-story", "wire-service-report",
             "science-magazine-news-piece", "university-press-release", "company-press-release",
             "patient-charity-announcement", "local-newspaper-human-interest-story", "tv-news-web-story",
             "newsletter-round-up", "opinion-column", "regional-outlet-translated"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(250, 400), every_register=True)
