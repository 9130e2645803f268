#!/usr/bin/env python3
"""Check set-85: status told in everyday prose, at a date. Twelve registers (none used by sets 73, 81 or 83), every
one used once, 200-380 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"neurologist-clinic-newsletter", "online-forum-faq-pinned-post", "pharmacist-qa-column",
             "medical-school-lecture-handout", "support-group-meeting-summary", "local-radio-news-script",
             "patient-advocacy-fundraising-letter", "family-blog-update", "translated-foreign-charity-qa",
             "science-podcast-transcript", "regional-tv-health-segment", "hospital-foundation-annual-report"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 380), every_register=True)
