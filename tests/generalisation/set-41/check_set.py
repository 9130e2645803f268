#!/usr/bin/env python3
"""Check set-41: ten registers, every one used, 150-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"patient-advocacy-newsletter", "morning-tv-segment-transcript", "pharmacist-qa-column",
             "alumni-magazine-feature", "crowdfunding-update", "translated-regional-news",
             "case-presentation-notes", "caregiver-diary", "investor-relations-summary",
             "myth-busting-explainer"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 350), every_register=True)
