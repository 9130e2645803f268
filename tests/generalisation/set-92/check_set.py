#!/usr/bin/env python3
"""Check set-92 (real coverage, blind; English pages only: a blog on the Nature C9orf72 autoimmunity study, a caregiver blog on PHOENIX, news on the CHMP view of AMX0035, the FDA panel on Relyvrio and the 2017 Radicava approval, drug-reference, hospital, insurer and pharmacy pages on Relyvrio, edaravone, tofersen and riluzole formulations, an Australian charity page on riluzole, a Belgian edaravone abstract, and a look-alike on cord-blood Tregs in GVHD): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
