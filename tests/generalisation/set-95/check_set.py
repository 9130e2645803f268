#!/usr/bin/env python3
"""Check set-95 (real coverage, blind; non-English pages only, each document an English translated paraphrase: Greek, Slovenian, Norwegian, Turkish, Indonesian and French news on AMX0035/Relyvrio from the FDA panel to the withdrawal, Swedish, Turkish and Danish pages on edaravone's US approval, a Turkish neurology working group's view, Chinese investor news on an edaravone filing, Hebrew and Thai pages on riluzole, Portuguese and Korean news on tofersen in Japan, the EU and Korea, Spanish pages on Treg cell therapy, a Korean look-alike on low-dose IL-2 and FOXP3, and a Hebrew science-magazine piece on ALS genetics): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
