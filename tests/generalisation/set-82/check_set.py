#!/usr/bin/env python3
"""Check set-82: twelve registers of look-alike and mixed pages (other diseases or drugs sharing names with the ALS story), every one used
once, 250-380 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"news-report", "hospital-press-release", "charity-blog-post", "patient-forum-thread",
             "explainer-article", "clinic-web-page", "pharmacy-product-page", "email-newsletter",
             "translated-foreign-news", "personal-blog", "podcast-show-notes", "university-press-release"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(250, 380), every_register=True)
