#!/usr/bin/env python3
"""Check set-50: twelve registers, every one used, 150-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"pharmacy-chain-web-faq", "regional-tv-evening-news-script", "medical-student-lecture-notes",
             "retirement-community-newsletter", "clinical-trial-matching-site-listing",
             "newspaper-obituary-with-research-note", "company-earnings-call-excerpt",
             "science-museum-exhibit-panel", "church-bulletin-prayer-request",
             "health-journalism-newsletter-roundup", "reddit-style-ask-a-scientist-thread",
             "translated-regional-radio-summary"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 350), every_register=True)
