#!/usr/bin/env python3
"""Check set-104 (real coverage, blind; English and European-language pages: a Q&A page on current ALS treatments, German news on edaravone in the EU, investor news on Relyvrio sales, ALS walk pages and local TV, an NPR transcript on the Relyvrio approval, a statistics forum thread, Health Canada's Albrioza withdrawal letter, a French charity note on PHOENIX, Swedish patient-group pages on Qalsody, a blog on the Qalsody approval, a Qalsody dosing page, and a look-alike on Treg infusions in type 1 diabetes): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
