#!/usr/bin/env python3
"""Check set-70: twelve registers, every one used once, 150-300 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"hospital-discharge-summary", "ai-chatbot-answer-in-forum", "encyclopedia-article-section",
             "council-health-board-minute", "sports-club-fundraiser-post", "pharmacy-price-comparison-page",
             "medical-student-case-presentation", "newspaper-corrections-column", "grant-progress-report",
             "advocacy-newsletter-non-native-english", "short-video-transcript", "popular-science-book-review"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(150, 300), every_register=True)
