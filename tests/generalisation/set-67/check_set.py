#!/usr/bin/env python3
"""Check set-67: twelve registers, every one used once, 180-320 words, every document dated 2016-2026.
This set is about time: status sentences (approvals, withdrawals, pending reviews, trials recruiting, results
awaited, counts of approved drugs, coverage and access schemes) judged as of 2026-12-06.
Usage: python3 check_set.py [set_dir]. The checks are in ../check_synthetic_set.py.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check_synthetic_set import main  # noqa: E402

# the registers of this set, each used once
REGISTERS = {"pharmacy-newsletter", "translated-foreign-wire", "conference-report", "parliamentary-written-answer",
             "regional-newspaper", "patient-forum-post", "insurer-member-notice", "hospital-staff-bulletin",
             "investor-brief", "charity-supporter-update", "radio-transcript", "school-project"}

if __name__ == "__main__":
    main(__file__, REGISTERS, words=(180, 320), every_register=True)
