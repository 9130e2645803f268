#!/usr/bin/env python3
"""Check set-61: twelve registers, every one used, 180-320 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"national_broadsheet_health_page", "morning_radio_interview", "charity_press_release",
             "university_news_page", "pharmacy_website_drug_page", "patient_support_forum",
             "local_newspaper_feature", "science_magazine_explainer", "investor_conference_call_notes",
             "parliamentary_written_answer", "hospital_clinic_letter_to_patient",
             "translated_european_wire_story"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(180, 320), every_register=True)
