#!/usr/bin/env python3
"""Check set-91 (real coverage, blind; pages in languages other than English, Spanish, German and French: an Italian charity page on the Nature C9orf72 autoimmunity study, Dutch and Belgian patient pages on Treg cell therapy, a Greek ALS trials round-up, a Polish clinic page listing ALS drugs, a Czech journal page on SOD1 genetics, Italian news on edaravone at Salerno, the FDA tofersen approval and the CHMP opinion, a Korean gene-therapy blog, a Vietnamese forum post and overview, Ukrainian, Indonesian, Russian and Japanese drug-information and patient-group pages on riluzole and edaravone, and look-alikes: a C9orf72/STING mouse study (Swedish), C9orf72 anticipation (Korean) and ALS-4 T cells (Portuguese)): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
