"""The checker of a synthetic generalisation set written from the dossier (sets 37, 39, 41): YAML parses; fields are well
formed; every labelled sentence occurs verbatim (whitespace-normalised) in its file; every line except the date line
(line 2) is labelled exactly once; line 2 is a bare dateline (a date, or "(no date shown)") that agrees with
`published`; each document is within the set's word bounds and one of its distinct registers; sources are dossier
identifiers; every `why` names a dossier section (§); outdated labels carry `since` and `event`, and on dated
documents `since` falls after the publication month. Each set's check_set.py calls main() with its registers and
word bounds.
"""
import os, sys
from collections import Counter

from set_checks import (FILE_RE, KINDS, NO_DATE, PUB_RE, REASONS, SINCE_RE, SOURCE_RE, VERDICTS, load_entries, norm,
                        parse_dateline)

# identifiers that appear in shared/sources/dossier.md (or seeds/EXPECTATIONS.md)
DOSSIER_IDS = {
    "NCT03039673", "pmid:40354799", "doi:10.1016/S0140-6736(25)00262-4",          # MIROCALS
    "NCT02059759", "pmid:32651161", "doi:10.1016/j.ebiom.2020.102844",            # IMODALS
    "NCT03241784", "pmid:29845093", "doi:10.1212/NXI.0000000000000465",           # Treg phase 1
    "NCT04055623", "pmid:36038262", "doi:10.1212/NXI.0000000000200019",           # Treg phase 2a
    "pmid:29507931", "doi:10.1001/jamaneurol.2018.0035",                          # Sheean 2018
    "pmid:28289705", "doi:10.1172/jci.insight.89530", "pmid:21596768",            # Beers 2017 / 2011
    "NCT04952155",                                                                # Peking IL-2
    "pmid:41034581", "doi:10.1038/s41586-025-09588-6",                            # Nature 2025
    "pmid:38915796", "NCT07161999", "NCT04220190",                                # COYA 302, RAPA-501
    "pmid:8302340", "doi:10.1056/NEJM199403033300901",                            # riluzole 1994
    "doi:10.1016/S0140-6736(96)91680-3",                                          # riluzole 1996
    "NCT01492686",                                                                # edaravone
    "NCT03127514", "pmid:32877582", "doi:10.1056/NEJMoa1916945", "NCT05021536",   # CENTAUR / PHOENIX
    "NCT02623699",                                                                # VALOR / tofersen
    "none",
}
MIN_BODY, MAX_BODY = 6, 18


def main(set_file, doc_kinds, words, every_register=False, repeat_kinds=False):
    """Check the set whose check_set.py is `set_file`. `doc_kinds`: its registers, each used at most once (every one
    of them if `every_register`), or, with `repeat_kinds`, the document kinds of the held-out real sets, which a set in
    their mix uses several times (see check_mix); `words`: (min, max) words per document."""
    min_words, max_words = words
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else os.path.dirname(os.path.abspath(set_file))
    errors = []
    err = errors.append
    data = load_entries(d)

    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    seen_files, seen_kinds = set(), Counter()
    counts = Counter()
    verdicts, reasons, sources = Counter(), Counter(), Counter()
    outdated_since = 0
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
        if dk not in doc_kinds:
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
        if not (min_words <= nwords <= max_words):
            err(f"{where}: {nwords} words (want {min_words}-{max_words})")
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
                    sources[src] += 1
                    for r in rs or []:
                        reasons[r] += 1
                if v == "outdated":
                    ok = True
                    since = str(e.get("since", ""))
                    if not SINCE_RE.match(since):
                        err(f"{tag}: outdated label needs since: YYYY-MM")
                        ok = False
                    elif ymd is not None and since <= f"{ymd[0]:04d}-{ymd[1]:02d}":
                        err(f"{tag}: since {since} is not after the document date {dateline}")
                        ok = False
                    if not str(e.get("event", "")).strip():
                        err(f"{tag}: outdated label needs event")
                        ok = False
                    if "superseded" not in (rs or []):
                        err(f"{tag}: outdated label should carry reason 'superseded'")
                    outdated_since += ok
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
    missing = doc_kinds - set(seen_kinds)
    if every_register and missing:
        err(f"registers not used: {sorted(missing)}")
    dup = [k for k, n in seen_kinds.items() if n > 1]
    if dup and not repeat_kinds:
        err(f"register used more than once: {dup}")
    n = sum(counts.values())
    print(f"documents {len(seen_files)} ({dated} dated, {len(seen_files) - dated} undated), labels {n}, "
          f"must-flag {counts['must-flag']}, must-not-flag {counts['must-not-flag']}, "
          f"either-way {counts['either-way']}, outdated labels with since {outdated_since}")
    print("must-flag by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print("must-flag by reason (a label may carry several): " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    print("must-flag by source: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")



def check_mix(set_file, mix, n_docs, min_undated, flag_share=None):
    """Set-level checks of a synthetic set written in the held-out real sets' mix (sets 96, 99): how many documents of
    each kind (`mix`: kind -> (min, max)), how many in all, at least `min_undated` undated, and, if given, the must-flag
    share of all labels within `flag_share` (low, high). Returns the problems found; main() does the rest."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else os.path.dirname(os.path.abspath(set_file))
    problems = []
    entries = load_entries(d)
    kinds = Counter(e.get("kind") for e in entries)
    if len(entries) != n_docs:
        problems.append(f"{len(entries)} documents (want {n_docs})")
    for k, (lo, hi) in mix.items():
        if not (lo <= kinds[k] <= hi):
            problems.append(f"kind {k}: {kinds[k]} documents (want {lo}-{hi})")
    undated = sum(1 for e in entries if str(e.get("published")) == "unknown")
    if undated < min_undated:
        problems.append(f"{undated} undated documents (want at least {min_undated})")
    if flag_share:
        labels = [x for e in entries for x in e.get("expect", [])]
        share = sum(1 for x in labels if x.get("kind") == "must-flag") / len(labels) if labels else 0
        if not (flag_share[0] <= share <= flag_share[1]):
            problems.append(f"must-flag share {share:.0%} outside {flag_share[0]:.0%}-{flag_share[1]:.0%}")
    return problems


def main_mixed(set_file, kinds, mix, n_docs, min_undated, words, flag_share=None):
    """A set in the held-out real sets' mix: the mix checks, then every per-document check of main(), each document's
    kind one of `kinds`."""
    problems = check_mix(set_file, mix, n_docs, min_undated, flag_share)
    for p in problems:
        print(p)
    try:
        main(set_file, set(kinds), words, repeat_kinds=True)
    except SystemExit as ex:
        if ex.code:
            raise
    if problems:
        print(f"FAIL: {len(problems)} set-level problem(s)")
        sys.exit(1)
