#!/usr/bin/env python3
"""Check set-99: sixteen synthetic documents in the mix of the held-out real set (dated news at eight events, a press
release, a charity post, a translated page, a registry-style page, a status page, a forum thread, a patient guide and
three look-alikes), 180-380 words each, at least four undated.

Usage: python3 check_set.py [set_dir]

The shared ../check_synthetic_set.py rejects a register used more than once, and this set's `kind`s (news, lookalike)
repeat by design, so its checks are re-run here with the same vocabulary and helpers (imported from ../set_checks.py
and ../check_synthetic_set.py, neither edited): YAML parses; fields are well formed; every line but the dateline is
labelled exactly once and every label is a whole line; line 2 is a bare dateline that agrees with `published`
("(no date shown)" <-> unknown); sources are dossier identifiers; every `why` names a dossier section (§); outdated
labels carry `since`, `event` and reason `superseded`, with `since` after the document month on dated documents.
Added here: the set's kind mix, at least 4 undated documents, and must-flag share roughly a quarter (15-35%).
"""
import os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from set_checks import (FILE_RE, KINDS, NO_DATE, PUB_RE, REASONS, SINCE_RE, SOURCE_RE, VERDICTS,  # noqa: E402
                        load_entries, norm, parse_dateline)
from check_synthetic_set import DOSSIER_IDS, MIN_BODY, MAX_BODY  # noqa: E402

WORDS = (180, 380)
# kind -> (min, max) number of documents of that kind
MIX = {"news": (6, 9), "press-release": (1, 1), "charity": (1, 2), "blog": (1, 1), "registry": (1, 1),
       "status-page": (1, 1), "forum": (1, 1), "explainer": (1, 1), "lookalike": (3, 3)}
N_DOCS = 16
MIN_UNDATED = 4
FLAG_SHARE = (0.15, 0.35)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else HERE
    errors = []
    err = errors.append
    data = load_entries(d)
    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    seen_files, kinds = set(), Counter()
    counts, verdicts, reasons, sources = Counter(), Counter(), Counter(), Counter()
    dated = undated = 0
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
        if dk not in MIX:
            err(f"{where}: bad kind {dk!r}")
        kinds[dk] += 1
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
        elif dateline == NO_DATE:
            undated += 1
            if pub != "unknown":
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
                    sources[src] += 1
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
    for k, (lo, hi) in MIX.items():
        if not (lo <= kinds[k] <= hi):
            err(f"kind {k}: {kinds[k]} documents (want {lo}-{hi})")
    if undated < MIN_UNDATED:
        err(f"{undated} undated documents (want at least {MIN_UNDATED})")
    n = sum(counts.values())
    share = counts["must-flag"] / n if n else 0
    if not (FLAG_SHARE[0] <= share <= FLAG_SHARE[1]):
        err(f"must-flag share {share:.0%} outside {FLAG_SHARE[0]:.0%}-{FLAG_SHARE[1]:.0%}")
    print(f"documents {len(seen_files)} ({dated} dated, {undated} undated), labels {n}, "
          f"must-flag {counts['must-flag']} ({share:.0%}), must-not-flag {counts['must-not-flag']}, "
          f"either-way {counts['either-way']}")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("must-flag by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print("must-flag by reason (a label may carry several): " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    print("must-flag by source: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
