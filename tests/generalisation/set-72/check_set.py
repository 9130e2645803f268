#!/usr/bin/env python3
"""Check set-72: twelve registers, every one used once, 200-300 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once (none of them used by set-61 or set-70)
REGISTERS = {"hospital-patient-leaflet", "ask-the-doctor-column", "podcast-show-notes", "pharmacology-lecture-notes",
             "wiki-talk-page-discussion", "press-review-roundup", "clinical-trial-recruitment-ad",
             "conference-live-blog", "letter-to-the-editor", "crowdfunding-page", "pharmacist-cpd-quiz",
             "supplement-shop-product-page"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 300), every_register=True)
