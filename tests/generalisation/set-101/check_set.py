#!/usr/bin/env python3
"""Check set-101: sixteen synthetic documents in sixteen registers (radio and breakfast-TV transcripts, an investor
note, a regional newspaper, a conference report, an advocacy press release, a clinic newsletter carrying a later
update banner, a charity post, a translated clinic page, a trial-finder listing, an insurer coverage policy, a patient
forum thread, a hospital pharmacy leaflet, and three look-alikes: an SMA crowdfunding page, an encyclopedia page on
edaravone in stroke and a parliamentary answer on Tregs in transplantation), 180-380 words each, five undated.
Usage: python3 check_set.py [set_dir].

Each file entry carries `kind` (the coarse document kind of the held-out real sets: news, press-release, charity,
explainer, registry, status-page, forum, lookalike, blog) and `register` (this set's distinct register, each used
once). This script checks both, then runs the shared checks in ../check_synthetic_set.py (every line but the dateline
labelled, datelines agree with `published`, "(no date shown)" with `published: unknown`, sources are dossier
identifiers, `why` names a §, outdated labels carry `since` after the document date and an `event`), handing them
the `register` as the per-document kind. The shared checkers are not edited.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_synthetic_set  # noqa: E402
from set_checks import NO_DATE, load_entries  # noqa: E402

COARSE = {"news", "press-release", "charity", "explainer", "registry", "status-page", "forum", "lookalike", "blog"}
REGISTERS = {"local-radio-transcript", "sell-side-investor-note", "regional-newspaper-report", "conference-report",
             "advocacy-press-release", "clinic-newsletter-with-update-banner", "charity-blog-post",
             "breakfast-tv-transcript", "translated-clinic-page", "trial-finder-listing", "insurer-coverage-policy",
             "patient-forum-thread", "hospital-pharmacy-leaflet", "crowdfunding-page", "encyclopedia-page",
             "parliamentary-written-answer"}
N_DOCS, MIN_UNDATED, N_LOOKALIKE = 16, 4, 3


def pre_checks(d):
    errs = []
    entries = load_entries(d)
    if len(entries) != N_DOCS:
        errs.append(f"want {N_DOCS} documents, got {len(entries)}")
    kinds = [e.get("kind") for e in entries]
    for e in entries:
        if e.get("kind") not in COARSE:
            errs.append(f"{e.get('file')}: kind {e.get('kind')!r} is not one of {sorted(COARSE)}")
        if e.get("register") not in REGISTERS:
            errs.append(f"{e.get('file')}: register {e.get('register')!r} not in this set's registers")
    if kinds.count("lookalike") != N_LOOKALIKE:
        errs.append(f"want {N_LOOKALIKE} look-alikes, got {kinds.count('lookalike')}")
    undated = 0
    for e in entries:
        p = os.path.join(d, str(e.get("file")))
        if os.path.exists(p):
            lines = [ln for ln in open(p, encoding="utf-8").read().split("\n") if ln.strip()]
            if len(lines) > 1 and lines[1].strip() == NO_DATE:
                undated += 1
    if undated < MIN_UNDATED:
        errs.append(f"want at least {MIN_UNDATED} undated documents, got {undated}")
    return errs, entries


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else HERE
    errs, _ = pre_checks(d)

    def load_as_register(folder):
        out = []
        for e in load_entries(folder):
            e = dict(e)
            e["kind"] = e.pop("register", None)
            out.append(e)
        return out

    check_synthetic_set.load_entries = load_as_register
    if errs:
        print("\n".join(errs))
    try:
        check_synthetic_set.main(__file__ if not args else os.path.join(d, "check_set.py"), REGISTERS,
                                 words=(180, 380), every_register=True)
    except SystemExit as ex:
        if ex.code:
            raise
    if errs:
        print(f"FAIL: {len(errs)} set-level problem(s)")
        sys.exit(1)
