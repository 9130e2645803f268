#!/usr/bin/env python3
"""Check set-49: twelve registers, every one used, 150-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"local-radio-news-bulletin", "science-podcast-transcript", "newspaper-health-supplement",
             "hospital-patient-information-leaflet", "university-alumni-magazine",
             "neurologists-newsletter-to-gps", "parliamentary-debate-excerpt", "charity-fundraising-letter",
             "online-encyclopedia-talk-page", "investor-newsletter", "school-science-club-report",
             "caregiver-support-forum-digest"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 350), every_register=True)
