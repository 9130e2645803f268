#!/usr/bin/env python3
"""Check set-93 (real coverage, blind; non-English pages only: German explainers and society news on edaravone, Russian, Chinese and Korean news on Radicava and its FDA filing, Arabic, Russian and Korean news on AMX0035/Relyvrio (pending review, approval, follow-up failure), Russian, Swedish, Japanese and Spanish pages on tofersen (FDA and EMA reviews, US approval, Japanese filing, Spanish funding), and Spanish news on the 2025 Nature C9orf72 autoimmunity study): 16-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 20), numbered=True)
