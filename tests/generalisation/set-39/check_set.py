#!/usr/bin/env python3
"""Check set-39: twelve registers, 150-400 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"tv-news-web-article", "wire-service-short", "hospital-press-release",
             "charity-fundraising-email", "neurologist-blog-post", "encyclopedia-explainer",
             "pharmacy-information-leaflet", "school-science-assignment", "conference-live-blog",
             "parents-forum-thread", "insurance-policy-bulletin", "opinion-column"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 400))
