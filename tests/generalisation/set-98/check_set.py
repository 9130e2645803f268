#!/usr/bin/env python3
"""Check set-98 (real coverage, blind; pages in any language: news on the Nature C9orf72 autoimmunity study and on T cells in ALS, abstracts on CD4 T cells, a mouse model and blood immune cells in ALS, local TV and trade news on Radicava's price and access, a Radicava anniversary release, Spanish and Portuguese news on edaravone and riluzole, investor news and releases on Relyvrio sales, news and a release on tofersen, a French parliamentary question on Qalsody access, and a look-alike review of low-dose IL-2 in autoimmune disease): 14-20 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(14, 20), numbered=True)
