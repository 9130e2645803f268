#!/usr/bin/env python3
"""Check set-94 (real coverage, blind; English pages only: a podcast and local TV/radio and newspaper stories on Relyvrio/Albrioza and tofersen, investor and legal news on Amylyx after PHOENIX, UK parliamentary answers on tofersen, ALS Canada and ALS Association updates, Q&A, pricing and encyclopedia pages, and two look-alikes on low-dose IL-2 in Alzheimer's disease): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
