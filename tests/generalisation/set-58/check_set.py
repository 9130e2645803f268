#!/usr/bin/env python3
"""Check set-58: twelve registers, every one used, 180-340 words.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"hospital_foundation_donor_newsletter", "sports_club_fundraiser_announcement",
             "local_council_meeting_minutes", "pharmacy_trade_magazine_brief",
             "science_blog_for_lay_readers", "nurse_education_handout",
             "instagram_caption_series", "medical_news_aggregator_summary",
             "court_report_on_right_to_try_case", "radio_health_minute_script",
             "community_newspaper_letters_page", "ai_chatbot_answer_transcript"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(180, 340), every_register=True)
