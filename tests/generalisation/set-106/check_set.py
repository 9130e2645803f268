#!/usr/bin/env python3
"""Check set-106: synthetic documents in the held-out real sets' mix (event news 2017-2025 told in other registers, a
press release, a charity post, a registry-style listing, a status page, a forum thread, a patient guide, three
look-alikes), at least four undated, 180-380 words per document.
Usage: python3 check_set.py [set_dir]. The per-document checks are in ../check_synthetic_set.py (main_mixed: every
line but the dateline labelled, datelines agree with `published`, "(no date shown)" with `published: unknown`, sources
are dossier identifiers, `why` names a §, outdated labels carry `since` after the document date and an `event`)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main_mixed  # noqa: E402

KINDS = ["news", "press-release", "charity", "explainer", "registry", "status-page", "forum", "lookalike", "blog"]
# 7 event reports (2017 edaravone, 2019 EU withdrawal, 2022 MIROCALS top-line, 2023 tofersen, 2024 withdrawal,
# 2025 Lancet, 2025 Nature); the 2022 Relyvrio approval is the press release
MIX = {"news": (7, 7), "press-release": (1, 1), "charity": (1, 1), "explainer": (1, 1), "registry": (1, 1),
       "status-page": (1, 1), "forum": (1, 1), "lookalike": (3, 3), "blog": (0, 0)}

if __name__ == "__main__":
    main_mixed(__file__, KINDS, MIX, n_docs=16, min_undated=4, words=(180, 380), flag_share=(0.17, 0.33))
