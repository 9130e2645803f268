"""The checker of a real-coverage generalisation set (sets 35, 36, 38, 40): YAML parses, fields are well formed,
every labelled sentence occurs verbatim (whitespace-normalised) in its file, and every line except the date line
(line 2) is labelled. Line 2 must be a bare dateline (a date as the page showed it, or "(no date shown)") and is never
labelled; when it is a date it must agree with the entry's `published` value. Each set's check_set.py calls main()
with what it varies: the datelines its pages printed, the number of documents, numbering without gaps.

Optional origin checks (membership tests only, never reading the held-out list):
  --origins   also run `grep -qxF URL held-out-pages.txt` and `grep -rqF URL tests/generalisation/`
              (the set's own folder excluded, since its EXPECTATIONS.yaml names every origin).
"""
import os, re, subprocess, sys

from set_checks import (BASE_FORMS, FILE_RE, KINDS, NO_DATE, PUB_RE, REASONS, SINCE_RE, SOURCE_RE, VERDICTS,
                        load_entries, norm, parse_dateline)

DOC_KINDS = {"news", "press-release", "charity", "forum", "blog", "registry", "abstract",
             "status-page", "lookalike", "explainer"}
HELD = "/work/shared/benchmarks/held-out-pages.txt"
USED_DIR = "/work/main/tests/generalisation/"


def main(set_file, forms=BASE_FORMS, doc_range=None, numbered=False):
    """Check the set whose check_set.py is `set_file`. `forms`: the datelines accepted; `doc_range`: (min, max)
    documents, if the set fixes them; `numbered`: files numbered 01..N without gaps."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check_origins = "--origins" in sys.argv
    d = args[0] if args else os.path.dirname(os.path.abspath(set_file))
    errors = []
    err = errors.append
    data = load_entries(d)

    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    seen_files, seen_origins = set(), set()
    counts = {"must-flag": 0, "must-not-flag": 0, "either-way": 0}
    outdated_since = 0
    for entry in data:
        f = entry.get("file")
        where = f or "<no file>"
        if not f or not FILE_RE.match(f):
            err(f"{where}: bad file name")
        if f in seen_files:
            err(f"{where}: duplicate file entry")
        seen_files.add(f)
        origin = entry.get("origin", "")
        if not re.match(r"^https?://\S+$", str(origin)):
            err(f"{where}: bad origin {origin!r}")
        if origin in seen_origins:
            err(f"{where}: origin used twice")
        seen_origins.add(origin)
        if entry.get("kind") not in DOC_KINDS:
            err(f"{where}: bad kind {entry.get('kind')!r}")
        if not PUB_RE.match(str(entry.get("published", ""))):
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
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        if len(lines) < 3:
            err(f"{where}: too few lines")
            continue
        body = lines[2:]
        dateline = lines[1].strip()
        try:
            ymd = parse_dateline(dateline, forms)
        except ValueError:
            err(f"{where}: line 2 must be only a date as the page showed it or {NO_DATE!r}, got {dateline[:60]!r}")
            ymd = None
        pub = str(entry.get("published", ""))
        if ymd is not None and pub != "unknown":
            want = f"{ymd[0]:04d}-{ymd[1]:02d}"
            if not pub.startswith(want):
                err(f"{where}: published {pub!r} disagrees with dateline {dateline!r}")
        if ymd is not None and pub == "unknown":
            err(f"{where}: dateline shows a date but published is 'unknown'")
        if not (6 <= len(body) <= 14):
            err(f"{where}: {len(body)} sentences (want 6-14)")
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
            if not str(e.get("why", "")).strip():
                err(f"{tag}: missing why")
            if norm(s) not in norm(raw):
                err(f"{tag}: sentence not found verbatim in file: {s[:60]!r}")
            labelled.append(norm(s))
            if k in ("must-flag", "either-way"):
                if e.get("verdict") not in VERDICTS:
                    err(f"{tag}: bad verdict {e.get('verdict')!r}")
                rs = e.get("reasons")
                if not isinstance(rs, list) or not rs or any(r not in REASONS for r in rs):
                    err(f"{tag}: bad reasons {rs!r}")
                if not SOURCE_RE.match(str(e.get("source", ""))):
                    err(f"{tag}: bad source {e.get('source')!r}")
                if k == "must-flag" and e.get("source") == "none":
                    err(f"{tag}: must-flag needs a dossier identifier")
                if e.get("verdict") == "outdated":
                    ok = True
                    if not SINCE_RE.match(str(e.get("since", ""))):
                        err(f"{tag}: outdated label needs since: YYYY-MM")
                        ok = False
                    if not str(e.get("event", "")).strip():
                        err(f"{tag}: outdated label needs event")
                        ok = False
                    outdated_since += ok
            else:
                for extra in ("verdict", "reasons", "since", "event"):
                    if extra in e:
                        err(f"{tag}: must-not-flag should not carry {extra}")
        if norm(dateline) in labelled:
            err(f"{where}: line 2 (dateline) must not be labelled")
        if len(set(labelled)) != len(labelled):
            err(f"{where}: a sentence is labelled twice")
        # every line except the date line (line 2) must be labelled exactly
        must_label = [lines[0]] + body
        for ln in must_label:
            if norm(ln) not in labelled:
                err(f"{where}: unlabelled line: {ln[:60]!r}")
        if check_origins:
            if os.path.exists(HELD) and subprocess.run(["grep", "-qxF", origin, HELD]).returncode == 0:
                err(f"{where}: origin is held out")
            if os.path.isdir(USED_DIR) and subprocess.run(["grep", "-rqF", f"--exclude-dir={os.path.basename(os.path.abspath(d))}",
                                                          origin, USED_DIR]).returncode == 0:
                err(f"{where}: origin already used by another set")
    for t in txts:
        if t not in seen_files:
            err(f"{t}: document without an entry")
    if doc_range and not (doc_range[0] <= len(seen_files) <= doc_range[1]):
        err(f"{len(seen_files)} documents (want {doc_range[0]}-{doc_range[1]})")
    if numbered:
        nums = sorted(int(f[:2]) for f in seen_files if f and FILE_RE.match(f))
        if nums != list(range(1, len(nums) + 1)):
            err(f"file numbers are not 01..{len(nums):02d} without gaps: {nums}")
    n = sum(counts.values())
    print(f"documents {len(seen_files)}, labels {n}, must-flag {counts['must-flag']}, "
          f"must-not-flag {counts['must-not-flag']}, either-way {counts['either-way']}, "
          f"outdated labels with since {outdated_since}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")

