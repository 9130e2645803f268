#!/usr/bin/env python3
"""Check set-63: twelve registers (none shared with set-61), every one used once, 180-320 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"tv-news-transcript", "neurology-clinic-newsletter", "student-essay", "podcast-show-notes",
             "op-ed", "pharmacy-chain-blog", "conference-tweet-thread", "fundraising-appeal",
             "fact-check-article", "regional-news-brief-non-native-english", "review-of-the-year-column",
             "nurse-qa"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(180, 320), every_register=True)
