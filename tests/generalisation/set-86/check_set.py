#!/usr/bin/env python3
"""Check set-86 (real coverage, blind; themes: tofersen funding and access in Spanish and French news, a French parliamentary question and a French charity survey, edaravone's Italian arrival in Italian news, Japanese patient and clinic blogs on tofersen and oral Radicut, a Korean 2016 report of the US edaravone filing, a Portuguese patient blog, Vietnamese and Chinese explainers, US reference, insurance and law-firm pages on Radicava, NHS tofersen patient information, a Treg review record, and nusinersen-SMA and low-dose-IL-2-in-lupus look-alikes): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
