#!/usr/bin/env python3
"""Check set-90 (real coverage, blind; English, French and German pages: Relyvrio approval and withdrawal opinion pieces and news, a 2026 ALS pipeline round-up, French coverage of the HAS refusal of early access to tofersen and a parliamentary question, the EU tofersen authorisation, edaravone and riluzole drug-information pages, ENCALS and ALS/MND symposium reports, a Houston Methodist Treg-manufacturing record, and look-alikes: a C9orf72 STING mouse study and a German ALS explainer): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
