#!/usr/bin/env python3
"""Check set-88 (real coverage, blind, English-language pages only; themes: an Irish parliamentary answer on tofersen, UK investor news on aldesleukin's orphan designation, US and pharmacy news on edaravone and tofersen approvals, an edaravone case report, Australian, New Zealand and Singaporean charity, pharmacy and hospital pages on riluzole and edaravone, US insurer criteria for Relyvrio and Qalsody, an Indian pharmacy page on riluzole, Relyvrio's withdrawal, a tofersen myelitis letter, and look-alikes: edaravone in stroke, the Nobel Prize for regulatory T cells, nusinersen for SMA and Tregs in type 1 diabetes): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
