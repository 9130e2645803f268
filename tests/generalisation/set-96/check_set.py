#!/usr/bin/env python3
"""Check set-96: sixteen synthetic documents in the mix of the project's held-out real sets (dated news at the time of
an event, a press release, charity posts, a translated page, a registry-style page, a status page, a forum thread, a
patient guide and three look-alikes), 180-380 words each, at least four undated.

Usage: python3 check_set.py [set_dir]. The shared synthetic checker (../check_synthetic_set.py) requires every
document to have a distinct register, but this set uses the real sets' document kinds (news, press-release,
charity, ...), several of them more than once; so this file repeats that checker's per-document checks (every line but
the dateline labelled exactly once and verbatim, datelines agree with `published`, sources are dossier identifiers,
`why` names a §, outdated labels carry `since` after the document date and an `event`) with the shared vocabulary and
dossier identifiers imported, and adds the set's own mix checks. It does not edit the shared checkers.
"""
import os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from set_checks import (FILE_RE, KINDS, NO_DATE, PUB_RE, REASONS, SINCE_RE, SOURCE_RE, VERDICTS,  # noqa: E402
                        load_entries, norm, parse_dateline)
from check_synthetic_set import DOSSIER_IDS, MAX_BODY, MIN_BODY  # noqa: E402

DOC_KINDS = {"news", "press-release", "charity", "explainer", "registry", "status-page", "forum", "lookalike", "blog"}
WORDS = (180, 380)
N_DOCS = 16
MIN_UNDATED = 4
# the mix this set promises: at least this many documents of each kind
MIX = {"news": 6, "press-release": 1, "charity": 2, "registry": 1, "status-page": 1, "forum": 1, "explainer": 1,
       "lookalike": 3}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    errors = []
    err = errors.append
    data = load_entries(d)
    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    seen_files, seen_kinds = set(), Counter()
    counts, verdicts, reasons = Counter(), Counter(), Counter()
    outdated_n = 0
    dated = 0
    for entry in data:
        f = entry.get("file")
        where = f or "<no file>"
        if not f or not FILE_RE.match(f):
            err(f"{where}: bad file name")
        if f in seen_files:
            err(f"{where}: duplicate file entry")
        seen_files.add(f)
        if "origin" in entry:
            err(f"{where}: this set is written from the dossier and carries no origin")
        dk = entry.get("kind")
        if dk not in DOC_KINDS:
            err(f"{where}: bad kind {dk!r}")
        seen_kinds[dk] += 1
        pub = str(entry.get("published", ""))
        if not PUB_RE.match(pub):
            err(f"{where}: bad published {entry.get('published')!r}")
        exp = entry.get("expect")
        if not isinstance(exp, list) or not exp:
            err(f"{where}: no expectations")
            continue
        fp = os.path.join(d, f)
        if not os.path.exists(fp):
            err(f"{where}: file missing")
            continue
        with open(fp, encoding="utf-8") as fh:
            raw = fh.read()
        nwords = len(raw.split())
        if not (WORDS[0] <= nwords <= WORDS[1]):
            err(f"{where}: {nwords} words (want {WORDS[0]}-{WORDS[1]})")
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        if len(lines) < 3:
            err(f"{where}: too few lines")
            continue
        body = lines[2:]
        dateline = lines[1].strip()
        try:
            ymd = parse_dateline(dateline)
        except ValueError:
            err(f"{where}: line 2 must be only a date or {NO_DATE!r}, got {dateline[:60]!r}")
            ymd = None
        if ymd is not None:
            dated += 1
            if not (2016 <= ymd[0] <= 2026):
                err(f"{where}: date {dateline!r} outside 2016-2026")
            if pub == "unknown":
                err(f"{where}: dateline shows a date but published is 'unknown'")
            elif not pub.startswith(f"{ymd[0]:04d}-{ymd[1]:02d}"):
                err(f"{where}: published {pub!r} disagrees with dateline {dateline!r}")
        elif dateline == NO_DATE and pub != "unknown":
            err(f"{where}: no date shown but published is {pub!r}")
        if not (MIN_BODY <= len(body) <= MAX_BODY):
            err(f"{where}: {len(body)} body lines (want {MIN_BODY}-{MAX_BODY})")
        labelled = []
        for i, e in enumerate(exp):
            tag = f"{where} #{i + 1}"
            s = e.get("sentence")
            if not isinstance(s, str) or not s.strip():
                err(f"{tag}: missing sentence")
                continue
            k = e.get("kind")
            if k not in KINDS:
                err(f"{tag}: bad kind {k!r}")
                continue
            counts[k] += 1
            why = str(e.get("why", "")).strip()
            if not why:
                err(f"{tag}: missing why")
            elif "§" not in why:
                err(f"{tag}: why does not name a dossier section (§)")
            if norm(s) not in norm(raw):
                err(f"{tag}: sentence not found verbatim in file: {s[:60]!r}")
            labelled.append(norm(s))
            if k in ("must-flag", "either-way"):
                v = e.get("verdict")
                if v not in VERDICTS:
                    err(f"{tag}: bad verdict {v!r}")
                rs = e.get("reasons")
                if not isinstance(rs, list) or not rs or any(r not in REASONS for r in rs):
                    err(f"{tag}: bad reasons {rs!r}")
                src = str(e.get("source", ""))
                if not SOURCE_RE.match(src):
                    err(f"{tag}: bad source {src!r}")
                elif src not in DOSSIER_IDS:
                    err(f"{tag}: source {src!r} is not a dossier identifier")
                if k == "must-flag":
                    if src == "none":
                        err(f"{tag}: must-flag needs a dossier identifier")
                    verdicts[v] += 1
                    for r in rs or []:
                        reasons[r] += 1
                if v == "outdated":
                    since = str(e.get("since", ""))
                    if not SINCE_RE.match(since):
                        err(f"{tag}: outdated label needs since: YYYY-MM")
                    elif ymd is not None and since <= f"{ymd[0]:04d}-{ymd[1]:02d}":
                        err(f"{tag}: since {since} is not after the document date {dateline}")
                    elif since > "2026-12":
                        err(f"{tag}: since {since} is after the status date 2026-12")
                    if not str(e.get("event", "")).strip():
                        err(f"{tag}: outdated label needs event")
                    if "superseded" not in (rs or []):
                        err(f"{tag}: outdated label should carry reason 'superseded'")
                    outdated_n += 1
                elif "since" in e or "event" in e:
                    err(f"{tag}: since/event only belong on outdated labels")
            else:
                for extra in ("verdict", "reasons", "since", "event", "source"):
                    if extra in e:
                        err(f"{tag}: must-not-flag should not carry {extra}")
        if norm(dateline) in labelled:
            err(f"{where}: line 2 (dateline) must not be labelled")
        if len(set(labelled)) != len(labelled):
            err(f"{where}: a sentence is labelled twice")
        line_set = {norm(ln) for ln in [lines[0]] + body}
        for ln in [lines[0]] + body:
            if norm(ln) not in labelled:
                err(f"{where}: unlabelled line: {ln[:60]!r}")
        for s in labelled:
            if s not in line_set:
                err(f"{where}: label is not a whole line: {s[:60]!r}")
    for t in txts:
        if t not in seen_files:
            err(f"{t}: document without an entry")
    if len(seen_files) != N_DOCS:
        err(f"{len(seen_files)} documents (want {N_DOCS})")
    if len(seen_files) - dated < MIN_UNDATED:
        err(f"{len(seen_files) - dated} undated documents (want at least {MIN_UNDATED})")
    for k, n in MIX.items():
        if seen_kinds[k] < n:
            err(f"kind {k}: {seen_kinds[k]} documents (want at least {n})")
    n = sum(counts.values())
    print(f"documents {len(seen_files)} ({dated} dated, {len(seen_files) - dated} undated), labels {n}, "
          f"must-flag {counts['must-flag']}, must-not-flag {counts['must-not-flag']}, "
          f"either-way {counts['either-way']}, outdated labels (must-flag and either-way) {outdated_n}")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(seen_kinds.items())))
    print("must-flag by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print("must-flag by reason (a label may carry several): " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
