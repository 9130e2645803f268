#!/usr/bin/env python3
"""Check set-84 (real coverage, blind; themes: tofersen access decisions in Swedish, Danish, Norwegian and Polish news, Russian, Ukrainian, Indonesian and Thai pages on ALS drugs, Radicava pharmacy and charity pages, Relyvrio university and investor news, a Treg registry record, and edaravone-in-stroke, SMA and Nobel-Treg look-alikes): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
