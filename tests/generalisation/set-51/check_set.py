#!/usr/bin/env python3
"""Check set-51: twelve registers, every one used, 150-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"drug-information-website-page", "health-insurer-coverage-policy", "charity-treatments-factsheet",
             "hospital-neurology-department-page", "clinical-trial-registry-style-summary",
             "newspaper-business-section-story", "pharmacist-continuing-education-module",
             "patient-advocacy-action-alert", "national-news-explainer", "support-group-newsletter",
             "medical-conference-preview", "translated-foreign-press-digest"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 350), every_register=True)
