#!/usr/bin/env python3
"""Check set-89 (real coverage, blind; non-English pages only: Finnish HTA and medical-news pages on tofersen and edaravone, Turkish news, charity and neurological-society pages on tofersen, Arabic news on Radicava, Albrioza, Relyvrio and a Saudi Qalsody registration, a Persian report of Iranian edaravone vials, Chinese news of the first tofersen doses, Japanese patient-group pages on the tofersen filing, Korean pages on the Qalsody licence and a riluzole suspension, a Brazilian edaravone launch, Spanish and Mexican tofersen news, an Italian report of France's HAS refusal, and look-alikes: interleukin-2 in HIV (Italian) and risdiplam for SMA (Dutch)): 16-22 documents numbered 01..N without gaps; ISO and month-year datelines too.
Usage: python3 check_set.py [set_dir] [--origins]. The checks are in ../check_real_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_real_set import BASE_FORMS, main  # noqa: E402

if __name__ == "__main__":
    main(__file__, forms=BASE_FORMS + ("year mon day", "month year", "iso"), doc_range=(16, 22), numbered=True)
