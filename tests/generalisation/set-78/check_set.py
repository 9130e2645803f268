#!/usr/bin/env python3
"""Check set-78 (real coverage, blind; themes: ALS drug approval and withdrawal news 2017-2025, Radicava launch coverage, PHOENIX failure follow-ups, tofersen in the EU, Korea and Japan, nurse-practitioner and clinical education, explainers in Czech, Korean, Vietnamese, Hungarian, Indonesian and Italian, SMA and Duchenne look-alikes): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
