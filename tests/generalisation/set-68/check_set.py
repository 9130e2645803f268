#!/usr/bin/env python3
"""Check set-68: twelve registers, every one used, 150-300 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"radio-call-in-transcript", "social-media-thread", "podcast-episode-notes",
             "non-native-english-news-story", "clinic-patient-handout", "letter-to-the-editor",
             "expert-qa-column", "crowdfunding-page", "student-revision-notes",
             "whatsapp-message-thread", "community-bulletin", "company-investor-faq"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 300), every_register=True)
