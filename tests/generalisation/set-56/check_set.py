#!/usr/bin/env python3
"""Check set-56: twelve registers, every one used, 200-350 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"careful_science_journalism_feature", "press_release_with_accurate_caveats", "charity_research_explainer",
             "systematic_review_plain_summary", "fact_check_debunking_article", "medical_society_position_statement",
             "patient_forum_with_moderator_corrections", "podcast_interview_transcript", "newspaper_correction_notice",
             "textbook_style_history_of_als_drugs", "grant_application_background_section",
             "news_about_other_diseases_using_il2_or_tregs"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 350), every_register=True)
