#!/usr/bin/env python3
"""Check set-73: twelve registers, every one used once, 200-300 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"school-science-club-blog", "pharmacy-benefit-bulletin", "translated-foreign-news", "regional-news",
             "investor-newsletter", "clinician-cpd-article", "support-group-meeting-notes",
             "patient-charity-research-update", "grant-renewal-narrative", "drug-database-entry",
             "radio-interview-transcript", "hospital-treatments-page"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 300), every_register=True)
