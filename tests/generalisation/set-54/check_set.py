#!/usr/bin/env python3
"""Check set-54: twelve registers, every one used, 200-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"national-newspaper-science-story", "tabloid-health-story", "wire-service-story",
             "pharma-press-release", "university-press-release", "patient-charity-news-post",
             "health-website-explainer", "medical-trade-press-story", "regional-newspaper-feature",
             "blog-post-by-patient", "online-forum-thread", "newsletter-of-a-neurology-society"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 350), every_register=True)
