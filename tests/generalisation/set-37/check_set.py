#!/usr/bin/env python3
"""Check set-37: twelve registers, 150-450 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"radio-phone-in", "social-media-thread", "podcast-show-notes", "news-non-native",
             "patient-handout", "letter-to-editor", "qa-column", "crowdfunding",
             "student-revision-notes", "family-group-chat", "local-news-press-rewrite",
             "support-group-summary"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 450))
