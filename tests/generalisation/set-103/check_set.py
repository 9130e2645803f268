#!/usr/bin/env python3
"""Check set-103 (real coverage, blind; pages in Asian, Middle-Eastern and other non-European languages: Japanese, Chinese, Korean, Arabic, Hebrew, Indonesian and Persian pages on MIROCALS, tofersen in China, Germany and Korea, the Relyvrio failure and withdrawal, edaravone filings and approvals, the 2025 Nature C9orf72 study, ALS drug overviews, and a look-alike on low-dose IL-2 in lupus): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
