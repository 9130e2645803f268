#!/usr/bin/env python3
"""Check set-96: sixteen synthetic documents in the mix of the project's held-out real sets (dated news at the time of
an event, a press release, charity posts, a translated page, a registry-style page, a status page, a forum thread, a
patient guide and three look-alikes), 180-380 words each, at least four undated.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py (main_mixed: the set's mix, then
every per-document check, with the real sets' document kinds, each of which this set may use several times).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main_mixed  # noqa: E402

KINDS = {"news", "press-release", "charity", "explainer", "registry", "status-page", "forum", "lookalike", "blog"}
# at least this many documents of each kind
MIX = {"news": (6, 16), "press-release": (1, 16), "charity": (2, 16), "registry": (1, 16), "status-page": (1, 16),
       "forum": (1, 16), "explainer": (1, 16), "lookalike": (3, 16)}

if __name__ == "__main__":
    main_mixed(__file__, KINDS, MIX, n_docs=16, min_undated=4, words=(180, 380))
