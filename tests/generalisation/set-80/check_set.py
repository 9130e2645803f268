#!/usr/bin/env python3
"""Check set-80 (real coverage, blind; themes: Radicava and Relyvrio approval coverage in Chinese-English bilingual pages, Relyvrio approval, withdrawal and PHOENIX news in Portuguese, tofersen in Japanese news, French and Chinese reviews and charity pages, UK MND charity and research-funding news, Treg therapy and the 2025 Nature C9orf72 study, immunotherapy explainers, and Nobel-Treg and low-dose IL-2 look-alikes): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
