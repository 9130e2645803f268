#!/usr/bin/env python3
"""Check set-97 (real coverage, blind; pages in any language: Mayo Clinic and other explainers, local tech news and a press release on tofersen, UK and Spanish-language news on tofersen access, investor news on Amylyx after the Relyvrio withdrawal and on Coya 302, a podcast on inflammation in ALS, and look-alikes on edaravone in stroke and Proleukin in kidney cancer): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
