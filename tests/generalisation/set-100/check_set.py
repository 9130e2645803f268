#!/usr/bin/env python3
"""Check set-100 (real coverage, blind; pages in any language: English explainers on ALS research, NIH priorities, a 2017 outlook, Qalsody insurance and whether ALS is autoimmune; look-alikes on AMX0035 in Wolfram syndrome, riluzole in SCA2 and low-dose IL-2 in Alzheimer's; Japanese news and a release on oral edaravone; Korean news on PHOENIX, the Relyvrio withdrawal, Amylyx afterwards and 2023 analyst views; Chinese news on tofersen in China; German news on the US tofersen approval; a Spanish page on edaravone in Europe; a Polish riluzole reimbursement page): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
