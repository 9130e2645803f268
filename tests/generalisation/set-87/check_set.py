#!/usr/bin/env python3
"""Check set-87: twelve registers reporting what the ALS treatment evidence shows (efficacy, causation, certainty, scope
and size), every register used once, 200-380 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"national-newspaper-science-page", "tabloid", "tv-news-web-story", "university-press-release",
             "company-press-release", "charity-research-blog", "patient-forum-thread", "social-media-thread",
             "opinion-column", "medical-news-for-doctors", "translated-foreign-news", "carers-newsletter"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 380), every_register=True)
