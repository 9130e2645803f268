#!/usr/bin/env python3
"""Check set-65: twelve registers, every one used, 180-320 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"hospital-press-office-release", "gp-practice-newsletter", "family-group-chat-transcript",
             "youtube-video-description", "encyclopedia-did-you-know-box", "health-insurance-member-magazine",
             "science-festival-talk-abstract", "local-radio-phone-in-summary", "patient-diary-blog",
             "pharmaceutical-trade-newsletter", "school-biology-worksheet-answer-key", "newspaper-obituary"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(180, 320), every_register=True)
