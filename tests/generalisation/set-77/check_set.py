#!/usr/bin/env python3
"""Check set-77: twelve informal registers (how people pass ALS immune-therapy stories on), every one used once,
200-320 words per document.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, sources are dossier identifiers, `why` names a §, outdated labels carry
`since` after the document date and an `event`).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"reddit-style-thread", "facebook-group-post-with-comments", "whatsapp-family-chat-export",
             "youtube-video-transcript", "podcast-transcript", "x-twitter-thread", "crowdfunding-page",
             "church-newsletter", "news-comment-section", "qa-site-answer", "patient-diary-blog",
             "telegram-message-translated"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(200, 320), every_register=True)
