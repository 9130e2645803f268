#!/usr/bin/env python3
"""Check set-46: twelve registers, every one used, 150-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"science-desk-news-article", "hospital-press-release", "charity-research-blog",
             "explainer-for-teenagers", "community-pharmacy-newsletter", "conference-report",
             "encyclopedia-style-entry", "health-insurer-bulletin", "fact-check-article",
             "opinion-column", "translated-wire-story", "patient-forum-thread"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 350), every_register=True)
