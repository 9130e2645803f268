#!/usr/bin/env python3
"""Check set-99: sixteen synthetic documents in the mix of the project's held-out real sets, written to set-96's brief
by another helper (dated news at each event, a translated page, a charity post, a press release, a forum thread,
undated registry, status and guide pages, look-alikes), 180-380 words each, at least four undated, must-flag labels
15-35% of all.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (main_mixed).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main_mixed  # noqa: E402

KINDS = {"news", "press-release", "charity", "explainer", "registry", "status-page", "forum", "lookalike", "blog"}
# kind -> (min, max) number of documents of that kind
MIX = {"news": (6, 9), "press-release": (1, 1), "charity": (1, 2), "blog": (1, 1), "registry": (1, 1),
       "status-page": (1, 1), "forum": (1, 1), "explainer": (1, 1), "lookalike": (3, 3)}

if __name__ == "__main__":
    main_mixed(__file__, KINDS, MIX, n_docs=16, min_undated=4, words=(180, 380), flag_share=(0.15, 0.35))
