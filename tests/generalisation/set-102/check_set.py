#!/usr/bin/env python3
"""Check set-102 (real coverage, blind; English and European-language pages: a podcast transcript on the coming tofersen decision, investor and trade news on ALS pipelines and Relyvrio sales, German news on the Relyvrio withdrawal, a French neurologist interview and a French parliamentary question, a German tofersen expanded-access abstract, Spanish news on tofersen funding, Radicava access and co-pay news, Ferrer's ADORE extension release, a UK riluzole leaflet, Italian Wikipedia on ALS, Belgian immune-mechanism news, a Spanish charity item on immunosuppression, a Treg review, and a lupus low-dose IL-2 look-alike): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
